#include "app/benchmark_command.h"

#include "core/backend_registry.h"
#include "core/benchmark.h"
#include "service/backends.h"
#include "service/job_manager.h"
#include "service/logger.h"

#include <QEventLoop>
#include <QTimer>

#include <chrono>

namespace qm {

std::optional<BenchmarkReport> runServiceBenchmark(const MinerConfig& config, PowAlgorithm pow, double durationSeconds,
                                                   QString* error)
{
    registerBackends();
    std::string why;
    std::string standIn;
    std::shared_ptr<const Backend> engine(
        BackendRegistry::instance().create(config.engine.toStdString(), config.backends, why, &standIn));
    if (!engine) {
        if (error)
            *error = QStringLiteral("%1 '%2': %3")
                         .arg(config.engineOrigin.isEmpty() ? QStringLiteral("engine") : config.engineOrigin,
                              config.engine, QString::fromStdString(why));
        return std::nullopt;
    }
    if (!standIn.empty())
        logWarn(QString::fromStdString(standIn));
    JobManagerOptions options;
    options.progressChunkMs = config.progressChunkMs;
    JobManager manager(engine, config.workers, options);

    const JobContext job = benchmarkJob(pow);
    JobRequest request;
    request.id = QStringLiteral("benchmark");
    request.pow = pow;
    request.miningHash = job.miningHash;
    request.difficulty = job.difficulty;
    request.nonceStart = U512::zero();
    request.nonceEnd = U512::max();

    const auto t0 = std::chrono::steady_clock::now();
    manager.addJob(request);
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(durationSeconds * 1000.0), &loop, [&] {
        manager.cancel(request.id);
        manager.waitForIdle(-1);
        loop.quit();
    });
    loop.exec();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    BenchmarkReport r;
    r.pow = powAlgorithmName(pow);
    r.engine = engine->name();
    r.backend = engine->codePath();
    r.workers = static_cast<unsigned>(config.workers);
    r.duration = elapsed;
    const QList<quint64> perWorker = manager.workerHashes();
    for (qsizetype w = 0; w < perWorker.size() && w < config.workers; ++w) {
        r.hashes += perWorker[w];
        r.perWorkerHashesPerSecond.push_back(static_cast<double>(perWorker[w]) / elapsed);
    }
    r.hashesPerSecond = static_cast<double>(r.hashes) / elapsed;
    return r;
}

} // namespace qm

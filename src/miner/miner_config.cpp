#include "miner/miner_config.h"

#include "core/backend_registry.h"
#include "core/cpu/cpu_features.h"
#include "service/backends.h"

#include <QHostAddress>

#include <algorithm>

namespace qm {

namespace {

using Source = SettingSource;

std::optional<Source> pick(const std::optional<QString>& cli, const char* flag, const EnvLookup& env,
                           const char* var)
{
    return pickSetting(cli, flag, env, var);
}

std::optional<qint64> parseInteger(const QString& text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

} // namespace

int defaultWorkers(int effectiveCpus)
{
    return std::max(1, effectiveCpus / 2);
}

ConfigResult resolveConfig(const ConfigOverrides& cli, const EnvLookup& env, const EffectiveCpus& cpus)
{
    ConfigResult r;
    MinerConfig c;
    c.cpus = cpus;
    auto fail = [](const QString& message) {
        ConfigResult failed;
        failed.error = message;
        return failed;
    };

    if (auto s = pick(cli.port, "--port", env, kEnvPort)) {
        const auto v = parseInteger(s->text);
        if (!v || *v < 0 || *v > 65535)
            return fail(invalidSetting(*s, QStringLiteral("the port must be a number from 1 to 65535 (0: any free port)")));
        c.port = static_cast<quint16>(*v);
    }

    if (auto s = pick(cli.bind, "--bind", env, kEnvBind)) {
        const QString t = s->text.trimmed();
        QHostAddress addr;
        if (t.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
            addr = QHostAddress(QHostAddress::LocalHost);
        else
            addr.setAddress(t);
        if (addr.isNull())
            return fail(invalidSetting(*s, QStringLiteral("expected an IP address such as 127.0.0.1, 0.0.0.0 or ::")));
        c.bindAddress = addr.toString();
    }

    if (auto s = pick(cli.metricsPort, "--metrics-port", env, kEnvMetricsPort)) {
        const auto v = parseInteger(s->text);
        if (!v || *v < 0 || *v > 65535)
            return fail(invalidSetting(*s, QStringLiteral("the port must be a number from 1 to 65535 (0: any free port)")));
        c.metricsEnabled = true;
        c.metricsPort = static_cast<quint16>(*v);
    }

    if (auto s = pick(cli.engine, "--engine", env, kEnvEngine)) {
        // Only the name is checked here: creating the engine would open the
        // GPUs. A stand-in (gpu-cuda in a build without CUDA) is accepted;
        // the service warns when it creates it.
        registerBackends();
        const std::string name = s->text.trimmed().toStdString();
        const BackendRegistry& registry = BackendRegistry::instance();
        if (!registry.contains(name))
            return fail(invalidSetting(*s, QStringLiteral("unknown engine; choose one of %1")
                                        .arg(QString::fromStdString(registry.nameList()))));
        c.engine = QString::fromStdString(name);
        c.engineOrigin = s->origin;
    }

    if (auto s = pick(std::nullopt, "", env, kEnvCpuIsa)) {
        const std::string request = s->text.trimmed().toStdString();
        std::string error;
        if (!cpu::selectIsa(request, cpu::hostCpuFeatures(), error))
            return fail(invalidSetting(*s, QString::fromStdString(error)));
        c.backends.cpuIsa = request;
    }

    if (auto s = pick(cli.gpuDevices, "--gpu-devices", env, kEnvGpuDevices)) {
        if (s->text.trimmed().compare(QStringLiteral("all"), Qt::CaseInsensitive) != 0) {
            const auto v = parseInteger(s->text);
            if (!v || *v < 1 || *v > kMaxGpuDevices)
                return fail(invalidSetting(*s, QStringLiteral("expected a number of GPUs from 1 to %1, or all")
                                            .arg(kMaxGpuDevices)));
            c.backends.gpu.deviceLimit = static_cast<int>(*v);
        }
    }
    auto gpuNumber = [&](const char* var, qint64 lo, qint64 hi, qint64& out) -> QString {
        const auto s = pick(std::nullopt, "", env, var);
        if (!s)
            return {};
        const auto v = parseInteger(s->text);
        if (!v || *v < lo || *v > hi)
            return invalidSetting(*s, QStringLiteral("expected an integer from %1 to %2").arg(lo).arg(hi));
        out = *v;
        return {};
    };
    qint64 number = 0;
    if (const QString e = gpuNumber(kEnvCudaBlockDim, kMinGpuBlockDim, kMaxGpuBlockDim, number); !e.isEmpty())
        return fail(e);
    if (number % kMinGpuBlockDim)
        return fail(invalidSetting(Source{QString::number(number), QString::fromLatin1(kEnvCudaBlockDim)},
                            QStringLiteral("expected a multiple of %1").arg(kMinGpuBlockDim)));
    c.backends.gpu.blockDim = static_cast<unsigned>(number);
    number = 0;
    if (const QString e = gpuNumber(kEnvCudaThreads, static_cast<qint64>(kMinGpuThreads),
                                    static_cast<qint64>(kMaxGpuThreads), number);
        !e.isEmpty())
        return fail(e);
    c.backends.gpu.threads = static_cast<std::uint64_t>(number);
    number = 0;
    if (const QString e = gpuNumber(kEnvCudaIters, 1, kMaxGpuIterations, number); !e.isEmpty())
        return fail(e);
    c.backends.gpu.iterations = static_cast<std::uint32_t>(number);
    if (auto s = pick(std::nullopt, "", env, kEnvCudaKernel)) {
        const QString k = s->text.trimmed();
        if (k != QLatin1String("compact") && k != QLatin1String("inline"))
            return fail(invalidSetting(*s, QStringLiteral("expected compact or inline")));
        c.backends.gpu.inlineKernel = k == QLatin1String("inline");
    }
    if (env) {
        if (auto v = env(kEnvCudaVisibleDevices))
            c.backends.gpu.visibleDevices = v->toStdString();
    }

    const int available = std::max(1, cpus.count);
    c.workers = defaultWorkers(available);
    c.workersOrigin = QStringLiteral("default: half of %1 effective CPUs (%2)").arg(available).arg(cpus.source);
    // --cpu-workers / MINER_CPU_WORKERS (the official miner's names) stand in
    // for --workers / MINER_WORKERS; 0 means no CPU mining: the GPUs mine.
    std::optional<Source> workers;
    if (cli.workers)
        workers = Source{*cli.workers, QStringLiteral("--workers")};
    else if (cli.cpuWorkers)
        workers = Source{*cli.cpuWorkers, QStringLiteral("--cpu-workers")};
    else
        workers = pick(std::nullopt, "", env, kEnvWorkers);
    if (!workers)
        workers = pick(std::nullopt, "", env, kEnvCpuWorkers);
    const bool officialName = workers && (workers->origin == QLatin1String("--cpu-workers") ||
                                          workers->origin == QLatin1String(kEnvCpuWorkers));
    if (officialName && parseInteger(workers->text) == 0) {
        if (cli.engine || (env && env(kEnvEngine)))
            return fail(invalidSetting(*workers, QStringLiteral("0 (no CPU workers) goes with the gpu-cuda engine only; "
                                                         "leave --engine out or choose gpu-cuda")));
        c.engine = QStringLiteral("gpu-cuda");
        c.engineOrigin = workers->origin + QStringLiteral(" 0");
        workers.reset();
    }
    if (auto s = workers) {
        if (s->text.trimmed().compare(QStringLiteral("auto"), Qt::CaseInsensitive) != 0) {
            const auto v = parseInteger(s->text);
            if (!v || *v < 1)
                return fail(invalidSetting(*s, QStringLiteral("expected a whole number of worker threads, at least 1, or 'auto'")));
            if (*v > available) {
                r.warnings << QStringLiteral("%1=%2 is more than the %3 CPUs this process may use (%4); using %3")
                                  .arg(s->origin, s->text.trimmed())
                                  .arg(available)
                                  .arg(cpus.source);
                c.workers = available;
                c.workersOrigin = QStringLiteral("%1, clamped to %2 effective CPUs").arg(s->origin).arg(available);
            } else {
                c.workers = static_cast<int>(*v);
                c.workersOrigin = s->origin;
            }
        }
    }

    // A node the miner runs itself, or one that runs elsewhere: not both.
    if (auto binary = pick(cli.localNode.binary, "--node-binary", env, kEnvNodeBinary)) {
        const std::optional<Source> remote[] = {
            pick(cli.node.nodeAddr, "--node-addr", env, kEnvNodeAddr),
            pick(cli.node.nodeDir, "--node-dir", env, kEnvNodeDir),
            pick(cli.node.authToken, "--auth-token", env, kEnvAuthToken),
            pick(cli.node.authTokenFile, "--auth-token-file", env, kEnvAuthTokenFile),
            pick(cli.node.certSha256, "--tls-cert-sha256", env, kEnvCertSha256),
            pick(cli.node.certSha256File, "--tls-cert-sha256-file", env, kEnvCertSha256File),
            pick(cli.node.nodes ? std::optional<QString>(cli.node.nodes->join(u';')) : std::nullopt, "--node", env,
                 kEnvNodes),
        };
        for (const auto& other : remote) {
            if (other)
                return fail(QStringLiteral("%1 and %2 do not go together: %1 runs a node and mines for it, %2 is for a "
                                           "node that runs elsewhere; give one of them")
                                .arg(binary->origin, other->origin));
        }
    }
    if (const QString e = resolveLocalNode(cli.localNode, env, c.localNode); !e.isEmpty())
        return fail(e);
    if (const QString e = resolveNodeSettings(cli.node, env, c.node); !e.isEmpty())
        return fail(e);
    {
        // --node-addr's node first, then each --node in the order given.
        QList<NodeSettings> more;
        if (const QString e = resolveNodeEntries(cli.node, env, more); !e.isEmpty())
            return fail(e);
        if (!c.node.enabled && !more.isEmpty())
            c.node = more.takeFirst();
        QStringList addresses{c.node.address()};
        for (const NodeSettings& n : more) {
            if (addresses.contains(n.address()))
                return fail(QStringLiteral("node %1 is listed twice: give each node once, in priority order")
                                .arg(n.address()));
            addresses << n.address();
        }
        c.fallbackNodes = more;
    }

    if (auto s = pick(cli.progressChunkMs, "--progress-chunk-ms", env, kEnvProgressChunkMs)) {
        const auto v = parseInteger(s->text);
        if (!v || *v < 10 || *v > 600'000)
            return fail(invalidSetting(*s, QStringLiteral("expected milliseconds from 10 to 600000")));
        c.progressChunkMs = static_cast<int>(*v);
    }

    if (auto s = pick(cli.maxConnections, "--max-connections", env, kEnvMaxConnections)) {
        const auto v = parseInteger(s->text);
        if (!v || *v < 4 || *v > 100'000)
            return fail(invalidSetting(*s, QStringLiteral("expected a number of connections from 4 to 100000")));
        c.maxConnections = static_cast<int>(*v);
    }

    if (auto s = pick(cli.logLevel, "--log-level", env, kEnvLog)) {
        const auto level = parseLogLevel(s->text);
        if (!level)
            return fail(invalidSetting(*s, QStringLiteral("expected error, warn, info, debug or trace")));
        c.logLevel = *level;
    } else if (env) {
        // RUST_LOG belongs to the Rust miner this one replaces and may hold
        // per-module directives ("warn,miner=debug"): take the first plain
        // level found, and ignore it rather than refuse to start.
        if (auto rust = env(kEnvLogFallback)) {
            std::optional<LogLevel> level;
            for (const QString& part : rust->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                level = parseLogLevel(eq < 0 ? QStringView(part) : QStringView(part).mid(eq + 1));
                if (level)
                    break;
            }
            if (level)
                c.logLevel = *level;
            else
                r.warnings << QStringLiteral("ignoring RUST_LOG='%1': no level (error, warn, info, debug, trace) in it")
                                  .arg(*rust);
        }
    }

    if (auto s = pick(cli.logFile, "--log-file", env, kEnvLogFile)) {
        if (s->text.trimmed().isEmpty())
            return fail(invalidSetting(*s, QStringLiteral("expected a file name")));
        c.logFile = s->text;
    }

    r.config.emplace(std::move(c));
    return r;
}

} // namespace qm

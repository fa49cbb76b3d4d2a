#include "metrics/service_metrics.h"

#include "service/job_manager.h"

#include <cmath>

namespace qm {

namespace {
using Type = MetricsRegistry::Type;
}

ServiceMetrics::ServiceMetrics(MetricsRegistry& registry, JobManager& jobs, int effectiveCpus)
    : m_registry(registry), m_jobs(jobs), m_effectiveCpus(effectiveCpus)
{
    registry.declare(QStringLiteral("miner_hash_rate"), Type::Gauge,
                     QStringLiteral("Total hash rate over the last 10 seconds, in hashes per second"));
    registry.declare(QStringLiteral("miner_hashes_total"), Type::Counter,
                     QStringLiteral("Nonces hashed since the miner started"));
    registry.declare(QStringLiteral("miner_active_jobs"), Type::Gauge, QStringLiteral("Jobs being mined now"));
    registry.declare(QStringLiteral("miner_jobs_total"), Type::Counter,
                     QStringLiteral("Jobs ended, by final status (completed, failed, cancelled)"));
    registry.declare(QStringLiteral("miner_mine_requests_total"), Type::Counter,
                     QStringLiteral("POST /mine requests by result (accepted, invalid, duplicate, busy, too_large)"));
    registry.declare(QStringLiteral("miner_http_requests_total"), Type::Counter,
                     QStringLiteral("HTTP API responses by endpoint and status code"));
    registry.declare(QStringLiteral("miner_effective_cpus"), Type::Gauge,
                     QStringLiteral("CPUs this process may use (cgroup cpuset or CPU count)"));
    registry.declare(QStringLiteral("miner_job_hash_rate"), Type::Gauge,
                     QStringLiteral("Hash rate of each running job over the last 10 seconds"));
    registry.declare(QStringLiteral("miner_thread_hash_rate"), Type::Gauge,
                     QStringLiteral("Hash rate of each worker thread on each running job over the last 10 seconds"));
    registry.declare(QStringLiteral("miner_candidates_found_total"), Type::Counter,
                     QStringLiteral("Valid nonces returned by the engines"));
    registry.declare(QStringLiteral("miner_engine_backend"), Type::Gauge,
                     QStringLiteral("The engine in use and its code path (value is always 1)"));
    registry.declare(QStringLiteral("miner_workers"), Type::Gauge, QStringLiteral("Worker threads hashing"));
    registry.declare(QStringLiteral("miner_cpu_hash_rate"), Type::Gauge,
                     QStringLiteral("Hashes per second of the CPU engine over 10 s (0 while a GPU engine mines)"));
    registry.declare(QStringLiteral("miner_gpu_hash_rate"), Type::Gauge,
                     QStringLiteral("Hashes per second of the GPUs over 10 s (0 while a CPU engine mines)"));
    registry.declare(QStringLiteral("miner_cpu_workers"), Type::Gauge,
                     QStringLiteral("CPU worker threads hashing (0 while a GPU engine mines)"));
    registry.declare(QStringLiteral("miner_gpu_devices"), Type::Gauge, QStringLiteral("GPUs hashing"));
    m_collector = registry.addCollector([this](MetricsRegistry& r) { collect(r); });
}

ServiceMetrics::~ServiceMetrics()
{
    m_registry.removeCollector(m_collector);
}

void ServiceMetrics::recordHttp(const QString& endpoint, int code)
{
    m_registry.add(QStringLiteral("miner_http_requests_total"),
                   {{QStringLiteral("endpoint"), endpoint}, {QStringLiteral("code"), QString::number(code)}});
}

void ServiceMetrics::recordMine(const QString& result)
{
    m_registry.add(QStringLiteral("miner_mine_requests_total"), {{QStringLiteral("result"), result}});
}

void ServiceMetrics::collect(MetricsRegistry& r)
{
    const HashrateSample sample = m_jobs.lastHashrate();
    const double rate = std::isnan(sample.total.tenSeconds) ? 0 : sample.total.tenSeconds;
    r.set(QStringLiteral("miner_hash_rate"), rate);
    r.set(QStringLiteral("miner_hashes_total"), static_cast<double>(m_jobs.totalHashes()));
    r.set(QStringLiteral("miner_active_jobs"), m_jobs.runningJobCount());
    r.set(QStringLiteral("miner_effective_cpus"), m_effectiveCpus);
    r.set(QStringLiteral("miner_workers"), m_jobs.workers());
    // The official miner's names, so dashboards built for it work: the rate
    // and workers of the CPU engine or of the GPUs, whichever mines.
    const unsigned devices = m_jobs.engineDevices();
    r.set(QStringLiteral("miner_cpu_hash_rate"), devices ? 0.0 : rate);
    r.set(QStringLiteral("miner_gpu_hash_rate"), devices ? rate : 0.0);
    r.set(QStringLiteral("miner_cpu_workers"), devices ? 0 : m_jobs.workers());
    r.set(QStringLiteral("miner_gpu_devices"), devices);

    const JobCounters c = m_jobs.counters();
    r.set(QStringLiteral("miner_jobs_total"), {{QStringLiteral("status"), QStringLiteral("completed")}},
          static_cast<double>(c.completed));
    r.set(QStringLiteral("miner_jobs_total"), {{QStringLiteral("status"), QStringLiteral("failed")}},
          static_cast<double>(c.failed));
    r.set(QStringLiteral("miner_jobs_total"), {{QStringLiteral("status"), QStringLiteral("cancelled")}},
          static_cast<double>(c.cancelled));

    const QString engine = m_jobs.engineName();
    const QString backend = m_jobs.engineBackend();
    r.set(QStringLiteral("miner_candidates_found_total"), {{QStringLiteral("engine"), engine}},
          static_cast<double>(c.candidatesByEngine.value(engine)));
    for (auto it = c.candidatesByEngine.cbegin(); it != c.candidatesByEngine.cend(); ++it)
        r.set(QStringLiteral("miner_candidates_found_total"), {{QStringLiteral("engine"), it.key()}},
              static_cast<double>(it.value()));
    r.clear(QStringLiteral("miner_engine_backend"));
    r.set(QStringLiteral("miner_engine_backend"),
          {{QStringLiteral("engine"), engine}, {QStringLiteral("backend"), backend}}, 1);

    // Per-job series exist only while their job runs.
    r.clear(QStringLiteral("miner_job_hash_rate"));
    r.clear(QStringLiteral("miner_thread_hash_rate"));
    for (const JobManager::JobRate& jr : m_jobs.runningJobRates()) {
        const auto snap = m_jobs.snapshot(jr.id);
        if (!snap || snap->status != JobStatus::Running)
            continue;
        r.set(QStringLiteral("miner_job_hash_rate"),
              {{QStringLiteral("engine"), jr.engine}, {QStringLiteral("job_id"), jr.id}}, jr.rate);
        for (qsizetype w = 0; w < jr.perWorker.size(); ++w)
            r.set(QStringLiteral("miner_thread_hash_rate"),
                  {{QStringLiteral("engine"), jr.engine},
                   {QStringLiteral("job_id"), jr.id},
                   {QStringLiteral("thread_id"), QString::number(w)}},
                  jr.perWorker[w]);
    }
}

} // namespace qm

// The miner's own metric families, fed by the HTTP API (request counters) and
// read from the job manager at scrape time (rates, jobs, per-job series).
#pragma once

#include "metrics/metrics.h"

#include <QString>

namespace qm {

class JobManager;

class ServiceMetrics {
public:
    ServiceMetrics(MetricsRegistry& registry, JobManager& jobs, int effectiveCpus);
    ~ServiceMetrics();

    // endpoint: "/mine", "/result", "/cancel", "other".
    void recordHttp(const QString& endpoint, int code);
    // result: "accepted", "invalid", "duplicate", "busy", "too_large".
    void recordMine(const QString& result);

private:
    void collect(MetricsRegistry& registry);

    MetricsRegistry& m_registry;
    JobManager& m_jobs;
    int m_effectiveCpus;
    int m_collector = 0;
};

} // namespace qm

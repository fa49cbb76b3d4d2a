#include "metrics/gpu_metrics.h"

#include "cuda/gpu_stats.h"
#include "cuda/nvml.h"
#include "service/logger.h"

namespace qm {

namespace {

using Type = MetricsRegistry::Type;

struct HealthGauge {
    const char* name;
    const char* help;
};

constexpr HealthGauge kTemperature{"miner_gpu_temperature_celsius", "GPU core temperature in degrees Celsius"};
constexpr HealthGauge kPower{"miner_gpu_power_watts", "GPU power draw in watts"};
constexpr HealthGauge kPowerLimit{"miner_gpu_power_limit_watts", "GPU power limit in watts"};
constexpr HealthGauge kUtilization{"miner_gpu_utilization_ratio",
                                   "Share of the last sample period the GPU was busy (0 to 1)"};
constexpr HealthGauge kMemoryUsed{"miner_gpu_memory_used_bytes", "GPU memory in use, in bytes"};
constexpr HealthGauge kMemoryTotal{"miner_gpu_memory_total_bytes", "GPU memory in total, in bytes"};
constexpr HealthGauge kHealthGauges[] = {kTemperature, kPower, kPowerLimit, kUtilization, kMemoryUsed, kMemoryTotal};

struct Counter {
    const char* name;
    const char* help;
    std::atomic<std::uint64_t> gpu::GpuCandidateStats::*field;
};

constexpr Counter kCounters[] = {
    {"miner_candidates_total", "GPU candidates re-checked on the CPU", &gpu::GpuCandidateStats::candidates},
    {"miner_candidates_false_positive_total",
     "GPU candidates the CPU re-check rejected (never returned to the node)",
     &gpu::GpuCandidateStats::falsePositives},
    {"miner_gpu_hash_mismatch_total",
     "GPU results that differed from the CPU's: candidate hashes and start-up self-test items",
     &gpu::GpuCandidateStats::hashMismatches},
    {"miner_gpu_errors_total", "GPU launches that failed; the device is then left out",
     &gpu::GpuCandidateStats::deviceErrors},
};

} // namespace

GpuMetrics::GpuMetrics(MetricsRegistry& registry, std::shared_ptr<gpu::NvmlMonitor> nvml)
    : m_registry(registry), m_nvml(std::move(nvml))
{
    for (const HealthGauge& g : kHealthGauges)
        registry.declare(QString::fromLatin1(g.name), Type::Gauge, QString::fromLatin1(g.help));
    for (const Counter& c : kCounters)
        registry.declare(QString::fromLatin1(c.name), Type::Counter, QString::fromLatin1(c.help));
    if (!m_nvml->available())
        logDebug(QStringLiteral("GPU health metrics off: %1").arg(QString::fromStdString(m_nvml->unavailableReason())));
    m_collector = registry.addCollector([this](MetricsRegistry& r) { collect(r); });
}

GpuMetrics::~GpuMetrics()
{
    m_registry.removeCollector(m_collector);
}

void GpuMetrics::collect(MetricsRegistry& r)
{
    gpu::GpuCandidateStats& stats = gpu::gpuCandidateStats();
    for (const Counter& c : kCounters)
        r.set(QString::fromLatin1(c.name), static_cast<double>((stats.*c.field).load(std::memory_order_relaxed)));

    // A GPU that disappears (driver reset, unplugged) must not leave stale series.
    for (const HealthGauge& g : kHealthGauges)
        r.clear(QString::fromLatin1(g.name));
    if (!m_nvml->available())
        return;
    for (const gpu::GpuHealth& h : m_nvml->sample()) {
        const MetricsRegistry::Labels labels{{QStringLiteral("device"), QString::number(h.index)},
                                             {QStringLiteral("name"), QString::fromStdString(h.name)},
                                             {QStringLiteral("uuid"), QString::fromStdString(h.uuid)}};
        auto put = [&](const HealthGauge& g, auto reading, double scale) {
            if (reading)
                r.set(QString::fromLatin1(g.name), labels, static_cast<double>(*reading) * scale);
        };
        put(kTemperature, h.temperatureC, 1.0);
        put(kPower, h.powerWatts, 1.0);
        put(kPowerLimit, h.powerLimitWatts, 1.0);
        put(kUtilization, h.utilizationPercent, 0.01);
        put(kMemoryUsed, h.memoryUsedBytes, 1.0);
        put(kMemoryTotal, h.memoryTotalBytes, 1.0);
    }
}

} // namespace qm

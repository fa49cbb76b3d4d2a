// GPU families of the metrics endpoint: health readings from NVML
// (miner_gpu_*{device,name,uuid}) and the gpu-cuda engine's candidate
// counters. Both are read at scrape time; on a machine without the NVIDIA
// driver the health families stay empty and the counters stay at zero.
#pragma once

#include "metrics/metrics.h"

#include <memory>

namespace qm::gpu {
class NvmlMonitor;
}

namespace qm {

class GpuMetrics {
public:
    // nvml: the service's one NVML reader, shared with SystemInfo.
    GpuMetrics(MetricsRegistry& registry, std::shared_ptr<gpu::NvmlMonitor> nvml);
    ~GpuMetrics();
    GpuMetrics(const GpuMetrics&) = delete;
    GpuMetrics& operator=(const GpuMetrics&) = delete;

private:
    void collect(MetricsRegistry& registry);

    MetricsRegistry& m_registry;
    std::shared_ptr<gpu::NvmlMonitor> m_nvml;
    int m_collector = 0;
};

} // namespace qm

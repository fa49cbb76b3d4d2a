// GPU health (temperature, power, utilisation, memory) through NVML, for the
// service's miner_gpu_* metrics and the dashboard. libnvidia-ml.so.1 is opened
// at run time, never linked, so the miner starts on machines without it; there
// the monitor is simply unavailable and samples are empty. Qt-free.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace qm::gpu {

struct GpuHealth {
    unsigned index = 0;                        // NVML index: every GPU of the machine
    std::string name;
    std::string uuid;                          // "GPU-...", the same as CudaDeviceInfo::uuid
    // Each reading is absent when the GPU or driver does not report it.
    std::optional<double> temperatureC;
    std::optional<double> powerWatts;
    std::optional<double> powerLimitWatts;
    std::optional<double> utilizationPercent;  // time the GPU was busy over the driver's last period
    std::optional<std::uint64_t> memoryUsedBytes;
    std::optional<std::uint64_t> memoryTotalBytes;
};

class NvmlMonitor {
public:
    // Opens libnvidia-ml.so.1; a path is for tests.
    NvmlMonitor();
    explicit NvmlMonitor(const std::string& libraryPath);
    ~NvmlMonitor();
    NvmlMonitor(const NvmlMonitor&) = delete;
    NvmlMonitor& operator=(const NvmlMonitor&) = delete;

    bool available() const;
    // Why not, when !available(): "libnvidia-ml.so.1 not found", ...
    std::string unavailableReason() const;
    // One reading of every GPU; empty when unavailable. Safe from any thread.
    std::vector<GpuHealth> sample();

private:
    struct Api;
    std::unique_ptr<Api> api_;
    std::string reason_;
    std::mutex mutex_;
};

} // namespace qm::gpu

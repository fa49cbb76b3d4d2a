// The device-independent half of the gpu-cuda engine: how a nonce range is cut
// into launches, spread over the GPUs, and how launch results become the exact
// SearchResult of engine.h. Plain C++ without CUDA: the same driver runs over
// real GPUs (cuda_engine.cpp) and over the host build of the kernel in tests.
#pragma once

#include "engine.h"
#include "pow_search.cuh"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace qm::gpu {

// One stream of launches on one device; a search holds one lane per device.
class Lane {
public:
    virtual ~Lane() = default;
    // The most nonces the next launch takes.
    virtual std::uint64_t capacity() const = 0;
    // Starts a launch over params.count (1..capacity()) nonces; the lane fills
    // params.threads and params.iterations. Returns false with an error.
    virtual bool start(SearchParams& params, std::string& error) = 0;
    // Waits for the launch started last and copies its slot out.
    virtual bool finish(SearchSlot& slot, std::string& error) = 0;
};

class Device {
public:
    virtual ~Device() = default;
    virtual std::string label() const = 0;    // "GPU 0 NVIDIA H200", for logs
    virtual std::unique_ptr<Lane> openLane(std::string& error) = 0;
    // Nonces per launch at the current tuning, for chunk sizing.
    virtual std::uint64_t launchNonces() const = 0;
    // The launch shape, one line: what the device check prints.
    virtual std::string describe() const = 0;
};

// Process-wide candidate counters, exported by the service as metrics.
struct GpuCandidateStats {
    std::atomic<std::uint64_t> candidates{0};      // found on a GPU and re-checked on the CPU
    std::atomic<std::uint64_t> falsePositives{0};  // the CPU found the nonce invalid: never reported
    std::atomic<std::uint64_t> hashMismatches{0};  // valid, but the device's hash differed from the CPU's
    std::atomic<std::uint64_t> deviceErrors{0};    // launches that failed; the device is then left out
};
GpuCandidateStats& gpuCandidateStats();

// Where the engine's warnings go (false positives, failed devices). Default:
// stderr, prefixed "gpu-cuda: ". The service routes them into its own log.
using GpuLogSink = std::function<void(const std::string&)>;
void setGpuLogSink(GpuLogSink sink);
void gpuLog(const std::string& message);

class GpuSearchEngine final : public Engine {
public:
    GpuSearchEngine(std::string backend, std::vector<std::unique_ptr<Device>> devices);
    ~GpuSearchEngine() override;

    std::string name() const override { return "gpu-cuda"; }
    std::string backend() const override { return backend_; }
    // Semantics of engine.h, with the GPU's granularity: the stop flag is read
    // and onProgress called between rounds of launches (one launch per device),
    // not every control.progressInterval nonces. A device that fails is left
    // out from then on; when none is left the search ends as Stopped, with
    // lastError() saying why.
    SearchResult search(const JobContext& job, const U512& first, const U512& last,
                        const SearchControl& control) const override;
    bool hashesOnCallingThread() const override { return false; }
    std::uint64_t suggestedChunkNonces() const override;

    std::size_t deviceCount() const { return devices_.size(); }
    std::size_t workingDeviceCount() const;
    std::vector<std::string> deviceDescriptions() const;
    std::string lastError() const;

private:
    struct DeviceState;
    class LaneLease;

    void fail(DeviceState& d, const std::string& error) const;

    std::string backend_;
    std::vector<std::unique_ptr<DeviceState>> devices_;
    mutable std::mutex errorMutex_;
    mutable std::string lastError_;
};

} // namespace qm::gpu

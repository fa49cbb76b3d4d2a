// The device-independent half of the gpu-cuda engine: how a nonce range is cut
// into launches, spread over the GPUs, and how launch results become the exact
// SearchResult of engine.h. Plain C++ without CUDA: the same driver runs over
// real GPUs (cuda_engine.cpp) and over the host build of the kernel in tests.
#pragma once

#include "core/backend.h"
#include "core/pow.h"
#include "cuda/gpu_stats.h"
#include "kernels/search_abi.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace qm::gpu {

// The kernels' name for a PoW generation (SearchParams::pow, HashItem::pow).
std::uint32_t kernelPow(PowAlgorithm pow);
// The single-nonce kernel's input for `nonce` of `job` (device self-check and
// the GPU check tool).
HashItem hashItemFor(const JobContext& job, const U512& nonce);

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

class GpuSearchBackend final : public Backend {
public:
    GpuSearchBackend(std::string backend, std::vector<std::unique_ptr<Device>> devices);
    ~GpuSearchBackend() override;

    using Backend::search;
    std::string name() const override { return "gpu-cuda"; }
    std::string codePath() const override { return backend_; }
    // Semantics of core/backend.h, with the GPU's granularity: the stop flag
    // is read and onProgress called between rounds of launches (one launch per
    // device), not every control.progressInterval nonces. A device that fails
    // is left out from then on; when none is left the search ends as Failed,
    // with the error (also in lastError()).
    SearchResult search(const SearchRequest& request, const SearchControl& control) const override;
    // One search at a time drives every device; a chunk is about 32 rounds of
    // launches, so the gaps between chunks vanish.
    FeedProfile feedProfile(unsigned workers) const override;

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

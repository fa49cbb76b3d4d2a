// The device-independent half of the gpu-cuda engine: how a nonce range is cut
// into launches, spread over the GPUs, and how launch results become the exact
// SearchResult of core/backend.h. Plain C++ without CUDA: the same driver runs
// over real GPUs (cuda_backend.cpp) and over the host build of the kernel in
// tests.
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
// The single-nonce kernel's input for `nonce` of `job` (device self-test and
// the GPU check tool).
HashItem hashItemFor(const JobContext& job, const U512& nonce);
// A launch over `count` nonces of `job` from `base`, whose prefix state
// (core/pow_prefix.h) is `prefix12`; the lane fills threads and iterations.
// The range must not cross a 2^128 boundary (limbs 2 and 3 hold).
SearchParams launchParams(const JobContext& job, const std::uint64_t* prefix12, const U512& base, std::uint64_t count);

// One stream of launches on one device; a search holds one lane per device.
class Lane {
public:
    virtual ~Lane() = default;
    // The most nonces the next launch of PoW generation `pow` (kPowV1,
    // kPowV2) takes: each generation has its own kernel and launch shape.
    virtual std::uint64_t capacity(std::uint32_t pow) const = 0;
    // Starts a launch over params.count (1..capacity(params.pow)) nonces; the
    // lane fills params.threads and params.iterations. Returns false with an
    // error.
    virtual bool start(SearchParams& params, std::string& error) = 0;
    // Waits for the launch started last and copies its slot out.
    virtual bool finish(SearchSlot& slot, std::string& error) = 0;
};

class Device {
public:
    virtual ~Device() = default;
    virtual std::string label() const = 0;    // "GPU 0 NVIDIA H200", for logs
    virtual std::unique_ptr<Lane> openLane(std::string& error) = 0;
    // Nonces per launch of generation `pow` at the current tuning, for chunk
    // sizing.
    virtual std::uint64_t launchNonces(std::uint32_t pow) const = 0;
    // The launch shape of both generations, one line: what the device check
    // prints.
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

#include "tests/cuda/host_device.h"

#include "kernels/pow_search.cuh"

#include <atomic>
#include <random>
#include <vector>

namespace qmtest {

using namespace qm::gpu;

namespace {

class HostDevice;

class HostLane final : public Lane {
public:
    explicit HostLane(HostDevice& device) : device_(device) {}
    std::uint64_t capacity(std::uint32_t pow) const override;
    bool start(SearchParams& params, std::string& error) override;
    bool finish(SearchSlot& slot, std::string& error) override;

private:
    HostDevice& device_;
    SearchSlot slot_{};
};

class HostDevice final : public Device {
public:
    explicit HostDevice(const HostDeviceConfig& config) : config_(config) {}
    std::string label() const override { return "GPU host " + config_.name; }
    std::unique_ptr<Lane> openLane(std::string& error) override
    {
        if (config_.failOpenLane && ++opens_ >= config_.failOpenLane) {
            error = "injected openLane failure";
            return nullptr;
        }
        return std::make_unique<HostLane>(*this);
    }
    std::uint64_t launchNonces(std::uint32_t pow) const override
    {
        const std::uint32_t iterations =
            pow == kPowV2 && config_.iterationsV2 ? config_.iterationsV2 : config_.iterations;
        return config_.threads * iterations;
    }
    std::string describe() const override { return label(); }

    const HostDeviceConfig& config() const { return config_; }
    int nextStart() { return ++starts_; }
    int nextFinish() { return ++finishes_; }
    std::mt19937_64& rng() { return rng_; }

private:
    HostDeviceConfig config_;
    std::atomic<int> opens_{0};
    std::atomic<int> starts_{0};
    std::atomic<int> finishes_{0};
    std::mt19937_64 rng_{config_.seed};
};

std::uint64_t HostLane::capacity(std::uint32_t pow) const
{
    return device_.launchNonces(pow);
}

bool HostLane::start(SearchParams& params, std::string& error)
{
    const HostDeviceConfig& cfg = device_.config();
    if (cfg.failStartAt && device_.nextStart() == cfg.failStartAt) {
        error = "injected start failure";
        return false;
    }
    if (params.count == 0 || params.count > capacity(params.pow)) {
        error = "a launch of " + std::to_string(params.count) + " nonces, more than the lane's capacity";
        return false;
    }
    // The launch shape a CUDA lane would pick: short launches get fewer threads.
    params.threads = params.count < cfg.threads ? params.count : cfg.threads;
    params.iterations = static_cast<std::uint32_t>((params.count + params.threads - 1) / params.threads);

    slot_ = SearchSlot{};
    slot_.minOffset = kNoOffset;
    if (cfg.bogusOffset < params.count) {
        std::uint64_t junk[8] = {1, 2, 3, 4, 5, 6, 7, 8};
        slotRecord(&slot_, cfg.bogusOffset, junk);
    }
    // Run every thread's iterations, interleaving threads at random.
    std::vector<std::uint64_t> live;
    std::vector<std::uint32_t> nextIt(params.threads, 0);
    for (std::uint64_t t = 0; t < params.threads; ++t)
        live.push_back(t);
    auto& rng = device_.rng();
    while (!live.empty()) {
        const std::size_t pick = rng() % live.size();
        const std::uint64_t t = live[pick];
        const std::uint32_t it = nextIt[t]++;
        const bool more =
            it < params.iterations &&
            (cfg.variant == KernelVariant::Inline ? searchStep<KernelVariant::Inline>(params, t, it, &slot_, qm::kPoseidon2)
                                                  : searchStep<KernelVariant::Compact>(params, t, it, &slot_, qm::kPoseidon2));
        if (!more) {
            live[pick] = live.back();
            live.pop_back();
        }
    }
    if (cfg.corruptHashes) {
        for (auto& c : slot_.candidate)
            c.hash[0] ^= 1;
    }
    return true;
}

bool HostLane::finish(SearchSlot& slot, std::string& error)
{
    const HostDeviceConfig& cfg = device_.config();
    if (cfg.failFinishAt && device_.nextFinish() == cfg.failFinishAt) {
        error = "injected finish failure";
        return false;
    }
    slot = slot_;
    return true;
}

} // namespace

std::unique_ptr<Device> makeHostDevice(const HostDeviceConfig& config)
{
    return std::make_unique<HostDevice>(config);
}

std::unique_ptr<GpuSearchBackend> makeHostEngine(const std::vector<HostDeviceConfig>& configs)
{
    std::vector<std::unique_ptr<Device>> devices;
    for (const auto& c : configs)
        devices.push_back(makeHostDevice(c));
    return std::make_unique<GpuSearchBackend>("host", std::move(devices));
}

} // namespace qmtest

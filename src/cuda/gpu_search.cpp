#include "cuda/gpu_search.h"

#include "core/diagnostics.h"
#include "core/pow_prefix.h"

#include <algorithm>
#include <array>
#include <limits>

namespace qm::gpu {

namespace {

void gpuWarn(const std::string& message)
{
    reportDiagnostic("gpu-cuda: " + message);
}

constexpr std::uint64_t kU64Max = std::numeric_limits<std::uint64_t>::max();

// Nonces in [next, last], saturated at 2^64 - 1.
std::uint64_t remainingNonces(const U512& next, const U512& last)
{
    const U512 span = last.sub(next);
    if (!span.fitsU64() || span.limb[0] == kU64Max)
        return kU64Max;
    return span.limb[0] + 1;
}

// Nonces from `next` up to the next multiple of 2^128, where the nonce prefix
// changes, saturated at 2^64 - 1.
std::uint64_t noncesToPrefixChange(const U512& next)
{
    if (next.limb[1] != kU64Max || next.limb[0] == 0)
        return kU64Max;
    return std::uint64_t{0} - next.limb[0];
}

} // namespace

std::uint32_t kernelPow(PowAlgorithm pow)
{
    switch (pow) {
    case PowAlgorithm::QPowV1:
        return kPowV1;
    case PowAlgorithm::QPowV2:
        return kPowV2;
    }
    return kPowV1;
}

HashItem hashItemFor(const JobContext& job, const U512& nonce)
{
    HashItem item{};
    prefixState(job, nonce, item.prefix);
    item.limb3 = nonce.limb[3];
    item.limb2 = nonce.limb[2];
    item.limb1 = nonce.limb[1];
    item.limb0 = nonce.limb[0];
    item.pow = kernelPow(job.pow);
    return item;
}

SearchParams launchParams(const JobContext& job, const std::uint64_t* prefix12, const U512& base, std::uint64_t count)
{
    SearchParams params{};
    std::copy(prefix12, prefix12 + 12, params.prefix);
    std::copy(job.target.limb.begin(), job.target.limb.end(), params.target);
    params.base0 = base.limb[0];
    params.base1 = base.limb[1];
    params.base2 = base.limb[2];
    params.base3 = base.limb[3];
    params.pow = kernelPow(job.pow);
    params.count = count;
    return params;
}

GpuCandidateStats& gpuCandidateStats()
{
    static GpuCandidateStats stats;
    return stats;
}

struct GpuSearchBackend::DeviceState {
    std::unique_ptr<Device> device;
    std::mutex mutex;
    std::vector<std::unique_ptr<Lane>> idle;
    std::atomic<bool> failed{false};
};

// A lane borrowed from a device for one search; it goes back to the device's
// pool afterwards unless it failed.
class GpuSearchBackend::LaneLease {
public:
    LaneLease(DeviceState& state, std::unique_ptr<Lane> lane) : state_(&state), lane_(std::move(lane)) {}
    LaneLease(LaneLease&&) noexcept = default;
    LaneLease& operator=(LaneLease&&) noexcept = default;
    ~LaneLease()
    {
        if (lane_ && !broken_) {
            std::lock_guard<std::mutex> lock(state_->mutex);
            state_->idle.push_back(std::move(lane_));
        }
    }

    DeviceState& state() const { return *state_; }
    Lane& lane() const { return *lane_; }
    bool broken() const { return broken_; }
    void markBroken() { broken_ = true; }

private:
    DeviceState* state_;
    std::unique_ptr<Lane> lane_;
    bool broken_ = false;
};

GpuSearchBackend::GpuSearchBackend(std::string backend, std::vector<std::unique_ptr<Device>> devices)
    : backend_(std::move(backend))
{
    for (auto& d : devices) {
        auto state = std::make_unique<DeviceState>();
        state->device = std::move(d);
        devices_.push_back(std::move(state));
    }
}

GpuSearchBackend::~GpuSearchBackend() = default;

std::size_t GpuSearchBackend::workingDeviceCount() const
{
    return static_cast<std::size_t>(std::count_if(devices_.begin(), devices_.end(),
                                                  [](const auto& d) { return !d->failed.load(); }));
}

std::vector<std::string> GpuSearchBackend::deviceDescriptions() const
{
    std::vector<std::string> out;
    for (const auto& d : devices_)
        out.push_back(d->device->describe() + (d->failed.load() ? " [failed]" : ""));
    return out;
}

std::string GpuSearchBackend::lastError() const
{
    std::lock_guard<std::mutex> lock(errorMutex_);
    return lastError_;
}

void GpuSearchBackend::fail(DeviceState& d, const std::string& error) const
{
    const std::string message = d.device->label() + ": " + error + "; mining continues without this GPU";
    gpuCandidateStats().deviceErrors.fetch_add(1);
    d.failed.store(true);
    {
        std::lock_guard<std::mutex> lock(d.mutex);
        d.idle.clear();
    }
    {
        std::lock_guard<std::mutex> lock(errorMutex_);
        lastError_ = message;
    }
    gpuWarn(message);
}

FeedProfile GpuSearchBackend::feedProfile(unsigned) const
{
    // About 32 rounds of launches: long enough that the gaps between chunks
    // vanish, short enough that a new job or a stop is picked up quickly
    // either way (the stop flag is read between launches too). The profile
    // does not know the job's generation: the one with fewer nonces per
    // launch (v1, whose nonces cost about 4x more) sets the floor, so a chunk
    // never holds more than ~32 rounds of either; the job manager sizes
    // chunks up from the measured rate anyway.
    std::uint64_t perRound = 0;
    for (const auto& d : devices_) {
        if (!d->failed.load())
            perRound += std::min(d->device->launchNonces(kPowV1), d->device->launchNonces(kPowV2));
    }
    return FeedProfile{1, std::max<std::uint64_t>(perRound * 32, std::uint64_t{1} << 20),
                       static_cast<unsigned>(workingDeviceCount())};
}

SearchResult GpuSearchBackend::search(const SearchRequest& request, const SearchControl& control) const
{
    const JobContext& job = request.job;
    const U512& first = request.first;
    const U512& last = request.last;
    SearchResult result;
    auto stopped = [&] { return control.stop && control.stop->load(std::memory_order_relaxed); };
    auto report = [&](std::uint64_t n) {
        result.checked += n;
        if (n && control.onProgress)
            control.onProgress(n);
    };
    if (last < first) {
        result.outcome = SearchOutcome::Exhausted;
        return result;
    }
    result.outcome = SearchOutcome::Stopped;
    if (stopped())
        return result;

    std::vector<LaneLease> leases;
    for (const auto& d : devices_) {
        if (d->failed.load())
            continue;
        std::unique_ptr<Lane> lane;
        {
            std::lock_guard<std::mutex> lock(d->mutex);
            if (!d->idle.empty()) {
                lane = std::move(d->idle.back());
                d->idle.pop_back();
            }
        }
        if (!lane) {
            std::string error;
            lane = d->device->openLane(error);
            if (!lane) {
                fail(*d, error);
                continue;
            }
        }
        leases.emplace_back(*d, std::move(lane));
    }

    struct Slice {
        LaneLease* lease;
        std::uint64_t offset; // from `next`
        std::uint64_t count;
        bool ok;
        SearchSlot slot;
    };
    std::vector<Slice> slices;
    PrefixCache prefixes(job);
    const std::uint32_t pow = kernelPow(job.pow);
    U512 next = first;

    for (;;) {
        const std::uint64_t roundMax = std::min(remainingNonces(next, last), noncesToPrefixChange(next));
        const std::uint64_t* prefix = prefixes.stateFor(next);

        // One launch per working device, consecutive slices in device order.
        slices.clear();
        std::uint64_t assigned = 0;
        for (auto& lease : leases) {
            if (lease.broken() || assigned == roundMax)
                continue;
            // A round never crosses a 2^128 boundary: limbs 2 and 3 hold.
            SearchParams params = launchParams(job, prefix, next.addU64(assigned),
                                               std::min(lease.lane().capacity(pow), roundMax - assigned));
            std::string error;
            if (!lease.lane().start(params, error)) {
                lease.markBroken();
                fail(lease.state(), error);
                continue;
            }
            slices.push_back(Slice{&lease, assigned, params.count, true, {}});
            assigned += params.count;
        }
        if (slices.empty()) {
            // Nothing left to search with: the job fails with the reason.
            std::lock_guard<std::mutex> lock(errorMutex_);
            if (lastError_.empty())
                lastError_ = "no working GPU";
            result.outcome = SearchOutcome::Failed;
            result.error = "gpu-cuda: " + lastError_;
            return result;
        }
        for (auto& s : slices) {
            std::string error;
            if (!s.lease->lane().finish(s.slot, error)) {
                s.ok = false;
                s.lease->markBroken();
                fail(s.lease->state(), error);
            }
        }

        // The round counts up to its first failed slice or first candidate;
        // what follows either is searched again or beyond the answer.
        std::uint64_t consumed = 0;
        for (const auto& s : slices) {
            if (!s.ok)
                break;
            if (s.slot.minOffset == kNoOffset) {
                consumed = s.offset + s.count;
                continue;
            }
            const std::uint64_t offset = s.offset + s.slot.minOffset;
            const U512 nonce = next.addU64(offset);
            const U512 hash = powHashReference(job.pow, job.miningHash, nonce);
            gpuCandidateStats().candidates.fetch_add(1);
            const std::uint32_t stored = std::min(s.slot.found, kMaxCandidates);
            for (std::uint32_t i = 0; i < stored; ++i) {
                const Candidate& c = s.slot.candidate[i];
                if (c.offset == s.slot.minOffset && !std::equal(hash.limb.begin(), hash.limb.end(), c.hash)) {
                    gpuCandidateStats().hashMismatches.fetch_add(1);
                    gpuWarn(s.lease->state().device->label() + ": device hash of nonce " + nonce.toHex128() +
                           " differs from the CPU's");
                }
            }
            consumed = offset + 1;
            if (powMeetsTarget(hash, job.target)) {
                report(consumed);
                result.outcome = SearchOutcome::Found;
                result.nonce = nonce;
                result.hash = hash;
                return result;
            }
            gpuCandidateStats().falsePositives.fetch_add(1);
            gpuWarn(s.lease->state().device->label() + ": candidate nonce " + nonce.toHex128() +
                   " does not meet the target on the CPU; discarded");
            break;
        }
        // consumed is 0 only when the first slice failed: the round is redone
        // on the devices left.
        report(consumed);
        if (consumed && next.addU64(consumed - 1) == last) {
            result.outcome = SearchOutcome::Exhausted;
            return result;
        }
        next = next.addU64(consumed);
        if (stopped())
            return result;
    }
}

} // namespace qm::gpu

#include "core/cpu/fast_backend.h"

#include "core/cpu/lane_kernel.h"
#include "core/cpu/lane_search.h"
#include "core/pow_midstate.h"
#include "core/pow_midstate_v2.h"
#include "core/cpu/search_loop.h"
#include "core/cpu/worker_priority.h"

#include <algorithm>

namespace qm {

namespace {

class MidstateHasher {
public:
    explicit MidstateHasher(const JobContext& job) : job_(job) {}

    bool check(const U512& nonce, U512& hashOut)
    {
        // The prefix (limbs 7..2) changes once every 2^128 nonces; comparing six
        // limbs per nonce costs nothing next to eight permutations.
        if (!havePrefix_ || !std::equal(nonce.limb.begin() + 2, nonce.limb.end(), prefixLimbs_.begin() + 2)) {
            mid::prefixState(job_.miningHashState.data(), nonce.limb.data(), prefix_, kPoseidon2);
            prefixLimbs_ = nonce.limb;
            havePrefix_ = true;
        }
        std::uint64_t inner[8];
        std::uint64_t outer[12];
        mid::innerDigest(prefix_, nonce.limb[1], nonce.limb[0], inner, kPoseidon2);
        mid::outerState(inner, outer, kPoseidon2);
        return mid::meetsTarget(outer, job_.target.limb.data(), false, hashOut.limb.data(), kPoseidon2);
    }

private:
    const JobContext& job_;
    std::uint64_t prefix_[12]{};
    std::array<std::uint64_t, 8> prefixLimbs_{};
    bool havePrefix_ = false;
};

// QPoW v2: the prefix is limbs 7..4 and changes once every 2^256 nonces.
class MidstateHasherV2 {
public:
    explicit MidstateHasherV2(const JobContext& job) : job_(job) {}

    bool check(const U512& nonce, U512& hashOut)
    {
        if (!havePrefix_ || !std::equal(nonce.limb.begin() + 4, nonce.limb.end(), prefixLimbs_.begin() + 4)) {
            mid2::prefixState(job_.miningHashState.data(), nonce.limb.data(), prefix_, kPoseidon2);
            prefixLimbs_ = nonce.limb;
            havePrefix_ = true;
        }
        std::uint64_t state[12];
        mid2::squeezeState(prefix_, nonce.limb[3], nonce.limb[2], nonce.limb[1], nonce.limb[0], state, kPoseidon2);
        return mid::meetsTarget(state, job_.target.limb.data(), false, hashOut.limb.data(), kPoseidon2);
    }

private:
    const JobContext& job_;
    std::uint64_t prefix_[12]{};
    std::array<std::uint64_t, 8> prefixLimbs_{};
    bool havePrefix_ = false;
};

} // namespace

bool fastCheckNonce(const JobContext& job, const U512& nonce, U512& hashOut)
{
    switch (job.pow) {
    case PowAlgorithm::QPowV1: {
        MidstateHasher hasher(job);
        return hasher.check(nonce, hashOut);
    }
    case PowAlgorithm::QPowV2: {
        MidstateHasherV2 hasher(job);
        return hasher.check(nonce, hashOut);
    }
    }
    return false;
}

FastBackend::FastBackend() : isa_(cpu::bestIsa(cpu::hostCpuFeatures())) {}

std::unique_ptr<FastBackend> makeFastBackend(std::string_view request, const cpu::CpuFeatures& features,
                                           std::string& error)
{
    const auto isa = cpu::selectIsa(request, features, error);
    if (!isa)
        return nullptr;
    return std::unique_ptr<FastBackend>(new FastBackend(*isa));
}

SearchResult FastBackend::search(const SearchRequest& request, const SearchControl& control) const
{
    cpu::lowerCallingThreadPriority();
    switch (request.job.pow) {
    case PowAlgorithm::QPowV1: {
        // makeFastBackend admitted isa_ only after checking the CPU can run it.
        if (const cpu::LaneKernel* kernel = cpu::laneKernel(isa_))
            return cpu::laneSearch(*kernel, request.job, request.first, request.last, control);
        MidstateHasher hasher(request.job);
        return searchRange(hasher, request.first, request.last, control);
    }
    case PowAlgorithm::QPowV2: {
        if (const cpu::LaneKernel* kernel = cpu::laneKernel(isa_))
            return cpu::laneSearch(*kernel, request.job, request.first, request.last, control);
        MidstateHasherV2 hasher(request.job);
        return searchRange(hasher, request.first, request.last, control);
    }
    }
    return failedSearch("cpu-fast: unknown proof of work");
}

FeedProfile FastBackend::feedProfile(unsigned workers) const
{
    return FeedProfile{workers ? workers : 1, 1024};
}

} // namespace qm

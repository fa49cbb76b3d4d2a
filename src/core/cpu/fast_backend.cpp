#include "core/cpu/fast_backend.h"

#include "core/cpu/lane_kernel.h"
#include "core/cpu/lane_search.h"
#include "core/pow_midstate.h"
#include "core/pow_midstate_v2.h"
#include "core/pow_prefix.h"
#include "core/cpu/search_loop.h"
#include "core/cpu/worker_priority.h"

#include <algorithm>

namespace qm {

namespace {

// One nonce at a time from the per-prefix midstate: 8 permutations a QPoW v1
// nonce, 2 a v2 nonce, the last squeeze only when the high half ties.
class MidstateHasher {
public:
    explicit MidstateHasher(const JobContext& job) : job_(job), prefix_(job) {}

    bool check(const U512& nonce, U512& hashOut)
    {
        // The prefix changes once every 2^128 (v1) or 2^256 (v2) nonces;
        // comparing its limbs per nonce costs nothing next to the permutations.
        const std::uint64_t* prefix = prefix_.stateFor(nonce);
        std::uint64_t state[12];
        switch (job_.pow) {
        case PowAlgorithm::QPowV1: {
            std::uint64_t inner[8];
            mid::innerDigest(prefix, nonce.limb[1], nonce.limb[0], inner, kPoseidon2);
            mid::outerState(inner, state, kPoseidon2);
            break;
        }
        case PowAlgorithm::QPowV2:
            mid2::squeezeState(prefix, nonce.limb[3], nonce.limb[2], nonce.limb[1], nonce.limb[0], state, kPoseidon2);
            break;
        }
        return mid::meetsTarget(state, job_.target.limb.data(), false, hashOut.limb.data(), kPoseidon2);
    }

private:
    const JobContext& job_;
    PrefixCache prefix_;
};

} // namespace

bool fastCheckNonce(const JobContext& job, const U512& nonce, U512& hashOut)
{
    MidstateHasher hasher(job);
    return hasher.check(nonce, hashOut);
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
    // makeFastBackend admitted isa_ only after checking the CPU can run it.
    if (const cpu::LaneKernel* kernel = cpu::laneKernel(isa_))
        return cpu::laneSearch(*kernel, request.job, request.first, request.last, control);
    MidstateHasher hasher(request.job);
    return searchRange(hasher, request.first, request.last, control);
}

FeedProfile FastBackend::feedProfile(unsigned workers) const
{
    return FeedProfile{workers ? workers : 1, 1024};
}

} // namespace qm

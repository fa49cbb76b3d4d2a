#include "core/cpu/lane_search.h"

#include "core/pow_midstate.h"
#include "core/cpu/search_loop.h"

#include <algorithm>
#include <array>

namespace qm::cpu {

namespace {

// The per-prefix midstate, recomputed when a nonce's limbs 7..2 change (once
// every 2^128 nonces).
class PrefixCache {
public:
    const std::uint64_t* stateFor(const JobContext& job, const U512& nonce)
    {
        if (!valid_ || !std::equal(nonce.limb.begin() + 2, nonce.limb.end(), limbs_.begin() + 2)) {
            mid::prefixState(job.miningHashState.data(), nonce.limb.data(), state_, kPoseidon2);
            limbs_ = nonce.limb;
            valid_ = true;
        }
        return state_;
    }

private:
    std::uint64_t state_[12]{};
    std::array<std::uint64_t, 8> limbs_{};
    bool valid_ = false;
};

} // namespace

const LaneKernel* laneKernel(Isa isa)
{
    switch (isa) {
#if defined(QM_HAVE_X86_LANES)
    case Isa::Avx2:
        return &avx2Kernel();
    case Isa::Avx512:
        return &avx512Kernel();
#endif
    default:
        return nullptr;
    }
}

SearchResult laneSearch(const LaneKernel& kernel, const JobContext& job, const U512& first, const U512& last,
                        const SearchControl& control)
{
    SearchResult result;
    SearchProgress progress(control);
    if (progress.endsBeforeStart(first, last, result))
        return result;
    const unsigned lanes = std::min(kernel.lanes, kMaxLanes);
    alignas(64) std::uint64_t block[4 * kMaxLanes];
    alignas(64) std::uint64_t out[12 * kMaxLanes];
    PrefixCache prefix;
    U512 nonce = first;
    for (;;) {
        const std::uint64_t* prefixState = prefix.stateFor(job, nonce);

        // This batch: nonce .. nonce + n - 1.
        std::uint64_t n = std::min<std::uint64_t>(lanes, progress.untilReport());
        const U512 left = last.sub(nonce); // last >= nonce
        if (left.fitsU64() && left.lowU64() < n - 1)
            n = left.lowU64() + 1;
        // Limbs 1..0 wrap after ~limb0 + 1 more nonces when limb 1 is all ones:
        // the next nonce has another prefix.
        if (nonce.limb[1] == ~std::uint64_t{0} && ~nonce.limb[0] < n - 1)
            n = ~nonce.limb[0] + 1;
        const bool lastInBatch = left.fitsU64() && left.lowU64() == n - 1;

        // Lanes beyond n repeat the first nonce; their results are ignored.
        for (unsigned i = 0; i < lanes; ++i) {
            const std::uint64_t step = i < n ? i : 0;
            const std::uint64_t limb0 = nonce.limb[0] + step;
            const std::uint64_t limb1 = nonce.limb[1] + (limb0 < nonce.limb[0] ? 1 : 0);
            std::uint64_t e[4];
            mid::limbElements(limb1, e);
            mid::limbElements(limb0, e + 2);
            for (int k = 0; k < 4; ++k)
                block[k * lanes + i] = e[k];
        }
        kernel.outerStates(prefixState, block, out);

        for (unsigned i = 0; i < n; ++i) {
            // Most lanes lose on the high 256 bits; gather the whole state
            // only for the rest (the lazy squeeze of pow_midstate.h).
            const std::uint64_t high[4] = {out[i], out[lanes + i], out[2 * lanes + i], out[3 * lanes + i]};
            if (mid::compareHigh(high, job.target.limb.data()) > 0)
                continue;
            std::uint64_t state[12];
            for (int k = 0; k < 12; ++k)
                state[k] = out[k * lanes + i];
            U512 hash;
            if (!mid::meetsTarget(state, job.target.limb.data(), false, hash.limb.data(), kPoseidon2))
                continue;
            result.checked += i + 1;
            progress.advance(i + 1);
            progress.reportRest();
            result.outcome = SearchOutcome::Found;
            result.nonce = nonce.addU64(i);
            result.hash = hash;
            return result;
        }
        result.checked += n;
        progress.advance(n);
        if (lastInBatch) {
            progress.reportRest();
            result.outcome = SearchOutcome::Exhausted;
            return result;
        }
        nonce = nonce.addU64(n);
        if (progress.stopAtBoundary()) {
            result.outcome = SearchOutcome::Stopped;
            return result;
        }
    }
}

} // namespace qm::cpu

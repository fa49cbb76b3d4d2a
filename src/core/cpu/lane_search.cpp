#include "core/cpu/lane_search.h"

#include "core/pow_midstate.h"
#include "core/pow_midstate_v2.h"
#include "core/pow_prefix.h"
#include "core/cpu/search_loop.h"

#include <algorithm>
#include <array>

namespace qm::cpu {

namespace {

// How one PoW generation lays a nonce out for the lane kernels: the
// per-nonce block (the limbs below the prefix) and the kernel function.
struct V1Layout {
    static constexpr int kBlockElements = 4; // limbs 1..0
    static void elements(const U512& nonce, std::uint64_t* e)
    {
        mid::limbElements(nonce.limb[1], e);
        mid::limbElements(nonce.limb[0], e + 2);
    }
    static void run(const LaneKernel& k, const std::uint64_t* prefix, const std::uint64_t* block, std::uint64_t* out)
    {
        k.outerStates(prefix, block, out);
    }
};

struct V2Layout {
    static constexpr int kBlockElements = 8; // limbs 3..0
    static void elements(const U512& nonce, std::uint64_t* e)
    {
        for (int l = 0; l < 4; ++l)
            mid::limbElements(nonce.limb[3 - l], e + 2 * l);
    }
    static void run(const LaneKernel& k, const std::uint64_t* prefix, const std::uint64_t* block, std::uint64_t* out)
    {
        k.squeezeStatesV2(prefix, block, out);
    }
};

// Nonces from `nonce` before its prefix limbs change, saturated at 2^64 - 1:
// limbs below the prefix all ones except limb 0 means ~limb0 + 1 more.
std::uint64_t untilPrefixChange(const U512& nonce, int prefixFirstLimb)
{
    for (int l = 1; l < prefixFirstLimb; ++l) {
        if (nonce.limb[static_cast<std::size_t>(l)] != ~std::uint64_t{0})
            return ~std::uint64_t{0};
    }
    return ~nonce.limb[0] == ~std::uint64_t{0} ? ~std::uint64_t{0} : ~nonce.limb[0] + 1;
}

template <class Layout>
SearchResult laneSearchAs(const LaneKernel& kernel, const JobContext& job, const U512& first, const U512& last,
                          const SearchControl& control)
{
    SearchResult result;
    SearchProgress progress(control);
    if (progress.endsBeforeStart(first, last, result))
        return result;
    const unsigned lanes = std::min(kernel.lanes, kMaxLanes);
    alignas(64) std::uint64_t block[8 * kMaxLanes];
    alignas(64) std::uint64_t out[12 * kMaxLanes];
    PrefixCache prefix(job);
    const int firstPrefixLimb = prefixFirstLimb(job.pow);
    U512 nonce = first;
    for (;;) {
        const std::uint64_t* prefixState = prefix.stateFor(nonce);

        // This batch: nonce .. nonce + n - 1, never past a report, the range's
        // end or a change of prefix.
        std::uint64_t n = std::min<std::uint64_t>(lanes, progress.untilReport());
        const U512 left = last.sub(nonce); // last >= nonce
        if (left.fitsU64() && left.lowU64() < n - 1)
            n = left.lowU64() + 1;
        n = std::min(n, untilPrefixChange(nonce, firstPrefixLimb));
        const bool lastInBatch = left.fitsU64() && left.lowU64() == n - 1;

        // Lanes beyond n repeat the first nonce; their results are ignored.
        for (unsigned i = 0; i < lanes; ++i) {
            std::uint64_t e[8];
            Layout::elements(nonce.addU64(i < n ? i : 0), e);
            for (int k = 0; k < Layout::kBlockElements; ++k)
                block[k * lanes + i] = e[k];
        }
        Layout::run(kernel, prefixState, block, out);

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
    switch (job.pow) {
    case PowAlgorithm::QPowV1:
        return laneSearchAs<V1Layout>(kernel, job, first, last, control);
    case PowAlgorithm::QPowV2:
        return laneSearchAs<V2Layout>(kernel, job, first, last, control);
    }
    return failedSearch("cpu-fast: unknown proof of work");
}

} // namespace qm::cpu

// The per-nonce work of the gpu-cuda engine, written once for the GPU and the
// CPU: pow_search.cu runs it in the kernel, and the tests run this very code on
// the host against the CPU engines (candidate and offset logic included).
//
// Device code size matters more than loop overhead here: a nonce costs eight
// permutations (QPoW v1) or two (v2), and one permutation is thousands of
// SASS instructions, far beyond the instruction caches if every permutation
// were inlined and unrolled. So the "compact" kernels run a nonce as a rolled
// loop of steps around ONE permutation whose round loops are rolled too
// (kernels/poseidon2_device.cuh, with the device's carry-chain arithmetic):
// each round body stays straight-line, so the loops cost next to nothing.
// Their cost per nonce is gated statically (kernels/sass_budget.txt). The
// "inline" variant runs the CPU's own portable functions laid out by the
// compiler: the baseline the device check measures the compact kernels against.
#pragma once

#include "core/goldilocks.h"
#include "core/poseidon2.h"
#include "core/poseidon2_constants.h"
#include "core/pow_midstate.h"
#include "core/pow_midstate_v2.h"
#include "core/qm_hd.h"
#include "kernels/poseidon2_device.cuh"
#include "kernels/search_abi.h"

#include <cstdint>

namespace qm::gpu {

using dp2::canonicalRate;
using dp2::permuteCore;
using dp2::permuteRolled;

// Adds two canonical digest elements, split into 32-bit halves (each below
// p), to the rate.
QM_HD void absorbPair(std::uint64_t* s, std::uint64_t a, std::uint64_t c)
{
    s[0] = dgl::addConst(s[0], a & 0xffffffffULL);
    s[1] = dgl::addConst(s[1], a >> 32);
    s[2] = dgl::addConst(s[2], c & 0xffffffffULL);
    s[3] = dgl::addConst(s[3], c >> 32);
}

// After the first squeeze of the outer digest (canonical rate in s): how its
// high half compares with the target; false when the nonce cannot be valid
// and its hash is not wanted, else the high half is kept in high4 for the
// second squeeze.
QM_HD bool keepHighHalf(const std::uint64_t* s, const std::uint64_t* target8, bool wantHash, int& high,
                        std::uint64_t* high4)
{
    high = mid::compareHigh(s, target8);
    if (high > 0 && !wantHash)
        return false;
    for (int i = 0; i < 4; ++i)
        high4[i] = s[i];
    return true;
}

// The hash (limbs, least significant first) from both squeezes, and whether
// it is below the target.
QM_HD bool finishHash(const std::uint64_t* high4, const std::uint64_t* s, int high, const std::uint64_t* target8,
                      std::uint64_t* hash8)
{
    for (int i = 0; i < 4; ++i) {
        hash8[7 - i] = mid::bswap64(high4[i]);
        hash8[3 - i] = mid::bswap64(s[i]);
    }
    return mid::belowTarget(high, hash8, target8);
}

// The PoW of the nonce whose upper 384 bits gave `prefix12` and whose low 128
// bits are (limb1, limb0), the same steps as mid::innerDigest, mid::outerState
// and the lazy last squeeze. Returns whether the hash is below target8. hash8
// (limbs, least significant first) is filled when the hash is below the target
// or when `wantHash` is set; the last squeeze runs only then or on a tie of
// the high 256 bits.
QM_HD bool hashNonceCompact(const std::uint64_t* prefix12, const std::uint64_t* target8, std::uint64_t limb1,
                            std::uint64_t limb0, bool wantHash, std::uint64_t* hash8, const Poseidon2Constants& k)
{
    // The state before the first permutation: the prefix and the nonce's low
    // limbs. Set before the loop, so the loop body holds only what every
    // step needs and the few words a step changes.
    std::uint64_t s[12];
    {
        std::uint64_t e[4];
        mid::limbElements(limb1, e);
        mid::limbElements(limb0, e + 2);
        for (int i = 0; i < 12; ++i)
            s[i] = prefix12[i];
        for (int i = 0; i < 4; ++i)
            s[i] = dgl::addConst(s[i], e[i]); // e[i] < 2^32 < p
    }
    // inner[0..3]: the inner digest's first squeeze; inner[4..7] its second.
    // The outer sponge absorbs them a pair at a time from inner[2], inner[3],
    // shifting the rest down, so one case serves its last three steps.
    std::uint64_t inner[8] = {}; // set by steps 2 and 3 before any use; zeroed for the host compiler's sake
    int high = 1;
    int step = 0;
    // Two passes at most: the eight steps every nonce takes, then, only for a
    // nonce whose high half does not exceed the target (or when the hash is
    // wanted), the outer digest's second squeeze. Deciding between the passes
    // keeps the comparison out of the per-step code.
    QM_ROLLED
    for (int end = 8;; end = 9) {
        // Every case indexes its arrays with constants, so they stay in registers.
        QM_ROLLED
        for (; step < end; ++step) {
            switch (step) {
            case 1: // the input's 0x01 byte (element 24), then the sponge's finishing 1
            case 7: // the inner digest's 0x01 byte, then the finishing 1
                s[0] = dgl::addConst(s[0], 1);
                s[1] = dgl::addConst(s[1], 1);
                break;
            case 2: // inner digest, first squeeze
                canonicalRate(s);
                for (int i = 0; i < 4; ++i)
                    inner[i] = s[i];
                break;
            case 3: // second squeeze; the outer sponge starts
                canonicalRate(s);
                for (int i = 0; i < 4; ++i)
                    inner[4 + i] = s[i];
                // A zero state plus the first pair: the halves themselves.
                s[0] = inner[0] & 0xffffffffULL;
                s[1] = inner[0] >> 32;
                s[2] = inner[1] & 0xffffffffULL;
                s[3] = inner[1] >> 32;
                for (int i = 4; i < 12; ++i)
                    s[i] = 0;
                break;
            case 4:
            case 5:
            case 6:
                absorbPair(s, inner[2], inner[3]);
                for (int i = 2; i < 6; ++i)
                    inner[i] = inner[i + 2];
                break;
            default: // 0: the state is set; 8: the outer digest's second squeeze
                break;
            }
            permuteCore(s, k);
        }
        canonicalRate(s);
        if (end == 9)
            break;
        // The digest is consumed: its registers keep the high half.
        if (!keepHighHalf(s, target8, wantHash, high, inner))
            return false;
    }
    return finishHash(inner, s, high, target8, hash8);
}

// The same PoW through the CPU engine's own functions (mid::innerDigest,
// mid::outerState), left to the compiler to inline and unroll as it likes. A
// second kernel variant, so the device check can measure which layout a GPU
// runs faster; both give identical results.
QM_HD bool hashNonceInline(const std::uint64_t* prefix12, const std::uint64_t* target8, std::uint64_t limb1,
                           std::uint64_t limb0, bool wantHash, std::uint64_t* hash8, const Poseidon2Constants& k)
{
    std::uint64_t inner[8];
    std::uint64_t outer[12];
    mid::innerDigest(prefix12, limb1, limb0, inner, k);
    mid::outerState(inner, outer, k);
    return mid::meetsTarget(outer, target8, wantHash, hash8, k);
}

// QPoW v2 for the nonce whose upper 256 bits gave `prefix12` and whose low
// limbs are l3..l0 (mid2::squeezeState, then the v1 decision on the state at
// the first squeeze): 2 permutations, a third only on a tie or when wantHash.
// Compact: ONE rolled permutation in a loop of 2 or 3 steps, as for v1.
QM_HD bool hashNonceV2Compact(const std::uint64_t* prefix12, const std::uint64_t* target8, std::uint64_t l3,
                              std::uint64_t l2, std::uint64_t l1, std::uint64_t l0, bool wantHash,
                              std::uint64_t* hash8, const Poseidon2Constants& k)
{
    std::uint64_t s[12];
    for (int i = 0; i < 12; ++i)
        s[i] = prefix12[i];
    mid2::addLimbs(s, l3, l2, l1, l0);
    std::uint64_t high4[4] = {};
    int high = 1;
    int step = 0;
    // As in hashNonceCompact: two steps, the comparison, and only then maybe
    // the second squeeze.
    QM_ROLLED
    for (int end = 2;; end = 3) {
        QM_ROLLED
        for (; step < end; ++step) {
            if (step == 1) { // block D
                s[0] = dgl::addConst(s[0], 1);
                s[1] = dgl::addConst(s[1], 1);
            }
            permuteCore(s, k);
        }
        canonicalRate(s);
        if (end == 3)
            break;
        if (!keepHighHalf(s, target8, wantHash, high, high4))
            return false;
    }
    return finishHash(high4, s, high, target8, hash8);
}

// The same through the CPU engine's own functions, laid out by the compiler.
QM_HD bool hashNonceV2Inline(const std::uint64_t* prefix12, const std::uint64_t* target8, std::uint64_t l3,
                             std::uint64_t l2, std::uint64_t l1, std::uint64_t l0, bool wantHash,
                             std::uint64_t* hash8, const Poseidon2Constants& k)
{
    std::uint64_t s[12];
    mid2::squeezeState(prefix12, l3, l2, l1, l0, s, k);
    return mid::meetsTarget(s, target8, wantHash, hash8, k);
}

template <KernelVariant V>
QM_HD bool hashNonceV2As(const std::uint64_t* prefix12, const std::uint64_t* target8, std::uint64_t l3,
                         std::uint64_t l2, std::uint64_t l1, std::uint64_t l0, bool wantHash, std::uint64_t* hash8,
                         const Poseidon2Constants& k)
{
    if constexpr (V == KernelVariant::Compact)
        return hashNonceV2Compact(prefix12, target8, l3, l2, l1, l0, wantHash, hash8, k);
    else
        return hashNonceV2Inline(prefix12, target8, l3, l2, l1, l0, wantHash, hash8, k);
}

template <KernelVariant V>
QM_HD bool hashNonceAs(const std::uint64_t* prefix12, const std::uint64_t* target8, std::uint64_t limb1,
                       std::uint64_t limb0, bool wantHash, std::uint64_t* hash8, const Poseidon2Constants& k)
{
    if constexpr (V == KernelVariant::Compact)
        return hashNonceCompact(prefix12, target8, limb1, limb0, wantHash, hash8, k);
    else
        return hashNonceInline(prefix12, target8, limb1, limb0, wantHash, hash8, k);
}

// One HashItem (the device check's single-nonce kernel): the full hash of
// either generation.
template <KernelVariant V>
QM_HD void hashItemAs(const HashItem& item, std::uint64_t* hash8, const Poseidon2Constants& k)
{
    const std::uint64_t noTarget[8] = {};
    if (item.pow == kPowV2)
        hashNonceV2As<V>(item.prefix, noTarget, item.limb3, item.limb2, item.limb1, item.limb0, true, hash8, k);
    else
        hashNonceAs<V>(item.prefix, noTarget, item.limb1, item.limb0, true, hash8, k);
}

QM_HD std::uint64_t slotMinOffset(const SearchSlot* slot)
{
#if defined(__CUDA_ARCH__)
    // volatile: another block may have lowered it since this thread last looked.
    return *reinterpret_cast<volatile const unsigned long long*>(&slot->minOffset);
#else
    return __atomic_load_n(&slot->minOffset, __ATOMIC_RELAXED);
#endif
}

QM_HD void slotRecord(SearchSlot* slot, std::uint64_t offset, const std::uint64_t* hash8)
{
#if defined(__CUDA_ARCH__)
    atomicMin(reinterpret_cast<unsigned long long*>(&slot->minOffset), static_cast<unsigned long long>(offset));
    const std::uint32_t index = atomicAdd(&slot->found, 1u);
#else
    std::uint64_t seen = __atomic_load_n(&slot->minOffset, __ATOMIC_RELAXED);
    while (offset < seen &&
           !__atomic_compare_exchange_n(&slot->minOffset, &seen, offset, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
    }
    const std::uint32_t index = __atomic_fetch_add(&slot->found, 1u, __ATOMIC_RELAXED);
#endif
    if (index < kMaxCandidates) {
        slot->candidate[index].offset = offset;
        for (int i = 0; i < 8; ++i)
            slot->candidate[index].hash[i] = hash8[i];
    }
}

// Iteration `it` of grid thread `t`: the nonce at offset t + it * threads,
// for PoW generation Pow (kPowV1 or kPowV2; each has its own kernel).
// Returns false when the thread is done: past the launch, past a lower valid
// nonce found by any thread (nothing above it matters), or after a find.
// Offsets below the final minOffset are never skipped, so minOffset ends as
// the lowest valid offset of the launch, whatever order threads run in.
template <KernelVariant V, std::uint32_t Pow>
QM_HD bool searchStepAs(const SearchParams& p, std::uint64_t t, std::uint32_t it, SearchSlot* slot,
                        const Poseidon2Constants& k)
{
    const std::uint64_t offset = t + static_cast<std::uint64_t>(it) * p.threads;
    if (offset >= p.count || offset > slotMinOffset(slot))
        return false;
    const std::uint64_t limb0 = p.base0 + offset;
    const std::uint64_t limb1 = p.base1 + (limb0 < p.base0 ? 1 : 0);
    std::uint64_t hash[8];
    bool found;
    if constexpr (Pow == kPowV2)
        found = hashNonceV2As<V>(p.prefix, p.target, p.base3, p.base2, limb1, limb0, false, hash, k);
    else
        found = hashNonceAs<V>(p.prefix, p.target, limb1, limb0, false, hash, k);
    if (!found)
        return true;
    slotRecord(slot, offset, hash);
    return false;
}

// The same for the generation the launch names (the host tests' entry).
template <KernelVariant V = KernelVariant::Compact>
QM_HD bool searchStep(const SearchParams& p, std::uint64_t t, std::uint32_t it, SearchSlot* slot,
                      const Poseidon2Constants& k)
{
    return p.pow == kPowV2 ? searchStepAs<V, kPowV2>(p, t, it, slot, k) : searchStepAs<V, kPowV1>(p, t, it, slot, k);
}

// The field-arithmetic check's operations on one case (search_abi.h,
// FieldCase): out[op], canonical.
QM_HD void fieldCheck(const FieldCase& c, std::uint64_t* out)
{
    out[0] = dgl::canonical(dgl::add(c.a, c.b));
    out[1] = dgl::canonical(dgl::sub(c.a, c.b));
    out[2] = dgl::canonical(dgl::mul(c.a, c.b));
    out[3] = dgl::canonical(dgl::square(c.a));
    out[4] = dgl::canonical(dgl::reduce128(c.lo, c.hi));
    out[5] = dgl::canonical(dgl::pow7(c.a));
    out[6] = dgl::canonical(dgl::addConst(c.a, dgl::canonical(c.b)));
    out[7] = dgl::canonical(dgl::reduce(dgl::Wide{c.lo, static_cast<std::uint32_t>(c.hi)}));
}

} // namespace qm::gpu

// The PoW with the exact shortcuts of docs/POW.md, written once for the CPU engines
// and the CUDA kernel:
//  - the sponge state after the mining hash and the nonce's upper 384 bits (the
//    "prefix") is computed once per prefix, so a nonce starts at the block that
//    holds its low 128 bits;
//  - the outer digest's second squeeze, which only sets the hash's low 256 bits,
//    is computed only when the high 256 bits tie with the target's.
// A nonce then costs 8 permutations instead of 14.
#pragma once

#include "core/goldilocks.h"
#include "core/poseidon2.h"
#include "core/qm_hd.h"

#include <cstdint>

namespace qm::mid {

QM_HD std::uint32_t bswap32(std::uint32_t v)
{
#if defined(__CUDA_ARCH__)
    return __byte_perm(v, 0, 0x0123); // one PRMT instead of shifts and masks
#else
    return (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) | (v << 24);
#endif
}

QM_HD std::uint64_t bswap64(std::uint64_t v)
{
    return (static_cast<std::uint64_t>(bswap32(static_cast<std::uint32_t>(v))) << 32) |
           bswap32(static_cast<std::uint32_t>(v >> 32));
}

// A 64-bit limb of the nonce, written big-endian into the input, becomes two
// field elements (little-endian u32 reads of its high and low 4 bytes).
QM_HD void limbElements(std::uint64_t limb, std::uint64_t* e2)
{
    e2[0] = bswap32(static_cast<std::uint32_t>(limb >> 32));
    e2[1] = bswap32(static_cast<std::uint32_t>(limb));
}

QM_HD void absorbBlock(std::uint64_t* s, const std::uint64_t* block4, const Poseidon2Constants& k)
{
    for (int i = 0; i < 4; ++i)
        s[i] = gl::add(s[i], block4[i]);
    p2::permute(s, k);
}

// The state after absorbing the mining hash (8 elements of 4 bytes each).
QM_HD void miningHashState(const std::uint8_t* miningHash32, std::uint64_t* s, const Poseidon2Constants& k)
{
    for (int i = 0; i < 12; ++i)
        s[i] = 0;
    for (int b = 0; b < 2; ++b) {
        std::uint64_t block[4];
        for (int j = 0; j < 4; ++j) {
            const std::uint8_t* p = miningHash32 + 16 * b + 4 * j;
            block[j] = static_cast<std::uint64_t>(p[0]) | static_cast<std::uint64_t>(p[1]) << 8 |
                       static_cast<std::uint64_t>(p[2]) << 16 | static_cast<std::uint64_t>(p[3]) << 24;
        }
        absorbBlock(s, block, k);
    }
}

// From the mining-hash state, absorbs the nonce limbs 7..2 (its upper 384
// bits, three blocks) to give the prefix state.
QM_HD void prefixState(const std::uint64_t* miningHashState12, const std::uint64_t* nonceLimbs8, std::uint64_t* s,
                       const Poseidon2Constants& k)
{
    for (int i = 0; i < 12; ++i)
        s[i] = miningHashState12[i];
    for (int b = 0; b < 3; ++b) {
        std::uint64_t block[4];
        limbElements(nonceLimbs8[7 - 2 * b], block);
        limbElements(nonceLimbs8[6 - 2 * b], block + 2);
        absorbBlock(s, block, k);
    }
}

// The inner digest (8 canonical elements = 64 bytes) of the nonce whose upper
// bits gave `prefix12` and whose low 128 bits are (limb1, limb0).
QM_HD void innerDigest(const std::uint64_t* prefix12, std::uint64_t limb1, std::uint64_t limb0, std::uint64_t* inner8,
                       const Poseidon2Constants& k)
{
    std::uint64_t s[12];
    for (int i = 0; i < 12; ++i)
        s[i] = prefix12[i];
    std::uint64_t block[4];
    limbElements(limb1, block);
    limbElements(limb0, block + 2);
    absorbBlock(s, block, k);
    // The 0x01 byte appended to the 96-byte input is element 24 (= 1); the
    // sponge's finishing 1 follows it, then two zeros flush the block.
    s[0] = gl::add(s[0], 1);
    s[1] = gl::add(s[1], 1);
    p2::permute(s, k);
    for (int i = 0; i < 4; ++i)
        inner8[i] = s[i];
    p2::permute(s, k);
    for (int i = 0; i < 4; ++i)
        inner8[4 + i] = s[i];
}

// The outer sponge over the 64-byte inner digest up to its first squeeze. Each
// canonical element splits into its low and high 32-bit halves, which are the
// little-endian u32 reads of its 8 bytes.
QM_HD void outerState(const std::uint64_t* inner8, std::uint64_t* s, const Poseidon2Constants& k)
{
    for (int i = 0; i < 12; ++i)
        s[i] = 0;
    for (int b = 0; b < 4; ++b) {
        const std::uint64_t a = inner8[2 * b];
        const std::uint64_t c = inner8[2 * b + 1];
        s[0] = gl::add(s[0], a & 0xffffffffULL);
        s[1] = gl::add(s[1], a >> 32);
        s[2] = gl::add(s[2], c & 0xffffffffULL);
        s[3] = gl::add(s[3], c >> 32);
        p2::permute(s, k);
    }
    s[0] = gl::add(s[0], 1);
    s[1] = gl::add(s[1], 1);
    p2::permute(s, k);
}

// Compares hash limbs 7..4 (read off outer[0..3]) with the target's limbs 7..4:
// -1 below, 0 tie (the second squeeze decides), 1 above.
QM_HD int compareHigh(const std::uint64_t* outer12, const std::uint64_t* targetLimbs8)
{
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t h = bswap64(outer12[i]);
        const std::uint64_t t = targetLimbs8[7 - i];
        if (h != t)
            return h < t ? -1 : 1;
    }
    return 0;
}

// The full 512-bit hash (limbs, least significant first) from the outer state
// at its first squeeze. Permutes outer12.
QM_HD void fullHash(std::uint64_t* outer12, std::uint64_t* hashLimbs8, const Poseidon2Constants& k)
{
    for (int i = 0; i < 4; ++i)
        hashLimbs8[7 - i] = bswap64(outer12[i]);
    p2::permute(outer12, k);
    for (int i = 0; i < 4; ++i)
        hashLimbs8[3 - i] = bswap64(outer12[i]);
}

// Whether a full hash is below the target, given how its high halves compared
// (compareHigh): only a tie needs the low limbs.
QM_HD bool belowTarget(int high, const std::uint64_t* hashLimbs8, const std::uint64_t* targetLimbs8)
{
    if (high != 0)
        return high < 0;
    for (int i = 3; i >= 0; --i) {
        if (hashLimbs8[i] != targetLimbs8[i])
            return hashLimbs8[i] < targetLimbs8[i];
    }
    return false;
}

// Decides a nonce from the outer state at its first squeeze: whether its hash
// is below the target. The second squeeze runs only when the high halves tie
// or the caller wants the hash anyway; when the nonce qualifies (or wantHash is
// set) hashLimbs8 holds the full hash. Permutes outer12 when it squeezes.
QM_HD bool meetsTarget(std::uint64_t* outer12, const std::uint64_t* targetLimbs8, bool wantHash,
                       std::uint64_t* hashLimbs8, const Poseidon2Constants& k)
{
    const int high = compareHigh(outer12, targetLimbs8);
    if (high > 0 && !wantHash)
        return false;
    fullHash(outer12, hashLimbs8, k);
    return belowTarget(high, hashLimbs8, targetLimbs8);
}

} // namespace qm::mid

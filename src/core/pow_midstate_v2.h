// QPoW v2 with the exact shortcuts of docs/POW.md "QPoW v2", written once for
// the CPU engines and the CUDA kernel. The rate-8 sponge absorbs
// mining_hash || nonce in three blocks and a constant fourth:
//  - block A, the mining hash alone: its state is the per-job midstate
//    (JobContext::miningHashState);
//  - block B, the nonce's high 256 bits (limbs 7..4): its state is the
//    per-prefix midstate, refreshed when a search crosses a 2^256 boundary;
//  - block C, the nonce's low 256 bits (limbs 3..0), then block D = (1, 1, 0,
//    ..., 0): the input's 0x01 byte and the sponge's finishing 1.
// h1 = state[0..4] after block D is the hash's high 256 bits; h2, one more
// permutation, its low 256 bits, needed only when h1 ties with the target. A
// nonce costs 2 permutations. The decision (compareHigh, meetsTarget) is
// v1's: both read the hash off a state whose first four elements are the
// first squeeze.
#pragma once

#include "core/pow_midstate.h"

namespace qm::mid2 {

// The state after block A (the 32-byte mining hash as 8 elements).
QM_HD void miningHashState(const std::uint8_t* miningHash32, std::uint64_t* s, const Poseidon2Constants& k)
{
    for (int i = 0; i < 12; ++i)
        s[i] = 0;
    for (int j = 0; j < 8; ++j) {
        const std::uint8_t* p = miningHash32 + 4 * j;
        s[j] = static_cast<std::uint64_t>(p[0]) | static_cast<std::uint64_t>(p[1]) << 8 |
               static_cast<std::uint64_t>(p[2]) << 16 | static_cast<std::uint64_t>(p[3]) << 24;
    }
    p2::permute(s, k);
}

// Adds the 8 elements of four big-endian nonce limbs (hi first) to s[0..8].
QM_HD void addLimbs(std::uint64_t* s, std::uint64_t l3, std::uint64_t l2, std::uint64_t l1, std::uint64_t l0)
{
    std::uint64_t e[8];
    mid::limbElements(l3, e);
    mid::limbElements(l2, e + 2);
    mid::limbElements(l1, e + 4);
    mid::limbElements(l0, e + 6);
    // Elements are < 2^32 < p.
    for (int i = 0; i < 8; ++i)
        s[i] = gl::add(s[i], e[i]);
}

// From the mining-hash state, absorbs block B (nonce limbs 7..4).
QM_HD void prefixState(const std::uint64_t* miningHashState12, const std::uint64_t* nonceLimbs8, std::uint64_t* s,
                       const Poseidon2Constants& k)
{
    for (int i = 0; i < 12; ++i)
        s[i] = miningHashState12[i];
    addLimbs(s, nonceLimbs8[7], nonceLimbs8[6], nonceLimbs8[5], nonceLimbs8[4]);
    p2::permute(s, k);
}

// Block C (limbs 3..0) and block D: the state at the first squeeze (h1 =
// s[0..4]), ready for mid::meetsTarget.
QM_HD void squeezeState(const std::uint64_t* prefix12, std::uint64_t l3, std::uint64_t l2, std::uint64_t l1,
                        std::uint64_t l0, std::uint64_t* s, const Poseidon2Constants& k)
{
    for (int i = 0; i < 12; ++i)
        s[i] = prefix12[i];
    addLimbs(s, l3, l2, l1, l0);
    p2::permute(s, k);
    s[0] = gl::add(s[0], 1);
    s[1] = gl::add(s[1], 1);
    p2::permute(s, k);
}

} // namespace qm::mid2

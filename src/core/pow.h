// The Quantus proof of work (docs/POW.md "The PoW hash") and a job's fixed data.
#pragma once

#include "core/pow_algorithm.h"
#include "core/u512.h"

#include <array>
#include <cstdint>

namespace qm {

using MiningHash = std::array<std::uint8_t, 32>;

// target = floor((2^512 - 1) / difficulty); difficulty must be non-zero.
U512 targetForDifficulty(const U512& difficulty);

// The reference PoW of QPoW v1: squeeze_twice(squeeze_twice(mining_hash ||
// nonce_be)), read as a big-endian 512-bit integer. 14 permutations, no shortcuts.
U512 powHashReference(const MiningHash& miningHash, const U512& nonce);
// The reference hash of `pow`, straight from docs/POW.md.
U512 powHashReference(PowAlgorithm pow, const MiningHash& miningHash, const U512& nonce);

inline bool powMeetsTarget(const U512& hash, const U512& target)
{
    return hash < target;
}

// Everything an engine needs about a job, computed once when the job starts.
struct JobContext {
    PowAlgorithm pow = PowAlgorithm::QPowV1;
    MiningHash miningHash{};
    U512 difficulty;
    U512 target;
    // Sponge state after the blocks that hold the mining hash alone (the
    // per-job midstate of docs/POW.md for `pow`).
    std::array<std::uint64_t, 12> miningHashState{};

    // difficulty must be non-zero.
    static JobContext make(const MiningHash& miningHash, const U512& difficulty,
                           PowAlgorithm pow = PowAlgorithm::QPowV1);
};

} // namespace qm

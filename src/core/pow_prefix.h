// The per-prefix midstate of docs/POW.md, for either PoW generation: the
// sponge state after the mining hash and the nonce's upper limbs (v1: limbs
// 7..2, which change every 2^128 nonces; v2: limbs 7..4, every 2^256). Every
// engine starts a nonce from it: the scalar and lane paths of cpu-fast and the
// GPU launch driver.
#pragma once

#include "core/pow.h"

#include <array>
#include <cstdint>

namespace qm {

// The first nonce limb of the prefix: 2 for QPoW v1, 4 for v2.
int prefixFirstLimb(PowAlgorithm pow);

// The midstate of `job` for the prefix of `nonce`.
void prefixState(const JobContext& job, const U512& nonce, std::uint64_t* prefix12);

// prefixState, recomputed only when the nonce's prefix limbs change.
class PrefixCache {
public:
    explicit PrefixCache(const JobContext& job) : job_(job), firstLimb_(prefixFirstLimb(job.pow)) {}

    const std::uint64_t* stateFor(const U512& nonce)
    {
        if (!valid_ || !samePrefix(nonce)) {
            prefixState(job_, nonce, state_);
            limbs_ = nonce.limb;
            valid_ = true;
        }
        return state_;
    }

private:
    bool samePrefix(const U512& nonce) const
    {
        for (int l = firstLimb_; l < 8; ++l) {
            if (nonce.limb[static_cast<std::size_t>(l)] != limbs_[static_cast<std::size_t>(l)])
                return false;
        }
        return true;
    }

    const JobContext& job_;
    int firstLimb_;
    std::uint64_t state_[12]{};
    std::array<std::uint64_t, 8> limbs_{};
    bool valid_ = false;
};

} // namespace qm

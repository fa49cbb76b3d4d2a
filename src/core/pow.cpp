#include "core/pow.h"

#include "core/pow_midstate.h"
#include "core/pow_midstate_v2.h"
#include "core/sponge.h"

#include <cstring>

namespace qm {

U512 targetForDifficulty(const U512& difficulty)
{
    U512 q, r;
    U512::divMod(U512::max(), difficulty, q, r);
    return q;
}

U512 powHashReference(const MiningHash& miningHash, const U512& nonce)
{
    std::uint8_t input[96];
    std::memcpy(input, miningHash.data(), 32);
    const auto nonceBytes = nonce.toBytesBE();
    std::memcpy(input + 32, nonceBytes.data(), 64);
    const auto inner = squeezeTwice(input, sizeof input);
    const auto outer = squeezeTwice(inner.data(), inner.size());
    return U512::fromBytesBE(outer.data());
}

U512 powHashReference(PowAlgorithm pow, const MiningHash& miningHash, const U512& nonce)
{
    switch (pow) {
    case PowAlgorithm::QPowV1:
        return powHashReference(miningHash, nonce);
    case PowAlgorithm::QPowV2: {
        // squeeze_twice of the rate-8 sponge over mining_hash || nonce, once.
        std::uint8_t input[96];
        std::memcpy(input, miningHash.data(), 32);
        const auto nonceBytes = nonce.toBytesBE();
        std::memcpy(input + 32, nonceBytes.data(), 64);
        const auto out = squeezeTwice(input, sizeof input, 8);
        return U512::fromBytesBE(out.data());
    }
    }
    return powHashReference(miningHash, nonce);
}

JobContext JobContext::make(const MiningHash& miningHash, const U512& difficulty, PowAlgorithm pow)
{
    JobContext job;
    job.pow = pow;
    job.miningHash = miningHash;
    job.difficulty = difficulty;
    job.target = targetForDifficulty(difficulty);
    switch (pow) {
    case PowAlgorithm::QPowV1:
        mid::miningHashState(miningHash.data(), job.miningHashState.data(), kPoseidon2);
        break;
    case PowAlgorithm::QPowV2:
        mid2::miningHashState(miningHash.data(), job.miningHashState.data(), kPoseidon2);
        break;
    }
    return job;
}

} // namespace qm

#include "core/pow_prefix.h"

#include "core/pow_midstate.h"
#include "core/pow_midstate_v2.h"

namespace qm {

int prefixFirstLimb(PowAlgorithm pow)
{
    switch (pow) {
    case PowAlgorithm::QPowV1:
        return 2;
    case PowAlgorithm::QPowV2:
        return 4;
    }
    return 2;
}

void prefixState(const JobContext& job, const U512& nonce, std::uint64_t* prefix12)
{
    switch (job.pow) {
    case PowAlgorithm::QPowV1:
        mid::prefixState(job.miningHashState.data(), nonce.limb.data(), prefix12, kPoseidon2);
        return;
    case PowAlgorithm::QPowV2:
        mid2::prefixState(job.miningHashState.data(), nonce.limb.data(), prefix12, kPoseidon2);
        return;
    }
}

} // namespace qm

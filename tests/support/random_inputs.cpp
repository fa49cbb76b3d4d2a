#include "tests/support/random_inputs.h"

namespace qmtest {

qm::MiningHash randomMiningHash(std::mt19937_64& rng)
{
    qm::MiningHash mh;
    for (auto& b : mh)
        b = static_cast<std::uint8_t>(rng());
    return mh;
}

qm::U512 randomU512(std::mt19937_64& rng)
{
    qm::U512 n;
    for (auto& l : n.limb)
        l = rng();
    return n;
}

qm::U512 randomNonce(std::mt19937_64& rng)
{
    qm::U512 n = randomU512(rng);
    if (rng() % 4 == 0)
        n.limb[0] = ~0ULL - rng() % 3;
    if (rng() % 8 == 0)
        n.limb[1] = ~0ULL;
    return n;
}

} // namespace qmtest

// Random inputs for the Qt-free tests and the GPU check: mining hashes and
// nonces, biased towards the places where the nonce walk is most likely to go
// wrong (limb 0 about to carry, the 2^128 prefix about to change). One seeded
// generator per test keeps every run reproducible.
#pragma once

#include "core/pow.h"
#include "core/u512.h"

#include <random>

namespace qmtest {

qm::MiningHash randomMiningHash(std::mt19937_64& rng);
// Any 512-bit value.
qm::U512 randomU512(std::mt19937_64& rng);
// A random nonce; about a quarter sit a few steps below a limb-0 carry and an
// eighth below a change of the 384-bit prefix.
qm::U512 randomNonce(std::mt19937_64& rng);

} // namespace qmtest

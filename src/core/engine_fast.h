// cpu-fast: the same results as cpu-baseline with the exact shortcuts of
// POW.md (per-prefix midstate, lazy last squeeze): about 8 permutations a nonce.
#pragma once

#include "engine.h"

namespace qm {

class FastEngine final : public Engine {
public:
    std::string name() const override { return "cpu-fast"; }
    std::string backend() const override { return "scalar"; }
    SearchResult search(const JobContext& job, const U512& first, const U512& last,
                        const SearchControl& control) const override;
};

// One nonce through the shortcut path; exposed for tests and other engines'
// candidate re-checks.
bool fastCheckNonce(const JobContext& job, const U512& nonce, U512& hashOut);

} // namespace qm

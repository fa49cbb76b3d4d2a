// cpu-baseline: the reference engine, the full 14-permutation hash per nonce.
#pragma once

#include "engine.h"

namespace qm {

class BaselineEngine final : public Engine {
public:
    std::string name() const override { return "cpu-baseline"; }
    std::string backend() const override { return "scalar"; }
    SearchResult search(const JobContext& job, const U512& first, const U512& last,
                        const SearchControl& control) const override;
};

} // namespace qm

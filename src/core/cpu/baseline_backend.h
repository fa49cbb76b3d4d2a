// cpu-baseline: the reference backend, the plain hash of docs/POW.md per nonce
// with no shortcut (QPoW v1: 14 permutations, v2: 5).
#pragma once

#include "core/backend.h"

namespace qm {

class BaselineBackend final : public Backend {
public:
    using Backend::search;
    std::string name() const override { return "cpu-baseline"; }
    std::string codePath() const override { return "scalar"; }
    SearchResult search(const SearchRequest& request, const SearchControl& control) const override;
    FeedProfile feedProfile(unsigned workers) const override;
};

} // namespace qm

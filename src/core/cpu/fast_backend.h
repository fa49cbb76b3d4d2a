// cpu-fast: the same results as cpu-baseline with the exact shortcuts of
// docs/POW.md (per-prefix midstate, lazy last squeeze): about 8 permutations a
// nonce for QPoW v1, 2 for QPoW v2,
// hashed one nonce at a time (scalar) or several side by side in vector
// registers (avx2, avx512), the path chosen at run time (cpu/cpu_features.h).
#pragma once

#include "core/backend.h"
#include "core/cpu/cpu_features.h"

#include <memory>
#include <string_view>

namespace qm {

class FastBackend final : public Backend {
public:
    // The widest path this CPU supports.
    FastBackend();
    using Backend::search;
    std::string name() const override { return "cpu-fast"; }
    // "scalar", "avx2" or "avx512".
    std::string codePath() const override { return cpu::isaName(isa_); }
    cpu::Isa isa() const { return isa_; }
    SearchResult search(const SearchRequest& request, const SearchControl& control) const override;
    FeedProfile feedProfile(unsigned workers) const override;

private:
    explicit FastBackend(cpu::Isa isa) : isa_(isa) {}
    friend std::unique_ptr<FastBackend> makeFastBackend(std::string_view, const cpu::CpuFeatures&, std::string&);
    cpu::Isa isa_;
};

// cpu-fast on the path `request` names ("" or "auto": the widest; else
// "scalar", "avx2", "avx512": BackendOptions::cpuIsa) for a CPU with `features`.
// nullptr and a message when the name is unknown or the CPU cannot run it.
std::unique_ptr<FastBackend> makeFastBackend(std::string_view request, const cpu::CpuFeatures& features,
                                           std::string& error);

// One nonce through the shortcut path; exposed for tests and other engines'
// candidate re-checks.
bool fastCheckNonce(const JobContext& job, const U512& nonce, U512& hashOut);

} // namespace qm

// cpu-fast: the same results as cpu-baseline with the exact shortcuts of
// POW.md (per-prefix midstate, lazy last squeeze): about 8 permutations a nonce,
// hashed one nonce at a time (scalar) or several side by side in vector
// registers (avx2, avx512), the path chosen at run time (cpu/cpu_features.h).
#pragma once

#include "cpu/cpu_features.h"
#include "engine.h"

#include <memory>
#include <string_view>

namespace qm {

class FastEngine final : public Engine {
public:
    // The widest path this CPU supports.
    FastEngine();
    std::string name() const override { return "cpu-fast"; }
    // "scalar", "avx2" or "avx512".
    std::string backend() const override { return cpu::isaName(isa_); }
    cpu::Isa isa() const { return isa_; }
    SearchResult search(const JobContext& job, const U512& first, const U512& last,
                        const SearchControl& control) const override;

private:
    explicit FastEngine(cpu::Isa isa) : isa_(isa) {}
    friend std::unique_ptr<FastEngine> makeFastEngine(std::string_view, const cpu::CpuFeatures&, std::string&);
    cpu::Isa isa_;
};

// cpu-fast on the path `request` names ("" or "auto": the widest; else
// "scalar", "avx2", "avx512", as in MINER_CPU_ISA) for a CPU with `features`.
// nullptr and a message when the name is unknown or the CPU cannot run it.
std::unique_ptr<FastEngine> makeFastEngine(std::string_view request, const cpu::CpuFeatures& features,
                                           std::string& error);

// One nonce through the shortcut path; exposed for tests and other engines'
// candidate re-checks.
bool fastCheckNonce(const JobContext& job, const U512& nonce, U512& hashOut);

} // namespace qm

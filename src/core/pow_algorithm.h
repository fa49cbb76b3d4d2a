// The proof-of-work generations the miner computes. A job names its algorithm
// (JobContext::pow) and every backend dispatches on it; adding a generation is
// one value here plus its hashing code in core/ and kernels/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qm {

enum class PowAlgorithm {
    // Seed-era nodes (HTTP API, docs/PROTOCOL.md): rate-4 sponge, two squeeze-twice (docs/POW.md).
    QPowV1,
    // Today's network (QUIC, docs/NODE-QUIC.md): rate-8 sponge, one squeeze-twice.
    QPowV2,
};

// "v1", "v2": the words the command line and the logs use.
std::string powAlgorithmName(PowAlgorithm pow);
// Accepts "v1", "v2", "qpow-v1", "qpow-v2" (any case); nullopt otherwise.
std::optional<PowAlgorithm> parsePowAlgorithm(std::string_view text);
std::vector<PowAlgorithm> allPowAlgorithms();

} // namespace qm

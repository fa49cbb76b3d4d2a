// `quantus-miner hash [--pow v1|v2] MINING_HASH NONCE [DIFFICULTY]`: the
// reference PoW of one nonce, and whether it meets a difficulty.
#pragma once

#include "core/pow_algorithm.h"

#include <QString>

#include <optional>

namespace qm {

struct HashCommandResult {
    int exitCode = 0;
    QString out;   // stdout text
    QString err;   // one line for stderr when exitCode != 0
};

HashCommandResult runHashCommand(PowAlgorithm pow, const QString& miningHash, const QString& nonce,
                                 const std::optional<QString>& difficulty);

} // namespace qm

// `quantus-miner health [--bind ADDR] [--port N]`: asks a running miner's HTTP
// API whether it answers, for a container's HEALTHCHECK or a monitoring
// script, with nothing but the miner itself (no curl in the image). The
// address and port come from the same options and MINER_* variables the
// service reads, so `MINER_PORT=9000 quantus-miner health` checks the miner
// started with MINER_PORT=9000.
#pragma once

#include "miner/miner_config.h"

#include <QString>

namespace qm {

struct HealthCommandResult {
    int exitCode = 0;   // 0: the API answered as the miner does; 1: it did not
    QString message;    // one line: what was asked and what came back
};

// Connects to the service's address (loopback when it listens on every
// interface), sends GET /result/<probe id>, and expects the API's own
// 404 JSON answer within timeoutMs.
HealthCommandResult runHealthCommand(const MinerConfig& config, int timeoutMs = 5000);

} // namespace qm

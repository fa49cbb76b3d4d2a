// `quantus-miner benchmark`: a job no hash can solve, mined through the same
// JobManager and thread pool as real jobs, for a fixed time.
#pragma once

#include "core/benchmark.h"
#include "miner/miner_config.h"

#include <QString>

#include <optional>

namespace qm {

// Needs a QCoreApplication; runs its event loop for the duration. nullopt and
// *error when the engine cannot run here.
std::optional<BenchmarkReport> runServiceBenchmark(const MinerConfig& config, PowAlgorithm pow, double durationSeconds,
                                                   QString* error);

} // namespace qm

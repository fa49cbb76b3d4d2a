// `quantus-miner benchmark`: a job no hash can solve, mined through the same
// JobManager and thread pool as real jobs, for a fixed time.
#pragma once

#include "benchmark.h"
#include "miner_config.h"

namespace qm {

// Needs a QCoreApplication; runs its event loop for the duration.
BenchmarkReport runServiceBenchmark(const MinerConfig& config, double durationSeconds);

} // namespace qm

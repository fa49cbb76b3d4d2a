// A synthetic mining run for measuring engines: a job whose difficulty no hash
// can meet, split into chunks that workers take in turn, exactly as a real job
// is worked. Plain threads here; the Qt service runs the same chunks on its pool.
#pragma once

#include "core/backend.h"

#include <cstdint>
#include <string>
#include <vector>

namespace qm {

struct BenchmarkOptions {
    PowAlgorithm pow = PowAlgorithm::QPowV1;
    unsigned workers = 1;
    double durationSeconds = 10.0;
    std::uint64_t chunkNonces = 1u << 16;
};

struct BenchmarkReport {
    std::string pow;      // "v1", "v2"
    std::string engine;
    std::string backend;
    unsigned workers = 0;
    double duration = 0;  // measured seconds
    std::uint64_t hashes = 0;
    double hashesPerSecond = 0;
    std::vector<double> perWorkerHashesPerSecond;

    std::string toJson() const;
    std::string toText() const;
};

// The job every benchmark mines: fixed mining hash, difficulty 2^512 - 1.
JobContext benchmarkJob(PowAlgorithm pow = PowAlgorithm::QPowV1);

BenchmarkReport runBenchmark(const Backend& engine, const BenchmarkOptions& options);

std::string formatHashrate(double hashesPerSecond);

} // namespace qm

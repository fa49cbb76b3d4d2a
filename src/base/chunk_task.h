// One worker's turn on the pool: hashes a chunk of a job's range with the
// engine, hands the result to the manager and takes the next chunk it is
// given (of any job), until the manager has nothing more for this worker.
#pragma once

#include "engine.h"
#include "job.h"

#include <QRunnable>

#include <atomic>
#include <memory>

namespace qm {

class JobManager;

// The nice value of hashing threads (Linux): below the event loop's thread.
inline constexpr int kWorkerNice = 10;

// A piece of one job's range, assigned to one worker.
struct ChunkRun {
    std::shared_ptr<Job> job;
    std::shared_ptr<const Engine> engine;
    int worker = 0;
    U512 first;
    U512 last;
    std::uint64_t progressInterval = 1u << 12;
    // Nonces checked so far in this chunk (read by the sampler).
    std::atomic<quint64> progress{0};
    // The worker's running total (hash rate per worker).
    std::atomic<quint64>* workerHashes = nullptr;
};

class ChunkTask final : public QRunnable {
public:
    ChunkTask(JobManager& manager, std::unique_ptr<ChunkRun> first);
    void run() override;

private:
    JobManager& m_manager;
    std::unique_ptr<ChunkRun> m_run;
};

} // namespace qm

// One worker's turn on the pool: hashes a chunk of a job's range with the
// backend, hands the result to the manager and takes the next chunk it is
// given (of any job), until the manager has nothing more for this worker.
// Private to the job manager.
#pragma once

#include <QRunnable>

#include <memory>

namespace qm {

class JobManager;
struct ChunkRun;

class ChunkTask final : public QRunnable {
public:
    ChunkTask(JobManager& manager, std::unique_ptr<ChunkRun> first);
    ~ChunkTask() override;
    void run() override;

private:
    JobManager& m_manager;
    std::unique_ptr<ChunkRun> m_run;
};

} // namespace qm

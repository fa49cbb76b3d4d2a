// The job manager's private state of a job and of a chunk of it. Included
// only by job_manager.cpp and chunk_task.cpp: everything else sees jobs as
// JobSnapshot (service/job.h).
//
// Lock discipline: fields under "mutex-guarded" are read and written only
// with JobManager::m_mutex held. `Job::stop` and the `ChunkRun` counters are
// atomics read without it: the backends poll `stop`, the sampler reads
// `progress` while the chunk's worker adds to it.
#pragma once

#include "core/backend.h"
#include "service/job.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace qm {

struct ChunkRun;

struct Job {
    QString id;
    JobSource source = JobSource::Http;
    JobContext context;
    U512 nonceStart;
    U512 nonceEnd;
    qint64 startedNs = 0;

    std::atomic<bool> stop{false};

    // mutex-guarded
    JobStatus status = JobStatus::Running;
    qint64 endedNs = 0;          // when the status left Running
    qint64 cancelRequestedNs = 0;
    qint64 lastChunkReturnNs = 0;
    U512 nextNonce;              // first nonce not yet handed out
    bool rangeHandedOut = false;
    bool started = false;        // a chunk of it was handed out
    int chunksInFlight = 0;
    quint64 committedHashes = 0; // from chunks that returned
    std::vector<quint64> committedPerWorker;
    std::vector<ChunkRun*> running;
    std::optional<U512> foundNonce;
    std::optional<U512> foundHash;
    QString engine;
    QString failure;             // why the job failed, when a backend said so
    bool settled = false;        // ended and no chunk in flight: numbers final
    bool served = false;
    double lastRate = 0;         // 10 s rate from the last sample
};

// A piece of one job's range, assigned to one worker.
struct ChunkRun {
    std::shared_ptr<Job> job;
    std::shared_ptr<const Backend> engine;
    int worker = 0;
    U512 first;
    U512 last;
    std::uint64_t progressInterval = 1u << 12;
    // Nonces checked so far in this chunk (read by the sampler).
    std::atomic<quint64> progress{0};
    // The worker's running total (hash rate per worker).
    std::atomic<quint64>* workerHashes = nullptr;
    // mutex-guarded: set when the job ended (cancel, failure) while this
    // chunk was still hashing; what it checked until then is all the job's
    // count ever includes, so a count reported with an end state is final.
    bool jobEnded = false;
    quint64 progressAtEnd = 0;
};

} // namespace qm

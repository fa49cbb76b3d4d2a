// A mining job: what the dashboard sees of it (JobSnapshot) and the state the
// job manager keeps for it (Job, internal to the manager and its chunks).
#pragma once

// moc (Qt 6.4) fails on <compare>, which the core's u512.h includes; moc
// needs none of the core's declarations, so it skips them.
#ifndef Q_MOC_RUN
#include "engine.h"
#include "pow.h"
#include "u512.h"
#endif

#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace qm {

enum class JobStatus { Running, Completed, Failed, Cancelled };

// "running", "completed", "failed", "cancelled" (the protocol's words).
QString jobStatusName(JobStatus status);

// A consistent copy of one job's state, safe to keep and pass between threads.
struct JobSnapshot {
    QString id;
    JobStatus status = JobStatus::Running;
    MiningHash miningHash{};
    U512 difficulty;
    U512 nonceStart;
    U512 nonceEnd;
    // Set when completed: the winning nonce and its PoW hash.
    std::optional<U512> nonce;
    std::optional<U512> hash;
    quint64 hashCount = 0;       // nonces checked so far
    double elapsedSeconds = 0;   // since start; frozen once the job ends
    double hashRate = 0;         // 10 s rate while running; average once ended
    QString engine;              // engine of the most recent chunk
    bool served = false;         // the ended state was reported to a client

    bool isEnded() const { return status != JobStatus::Running; }
};

// Manager-internal state of one job. Fields below `mutex-guarded` are read and
// written only with the manager's mutex held; `stop` is read lock-free by the
// engines.
struct ChunkRun;
struct Job {
    QString id;
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
    int chunksInFlight = 0;
    quint64 committedHashes = 0; // from chunks that returned
    std::vector<quint64> committedPerWorker;
    std::vector<ChunkRun*> running;
    std::optional<U512> foundNonce;
    std::optional<U512> foundHash;
    QString engine;
    bool settled = false;        // ended and no chunk in flight: numbers final
    bool served = false;
    double lastRate = 0;         // 10 s rate from the last sample
};

} // namespace qm

Q_DECLARE_METATYPE(qm::JobSnapshot)

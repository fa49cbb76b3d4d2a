// Runs mining jobs on one shared pool of worker threads. Each job's nonce range
// is cut into chunks handed out in ascending order; all running jobs take turns
// on the same `workers` threads, so several jobs never oversubscribe the CPU.
//
// Thread use: a JobManager lives on the thread that created it (the main
// thread) and emits every signal there. Its public functions may be called
// from that thread; result(), snapshot(), snapshots() and the counters are
// also safe from other threads. Hashing happens on the pool's threads.
#pragma once

// moc (Qt 6.4) fails on <compare>, which the core's u512.h includes; moc
// needs none of the core's declarations, so it skips them.
#ifndef Q_MOC_RUN
#include "engine.h"
#endif
#include "hashrate.h"
#include "job.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace qm {

struct ChunkRun;
class ChunkTask;

struct JobRequest {
    QString id;
    MiningHash miningHash{};
    U512 difficulty;   // non-zero
    U512 nonceStart;
    U512 nonceEnd;     // >= nonceStart, inclusive
};

struct JobManagerOptions {
    int progressChunkMs = 1000;
    int maxLiveJobs = 256;
    int maxRetainedJobs = 4096;
    qint64 retentionMs = 5 * 60 * 1000;
    qint64 unservedRetentionMs = 60 * 60 * 1000;
    int sampleIntervalMs = 1000;   // hash rate samples and jobProgressed
};

// Totals since the manager was created, for metrics.
struct JobCounters {
    quint64 completed = 0;
    quint64 failed = 0;
    quint64 cancelled = 0;
    quint64 candidatesFound = 0;   // valid nonces returned by engines
    QHash<QString, quint64> candidatesByEngine;
};

class JobManager : public QObject {
    Q_OBJECT
public:
    // Monotonic nanoseconds; replaceable for tests of retention.
    using Clock = std::function<qint64()>;

    enum class AddResult { Accepted, Duplicate, TooManyJobs };

    // `engine` must not be null; workers >= 1.
    JobManager(std::shared_ptr<const Engine> engine, int workers, const JobManagerOptions& options,
               QObject* parent = nullptr);
    // Cancels every job and waits for the workers.
    ~JobManager() override;

    // --- jobs -------------------------------------------------------------
    // On failure *message says why (for the HTTP error body).
    AddResult addJob(const JobRequest& request, QString* message = nullptr);
    // The job's state for a client; marks an ended job as served.
    std::optional<JobSnapshot> result(const QString& id);
    // The job's state without side effects (dashboard).
    std::optional<JobSnapshot> snapshot(const QString& id) const;
    // Every job still held, oldest first.
    QList<JobSnapshot> snapshots() const;
    // Stops a running job; idempotent; an ended job keeps its result.
    // Returns false for an unknown id.
    bool cancel(const QString& id);
    void cancelAll();
    // Waits until no chunk is being hashed (after cancelAll, at shutdown).
    bool waitForIdle(int timeoutMs);
    int runningJobCount() const;

    // --- engine and workers, changeable while jobs run ----------------------
    // Both apply to chunks handed out afterwards; running chunks finish as
    // they are (within progressChunkMs).
    bool setEngine(const QString& name, QString* error = nullptr);
    void setEngine(std::shared_ptr<const Engine> engine);
    QString engineName() const;
    QString engineBackend() const;
    void setWorkers(int workers);
    int workers() const;
    void setProgressChunkMs(int ms);
    int progressChunkMs() const;
    // Chunk length, job cap and retention times, live (the sample interval
    // stays as constructed).
    void setOptions(const JobManagerOptions& options);
    JobManagerOptions options() const;

    // --- figures -----------------------------------------------------------
    HashrateSample lastHashrate() const;
    quint64 totalHashes() const;
    // Cumulative hashes of each worker (index = thread_id).
    QList<quint64> workerHashes() const;
    JobCounters counters() const;
    // 10 s rate of each running job and of each of its workers, from the last
    // sample: the per-job metrics series.
    struct JobRate {
        QString id;
        QString engine;
        double rate = 0;
        QList<double> perWorker;
    };
    QList<JobRate> runningJobRates() const;

    // --- tests --------------------------------------------------------------
    void setClock(Clock clock);
    // Forgets ended jobs past their retention now (normally on a timer).
    void purgeExpired();
    // Takes a hash rate sample now (normally on a timer).
    void sampleNow();

signals:
    void jobAdded(const qm::JobSnapshot& job);
    // At each sample interval, for every running job.
    void jobProgressed(const qm::JobSnapshot& job);
    // Once per job, when it has ended and its numbers are final.
    void jobFinished(const qm::JobSnapshot& job);
    // The ended job was dropped after its retention time.
    void jobRemoved(const QString& id);
    void hashrateSampled(const qm::HashrateSample& sample);
    void engineChanged(const QString& name, const QString& backend);
    void workersChanged(int workers);

private:
    friend class ChunkTask;
    struct WorkerSlot;

    // Called by a ChunkTask on a pool thread when its chunk returns; gives the
    // next chunk for the same worker, or null when the worker should stop.
    std::unique_ptr<ChunkRun> chunkFinished(std::unique_ptr<ChunkRun> run, const SearchResult& result,
                                            double seconds, bool engineFailed);
    std::unique_ptr<ChunkRun> nextChunkLocked(int worker);
    void startIdleWorkersLocked();
    void endLocked(Job& job, JobStatus status);
    void settleLocked(Job& job);
    int activeWorkersLocked() const;
    JobSnapshot snapshotLocked(const Job& job) const;
    quint64 liveHashesLocked(const Job& job) const;
    void onJobSettled(const QString& id);
    qint64 now() const;

    JobManagerOptions m_options;
    Clock m_clock;
    QThreadPool m_pool;
    QTimer m_sampleTimer;

    mutable std::mutex m_mutex;
    // mutex-guarded
    std::shared_ptr<const Engine> m_engine;
    int m_workers = 1;
    QHash<QString, std::shared_ptr<Job>> m_jobs;
    QList<QString> m_order;                 // insertion order, for eviction
    QList<std::shared_ptr<Job>> m_handOut;  // jobs with nonces left to hand out
    int m_roundRobin = 0;
    std::vector<std::unique_ptr<WorkerSlot>> m_slots;
    int m_busyWorkers = 0;
    int m_runningJobs = 0;
    quint64 m_chunkNonces = 0;              // current chunk size
    quint64 m_progressInterval = 0;
    JobCounters m_counters;
    HashrateSample m_lastSample;
    QList<JobRate> m_jobRates;

    // manager-thread only
    HashrateMeter m_meter;
    QHash<QString, HashrateMeter> m_jobMeters;
    qint64 m_lastPurgeNs = 0;
};

} // namespace qm

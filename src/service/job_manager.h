// Runs mining jobs on one shared pool of worker threads. Each job's nonce range
// is cut into chunks handed out in ascending order; all running jobs take turns
// on the same `workers` threads, so several jobs never oversubscribe the CPU.
//
// Every backend is fed the same way: the manager asks it for its FeedProfile
// (how many searches at once, the smallest worthwhile chunk) and sizes chunks
// from the measured rate; what a backend is never matters here.
//
// Thread use: a JobManager lives on the thread that created it (the main
// thread) and emits every signal there. Its public functions may be called
// from that thread; result(), snapshot(), snapshots() and the counters are
// also safe from other threads. Hashing happens on the pool's threads.
// Internally one mutex guards all job and worker state (service/job_state.h says
// which fields); it is never held while a backend hashes or a signal is
// emitted.
#pragma once

// moc (Qt 6.4) fails on <compare>, which the core's u512.h includes; moc
// needs none of the core's declarations, so it skips them.
#ifndef Q_MOC_RUN
#include "core/backend.h"
#endif
#include "service/defaults.h"
#include "service/hashrate.h"
#include "service/job.h"
#include "service/job_request.h"

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

struct Job;
struct ChunkRun;
class ChunkTask;
class JobManagerTestAccess;

struct JobManagerOptions {
    int progressChunkMs = defaults::kProgressChunkMs;
    int maxLiveJobs = defaults::kMaxLiveJobs;
    int maxRetainedJobs = defaults::kMaxRetainedJobs;
    qint64 retentionMs = defaults::kRetentionMs;
    qint64 unservedRetentionMs = defaults::kUnservedRetentionMs;
    int sampleIntervalMs = defaults::kSampleIntervalMs;   // hash rate samples and jobProgressed
};

// Totals since the manager was created, for metrics.
struct JobCounters {
    quint64 accepted = 0;
    quint64 running = 0;
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
    JobManager(std::shared_ptr<const Backend> engine, int workers, const JobManagerOptions& options,
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
    void setEngine(std::shared_ptr<const Backend> engine);
    QString engineName() const;
    QString engineBackend() const;
    // Devices the engine hashes on now (GPUs; 0 for a CPU engine).
    unsigned engineDevices() const;
    void setWorkers(int workers);
    int workers() const;
    // Chunk length, job cap and retention times, live (the sample interval
    // stays as constructed).
    void setOptions(const JobManagerOptions& options);
    JobManagerOptions options() const;

    // --- figures -----------------------------------------------------------
    HashrateSample lastHashrate() const;
    // Hashes counted for jobs: the sum of every ended job's final count and
    // the running jobs' counts (miner_hashes_total). Work a chunk did after
    // its job ended is in the hash rate but in no count.
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
    // The totals changed (a job was accepted or settled).
    void countersChanged(const qm::JobCounters& counters);

private:
    friend class ChunkTask;
    // Tests replace the clock and run the timers' work on demand.
    friend class JobManagerTestAccess;
    struct WorkerSlot;

    void setClock(Clock clock);
    // Forgets ended jobs past their retention now (normally on a timer).
    void purgeExpired();
    // Takes a hash rate sample now (normally on a timer).
    void sampleNow();

    // Called by a ChunkTask on a pool thread when its chunk returns; gives the
    // next chunk for the same worker, or null when the worker should stop.
    std::unique_ptr<ChunkRun> chunkFinished(std::unique_ptr<ChunkRun> run, const SearchResult& result,
                                            double seconds);
    void resizeChunksLocked();
    std::unique_ptr<ChunkRun> nextChunkLocked(int worker);
    void startIdleWorkersLocked();
    void endLocked(Job& job, JobStatus status);
    void settleLocked(Job& job);
    int activeWorkersLocked() const;
    JobCounters countersLocked() const;
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
    std::shared_ptr<const Backend> m_engine;
    FeedProfile m_feed;                     // m_engine's, for m_workers
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
    // Hashes committed to job counts by returned chunks (totalHashes()).
    quint64 m_countedHashes = 0;
    HashrateSample m_lastSample;
    QList<JobRate> m_jobRates;

    // manager-thread only
    HashrateMeter m_meter;
    QHash<QString, HashrateMeter> m_jobMeters;
    qint64 m_lastPurgeNs = 0;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::JobCounters)

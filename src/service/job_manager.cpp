#include "service/job_manager.h"

#include "core/benchmark.h"
#include "service/chunk_task.h"
#include "service/job_state.h"
#include "service/logger.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

constexpr std::uint64_t kMinChunkNonces = 1024;
// A new engine's first chunks, until its rate is measured.
constexpr std::uint64_t kFirstChunkNonces = std::uint64_t{1} << 16;
constexpr std::uint64_t kMaxChunkNonces = std::uint64_t{1} << 40;
constexpr std::uint64_t kMinProgressInterval = 256;
constexpr std::uint64_t kMaxProgressInterval = std::uint64_t{1} << 22;
constexpr std::uint64_t kInitialProgressInterval = 2048;
// Stop checks every ~5 ms of hashing: cancel latency stays in milliseconds.
constexpr double kProgressSeconds = 0.005;
constexpr qint64 kPurgeEveryNs = 5'000'000'000;

qint64 steadyNanoseconds()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

QString rangeSize(const U512& first, const U512& last)
{
    bool carry = false;
    const U512 n = last.sub(first).addU64(1, &carry);
    if (carry)
        return QStringLiteral("2^512");
    return QString::fromStdString(n.toDecimal());
}

} // namespace

struct JobManager::WorkerSlot {
    alignas(64) std::atomic<quint64> hashes{0};
    bool busy = false;
};

JobManager::JobManager(std::shared_ptr<const Backend> engine, int workers, const JobManagerOptions& options,
                       QObject* parent)
    : QObject(parent), m_options(options), m_clock(steadyNanoseconds), m_engine(std::move(engine))
{
    m_workers = std::max(1, workers);
    m_pool.setMaxThreadCount(m_workers);
    // Worker threads stay alive between jobs: a new job starts hashing at once.
    m_pool.setExpiryTimeout(-1);
    for (int i = 0; i < m_workers; ++i)
        m_slots.push_back(std::make_unique<WorkerSlot>());
    m_feed = m_engine->feedProfile(static_cast<unsigned>(m_workers));
    resizeChunksLocked();
    m_meter.setWorkerCount(m_workers);

    m_sampleTimer.setInterval(std::max(10, m_options.sampleIntervalMs));
    connect(&m_sampleTimer, &QTimer::timeout, this, &JobManager::sampleNow);
    m_sampleTimer.start();
}

JobManager::~JobManager()
{
    m_sampleTimer.stop();
    cancelAll();
    m_pool.waitForDone();
}

qint64 JobManager::now() const
{
    return m_clock();
}

void JobManager::setClock(Clock clock)
{
    {
        std::lock_guard lock(m_mutex);
        m_clock = clock ? std::move(clock) : Clock(steadyNanoseconds);
        m_lastPurgeNs = 0;
    }
    // Another clock, another time line: rates restart from fresh samples.
    m_meter.clear();
    m_jobMeters.clear();
}

int JobManager::activeWorkersLocked() const
{
    // As many searches at once as the engine asks for (one per CPU worker for
    // a CPU engine, one for an engine that drives devices from one thread),
    // never more than there are worker slots.
    return std::clamp(static_cast<int>(m_feed.concurrentSearches), 1, m_workers);
}

void JobManager::resizeChunksLocked()
{
    m_chunkNonces = std::clamp(std::max(kFirstChunkNonces, m_feed.minChunkNonces), kMinChunkNonces, kMaxChunkNonces);
    m_progressInterval = kInitialProgressInterval;
}

// --- jobs --------------------------------------------------------------------

JobManager::AddResult JobManager::addJob(const JobRequest& request, QString* message)
{
    const JobContext context = JobContext::make(request.miningHash, request.difficulty, request.pow);
    auto job = std::make_shared<Job>();
    job->id = request.id;
    job->source = request.source;
    job->context = context;
    job->nonceStart = request.nonceStart;
    job->nonceEnd = request.nonceEnd;
    job->nextNonce = request.nonceStart;

    JobSnapshot added;
    JobCounters counters;
    QList<QString> evicted;
    {
        std::lock_guard lock(m_mutex);
        if (m_jobs.contains(request.id)) {
            if (message)
                *message = QStringLiteral("Job already exists");
            return AddResult::Duplicate;
        }
        if (m_runningJobs >= m_options.maxLiveJobs) {
            if (message)
                *message = QStringLiteral("too many running jobs (limit %1); cancel a running job or retry later")
                               .arg(m_options.maxLiveJobs);
            return AddResult::TooManyJobs;
        }
        // Bounded memory under a flood of short jobs: beyond the retention
        // cap, the oldest ended jobs go first.
        const int cap = m_options.maxLiveJobs + m_options.maxRetainedJobs;
        for (qsizetype i = 0; m_jobs.size() >= cap && i < m_order.size();) {
            const auto it = m_jobs.constFind(m_order[i]);
            if (it != m_jobs.cend() && (*it)->settled) {
                evicted << m_order[i];
                m_jobs.erase(it);
                m_order.removeAt(i);
            } else {
                ++i;
            }
        }
        job->startedNs = now();
        job->engine = QString::fromStdString(m_engine->name());
        job->committedPerWorker.assign(static_cast<size_t>(m_workers), 0);
        m_jobs.insert(job->id, job);
        m_order.append(job->id);
        m_handOut.append(job);
        ++m_runningJobs;
        ++m_counters.accepted;
        startIdleWorkersLocked();
        added = snapshotLocked(*job);
        counters = countersLocked();
    }
    for (const QString& id : evicted) {
        m_jobMeters.remove(id);
        emit jobRemoved(id);
    }
    m_jobMeters.insert(added.id, HashrateMeter(m_workers, HashrateMeter::kTenSecondsMs + 2'000));
    logInfo(QStringLiteral("job %1 accepted (%6, QPoW %7): %2 nonces from %3, difficulty %4, engine %5")
                .arg(added.id, rangeSize(request.nonceStart, request.nonceEnd),
                     QString::fromStdString(request.nonceStart.toHexMinimal()),
                     QString::fromStdString(request.difficulty.toDecimal()), added.engine, jobSourceName(request.source),
                     QString::fromStdString(powAlgorithmName(request.pow))));
    emit jobAdded(added);
    emit countersChanged(counters);
    return AddResult::Accepted;
}

std::optional<JobSnapshot> JobManager::result(const QString& id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return std::nullopt;
    Job& job = **it;
    if (job.status != JobStatus::Running)
        job.served = true;
    return snapshotLocked(job);
}

std::optional<JobSnapshot> JobManager::snapshot(const QString& id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return std::nullopt;
    return snapshotLocked(**it);
}

QList<JobSnapshot> JobManager::snapshots() const
{
    std::lock_guard lock(m_mutex);
    QList<JobSnapshot> out;
    out.reserve(m_order.size());
    for (const QString& id : m_order) {
        const auto it = m_jobs.constFind(id);
        if (it != m_jobs.cend())
            out.append(snapshotLocked(**it));
    }
    return out;
}

bool JobManager::cancel(const QString& id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return false;
    Job& job = **it;
    // A job whose nonce is already found completes with it; an ended job
    // keeps its result.
    if (job.status == JobStatus::Running && !job.foundNonce) {
        job.cancelRequestedNs = now();
        endLocked(job, JobStatus::Cancelled);
        job.served = true; // the client was told "cancelled"
        if (job.chunksInFlight == 0)
            settleLocked(job);
    }
    return true;
}

void JobManager::cancelAll()
{
    QList<QString> ids;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& job : std::as_const(m_jobs))
            if (job->status == JobStatus::Running)
                ids << job->id;
    }
    for (const QString& id : ids)
        cancel(id);
}

bool JobManager::waitForIdle(int timeoutMs)
{
    return m_pool.waitForDone(timeoutMs);
}

int JobManager::runningJobCount() const
{
    std::lock_guard lock(m_mutex);
    return m_runningJobs;
}

// --- the workers' side -----------------------------------------------------------

void JobManager::startIdleWorkersLocked()
{
    const int active = activeWorkersLocked();
    for (int w = 0; w < active; ++w) {
        WorkerSlot& slot = *m_slots[static_cast<size_t>(w)];
        if (slot.busy)
            continue;
        auto run = nextChunkLocked(w);
        if (!run)
            return;
        slot.busy = true;
        ++m_busyWorkers;
        m_pool.start(new ChunkTask(*this, std::move(run)));
    }
}

std::unique_ptr<ChunkRun> JobManager::nextChunkLocked(int worker)
{
    if (worker >= activeWorkersLocked())
        return nullptr;
    for (qsizetype i = 0; i < m_handOut.size();) {
        const Job& j = *m_handOut[i];
        if (j.rangeHandedOut || j.status != JobStatus::Running || j.stop.load())
            m_handOut.removeAt(i);
        else
            ++i;
    }
    if (m_handOut.isEmpty())
        return nullptr;
    // Which job gets the chunk: the newest job that has not hashed yet, so a
    // job just accepted starts within one chunk however many jobs run (a
    // node's new job first); then the node's job, whose block is the one the
    // network waits for; then every job in turn.
    qsizetype index = -1;
    for (const bool nodeOnly : {true, false}) {
        for (qsizetype i = m_handOut.size() - 1; i >= 0 && index < 0; --i) {
            const Job& j = *m_handOut[i];
            if (!j.started && (!nodeOnly || j.source == JobSource::Node))
                index = i;
        }
    }
    for (qsizetype k = 0; k < m_handOut.size() && index < 0; ++k) {
        const qsizetype i = (m_roundRobin + k) % m_handOut.size();
        if (m_handOut[i]->source == JobSource::Node)
            index = i;
    }
    if (index < 0)
        index = m_roundRobin % m_handOut.size();
    {
        std::shared_ptr<Job> job = m_handOut[index];
        job->started = true;
        auto run = std::make_unique<ChunkRun>();
        run->job = job;
        run->engine = m_engine;
        run->worker = worker;
        run->first = job->nextNonce;
        run->progressInterval = m_progressInterval;
        run->workerHashes = &m_slots[static_cast<size_t>(worker)]->hashes;
        bool carry = false;
        const U512 last = job->nextNonce.addU64(m_chunkNonces - 1, &carry);
        if (carry || last >= job->nonceEnd) {
            run->last = job->nonceEnd;
            job->rangeHandedOut = true;
            m_handOut.removeAt(index);
            m_roundRobin = static_cast<int>(index);
        } else {
            run->last = last;
            job->nextNonce = last.addU64(1);
            m_roundRobin = static_cast<int>(index + 1);
        }
        ++job->chunksInFlight;
        job->engine = QString::fromStdString(m_engine->name());
        if (job->committedPerWorker.size() <= static_cast<size_t>(worker))
            job->committedPerWorker.resize(static_cast<size_t>(worker) + 1, 0);
        job->running.push_back(run.get());
        return run;
    }
}

std::unique_ptr<ChunkRun> JobManager::chunkFinished(std::unique_ptr<ChunkRun> run, const SearchResult& result,
                                                    double seconds)
{
    std::lock_guard lock(m_mutex);
    Job& job = *run->job;
    const int worker = run->worker;
    --job.chunksInFlight;
    job.lastChunkReturnNs = now();
    job.running.erase(std::remove(job.running.begin(), job.running.end(), run.get()), job.running.end());
    // A chunk of a job that ended meanwhile counts only up to the end.
    const quint64 counted = run->jobEnded ? std::min<quint64>(result.checked, run->progressAtEnd) : result.checked;
    job.committedHashes += counted;
    job.committedPerWorker[static_cast<size_t>(worker)] += counted;
    m_countedHashes += counted;

    // Size the next chunks from the measured rate: a chunk lasts about
    // progressChunkMs, stop checks come every few milliseconds.
    if (run->engine == m_engine && result.outcome == SearchOutcome::Exhausted && seconds > 0.002 &&
        result.checked >= kMinChunkNonces) {
        const double rate = static_cast<double>(result.checked) / seconds;
        const double target = rate * m_options.progressChunkMs / 1000.0;
        std::uint64_t next = static_cast<std::uint64_t>(
            std::clamp(target, static_cast<double>(kMinChunkNonces), static_cast<double>(kMaxChunkNonces)));
        m_chunkNonces = std::max(next, std::min(m_feed.minChunkNonces, kMaxChunkNonces));
        m_progressInterval = static_cast<std::uint64_t>(std::clamp(
            rate * kProgressSeconds, static_cast<double>(kMinProgressInterval),
            static_cast<double>(kMaxProgressInterval)));
    }

    if (result.outcome == SearchOutcome::Found) {
        const QString engineName = QString::fromStdString(run->engine->name());
        ++m_counters.candidatesFound;
        ++m_counters.candidatesByEngine[engineName];
        if (job.status == JobStatus::Running) {
            // Chunks go out in ascending order; when two find at once the
            // lower nonce wins.
            if (!job.foundNonce || result.nonce < *job.foundNonce) {
                job.foundNonce = result.nonce;
                job.foundHash = result.hash;
            }
            if (!job.stop.exchange(true))
                job.endedNs = now();
        }
    } else if (result.outcome == SearchOutcome::Failed && job.status == JobStatus::Running && !job.foundNonce) {
        job.failure = QString::fromStdString(result.error);
        endLocked(job, JobStatus::Failed);
    }

    if (job.chunksInFlight == 0) {
        if (job.status == JobStatus::Running) {
            if (job.foundNonce)
                endLocked(job, JobStatus::Completed);
            else if (job.rangeHandedOut)
                endLocked(job, JobStatus::Failed);
        }
        if (job.status != JobStatus::Running && !job.settled)
            settleLocked(job);
    }

    auto next = nextChunkLocked(worker);
    if (!next) {
        m_slots[static_cast<size_t>(worker)]->busy = false;
        --m_busyWorkers;
    }
    return next;
}

void JobManager::endLocked(Job& job, JobStatus status)
{
    if (job.status != JobStatus::Running)
        return;
    job.status = status;
    if (!job.endedNs || status == JobStatus::Cancelled)
        job.endedNs = now();
    // The count as of now is the job's final count.
    for (ChunkRun* r : job.running) {
        r->jobEnded = true;
        r->progressAtEnd = r->progress.load(std::memory_order_relaxed);
    }
    job.stop.store(true);
    --m_runningJobs;
}

void JobManager::settleLocked(Job& job)
{
    job.settled = true;
    switch (job.status) {
    case JobStatus::Completed:
        ++m_counters.completed;
        break;
    case JobStatus::Failed:
        ++m_counters.failed;
        break;
    case JobStatus::Cancelled:
        ++m_counters.cancelled;
        break;
    case JobStatus::Running:
        break;
    }
    const QString id = job.id;
    QMetaObject::invokeMethod(this, [this, id] { onJobSettled(id); }, Qt::QueuedConnection);
}

void JobManager::onJobSettled(const QString& id)
{
    std::optional<JobSnapshot> snap;
    qint64 cancelToIdleNs = 0;
    QString failure;
    JobCounters counters;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_jobs.constFind(id);
        if (it == m_jobs.cend())
            return;
        snap = snapshotLocked(**it);
        failure = (*it)->failure;
        counters = countersLocked();
        if ((*it)->cancelRequestedNs)
            cancelToIdleNs = std::max<qint64>(0, (*it)->lastChunkReturnNs - (*it)->cancelRequestedNs);
    }
    m_jobMeters.remove(id);
    const QString rate = QString::fromStdString(formatHashrate(snap->hashRate));
    switch (snap->status) {
    case JobStatus::Completed:
        logInfo(QStringLiteral("job %1 completed: nonce %2 after %3 hashes in %4 s (%5)")
                    .arg(id, QString::fromStdString(snap->nonce->toHexMinimal()))
                    .arg(snap->hashCount)
                    .arg(snap->elapsedSeconds, 0, 'f', 3)
                    .arg(rate));
        break;
    case JobStatus::Failed:
        if (!failure.isEmpty())
            logError(QStringLiteral("job %1 failed: %2 (after %3 hashes)").arg(id, failure).arg(snap->hashCount));
        else
            logInfo(QStringLiteral("job %1 failed: no valid nonce in its range, %2 hashes in %3 s (%4)")
                        .arg(id)
                        .arg(snap->hashCount)
                        .arg(snap->elapsedSeconds, 0, 'f', 3)
                        .arg(rate));
        break;
    case JobStatus::Cancelled:
        logInfo(QStringLiteral("job %1 cancelled after %2 hashes; its workers stopped %3 ms after the request")
                    .arg(id)
                    .arg(snap->hashCount)
                    .arg(static_cast<double>(cancelToIdleNs) / 1e6, 0, 'f', 2));
        break;
    case JobStatus::Running:
        break;
    }
    emit jobFinished(*snap);
    emit countersChanged(counters);
}

// --- snapshots -----------------------------------------------------------------

quint64 JobManager::liveHashesLocked(const Job& job) const
{
    quint64 n = job.committedHashes;
    for (const ChunkRun* r : job.running)
        n += r->jobEnded ? r->progressAtEnd : r->progress.load(std::memory_order_relaxed);
    return n;
}

JobSnapshot JobManager::snapshotLocked(const Job& job) const
{
    JobSnapshot s;
    s.id = job.id;
    s.status = job.status;
    s.pow = job.context.pow;
    s.source = job.source;
    s.miningHash = job.context.miningHash;
    s.difficulty = job.context.difficulty;
    s.nonceStart = job.nonceStart;
    s.nonceEnd = job.nonceEnd;
    if (job.status == JobStatus::Completed) {
        s.nonce = job.foundNonce;
        s.hash = job.foundHash;
    }
    s.hashCount = liveHashesLocked(job);
    const qint64 end = job.endedNs ? job.endedNs : now();
    s.elapsedSeconds = static_cast<double>(std::max<qint64>(0, end - job.startedNs)) / 1e9;
    if (job.status == JobStatus::Running)
        s.hashRate = job.lastRate;
    else
        s.hashRate = s.elapsedSeconds > 0 ? static_cast<double>(s.hashCount) / s.elapsedSeconds : 0;
    s.engine = job.engine;
    s.served = job.served;
    return s;
}

// --- engine and workers ----------------------------------------------------------

void JobManager::setEngine(std::shared_ptr<const Backend> engine)
{
    if (!engine)
        return;
    QString name;
    QString backend;
    {
        std::lock_guard lock(m_mutex);
        m_engine = std::move(engine);
        m_feed = m_engine->feedProfile(static_cast<unsigned>(m_workers));
        resizeChunksLocked();
        name = QString::fromStdString(m_engine->name());
        backend = QString::fromStdString(m_engine->codePath());
        startIdleWorkersLocked();
    }
    logInfo(QStringLiteral("engine set to %1 (%2); new chunks use it").arg(name, backend));
    emit engineChanged(name, backend);
}

QString JobManager::engineName() const
{
    std::lock_guard lock(m_mutex);
    return QString::fromStdString(m_engine->name());
}

unsigned JobManager::engineDevices() const
{
    std::lock_guard lock(m_mutex);
    return m_engine->feedProfile(static_cast<unsigned>(m_workers)).devices;
}

QString JobManager::engineBackend() const
{
    std::lock_guard lock(m_mutex);
    return QString::fromStdString(m_engine->codePath());
}

void JobManager::setWorkers(int workers)
{
    workers = std::max(1, workers);
    {
        std::lock_guard lock(m_mutex);
        if (workers == m_workers)
            return;
        m_workers = workers;
        m_feed = m_engine->feedProfile(static_cast<unsigned>(workers));
        while (m_slots.size() < static_cast<size_t>(workers))
            m_slots.push_back(std::make_unique<WorkerSlot>());
        // Workers above the new count finish their chunk and take no other.
        m_pool.setMaxThreadCount(workers);
        startIdleWorkersLocked();
    }
    m_meter.setWorkerCount(workers);
    for (auto& meter : m_jobMeters)
        meter.setWorkerCount(workers);
    logInfo(QStringLiteral("workers set to %1; new chunks use them").arg(workers));
    emit workersChanged(workers);
}

int JobManager::workers() const
{
    std::lock_guard lock(m_mutex);
    return m_workers;
}

void JobManager::setOptions(const JobManagerOptions& options)
{
    std::lock_guard lock(m_mutex);
    const int sampleIntervalMs = m_options.sampleIntervalMs;
    m_options = options;
    m_options.sampleIntervalMs = sampleIntervalMs;
    m_options.progressChunkMs = std::max(1, m_options.progressChunkMs);
    m_options.maxLiveJobs = std::max(1, m_options.maxLiveJobs);
}

JobManagerOptions JobManager::options() const
{
    std::lock_guard lock(m_mutex);
    return m_options;
}

// --- figures ---------------------------------------------------------------------

HashrateSample JobManager::lastHashrate() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSample;
}

quint64 JobManager::totalHashes() const
{
    std::lock_guard lock(m_mutex);
    quint64 n = m_countedHashes;
    for (const auto& job : std::as_const(m_jobs))
        for (const ChunkRun* r : job->running)
            n += r->jobEnded ? r->progressAtEnd : r->progress.load(std::memory_order_relaxed);
    return n;
}

QList<quint64> JobManager::workerHashes() const
{
    std::lock_guard lock(m_mutex);
    QList<quint64> out;
    for (const auto& slot : m_slots)
        out << slot->hashes.load(std::memory_order_relaxed);
    return out;
}

JobCounters JobManager::counters() const
{
    std::lock_guard lock(m_mutex);
    return countersLocked();
}

JobCounters JobManager::countersLocked() const
{
    JobCounters c = m_counters;
    c.running = static_cast<quint64>(m_runningJobs);
    return c;
}

QList<JobManager::JobRate> JobManager::runningJobRates() const
{
    std::lock_guard lock(m_mutex);
    return m_jobRates;
}

void JobManager::sampleNow()
{
    struct JobCount {
        QString id;
        QString engine;
        quint64 total = 0;
        QList<quint64> perWorker;
    };
    QList<quint64> perWorker;
    quint64 total = 0;
    QList<JobCount> jobCounts;
    qint64 nowNs = 0;
    int workers = 0;
    {
        std::lock_guard lock(m_mutex);
        nowNs = now();
        workers = m_workers;
        for (size_t i = 0; i < m_slots.size(); ++i) {
            const quint64 n = m_slots[i]->hashes.load(std::memory_order_relaxed);
            total += n;
            if (static_cast<int>(i) < m_workers)
                perWorker << n;
        }
        for (const auto& job : std::as_const(m_jobs)) {
            if (job->status != JobStatus::Running)
                continue;
            JobCount c{job->id, job->engine, liveHashesLocked(*job), {}};
            for (int w = 0; w < m_workers; ++w) {
                quint64 n = static_cast<size_t>(w) < job->committedPerWorker.size()
                                ? job->committedPerWorker[static_cast<size_t>(w)]
                                : 0;
                for (const ChunkRun* r : job->running)
                    if (r->worker == w)
                        n += r->progress.load(std::memory_order_relaxed);
                c.perWorker << n;
            }
            jobCounts << c;
        }
    }

    const qint64 nowMs = nowNs / 1'000'000;
    m_meter.addSample(nowMs, total, perWorker);
    HashrateSample sample;
    sample.timestampMs = nowMs;
    sample.total = m_meter.windows();
    for (int w = 0; w < workers; ++w)
        sample.perWorker << m_meter.windows(w);
    sample.totalHashes = total;
    sample.activeJobs = static_cast<int>(jobCounts.size());

    QList<JobRate> rates;
    for (const JobCount& c : std::as_const(jobCounts)) {
        auto it = m_jobMeters.find(c.id);
        if (it == m_jobMeters.end())
            it = m_jobMeters.insert(c.id, HashrateMeter(workers, HashrateMeter::kTenSecondsMs + 2'000));
        it->addSample(nowMs, c.total, c.perWorker);
        JobRate r{c.id, c.engine, 0, {}};
        const double rate = it->rate(HashrateMeter::kTenSecondsMs);
        r.rate = std::isnan(rate) ? 0 : rate;
        for (int w = 0; w < it->workerCount(); ++w) {
            const double wr = it->rate(HashrateMeter::kTenSecondsMs, w);
            r.perWorker << (std::isnan(wr) ? 0 : wr);
        }
        rates << r;
    }

    QList<JobSnapshot> progressed;
    {
        std::lock_guard lock(m_mutex);
        if (m_lastSample.timestampMs > 0 && sample.timestampMs > m_lastSample.timestampMs &&
            sample.totalHashes >= m_lastSample.totalHashes)
            sample.current = static_cast<double>(sample.totalHashes - m_lastSample.totalHashes) * 1000.0 /
                             static_cast<double>(sample.timestampMs - m_lastSample.timestampMs);
        if (!std::isnan(sample.total.tenSeconds))
            sample.highestTenSeconds = std::max(m_lastSample.highestTenSeconds, sample.total.tenSeconds);
        else
            sample.highestTenSeconds = m_lastSample.highestTenSeconds;
        m_lastSample = sample;
        m_jobRates = rates;
        for (const JobRate& r : std::as_const(rates)) {
            const auto it = m_jobs.constFind(r.id);
            if (it == m_jobs.cend())
                continue;
            (*it)->lastRate = r.rate;
            if ((*it)->status == JobStatus::Running)
                progressed << snapshotLocked(**it);
        }
    }
    for (const JobSnapshot& s : std::as_const(progressed))
        emit jobProgressed(s);
    emit hashrateSampled(sample);

    if (nowNs - m_lastPurgeNs >= kPurgeEveryNs) {
        m_lastPurgeNs = nowNs;
        purgeExpired();
    }
}

void JobManager::purgeExpired()
{
    QList<QString> removed;
    {
        std::lock_guard lock(m_mutex);
        const qint64 t = now();
        const qint64 retentionNs = m_options.retentionMs * 1'000'000;
        const qint64 unservedNs = m_options.unservedRetentionMs * 1'000'000;
        for (qsizetype i = 0; i < m_order.size();) {
            const auto it = m_jobs.constFind(m_order[i]);
            bool drop = it == m_jobs.cend();
            if (!drop) {
                const Job& job = **it;
                drop = job.settled && ((job.served && t - job.startedNs >= retentionNs) ||
                                       (t - job.endedNs >= unservedNs && t - job.startedNs >= retentionNs));
            }
            if (drop) {
                if (it != m_jobs.cend()) {
                    removed << m_order[i];
                    m_jobs.erase(it);
                }
                m_order.removeAt(i);
            } else {
                ++i;
            }
        }
    }
    for (const QString& id : std::as_const(removed)) {
        m_jobMeters.remove(id);
        logDebug(QStringLiteral("job %1 forgotten after its retention time").arg(id));
        emit jobRemoved(id);
    }
}

} // namespace qm

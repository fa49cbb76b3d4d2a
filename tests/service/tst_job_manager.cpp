// The job manager without HTTP: answers checked against the known-answer
// vectors and the core, exact counts, cancel, retention with an injected
// clock, the live-job cap, several jobs sharing the pool, live engine and
// worker changes.
#include "core/backend_registry.h"
#include "core/pow.h"
#include "miner/miner_service.h"
#include "service/job_manager.h"
#include "service/logger.h"
#include "tests/support/job_manager_access.h"
#include "tests/support/service_test_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace qm;
using namespace qmtest;

namespace {

std::shared_ptr<const Backend> engine(const char* name = "cpu-fast")
{
    std::string error;
    return std::shared_ptr<const Backend>(makeBackend(name, error));
}

JobManagerOptions quickOptions()
{
    JobManagerOptions o;
    o.progressChunkMs = 50;
    o.sampleIntervalMs = 100;
    return o;
}

U512 hexU512(const QString& s)
{
    std::string error;
    return *parseHexExact(s.toStdString(), 128, "v", error);
}

bool ended(JobManager& m, const QString& id)
{
    const auto s = m.snapshot(id);
    return s && s->isEnded();
}

// A difficulty no hash in a short test will meet.
const QString kHard = QStringLiteral("1000000000000000");

// A backend that hashes with cpu-fast and records how it was fed: how many
// searches ran at once and the smallest range it was given. Its feed profile
// is a device's: one search at a time, large chunks.
class RecordingBackend final : public Backend {
public:
    static constexpr std::uint64_t kMinChunk = 50'000;
    std::string name() const override { return "recording"; }
    std::string codePath() const override { return "test"; }
    FeedProfile feedProfile(unsigned) const override { return FeedProfile{1, kMinChunk}; }
    SearchResult search(const SearchRequest& request, const SearchControl& control) const override
    {
        const int now = ++m_active;
        int seen = m_maxActive.load();
        while (now > seen && !m_maxActive.compare_exchange_weak(seen, now)) {
        }
        ++m_searches;
        const U512 span = request.last.sub(request.first);
        if (span.fitsU64()) {
            std::uint64_t seenMin = m_minRange.load();
            const std::uint64_t n = span.limb[0] + 1;
            while (n < seenMin && !m_minRange.compare_exchange_weak(seenMin, n)) {
            }
        }
        const SearchResult r = m_inner->search(request, control);
        --m_active;
        return r;
    }
    int maxActive() const { return m_maxActive.load(); }
    int searches() const { return m_searches.load(); }
    std::uint64_t minRange() const { return m_minRange.load(); }

private:
    std::shared_ptr<const Backend> m_inner = engine("cpu-fast");
    mutable std::atomic<int> m_active{0};
    mutable std::atomic<int> m_maxActive{0};
    mutable std::atomic<int> m_searches{0};
    mutable std::atomic<std::uint64_t> m_minRange{~std::uint64_t{0}};
};

} // namespace

class TestJobManager : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { Logger::instance().setLevel(LogLevel::Warn); }
    void firstValidNonceVectorsOneWorker();
    void foundNonceVerifiesWithSeveralWorkers();
    void exhaustedRangeFailsWithExactCount();
    void rangeAtTopOfU512();
    void cancelStopsAndIsIdempotent();
    void cancelKeepsCompletedResult();
    void duplicateAndUnknownIds();
    void liveJobCap();
    void retentionWithInjectedClock();
    void unservedJobsExpireLater();
    void threeJobsShareOneWorker();
    void aNewJobStartsWithinOneChunkBehind255Hogs();
    void nodeJobsGoAheadOfHttpJobs();
    void workersChangeLive();
    void engineChangesLive();
    void feedProfileDecidesConcurrencyAndChunks();
    void backendFailureFailsTheJobWithItsReason();
    void hashrateSamplesAndSignals();
};

void TestJobManager::firstValidNonceVectorsOneWorker()
{
    const QJsonArray vectors = loadVectors().value("first_valid_nonce").toArray();
    QVERIFY(vectors.size() >= 5);
    JobManager m(engine(), 1, quickOptions());
    int i = 0;
    for (const auto& v : vectors) {
        const QJsonObject o = v.toObject();
        const QString id = QStringLiteral("vec-%1").arg(i++);
        QCOMPARE(m.addJob(makeRequest(id, o["mining_hash"].toString(), o["difficulty"].toString(),
                                      hexU512(o["nonce_start"].toString()), hexU512(o["nonce_end"].toString()))),
                 JobManager::AddResult::Accepted);
        QVERIFY(waitFor([&] { return ended(m, id); }));
        const JobSnapshot s = *m.result(id);
        // One worker scans upward chunk by chunk: the lowest valid nonce, and
        // the count of nonces up to and including it.
        QCOMPARE(s.hashCount, quint64(o["nonces_checked"].toInteger()));
        if (o["first_valid_nonce"].isNull()) {
            QCOMPARE(s.status, JobStatus::Failed);
            QVERIFY(!s.nonce);
        } else {
            QCOMPARE(s.status, JobStatus::Completed);
            QCOMPARE(hex128(*s.nonce), o["first_valid_nonce"].toString());
            QCOMPARE(QString::fromStdString(s.hash->toHex128()), o["hash"].toString());
            QVERIFY(verifyWork(o["mining_hash"].toString(), o["difficulty"].toString(), hex128(*s.nonce)));
        }
    }
}

void TestJobManager::foundNonceVerifiesWithSeveralWorkers()
{
    JobManager m(engine(), 2, quickOptions());
    const QString mh = QStringLiteral("5b").repeated(32);
    for (const QString& d : {QStringLiteral("50"), QStringLiteral("5000"), QStringLiteral("40000")}) {
        const QString id = "found-" + d;
        m.addJob(makeRequest(id, mh, d, U512::zero(), U512::fromU64(50'000'000)));
        QVERIFY(waitFor([&] { return ended(m, id); }, 60000));
        const JobSnapshot s = *m.result(id);
        QCOMPARE(s.status, JobStatus::Completed);
        QVERIFY(s.nonce.has_value());
        QVERIFY(verifyWork(mh, d, hex128(*s.nonce)));
        QCOMPARE(*s.hash, powHashReference(s.miningHash, *s.nonce));
        QVERIFY(s.hashCount >= 1);
        QVERIFY(s.elapsedSeconds > 0);
        // Ended: the numbers are frozen.
        QTest::qWait(50);
        const JobSnapshot later = *m.snapshot(id);
        QCOMPARE(later.hashCount, s.hashCount);
        QCOMPARE(later.elapsedSeconds, s.elapsedSeconds);
    }
}

void TestJobManager::exhaustedRangeFailsWithExactCount()
{
    JobManager m(engine(), 2, quickOptions());
    QSignalSpy finished(&m, &JobManager::jobFinished);
    const quint64 first = 1'000'000;
    const quint64 count = 150'001;
    m.addJob(makeRequest("exhaust", zeroHash(), kHard, U512::fromU64(first), U512::fromU64(first + count - 1)));
    QVERIFY(waitFor([&] { return finished.size() == 1; }, 60000));
    const JobSnapshot s = *m.result("exhaust");
    QCOMPARE(s.status, JobStatus::Failed);
    QCOMPARE(s.hashCount, count);
    QVERIFY(!s.nonce);
    QCOMPARE(finished.first().first().value<JobSnapshot>().hashCount, count);
    QCOMPARE(m.counters().failed, quint64(1));
    // A one-nonce range.
    m.addJob(makeRequest("single", zeroHash(), kHard, U512::fromU64(7), U512::fromU64(7)));
    QVERIFY(waitFor([&] { return ended(m, "single"); }));
    QCOMPARE(m.snapshot("single")->hashCount, quint64(1));
}

void TestJobManager::rangeAtTopOfU512()
{
    JobManager m(engine(), 2, quickOptions());
    const U512 last = U512::max();
    const U512 first = last.sub(U512::fromU64(9'999));
    m.addJob(makeRequest("top", zeroHash(), kHard, first, last));
    QVERIFY(waitFor([&] { return ended(m, "top"); }));
    QCOMPARE(m.snapshot("top")->status, JobStatus::Failed);
    QCOMPARE(m.snapshot("top")->hashCount, quint64(10'000));
}

void TestJobManager::cancelStopsAndIsIdempotent()
{
    JobManager m(engine(), 2, quickOptions());
    QSignalSpy finished(&m, &JobManager::jobFinished);
    m.addJob(makeRequest("c1", zeroHash(), kHard, U512::zero(), U512::max()));
    QVERIFY(waitFor([&] { return m.snapshot("c1")->hashCount > 0; }));
    QVERIFY(m.cancel("c1"));
    // Cancelled at once, for every reader.
    QCOMPARE(m.snapshot("c1")->status, JobStatus::Cancelled);
    QVERIFY(m.cancel("c1"));
    QCOMPARE(m.snapshot("c1")->status, JobStatus::Cancelled);
    QVERIFY(waitFor([&] { return finished.size() == 1; }));
    QVERIFY(m.waitForIdle(5000));
    const quint64 n = m.snapshot("c1")->hashCount;
    const QList<quint64> workersBefore = m.workerHashes();
    QTest::qWait(200);
    QCOMPARE(m.snapshot("c1")->hashCount, n);
    QCOMPARE(m.workerHashes(), workersBefore);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m.runningJobCount(), 0);
    QCOMPARE(m.counters().cancelled, quint64(1));
}

void TestJobManager::cancelKeepsCompletedResult()
{
    JobManager m(engine(), 1, quickOptions());
    m.addJob(makeRequest("done", zeroHash(), "2", U512::zero(), U512::fromU64(1000)));
    QVERIFY(waitFor([&] { return ended(m, "done"); }));
    const JobSnapshot before = *m.snapshot("done");
    QCOMPARE(before.status, JobStatus::Completed);
    QVERIFY(m.cancel("done"));
    const JobSnapshot after = *m.snapshot("done");
    QCOMPARE(after.status, JobStatus::Completed);
    QCOMPARE(*after.nonce, *before.nonce);
    QCOMPARE(after.hashCount, before.hashCount);
}

void TestJobManager::duplicateAndUnknownIds()
{
    JobManager m(engine(), 1, quickOptions());
    QString message;
    QCOMPARE(m.addJob(makeRequest("dup", zeroHash(), kHard, U512::zero(), U512::fromU64(100'000'000)), &message),
             JobManager::AddResult::Accepted);
    QCOMPARE(m.addJob(makeRequest("dup", zeroHash(), "5", U512::zero(), U512::fromU64(10)), &message),
             JobManager::AddResult::Duplicate);
    QCOMPARE(message, QStringLiteral("Job already exists"));
    // The duplicate did not touch the original job.
    QCOMPARE(m.snapshot("dup")->difficulty.toDecimal(), kHard.toStdString());
    QCOMPARE(m.snapshot("dup")->status, JobStatus::Running);
    QVERIFY(!m.cancel("nope"));
    QVERIFY(!m.result("nope").has_value());
    m.cancelAll();
}

void TestJobManager::liveJobCap()
{
    JobManagerOptions o = quickOptions();
    o.maxLiveJobs = 2;
    JobManager m(engine(), 1, o);
    QString message;
    QCOMPARE(m.addJob(makeRequest("a", zeroHash(), kHard, U512::zero(), U512::max())), JobManager::AddResult::Accepted);
    QCOMPARE(m.addJob(makeRequest("b", zeroHash(), kHard, U512::zero(), U512::max())), JobManager::AddResult::Accepted);
    QCOMPARE(m.addJob(makeRequest("c", zeroHash(), kHard, U512::zero(), U512::max()), &message),
             JobManager::AddResult::TooManyJobs);
    QVERIFY(message.contains("2"));
    QVERIFY(!m.snapshot("c"));
    m.cancel("a");
    QCOMPARE(m.addJob(makeRequest("c", zeroHash(), kHard, U512::zero(), U512::max())), JobManager::AddResult::Accepted);
    // The cap changes live.
    QCOMPARE(m.addJob(makeRequest("d", zeroHash(), kHard, U512::zero(), U512::max())), JobManager::AddResult::TooManyJobs);
    JobManagerOptions wider = m.options();
    wider.maxLiveJobs = 3;
    m.setOptions(wider);
    QCOMPARE(m.options().maxLiveJobs, 3);
    QCOMPARE(m.addJob(makeRequest("d", zeroHash(), kHard, U512::zero(), U512::max())), JobManager::AddResult::Accepted);
    m.cancelAll();
}

void TestJobManager::retentionWithInjectedClock()
{
    JobManagerOptions o = quickOptions();
    o.retentionMs = 5 * 60 * 1000;
    o.unservedRetentionMs = 60 * 60 * 1000;
    JobManager m(engine(), 1, o);
    std::atomic<qint64> nowNs{1'000'000'000};
    qm::JobManagerTestAccess::setClock(m, [&] { return nowNs.load(); });
    QSignalSpy removed(&m, &JobManager::jobRemoved);

    m.addJob(makeRequest("r", zeroHash(), "2", U512::zero(), U512::fromU64(1000)));
    QVERIFY(waitFor([&] { return ended(m, "r"); }));
    // Not served yet: kept however late it is inside the unserved window.
    nowNs += qint64(10) * 60 * 1'000'000'000;
    qm::JobManagerTestAccess::purgeExpired(m);
    QVERIFY(m.snapshot("r").has_value());
    QCOMPARE(m.result("r")->status, JobStatus::Completed); // served now
    qm::JobManagerTestAccess::purgeExpired(m);
    QVERIFY(!m.snapshot("r").has_value());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("r"));

    // Served early: kept until 5 minutes after its start.
    m.addJob(makeRequest("s", zeroHash(), "2", U512::zero(), U512::fromU64(1000)));
    QVERIFY(waitFor([&] { return ended(m, "s"); }));
    QVERIFY(m.result("s").has_value());
    nowNs += qint64(4) * 60 * 1'000'000'000;
    qm::JobManagerTestAccess::purgeExpired(m);
    QVERIFY(m.snapshot("s").has_value());
    nowNs += qint64(61) * 1'000'000'000;
    qm::JobManagerTestAccess::purgeExpired(m);
    QVERIFY(!m.snapshot("s").has_value());

    // Running jobs are never dropped.
    m.addJob(makeRequest("long", zeroHash(), kHard, U512::zero(), U512::max()));
    nowNs += qint64(2) * 3600 * 1'000'000'000;
    qm::JobManagerTestAccess::purgeExpired(m);
    QVERIFY(m.snapshot("long").has_value());
    m.cancelAll();
}

void TestJobManager::unservedJobsExpireLater()
{
    JobManagerOptions o = quickOptions();
    o.retentionMs = 1000;
    o.unservedRetentionMs = 60'000;
    JobManager m(engine(), 1, o);
    std::atomic<qint64> nowNs{5'000'000'000};
    qm::JobManagerTestAccess::setClock(m, [&] { return nowNs.load(); });
    m.addJob(makeRequest("u", zeroHash(), "2", U512::zero(), U512::fromU64(1000)));
    QVERIFY(waitFor([&] { return ended(m, "u"); }));
    nowNs += qint64(30) * 1'000'000'000;
    qm::JobManagerTestAccess::purgeExpired(m);
    QVERIFY(m.snapshot("u").has_value());
    nowNs += qint64(31) * 1'000'000'000;
    qm::JobManagerTestAccess::purgeExpired(m);
    QVERIFY(!m.snapshot("u").has_value());
}

void TestJobManager::aNewJobStartsWithinOneChunkBehind255Hogs()
{
    // 255 jobs that never end on one worker took turns in ~1 s chunks: a new
    // job had no hash after a minute. Now it is next.
    JobManagerOptions o = quickOptions();
    o.progressChunkMs = 1000;
    JobManager m(engine(), 1, o);
    for (int i = 0; i < 255; ++i)
        QCOMPARE(m.addJob(makeRequest(QStringLiteral("hog-%1").arg(i), zeroHash(), kHard, U512::zero(), U512::max())),
                 JobManager::AddResult::Accepted);
    QVERIFY(waitFor([&] { return m.snapshot("hog-0")->hashCount > 0; }, 5000 * kTimeScale));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m.addJob(makeRequest("new", zeroHash(), kHard, U512::zero(), U512::max())), JobManager::AddResult::Accepted);
    QVERIFY(waitFor([&] { return m.snapshot("new")->hashCount > 0; }, 2000 * kTimeScale));
    qInfo("the new job hashed after %lld ms", clock.elapsed());
    m.cancelAll();
    QVERIFY(m.waitForIdle(5000));
}

void TestJobManager::nodeJobsGoAheadOfHttpJobs()
{
    // One worker, an HTTP job and a node job that both never end: once both
    // have started, the node's job gets every chunk.
    JobManager m(engine(), 1, quickOptions());
    m.addJob(makeRequest("http", zeroHash(), kHard, U512::zero(), U512::max()));
    JobRequest node = makeRequest("node/1-1", zeroHash(), kHard, U512::zero(), U512::max());
    node.source = JobSource::Node;
    m.addJob(node);
    QVERIFY(waitFor([&] { return m.snapshot("node/1-1")->hashCount > 0; }, 5000));
    QCOMPARE(m.snapshot("node/1-1")->source, JobSource::Node);
    QTest::qWait(300);
    const quint64 http = m.snapshot("http")->hashCount;
    const quint64 before = m.snapshot("node/1-1")->hashCount;
    QVERIFY(waitFor([&] { return m.snapshot("node/1-1")->hashCount > before + 1000; }, 5000));
    QTest::qWait(300);
    QCOMPARE(m.snapshot("http")->hashCount, http);
    // When the node's job ends the HTTP job mines again.
    m.cancel("node/1-1");
    QVERIFY(waitFor([&] { return m.snapshot("http")->hashCount > http; }, 5000));
    m.cancelAll();
}

void TestJobManager::threeJobsShareOneWorker()
{
    JobManager m(engine(), 1, quickOptions());
    for (const char* id : {"j1", "j2", "j3"})
        m.addJob(makeRequest(id, zeroHash(), kHard, U512::zero(), U512::max()));
    // One worker, chunks of ~50 ms taken in turn: all three progress.
    QVERIFY(waitFor([&] {
        return m.snapshot("j1")->hashCount > 0 && m.snapshot("j2")->hashCount > 0 && m.snapshot("j3")->hashCount > 0;
    }));
    // Everything was hashed by worker 0, the only one.
    const QList<quint64> perWorker = m.workerHashes();
    QCOMPARE(perWorker.size(), 1);
    m.cancelAll();
    QVERIFY(m.waitForIdle(5000));
    QCOMPARE(m.totalHashes(),
             m.snapshot("j1")->hashCount + m.snapshot("j2")->hashCount + m.snapshot("j3")->hashCount);
}

void TestJobManager::workersChangeLive()
{
    JobManager m(engine(), 1, quickOptions());
    QSignalSpy changed(&m, &JobManager::workersChanged);
    m.addJob(makeRequest("w", zeroHash(), kHard, U512::zero(), U512::max()));
    QVERIFY(waitFor([&] { return m.snapshot("w")->hashCount > 0; }));
    m.setWorkers(2);
    QCOMPARE(m.workers(), 2);
    QCOMPARE(changed.size(), 1);
    // The second worker joins the running job without a restart.
    QVERIFY(waitFor([&] { return m.workerHashes().size() == 2 && m.workerHashes()[1] > 0; }));
    m.setWorkers(1);
    // Worker 1 finishes the chunk it holds and takes no other.
    quint64 w1 = 0;
    QVERIFY(waitFor(
        [&] {
            w1 = m.workerHashes()[1];
            QTest::qWait(150);
            return m.workerHashes()[1] == w1;
        },
        30000));
    const quint64 w0 = m.workerHashes()[0];
    QTest::qWait(300);
    QCOMPARE(m.workerHashes()[1], w1);
    QVERIFY(m.workerHashes()[0] > w0);
    QCOMPARE(m.snapshot("w")->status, JobStatus::Running);
    m.cancelAll();
}

void TestJobManager::engineChangesLive()
{
    JobManager m(engine(), 1, quickOptions());
    QSignalSpy changed(&m, &JobManager::engineChanged);
    m.addJob(makeRequest("e", zeroHash(), kHard, U512::zero(), U512::max()));
    QCOMPARE(m.snapshot("e")->engine, QStringLiteral("cpu-fast"));
    m.setEngine(engine("cpu-baseline"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m.engineName(), QStringLiteral("cpu-baseline"));
    // The running job moves to the new engine at its next chunk.
    QVERIFY(waitFor([&] { return m.snapshot("e")->engine == u"cpu-baseline"; }));
    const quint64 n = m.snapshot("e")->hashCount;
    QVERIFY(waitFor([&] { return m.snapshot("e")->hashCount > n; }));
    QCOMPARE(m.snapshot("e")->status, JobStatus::Running);
    m.cancelAll();
}

void TestJobManager::feedProfileDecidesConcurrencyAndChunks()
{
    // Four workers, but the backend asks for one search at a time and
    // chunks of at least kMinChunk: the manager follows the profile and
    // never asks what kind of backend it is.
    auto recording = std::make_shared<RecordingBackend>();
    JobManager m(recording, 4, quickOptions());
    m.addJob(makeRequest("a", zeroHash(), kHard, U512::zero(), U512::max()));
    m.addJob(makeRequest("b", zeroHash(), kHard, U512::zero(), U512::max()));
    QVERIFY(waitFor([&] { return recording->searches() >= 6; }));
    m.cancelAll();
    QVERIFY(m.waitForIdle(5000));
    QCOMPARE(recording->maxActive(), 1);
    QVERIFY2(recording->minRange() >= RecordingBackend::kMinChunk,
             qPrintable(QString::number(recording->minRange())));
}

void TestJobManager::backendFailureFailsTheJobWithItsReason()
{
    class Broken final : public Backend {
    public:
        std::string name() const override { return "broken"; }
        std::string codePath() const override { return "test"; }
        FeedProfile feedProfile(unsigned workers) const override { return FeedProfile{workers, 1024}; }
        SearchResult search(const SearchRequest&, const SearchControl&) const override
        {
            return failedSearch("broken: the device fell off the bus", 7);
        }
    };
    JobManager m(std::make_shared<Broken>(), 1, quickOptions());
    QSignalSpy finished(&m, &JobManager::jobFinished);
    m.addJob(makeRequest("x", zeroHash(), kHard, U512::zero(), U512::max()));
    QVERIFY(waitFor([&] { return finished.size() == 1; }));
    const auto s = m.snapshot("x");
    QCOMPARE(s->status, JobStatus::Failed);
    QCOMPARE(s->hashCount, quint64(7));
    QCOMPARE(m.counters().failed, quint64(1));

    // An engine name the registry does not know is refused by the service,
    // which keeps the engine it has.
    MinerConfig config;
    config.workers = 1;
    config.port = 0;
    MinerService service(config);
    QString error;
    QVERIFY(!service.setEngine(QStringLiteral("cpu-imaginary"), &error));
    QVERIFY(error.contains(QStringLiteral("cpu-imaginary")));
    QCOMPARE(service.jobs()->engineName(), QStringLiteral("cpu-fast"));
    QVERIFY(service.setEngine(QStringLiteral("cpu-baseline"), &error));
    QCOMPARE(service.jobs()->engineName(), QStringLiteral("cpu-baseline"));
}

void TestJobManager::hashrateSamplesAndSignals()
{
    JobManagerOptions o = quickOptions();
    o.sampleIntervalMs = 60'000; // sampled by hand below
    JobManager m(engine(), 1, o);
    QSignalSpy added(&m, &JobManager::jobAdded);
    QSignalSpy progressed(&m, &JobManager::jobProgressed);
    QSignalSpy sampled(&m, &JobManager::hashrateSampled);
    m.addJob(makeRequest("h", zeroHash(), kHard, U512::zero(), U512::max()));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().value<JobSnapshot>().id, QStringLiteral("h"));
    QVERIFY(waitFor([&] { return m.snapshot("h")->hashCount > 0; }));
    qm::JobManagerTestAccess::sampleNow(m);
    const quint64 first = m.snapshot("h")->hashCount;
    QVERIFY(waitFor([&] { return m.snapshot("h")->hashCount > first; }));
    QTest::qWait(20);
    qm::JobManagerTestAccess::sampleNow(m);
    QCOMPARE(sampled.size(), 2);
    const HashrateSample s = sampled.last().first().value<HashrateSample>();
    QVERIFY(s.total.tenSeconds > 0);
    QCOMPARE(s.perWorker.size(), 1);
    QVERIFY(s.perWorker[0].tenSeconds > 0);
    QCOMPARE(s.activeJobs, 1);
    QVERIFY(progressed.size() >= 2);
    const auto rates = m.runningJobRates();
    QCOMPARE(rates.size(), 1);
    QVERIFY(rates.first().rate > 0);
    m.cancelAll();
}

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_job_manager.moc"

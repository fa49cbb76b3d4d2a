// Mining for a QUIC node end to end: a MinerService configured with the
// node's address, token and pin (as `serve --node-addr ...` makes it) against
// the test node on loopback. Jobs arrive, run in the same job manager as
// HTTP jobs, and valid QPoW v2 results go back; a replaced job reports
// nothing; a node restart is survived; the node metrics follow.
#include "core/pow.h"
#include "metrics/metrics.h"
#include "miner/miner_service.h"
#include "node/node_miner.h"
#include "service/job_manager.h"
#include "service/logger.h"
#include "tests/node/test_node.h"
#include "tests/support/service_test_support.h"

#include <QSignalSpy>
#include <QTest>

using namespace qm;
using namespace qmtest;

namespace {

MiningHash hashOf(std::uint8_t seed)
{
    return seededMiningHash(seed, 31, 7);
}

MinerConfig configFor(const test::TestNode& node, const QByteArray& token)
{
    MinerConfig c;
    c.port = 0;
    c.workers = 1;
    c.progressChunkMs = 50;
    c.node.enabled = true;
    c.node.host = QStringLiteral("127.0.0.1");
    c.node.port = node.port();
    c.node.token = token;
    c.node.certSha256 = node.certSha256();
    c.node.tokenOrigin = QStringLiteral("test");
    c.node.pinOrigin = QStringLiteral("test");
    return c;
}

// The result is valid QPoW v2 for the job: the work decodes to the nonce and
// its hash is below the target.
bool validResult(const NodeJobResult& r, const MiningHash& mh, const U512& difficulty)
{
    if (r.status != QLatin1String("completed") || !r.work)
        return false;
    const U512 hash = powHashReference(PowAlgorithm::QPowV2, mh, *r.work);
    return powMeetsTarget(hash, targetForDifficulty(difficulty)) && !r.work->isZero();
}

QString metricsText(MinerService& service)
{
    return QString::fromUtf8(service.metrics()->render());
}

// A test node and a service configured to mine for it, started.
struct Rig {
    test::TestNode node;
    std::unique_ptr<MinerService> service;

    bool start(const QByteArray& token)
    {
        if (!node.start())
            return false;
        service = std::make_unique<MinerService>(configFor(node, token));
        QString error;
        if (!service->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    bool connected() { return waitFor([&] { return service->nodeMiner()->counters().connected; }, 15000); }
};

} // namespace

class TestNodeMining : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { Logger::instance().setLevel(LogLevel::Warn); }

    void minesNodeJobsAndSendsValidResults()
    {
        Rig rig;
        QVERIFY(rig.start("test-token"));
        test::TestNode& node = rig.node;
        MinerService& service = *rig.service;
        NodeMiner* miner = service.nodeMiner();
        QVERIFY(rig.connected());
        QVERIFY(metricSum(metricsText(service), QStringLiteral("miner_node_connected")) == 1);

        // An easy job: a few hundred hashes at most.
        const MiningHash mh = hashOf(1);
        const U512 difficulty = U512::fromU64(200);
        node.sendNewJob(QStringLiteral("7"), mh, difficulty);
        QVERIFY(waitFor([&] { return node.results().size() == 1; }, 20000));
        const NodeJobResult r = node.results().first();
        QCOMPARE(r.jobId, QStringLiteral("7"));
        QVERIFY(validResult(r, mh, difficulty));
        QVERIFY(r.hashCount > 0);
        QCOMPARE(miner->counters().results, 1u);
        QCOMPARE(miner->counters().jobs, 1u);

        // The job sits in the same manager as HTTP jobs, marked as the node's.
        bool seen = false;
        for (const JobSnapshot& s : service.jobs()->snapshots())
            seen = seen || (s.source == JobSource::Node && s.pow == PowAlgorithm::QPowV2 &&
                            s.status == JobStatus::Completed);
        QVERIFY(seen);
        const QString text = metricsText(service);
        QVERIFY(metricSum(text, QStringLiteral("miner_node_jobs_total")) == 1);
        QVERIFY(metricSum(text, QStringLiteral("miner_node_results_total")) == 1);
        service.stop();
    }

    void aReplacedJobReportsNothing()
    {
        Rig rig;
        QVERIFY(rig.start("test-token"));
        test::TestNode& node = rig.node;
        MinerService& service = *rig.service;
        QVERIFY(rig.connected());

        // A job no hash meets, then its replacement, which is easy.
        node.sendNewJob(QStringLiteral("1"), hashOf(2), U512::max());
        QVERIFY(waitFor([&] { return service.jobs()->runningJobCount() == 1; }, 10000));
        const MiningHash easy = hashOf(3);
        node.sendNewJob(QStringLiteral("2"), easy, U512::fromU64(100));
        QVERIFY(waitFor([&] { return !node.results().isEmpty(); }, 20000));
        QTest::qWait(300);
        QCOMPARE(node.results().size(), 1);
        QCOMPARE(node.results().first().jobId, QStringLiteral("2"));
        QVERIFY(validResult(node.results().first(), easy, U512::fromU64(100)));
        // The first job was cancelled when the second came.
        int cancelled = 0;
        for (const JobSnapshot& s : service.jobs()->snapshots())
            cancelled += s.status == JobStatus::Cancelled ? 1 : 0;
        QCOMPARE(cancelled, 1);
        service.stop();
    }

    void survivesANodeRestart()
    {
        Rig rig;
        QVERIFY(rig.start("test-token"));
        test::TestNode& node = rig.node;
        MinerService& service = *rig.service;
        NodeMiner* miner = service.nodeMiner();
        miner->client()->setBackoff(200, 1000);
        QVERIFY(rig.connected());

        const quint16 port = node.port();
        node.stop(false);
        QVERIFY(node.start(port));
        QVERIFY(waitFor([&] { return node.authenticatedConnections() == 1; }, 45000));
        const MiningHash mh = hashOf(4);
        node.sendNewJob(QStringLiteral("1"), mh, U512::fromU64(150));
        QVERIFY(waitFor([&] { return node.results().size() == 1; }, 20000));
        QVERIFY(validResult(node.results().first(), mh, U512::fromU64(150)));
        QVERIFY(miner->counters().reconnects >= 1);
        service.stop();
    }

    void theNodeIsReplacedWhileTheServiceRuns()
    {
        // A service without a node, as a dashboard starts before its node
        // settings are made.
        test::TestNode first;
        test::TestNode second;
        second.setToken("second-token");
        QVERIFY(first.start());
        QVERIFY(second.start());
        MinerConfig config = configFor(first, "test-token");
        config.node = NodeSettings{};
        MinerService service(config);
        QVERIFY(service.start());
        QVERIFY(!service.nodeMiner());
        QSignalSpy changed(&service, &MinerService::nodeChanged);

        // The first node: connects and solves a job.
        service.setNode(configFor(first, "test-token").node);
        QCOMPARE(changed.size(), 1);
        QVERIFY(service.nodeMiner());
        QVERIFY(waitFor([&] { return service.nodeMiner()->counters().connected; }, 15000));
        const MiningHash mh = hashOf(5);
        first.sendNewJob(QStringLiteral("1"), mh, U512::fromU64(120));
        QVERIFY(waitFor([&] { return first.results().size() == 1; }, 20000));

        // A job no hash meets is running when the node is replaced: it is
        // cancelled, the first node's connection goes, the second one's comes.
        first.sendNewJob(QStringLiteral("2"), hashOf(6), U512::max());
        QVERIFY(waitFor([&] { return service.jobs()->runningJobCount() == 1; }, 10000));
        service.setNode(configFor(second, "second-token").node);
        QCOMPARE(changed.size(), 2);
        QVERIFY(waitFor([&] { return service.jobs()->runningJobCount() == 0; }, 5000));
        QVERIFY(waitFor([&] { return first.authenticatedConnections() == 0; }, 10000));
        QVERIFY(waitFor([&] { return service.nodeMiner()->counters().connected; }, 15000));
        QCOMPARE(second.authenticatedConnections(), 1);
        const MiningHash mh2 = hashOf(7);
        second.sendNewJob(QStringLiteral("1"), mh2, U512::fromU64(120));
        QVERIFY(waitFor([&] { return second.results().size() == 1; }, 20000));
        QVERIFY(validResult(second.results().first(), mh2, U512::fromU64(120)));
        // The node's job ids start again at 1; the manager's ids stay unique.
        QStringList nodeIds;
        for (const JobSnapshot& s : service.jobs()->snapshots())
            if (s.source == JobSource::Node)
                nodeIds << s.id;
        QCOMPARE(nodeIds.size(), 3);
        QCOMPARE(QSet<QString>(nodeIds.begin(), nodeIds.end()).size(), 3);
        // The counters keep counting across the change.
        QVERIFY(metricSum(metricsText(service), QStringLiteral("miner_node_jobs_total")) == 3);
        QVERIFY(metricSum(metricsText(service), QStringLiteral("miner_node_results_total")) == 2);

        // Disabled: no node, disconnected, the HTTP side still running.
        service.setNode(NodeSettings{});
        QVERIFY(!service.nodeMiner());
        QVERIFY(service.isRunning());
        QVERIFY(waitFor([&] { return second.authenticatedConnections() == 0; }, 10000));
        QVERIFY(metricSum(metricsText(service), QStringLiteral("miner_node_connected")) == 0);
        QVERIFY(metricSum(metricsText(service), QStringLiteral("miner_node_jobs_total")) == 3);
        service.stop();
    }

    void unusableSettingsStopTheNodeWithTheReason()
    {
        test::TestNode node;
        QVERIFY(node.start());
        MinerConfig config = configFor(node, "test-token");
        config.node.problem = QStringLiteral("the auth token file /gone/miner-auth-token does not exist");
        MinerService service(config);
        QVERIFY(service.start());
        NodeClient* client = service.nodeMiner()->client();
        QCOMPARE(client->state(), NodeClient::State::Stopped);
        QVERIFY(client->stateDetail().contains(QStringLiteral("/gone/miner-auth-token")));
        QTest::qWait(300);
        QCOMPARE(node.connectionsAccepted(), 0);
        service.stop();
    }

    void aWrongTokenStopsTheNodeButNotTheService()
    {
        Rig rig;
        QVERIFY(rig.start("not-the-token"));
        MinerService& service = *rig.service;
        QVERIFY(waitFor([&] { return service.nodeMiner()->client()->state() == NodeClient::State::Stopped; }, 15000));
        QVERIFY(service.isRunning());
        QVERIFY(!service.nodeMiner()->counters().connected);
        QVERIFY(metricSum(metricsText(service), QStringLiteral("miner_node_connected")) == 0);
        service.stop();
    }
};

QTEST_GUILESS_MAIN(TestNodeMining)
#include "tst_node_mining.moc"

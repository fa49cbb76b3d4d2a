// The Node tab's phase against the fake quantus-node (tests/node): a node in
// sync with peers whose best block is older than --max-tip-age authors no
// block, so the tab says it waits for a fresh tip, not "Mining", though the
// miner is connected to the node; with a fresh tip it says "Mining".
#include "gui/local_node_settings.h"
#include "gui/models/local_node_model.h"
#include "gui/widgets/node_panel.h"
#include "miner/miner_service.h"
#include "tests/gui/gui_test_support.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace qm;
using namespace qm::gui;

namespace {

// The fake node on free loopback ports, its data under `data`.
LocalNodeSettings fakeNodeSettings(const QTemporaryDir& data)
{
    LocalNodeSettings s;
    s.transient = true;
    s.node.enabled = true;
    s.node.binary = QStringLiteral(QM_FAKE_NODE_EXE);
    s.node.basePath = data.filePath(QStringLiteral("base"));
    s.node.chain = QStringLiteral("dev");
    s.node.rewardsInnerHash = QStringLiteral("0x") + QString(64, QLatin1Char('d'));
    s.node.minerPort = test::freePort();
    s.node.rpcPort = test::freePort();
    s.node.prometheusPort = test::freePort();
    s.setupDone = true;
    return s;
}

} // namespace

class LocalNodeModelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void tipAgeDecidesMining_data()
    {
        QTest::addColumn<int>("tipAgeS");
        QTest::addColumn<int>("phase");
        QTest::addColumn<QString>("text");
        QTest::newRow("three days old") << 3 * 86400 << int(LocalNodeModel::Phase::WaitingForFreshTip)
                                        << QStringLiteral("Waiting for a fresh tip: the best block is 3 days old; the "
                                                          "node mines once it has synced a block from the last 24 hours");
        QTest::newRow("30 hours old") << 30 * 3600 << int(LocalNodeModel::Phase::WaitingForFreshTip)
                                      << QStringLiteral("Waiting for a fresh tip: the best block is 30 hours old; the "
                                                        "node mines once it has synced a block from the last 24 hours");
        QTest::newRow("fresh") << 0 << int(LocalNodeModel::Phase::Mining) << QStringLiteral("Mining");
    }

    void tipAgeDecidesMining()
    {
        QFETCH(int, tipAgeS);
        QFETCH(int, phase);
        QFETCH(QString, text);
        test::IsolatedConfig config;
        QTemporaryDir data;
        QVERIFY(data.isValid());
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        qputenv("FAKE_NODE_SYNC_BLOCKS", "5");
        qputenv("FAKE_NODE_TICK_MS", "100");
        qputenv("FAKE_NODE_TIP_AGE_S", QByteArray::number(tipAgeS));
        MinerService service(test::serviceConfig());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));

        const LocalNodeSettings s = fakeNodeSettings(data);
        {
            LocalNodeModel model(service, s);
            model.monitor()->setIntervalMs(100);
            NodePanel panel;
            panel.setModel(&model);
            QVERIFY2(model.startNode(&error), qPrintable(error));
            const auto expected = static_cast<LocalNodeModel::Phase>(phase);
            QTRY_COMPARE_WITH_TIMEOUT(model.phase(), expected, 60000);
            // The miner is connected either way: only the tip's age tells
            // the two apart.
            QTRY_VERIFY_WITH_TIMEOUT(model.hasMiner(), 30000);
            QCOMPARE(model.chainStatus().bestBlock, quint64(5));
            QVERIFY(!model.chainStatus().isSyncing);
            QVERIFY(model.chainStatus().peers > 0);
            if (expected == LocalNodeModel::Phase::WaitingForFreshTip) {
                // It stays so: the node sends no work on a stale tip.
                QTest::qWait(1500);
                QCOMPARE(model.phase(), expected);
                QVERIFY(model.chainStatus().tipTooOld());
            }
            QCOMPARE(model.phaseText(), text);
            QTRY_COMPARE_WITH_TIMEOUT(panel.stateText(), text, 5000);
            model.stopNode();
            QTRY_COMPARE_WITH_TIMEOUT(model.phase(), LocalNodeModel::Phase::Off, 30000);
        }
        service.stop();
        qunsetenv("FAKE_NODE_TIP_AGE_S");
    }

    // A backup node behind the local node: when the local node stops, it
    // stays first in the list (the miner fails over to the backup and comes
    // back), and a restart of the local node keeps the backup.
    void backupNodesStayBehindTheLocalNode()
    {
        test::IsolatedConfig config;
        QTemporaryDir data;
        QVERIFY(data.isValid());
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        qputenv("FAKE_NODE_SYNC_BLOCKS", "2");
        qputenv("FAKE_NODE_TICK_MS", "100");
        // A backup where nothing listens: only the node list matters here.
        NodeSettings backup;
        backup.enabled = true;
        backup.host = QStringLiteral("127.0.0.1");
        backup.port = test::freePort();
        backup.token = "backup-token";
        backup.certSha256 = QByteArray(32, 'b');
        MinerService service(test::serviceConfig());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        QVERIFY(!service.nodeMiner());

        const LocalNodeSettings s = fakeNodeSettings(data);
        LocalNodeModel model(service, s);
        QVERIFY2(model.startNode(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(model.hasMiner(), 60000);
        const QString local = service.config().node.address();
        QCOMPARE(local, QStringLiteral("127.0.0.1:%1").arg(s.node.minerPort));
        // The dashboard's settings put a backup behind it.
        service.setNodes(service.config().node, {backup});
        QCOMPARE(service.nodeMiner()->nodeCount(), 2);

        model.stopNode();
        QTRY_COMPARE_WITH_TIMEOUT(model.phase(), LocalNodeModel::Phase::Off, 30000);
        QVERIFY(!model.hasMiner());
        QVERIFY(service.nodeMiner());
        QCOMPARE(service.nodeMiner()->nodeCount(), 2);
        QCOMPARE(service.config().node.address(), local);
        QCOMPARE(service.config().fallbackNodes.value(0).address(), backup.address());

        // Back: the local node first again, the backup still behind it, and
        // no remote node remembered in its place.
        QVERIFY2(model.startNode(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(model.hasMiner(), 60000);
        QCOMPARE(service.nodeMiner()->nodeCount(), 2);
        QCOMPARE(service.config().node.address(), local);
        QVERIFY(!model.remoteNode().enabled);
        model.stopNode();
        QTRY_COMPARE_WITH_TIMEOUT(model.phase(), LocalNodeModel::Phase::Off, 30000);
        service.stop();
    }
};

QTEST_MAIN(LocalNodeModelTest)
#include "tst_local_node_model.moc"

// The dashboard tells a home miner whether mining for the node works, from the
// window alone: the node's state in the status strip (connecting, mining job
// N, jobs and blocks), and a banner that names the fix when the node refuses
// this miner. Offscreen, against the QUIC test node on loopback.
#include "gui/gui_settings.h"
#include "gui/main_window.h"
#include "miner/miner_service.h"
#include "node/node_miner.h"
#include "tests/gui/gui_test_support.h"
#include "tests/node/test_node.h"

#include "core/pow.h"
#include "gui/settings_dialog.h"

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace qm;
using namespace qm::gui;

namespace {

MinerConfig nodeConfig(const test::TestNode& node, const QByteArray& token)
{
    MinerConfig c = test::serviceConfig();
    c.node.enabled = true;
    c.node.host = QStringLiteral("127.0.0.1");
    c.node.port = node.port();
    c.node.token = token;
    c.node.certSha256 = node.certSha256();
    return c;
}

// The two files a node writes into its chains/<chain>/ directory.
bool writeNodeFiles(const QString& dir, const QByteArray& token, const QByteArray& pin)
{
    QFile t(dir + QStringLiteral("/miner-auth-token"));
    QFile p(dir + QStringLiteral("/miner-tls-cert-sha256"));
    return t.open(QIODevice::WriteOnly | QIODevice::Truncate) && t.write(token + '\n') > 0 &&
           p.open(QIODevice::WriteOnly | QIODevice::Truncate) && p.write(pin.toHex() + '\n') > 0;
}

QString nodeText(const MainWindow& window)
{
    const QLabel* label = window.findChild<QLabel*>(QStringLiteral("nodeStateText"));
    return label ? label->toolTip() : QString();
}

} // namespace

class NodeStatusTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }
    void init() { m_config = std::make_unique<test::IsolatedConfig>(); }
    void cleanup() { m_config.reset(); }

    void statusStripFollowsTheNode()
    {
        test::TestNode node;
        QVERIFY(node.start());
        MinerService service(nodeConfig(node, "test-token"));
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        MainWindow window(service, GuiSettings::load(), {});
        window.show();

        QTRY_VERIFY_WITH_TIMEOUT(nodeText(window).contains(QStringLiteral("connected, waiting for a job")), 15000);
        QVERIFY(nodeText(window).contains(QStringLiteral("127.0.0.1:%1").arg(node.port())));

        // A job no hash meets keeps the miner busy: "mining job 9".
        node.sendNewJob(QStringLiteral("9"), MiningHash{}, U512::max());
        QTRY_VERIFY_WITH_TIMEOUT(nodeText(window).contains(QStringLiteral("mining job 9")), 10000);
        QVERIFY(nodeText(window).contains(QStringLiteral("1 jobs, 0 blocks submitted")));
        QVERIFY(!window.findChild<QFrame*>(QStringLiteral("errorBanner"))->isVisible());

        // The node goes away: the strip says the miner retries.
        node.stop(true);
        QTRY_VERIFY_WITH_TIMEOUT(nodeText(window).contains(QStringLiteral("retrying in")), 20000);
        service.stop();
    }

    // With a backup node the strip names the node being mined for and its
    // place in the list; the tooltip lists every node. A refused backup is
    // no banner while the first node mines; both refused is.
    void statusStripNamesTheActiveNode()
    {
        test::TestNode first;
        test::TestNode backup;
        QVERIFY(first.start());
        QVERIFY(backup.start());
        MinerConfig c = nodeConfig(first, "test-token");
        c.fallbackNodes = {nodeConfig(backup, "test-token").node};
        MinerService service(c);
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        service.nodeMiner()->setBackoff(200, 1000);
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        const QString a = QStringLiteral("127.0.0.1:%1").arg(first.port());
        const QString b = QStringLiteral("127.0.0.1:%1").arg(backup.port());
        const QLabel* label = window.findChild<QLabel*>(QStringLiteral("nodeStateText"));

        QTRY_VERIFY_WITH_TIMEOUT(first.authenticatedConnections() == 1 && backup.authenticatedConnections() == 1, 15000);
        first.sendNewJob(QStringLiteral("5"), MiningHash{}, U512::max());
        backup.sendNewJob(QStringLiteral("b7"), MiningHash{}, U512::max());
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Node %1 (1 of 2): mining job 5").arg(a)),
                                 10000);
        QVERIFY2(nodeText(window).contains(QStringLiteral("2. %1: connected, waiting for a job").arg(b)),
                 qPrintable(nodeText(window)));

        // The first node goes: the strip names the backup it mines for now.
        first.stop(false);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Node %1 (2 of 2): mining job b7").arg(b)),
                                 15000);
        QVERIFY2(nodeText(window).contains(QStringLiteral("mining for this node")), qPrintable(nodeText(window)));
        QVERIFY(nodeText(window).contains(QStringLiteral("1 switch between nodes")));
        QVERIFY(!window.findChild<QFrame*>(QStringLiteral("errorBanner"))->isVisible());
        service.stop();
    }

    void aRefusedTokenShowsABannerThatNamesTheFix()
    {
        test::TestNode node;
        QVERIFY(node.start());
        MinerService service(nodeConfig(node, "wrong-token"));
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        MainWindow window(service, GuiSettings::load(), {});
        window.show();

        const QFrame* banner = window.findChild<QFrame*>(QStringLiteral("errorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        const QString text = window.findChild<QLabel*>(QStringLiteral("errorText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Not mining for the node")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("token")), qPrintable(text));
        QVERIFY(nodeText(window).contains(QStringLiteral("stopped")));

        // With the right token the retry button connects.
        node.setToken("wrong-token");
        window.findChild<QPushButton*>(QStringLiteral("errorRetryButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(nodeText(window).contains(QStringLiteral("connected")), 15000);
        QTRY_VERIFY(!banner->isVisible());
        service.stop();
    }

    void nodeSettingsFromTheDialogStartMining()
    {
        test::TestNode node;
        QVERIFY(node.start());
        QTemporaryDir nodeDir;
        QVERIFY(writeNodeFiles(nodeDir.path(), "test-token", node.certSha256()));
        MinerService service(test::serviceConfig());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        QLabel* state = window.findChild<QLabel*>(QStringLiteral("nodeStateText"));
        QVERIFY(!state->isVisible());

        // The form refuses a folder the node has not written its files to,
        // and says what to choose.
        QTemporaryDir empty;
        SettingsDialog dialog(window.currentSettingsValues(), false, {}, &window);
        dialog.findChild<QGroupBox*>(QStringLiteral("nodeGroup"))->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("nodeAddressEdit"))
            ->setText(QStringLiteral("127.0.0.1:%1").arg(node.port()));
        auto* dirEdit = dialog.findChild<QLineEdit*>(QStringLiteral("nodeDirEdit"));
        dirEdit->setText(empty.path());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QLabel* problem = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("miner-auth-token")), qPrintable(problem->text()));
        dialog.findChild<QRadioButton*>(QStringLiteral("nodeFilesRadio"))->setChecked(true);
        dialog.accept();
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("both files")),
                 qPrintable(problem->text()));

        // The node's folder: accepted, applied live, the node mined for.
        dialog.findChild<QRadioButton*>(QStringLiteral("nodeDirRadio"))->setChecked(true);
        dirEdit->setText(nodeDir.path());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        window.applySettings(dialog.values());
        QVERIFY(service.nodeMiner());
        QVERIFY(state->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(nodeText(window).contains(QStringLiteral("connected, waiting for a job")), 15000);
        MiningHash mh{};
        mh[0] = 42;
        node.sendNewJob(QStringLiteral("3"), mh, U512::fromU64(100));
        QTRY_VERIFY_WITH_TIMEOUT(node.results().size() == 1, 20000);
        QVERIFY(node.results().first().work.has_value());
        const U512 hash = powHashReference(PowAlgorithm::QPowV2, mh, *node.results().first().work);
        QVERIFY(powMeetsTarget(hash, targetForDifficulty(U512::fromU64(100))));
        QTRY_VERIFY_WITH_TIMEOUT(nodeText(window).contains(QStringLiteral("1 blocks submitted")), 5000);

        // Saved as paths for the next start; the token is not in the file.
        const GuiSettings saved = GuiSettings::load();
        QCOMPARE(saved.nodeEnabled, std::optional<bool>(true));
        QCOMPARE(saved.node.nodeDir, nodeDir.path());
        QFile conf(openSettings()->fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains("test-token"));
        // The dialog opens with what runs.
        QCOMPARE(window.currentSettingsValues().node.nodeDir, nodeDir.path());
        QVERIFY(window.currentSettingsValues().nodeEnabled);

        // Switched off: no node field, the connection closed, HTTP still on.
        SettingsDialog::Values off = window.currentSettingsValues();
        off.nodeEnabled = false;
        window.applySettings(off);
        QVERIFY(!service.nodeMiner());
        QVERIFY(!state->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(node.authenticatedConnections() == 0, 10000);
        QVERIFY(service.isRunning());
        QCOMPARE(GuiSettings::load().nodeEnabled, std::optional<bool>(false));
        QCOMPARE(window.currentSettingsValues().node.nodeDir, nodeDir.path());
        service.stop();
    }

    void retryReadsTheNodesFilesAgain()
    {
        // The node's directory holds an old token: refused. The node rewrites
        // it (a restart with a new token); Retry reads it and connects.
        test::TestNode node;
        QVERIFY(node.start());
        QTemporaryDir nodeDir;
        QVERIFY(writeNodeFiles(nodeDir.path(), "old-token", node.certSha256()));
        MinerConfig config = test::serviceConfig();
        const NodeSource source{QStringLiteral("127.0.0.1:%1").arg(node.port()), nodeDir.path(), {}, {}};
        QCOMPARE(resolveNodeSource(source, config.node), QString());
        MinerService service(config);
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        const QFrame* banner = window.findChild<QFrame*>(QStringLiteral("errorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);

        QVERIFY(writeNodeFiles(nodeDir.path(), "test-token", node.certSha256()));
        window.findChild<QPushButton*>(QStringLiteral("errorRetryButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(nodeText(window).contains(QStringLiteral("connected")), 15000);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(node.lastTokenSeen(), QByteArray("test-token"));

        service.stop();
    }

    void aSavedNodeWhoseFolderIsGoneSaysSo()
    {
        // Saved settings no longer resolve: the dashboard starts anyway and
        // the banner names the folder, with the settings a click away.
        GuiSettings saved;
        saved.nodeEnabled = true;
        saved.node = NodeSource{QStringLiteral("127.0.0.1:9833"), QStringLiteral("/nonexistent/qm-node-dir"), {}, {}};
        MinerConfig config = test::serviceConfig();
        applySavedServiceSettings(saved, {}, config);
        MinerService service(config);
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        const QFrame* banner = window.findChild<QFrame*>(QStringLiteral("errorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        const QString text = window.findChild<QLabel*>(QStringLiteral("errorText"))->text();
        QVERIFY2(text.contains(QStringLiteral("/nonexistent/qm-node-dir")), qPrintable(text));
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("errorSettingsButton"))->isVisible());
        QCOMPARE(window.currentSettingsValues().node.nodeDir, QStringLiteral("/nonexistent/qm-node-dir"));
        service.stop();
    }

private:
    std::unique_ptr<test::IsolatedConfig> m_config;
};

QTEST_MAIN(NodeStatusTest)
#include "tst_node_status.moc"

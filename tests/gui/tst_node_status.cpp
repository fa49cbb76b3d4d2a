// The dashboard tells a home miner whether mining for the node works, from the
// window alone: the node's state in the status strip (connecting, mining job
// N, jobs and blocks), and a banner that names the fix when the node refuses
// this miner. Offscreen, against the QUIC test node on loopback.
#include "base/miner_service.h"
#include "base/node_miner.h"
#include "gui/gui_settings.h"
#include "gui/main_window.h"
#include "tests/gui/gui_test_support.h"
#include "tests/node/test_node.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
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

private:
    std::unique_ptr<test::IsolatedConfig> m_config;
};

QTEST_MAIN(NodeStatusTest)
#include "tst_node_status.moc"

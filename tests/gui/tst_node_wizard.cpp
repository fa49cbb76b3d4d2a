// The node assistant end to end, offscreen, against the fake quantus-node of
// tests/node: a person who has nothing set up answers the pages (pointing it
// at a node program, or at a local download server), and without a terminal
// the node starts, syncs, and the miner mines blocks for their rewards
// address, counted on the Rewards tab. The 24 words never reach a file, the
// log or the settings. With QM_WIZARD_SHOTS=DIR every page and the Node and
// Rewards tabs are saved as PNG files there (docs/images).
#include "gui/local_node_settings.h"
#include "gui/main_window.h"
#include "gui/models/local_node_model.h"
#include "gui/models/log_model.h"
#include "gui/widgets/node_panel.h"
#include "gui/widgets/rewards_panel.h"
#include "gui/wizard/identity_page.h"
#include "gui/wizard/network_page.h"
#include "gui/wizard/node_wizard.h"
#include "gui/wizard/program_page.h"
#include "gui/wizard/rewards_page.h"
#include "localnode/node_keys.h"
#include "localnode/node_release.h"
#include "miner/miner_service.h"
#include "service/logger.h"
#include "tests/gui/gui_test_support.h"
#include "tests/support/loopback_file_server.h"
#include "tests/support/published_manifest.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace qm;
using namespace qm::gui;

namespace {

const QString kPhrase = QStringLiteral(
    "apple river stone cloud maple tiger paper glass honey lemon orbit piano "
    "quartz rocket silver candle window forest garden harbor island jungle kettle ladder");

// Serves fixed bodies by path over HTTP/1.1 on 127.0.0.1 (the release
// download in the assistant's download path).
using FileServer = qm::test::LoopbackFileServer;

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

} // namespace

class TestNodeWizard : public QObject {
    Q_OBJECT

private:
    QString m_shots;
    int m_shotIndex = 0;

    void shot(QWidget* w, const QString& name)
    {
        if (m_shots.isEmpty())
            return;
        QCoreApplication::processEvents();
        w->grab().save(QDir(m_shots).filePath(QStringLiteral("%1-%2.png").arg(++m_shotIndex, 2, 10, QLatin1Char('0')).arg(name)));
    }

    // The knobs the fake node reads; the supervisor's child inherits them.
    static void scriptChain()
    {
        qputenv("FAKE_NODE_TICK_MS", "150");
        qputenv("FAKE_NODE_SYNC_BLOCKS", "120");
        qputenv("FAKE_NODE_SYNC_RATE", "10");
        qputenv("FAKE_NODE_PEERS", "4");
        qputenv("FAKE_NODE_PEERS_AFTER_MS", "600");
        qputenv("FAKE_NODE_DIFFICULTY", "300000");
        qputenv("FAKE_NODE_BLOCK_TICKS", "0");
    }

    static NodeWizard* openWizard(MainWindow& window)
    {
        window.showNodeWizard();
        auto* wizard = window.findChild<NodeWizard*>();
        if (wizard && !QTest::qWaitForWindowExposed(wizard))
            return nullptr;
        return wizard;
    }

    // Program page: the download choice with the manifest at `url`, started.
    // Null when the wizard is not on that page.
    static ProgramPage* downloadFromManifest(NodeWizard* wizard, const QString& url)
    {
        auto* program = qobject_cast<ProgramPage*>(wizard->currentPage());
        if (!program)
            return nullptr;
        program->downloadChoice()->setChecked(true);
        program->manifestEdit()->setText(url);
        program->downloadButton()->click();
        return program;
    }

    // Program page by path; Identity at `base`.
    static bool firstPages(NodeWizard* wizard, const QString& binary, const QString& base)
    {
        auto* program = qobject_cast<ProgramPage*>(wizard->currentPage());
        if (!program)
            return false;
        if (!binary.isEmpty()) {
            program->pathEdit()->setText(binary);
            emit program->pathEdit()->editingFinished();
        }
        if (!QTest::qWaitFor([&] { return program->isComplete(); }, 60000))
            return false;
        wizard->next();
        auto* identity = qobject_cast<IdentityPage*>(wizard->currentPage());
        if (!identity)
            return false;
        identity->basePathEdit()->setText(base);
        return true;
    }

    static void networkPage(NodeWizard* wizard, const QString& chain)
    {
        auto* network = qobject_cast<NetworkPage*>(wizard->currentPage());
        QVERIFY(network);
        network->chainEdit()->setText(chain);
        network->minerPortSpin()->setValue(test::freePort());
        network->rpcPortSpin()->setValue(test::freePort());
        network->prometheusPortSpin()->setValue(test::freePort());
        QVERIFY(!network->diskLabel()->text().isEmpty());
    }

private slots:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("QM_WIZARD_SHOTS");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        Logger::instance().setLevel(LogLevel::Debug);
    }

    // The whole way with an existing phrase: program, identity, words, chain,
    // finish; then the node syncs, the miner mines, blocks are counted.
    void assistantToMinedBlocks()
    {
        test::IsolatedConfig config;
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        scriptChain();
        MinerService service(test::serviceConfig());
        QVERIFY(service.start());
        MainWindow window(service, GuiSettings::load(), {});
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.localNode()->phase(), LocalNodeModel::Phase::NotSetUp);

        NodeWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        const QString base = data.filePath(QStringLiteral("chain-data"));
        QVERIFY(firstPages(wizard, QStringLiteral(QM_FAKE_NODE_EXE), base));
        shot(wizard, QStringLiteral("wizard-identity"));
        wizard->next();
        QVERIFY2(QFileInfo::exists(base + QStringLiteral("/node-key")), "the identity was made by the node program");

        auto* rewards = qobject_cast<RewardsPage*>(wizard->currentPage());
        QVERIFY(rewards);
        rewards->phraseChoice()->setChecked(true);
        rewards->phraseEdit()->setText(kPhrase);
        QVERIFY(rewards->isComplete());
        shot(wizard, QStringLiteral("wizard-rewards"));
        wizard->next();
        QVERIFY2(rewards->phraseEdit()->text().isEmpty(), "the words are cleared once used");
        QVERIFY(wizard->settings().rewardsAddress.startsWith(QLatin1String("qz")));
        QVERIFY(parseInnerHash(wizard->settings().node.rewardsInnerHash));
        const QString address = wizard->settings().rewardsAddress;

        networkPage(wizard, QStringLiteral("dev"));
        shot(wizard, QStringLiteral("wizard-network"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NodeWizard::ReadyPage));
        shot(wizard, QStringLiteral("wizard-ready"));
        QSignalSpy closed(&window, &MainWindow::nodeWizardClosed);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        QCOMPARE(closed.first().first().toBool(), true);

        LocalNodeModel* node = window.localNode();
        QCOMPARE(node->settings().rewardsAddress, address);
        QVERIFY(node->settings().enabled);
        QSet<LocalNodeModel::Phase> seen;
        connect(node, &LocalNodeModel::changed, this, [&] { seen.insert(node->phase()); });
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(LocalNodeModel::Phase::WaitingForPeers) ||
                                     seen.contains(LocalNodeModel::Phase::Syncing), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(LocalNodeModel::Phase::Syncing), 60000);
        QVERIFY(window.nodePanel()->stateText().contains(QLatin1String("%")) ||
                node->phase() != LocalNodeModel::Phase::Syncing);
        window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(window.nodePanel());
        shot(&window, QStringLiteral("node-syncing"));
        QTRY_COMPARE_WITH_TIMEOUT(node->phase(), LocalNodeModel::Phase::Mining, 120000);
        QCOMPARE(window.nodePanel()->stateText(), QStringLiteral("Mining"));
        QTRY_VERIFY_WITH_TIMEOUT(node->minedThisRun() >= 1, 120000);
        QVERIFY(node->chainStatus().minedBlocks >= 1);
        QCOMPARE(node->minedTotal(), node->minedThisRun());
        QCOMPARE(window.rewardsPanel()->addressText(), address);
        QVERIFY(window.nodePanel()->fieldText(QStringLiteral("chain")) != QStringLiteral("—"));
        QVERIFY(node->log()->rowCount() > 0);
        shot(&window, QStringLiteral("node-mining"));
        window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(window.rewardsPanel());
        shot(&window, QStringLiteral("rewards"));

        // The words are nowhere: settings, the miner's log, the node's log,
        // any file the node or the assistant wrote.
        const QByteArray words = kPhrase.toUtf8();
        const QByteArray someWords = kPhrase.section(QLatin1Char(' '), 3, 6).toUtf8();
        QSettings settings(QStringLiteral("Quantus"), QStringLiteral("Quantus Miner"));
        settings.sync();
        QVERIFY(QFileInfo::exists(settings.fileName()));
        for (const QString& root : {config.path(), data.path(), QFileInfo(settings.fileName()).absolutePath()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = f.readAll();
                QVERIFY2(!content.contains(words) && !content.contains(someWords), qPrintable(f.fileName()));
            }
        }
        for (const LogLine& line : Logger::instance().recentLines())
            QVERIFY(!line.text.toUtf8().contains(someWords));
        for (int r = 0; r < node->log()->rowCount(); ++r)
            QVERIFY(!node->log()->lineAt(r).text.toUtf8().contains(someWords));

        // Stopping: the miner lets go first, then the node goes.
        const qint64 pid = node->supervisor()->pid();
        QVERIFY(processAlive(pid));
        node->stopNode();
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 30000);

        // Started again, the node's monitor reads its recent blocks afresh:
        // none already counted is counted again (each count is a new, higher
        // block), and the total survives in the settings.
        const quint64 totalBefore = node->minedTotal();
        const quint64 lastBefore = node->settings().lastMinedBlock;
        QVERIFY(lastBefore > 0);
        QVERIFY(node->startNode());
        QTRY_COMPARE_WITH_TIMEOUT(node->phase(), LocalNodeModel::Phase::Mining, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(node->settings().lastMinedBlock > lastBefore, 60000);
        QVERIFY(node->minedTotal() <= totalBefore + (node->settings().lastMinedBlock - lastBefore));
        QCOMPARE(LocalNodeSettings::load().minedTotal, node->minedTotal());
        const qint64 pid2 = node->supervisor()->pid();
        node->stopNode();
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid2), 30000);
        QVERIFY(!service.nodeMiner() || !service.nodeMiner()->settings().enabled);
        service.stop();
    }

    // The Node tab through a crash and a database another node holds: the
    // restart is counted and shown, the other node is named, not touched.
    void nodeTabShowsRestartsAndALockedDatabase()
    {
        test::IsolatedConfig config;
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        qputenv("FAKE_NODE_SYNC_BLOCKS", "0");
        qputenv("FAKE_NODE_PEERS_AFTER_MS", "0");
        qputenv("FAKE_NODE_CRASH_AFTER_MS", "300");
        const QString crashOnce = data.filePath(QStringLiteral("crashed-once"));
        qputenv("FAKE_NODE_CRASH_ONCE_FILE", crashOnce.toUtf8());
        MinerService service(test::serviceConfig());
        QVERIFY(service.start());
        LocalNodeSettings s;
        s.node.enabled = true;
        s.node.binary = QStringLiteral(QM_FAKE_NODE_EXE);
        s.node.basePath = data.filePath(QStringLiteral("base"));
        s.node.chain = QStringLiteral("dev");
        s.node.rewardsInnerHash = QStringLiteral("0x") + QString(64, QLatin1Char('b'));
        s.node.minerPort = test::freePort();
        s.node.rpcPort = test::freePort();
        s.node.prometheusPort = test::freePort();
        s.setupDone = true;
        s.save();
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        LocalNodeModel* node = window.localNode();
        node->supervisor()->setBackoffBaseMs(200);
        QString error;
        QVERIFY2(node->startNode(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(crashOnce), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(node->supervisor()->restartCount(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(node->phase(), LocalNodeModel::Phase::Mining, 60000);
        QCOMPARE(window.nodePanel()->fieldText(QStringLiteral("restarts")), QStringLiteral("1"));
        node->stopNode();
        QTRY_COMPARE_WITH_TIMEOUT(node->phase(), LocalNodeModel::Phase::Off, 30000);
        qunsetenv("FAKE_NODE_CRASH_AFTER_MS");
        qunsetenv("FAKE_NODE_CRASH_ONCE_FILE");

        // Another node on the same data folder, started by someone else.
        QProcess other;
        other.setProcessChannelMode(QProcess::MergedChannels);
        other.start(QStringLiteral(QM_FAKE_NODE_EXE),
                    {QStringLiteral("--base-path"), s.node.basePath, QStringLiteral("--chain"), QStringLiteral("dev"),
                     QStringLiteral("--rpc-port"), QString::number(test::freePort()), QStringLiteral("--prometheus-port"),
                     QString::number(test::freePort()), QStringLiteral("--miner-listen-port"),
                     QString::number(test::freePort())});
        QVERIFY(other.waitForStarted());
        // It holds the database once it says its miner server listens.
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += other.readAll()).contains("Miner server listening"), 30000);
        QVERIFY(!node->startNode(&error));
        QVERIFY2(error.contains(QString::number(other.processId())), qPrintable(error));
        QCOMPARE(node->phase(), LocalNodeModel::Phase::Failed);
        QVERIFY(window.nodePanel()->stateText().contains(QString::number(other.processId())));
        QCOMPARE(other.state(), QProcess::Running);
        other.terminate();
        QVERIFY(other.waitForFinished(15000));
        service.stop();
    }

    // --node-binary ... with the dashboard: the window runs that node for
    // this run, offers no assistant, and saves nothing of it.
    void aNodeFromTheCommandLineRunsAndIsNotSaved()
    {
        test::IsolatedConfig config;
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        qputenv("FAKE_NODE_SYNC_BLOCKS", "0");
        MinerConfig c = test::serviceConfig();
        c.localNode.enabled = true;
        c.localNode.binary = QStringLiteral(QM_FAKE_NODE_EXE);
        c.localNode.basePath = data.filePath(QStringLiteral("base"));
        c.localNode.chain = QStringLiteral("dev");
        c.localNode.rewardsInnerHash = QStringLiteral("0x") + QString(64, QLatin1Char('c'));
        c.localNode.minerPort = test::freePort();
        c.localNode.rpcPort = test::freePort();
        c.localNode.prometheusPort = test::freePort();
        MinerService service(c);
        QVERIFY(service.start());
        // QSettings keeps its first location for the process: compare with
        // what the earlier cases left there.
        const LocalNodeSettings before = LocalNodeSettings::load();
        {
            MainWindow window(service, GuiSettings::load(), {});
            window.show();
            LocalNodeModel* node = window.localNode();
            QTRY_COMPARE_WITH_TIMEOUT(node->phase(), LocalNodeModel::Phase::Mining, 60000);
            QCOMPARE(node->settings().node.rewardsInnerHash, c.localNode.rewardsInnerHash);
        }
        // The window's end stopped the node; nothing reached the settings.
        const LocalNodeSettings saved = LocalNodeSettings::load();
        QVERIFY(saved.node == before.node);
        QCOMPARE(saved.enabled, before.enabled);
        QCOMPARE(saved.minedTotal, before.minedTotal);
        QVERIFY(saved.node.basePath != c.localNode.basePath);
        QVERIFY(!QFileInfo::exists(c.localNode.basePath + QStringLiteral("/chains/dev/db/full/LOCK")) ||
                NodeSupervisor::databaseLockHolder(c.localNode) == 0);
        service.stop();
    }

    // A new key: the words are shown once, two of them typed back, then
    // wiped; a wrong word keeps the page from finishing.
    void newKeyIsWrittenDownAndChecked()
    {
        test::IsolatedConfig config;
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        MinerService service(test::serviceConfig());
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        NodeWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        shot(wizard, QStringLiteral("wizard-program"));
        QVERIFY(firstPages(wizard, QStringLiteral(QM_FAKE_NODE_EXE), data.filePath(QStringLiteral("d"))));
        wizard->next();
        auto* rewards = qobject_cast<RewardsPage*>(wizard->currentPage());
        QVERIFY(rewards);
        rewards->newChoice()->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NodeWizard::PhrasePage));
        const QStringList words = wizard->newPhrase().split(QLatin1Char(' '));
        QCOMPARE(words.size(), 24);
        auto* shown = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("phraseWords"));
        QVERIFY(shown && shown->text().contains(words[23]));
        QVERIFY(!wizard->currentPage()->isComplete());
        wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("phraseConfirm"))->setChecked(true);
        shot(wizard, QStringLiteral("wizard-phrase"));
        wizard->next();
        auto* check = qobject_cast<CheckPage*>(wizard->currentPage());
        QVERIFY(check);
        check->firstEdit()->setText(words[check->firstPosition() - 1]);
        check->secondEdit()->setText(words[check->secondPosition() - 1] + QStringLiteral("x"));
        QVERIFY(!check->isComplete());
        check->secondEdit()->setText(words[check->secondPosition() - 1]);
        QVERIFY(check->isComplete());
        shot(wizard, QStringLiteral("wizard-check"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NodeWizard::NetworkPage));
        QVERIFY2(wizard->newPhrase().isEmpty(), "the words are wiped once checked");
        // The key the node program made is the one the words give.
        RewardsKey again;
        QVERIFY(NodeKeyTool(QStringLiteral(QM_FAKE_NODE_EXE)).rewardsKeyFromPhrase(words.join(QLatin1Char(' ')), again).ok);
        QCOMPARE(again.address, wizard->settings().rewardsAddress);
        wizard->reject();
    }

    // The download path with the manifest the network published, served
    // from a local server with its Linux build pointing at a release archive
    // of the fake node: the program page shows the network (a testnet note
    // included), downloads and verifies; the chain comes from the manifest
    // untouched, and Finish starts the node.
    void downloadsTheReleaseTheManifestNames()
    {
        test::IsolatedConfig config;
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        scriptChain();
        // A release archive laid out as the published ones are: one folder
        // named after the release, quantus-node inside.
        QTemporaryDir pack;
        const QString dir = pack.filePath(QStringLiteral("quantus-node-v0.10.0-x86_64-unknown-linux-gnu"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(QStringLiteral(QM_FAKE_NODE_EXE), dir + QStringLiteral("/quantus-node")));
        const QString archive = pack.filePath(QStringLiteral("node.tar.gz"));
        QCOMPARE(QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"),
                                                           pack.path(), QFileInfo(dir).fileName()}),
                 0);
        QFile a(archive);
        QVERIFY(a.open(QIODevice::ReadOnly));
        const QByteArray tarball = a.readAll();
        FileServer server;
        QVERIFY(server.listen());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const QString stem = manifestKeyFor(hostPlatform());
        if (stem.isEmpty())
            QSKIP("the manifest has no node build for this machine's platform");
        server.files[QStringLiteral("/quantus-node-v0.10.0-x86_64-unknown-linux-gnu.tar.gz")] = tarball;
        server.files[QStringLiteral("/mining-compatibility.json")] = test::manifestJson(test::publishedManifestWithNode(
            base + QStringLiteral("/quantus-node-v0.10.0-x86_64-unknown-linux-gnu.tar.gz"),
            QCryptographicHash::hash(tarball, QCryptographicHash::Sha256).toHex(), stem));

        MinerService service(test::serviceConfig());
        QVERIFY(service.start());
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        NodeWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        ProgramPage* program = downloadFromManifest(wizard, base + QStringLiteral("/mining-compatibility.json"));
        QVERIFY(program);
        QTRY_VERIFY_WITH_TIMEOUT(program->isComplete(), 60000);
        const QString installed = program->pathEdit()->text();
        QVERIFY2(installed.startsWith(data.path()), qPrintable(installed));
        QVERIFY(QFileInfo(installed).isExecutable());
        QVERIFY(wizard->manifest().has_value());
        QCOMPARE(wizard->manifest()->chain(), QStringLiteral("planck"));
        // What the manifest says about the network, in plain view.
        QVERIFY2(program->networkLabel()->isVisibleTo(program), "the network is shown");
        QVERIFY(program->networkLabel()->text().contains(QStringLiteral("Planck testnet")));
        QVERIFY(program->networkLabel()->text().contains(QStringLiteral("v0.10.0")));
        QVERIFY(program->networkLabel()->text().contains(QStringLiteral("2026-09-03T07:00:00Z")));
        QVERIFY2(program->testnetNote()->isVisibleTo(program), "a testnet's tokens have no value: said");
        QVERIFY(program->testnetNote()->text().contains(QStringLiteral("no value")));
        shot(wizard, QStringLiteral("wizard-downloaded"));
        wizard->next();
        auto* identity = qobject_cast<IdentityPage*>(wizard->currentPage());
        QVERIFY(identity);
        identity->basePathEdit()->setText(data.filePath(QStringLiteral("d")));
        wizard->next();
        auto* rewards = qobject_cast<RewardsPage*>(wizard->currentPage());
        QVERIFY(rewards);
        rewards->pasteChoice()->setChecked(true);
        rewards->innerHashEdit()->setText(QStringLiteral("0x") + QString(64, QLatin1Char('A')));
        wizard->next();
        QCOMPARE(wizard->settings().node.rewardsInnerHash, QStringLiteral("0x") + QString(64, QLatin1Char('a')));
        auto* network = qobject_cast<NetworkPage*>(wizard->currentPage());
        QVERIFY(network);
        // The manifest named the chain; the disk check has its figure.
        QCOMPARE(network->chainEdit()->text(), QStringLiteral("planck"));
        networkPage(wizard, network->chainEdit()->text());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NodeWizard::ReadyPage));
        QSignalSpy closed(&window, &MainWindow::nodeWizardClosed);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);

        // The downloaded node runs on the manifest's chain.
        LocalNodeModel* node = window.localNode();
        QCOMPARE(node->settings().node.chain, QStringLiteral("planck"));
        QCOMPARE(node->settings().node.binary, installed);
        QTRY_VERIFY_WITH_TIMEOUT(node->supervisor()->pid() > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(node->phase() == LocalNodeModel::Phase::Syncing
                                     || node->phase() == LocalNodeModel::Phase::WaitingForPeers
                                     || node->phase() == LocalNodeModel::Phase::Mining,
                                 60000);
        const qint64 pid = node->supervisor()->pid();
        node->stopNode();
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 30000);
        service.stop();
    }

    // A manifest the miner cannot use: the reason, naming the key, on the
    // page; nothing is downloaded.
    void refusesAManifestForANewerProtocol()
    {
        test::IsolatedConfig config;
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        FileServer server;
        QVERIFY(server.listen());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        QJsonObject manifest = test::publishedManifest();
        manifest.insert(QStringLiteral("minerProtocol"), QStringLiteral("quantus-miner/3"));
        server.files[QStringLiteral("/mining-compatibility.json")] = test::manifestJson(manifest);

        MinerService service(test::serviceConfig());
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        NodeWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        ProgramPage* program = downloadFromManifest(wizard, base + QStringLiteral("/mining-compatibility.json"));
        QVERIFY(program);
        QTRY_VERIFY_WITH_TIMEOUT(program->statusLabel()->text().contains(QStringLiteral("minerProtocol")), 30000);
        QVERIFY2(program->statusLabel()->text().contains(
                     QStringLiteral("this miner speaks quantus-miner/2: update the miner")),
                 qPrintable(program->statusLabel()->text()));
        QVERIFY2(!wizard->manifest().has_value(), "a refused manifest is not kept");
        QDirIterator files(data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY2(!files.next().contains(QStringLiteral("quantus-node")), qPrintable(files.filePath()));
        wizard->reject();
    }
};

QTEST_MAIN(TestNodeWizard)
#include "tst_node_wizard.moc"

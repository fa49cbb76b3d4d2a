// The local node's supervision against the fake quantus-node
// (tests/node/fake_quantus_node): the node key made when missing, start to
// Running with the node's own token and pin, a crash restarted with a count,
// the stop order (the miner lets go before SIGTERM), SIGKILL after the
// timeout, a base path or a port already in use, bad binaries, the key tool
// (the phrase never written anywhere), and quantus-miner --node-binary end
// to end. Test knobs reach the fake node through the environment it
// inherits (FAKE_NODE_*). Loopback only; every port is picked free.
#include "localnode/node_keys.h"
#include "localnode/node_supervisor.h"
#include "miner/miner_service.h"
#include "service/logger.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace qm;
using State = NodeSupervisor::State;

namespace {

const QString kFakeNode = QStringLiteral(QM_FAKE_NODE_EXE);
const QString kMiner = QStringLiteral(QM_MINER_EXE);
const QString kHash = QStringLiteral("0x") + QStringLiteral("0123456789abcdef").repeated(4);
constexpr int kLong = 60'000;

const char* const kKnobs[] = {"FAKE_NODE_TICK_MS",        "FAKE_NODE_PEERS",          "FAKE_NODE_PEERS_AFTER_MS",
                              "FAKE_NODE_SYNC_BLOCKS",    "FAKE_NODE_SYNC_RATE",      "FAKE_NODE_BLOCK_TICKS",
                              "FAKE_NODE_DIFFICULTY",     "FAKE_NODE_STOP_DELAY_MS",  "FAKE_NODE_IGNORE_SIGTERM",
                              "FAKE_NODE_CRASH_AFTER_MS", "FAKE_NODE_CRASH_ONCE_FILE", "FAKE_NODE_MINER_FILES_DELAY_MS",
                              "FAKE_NODE_ARGS_FILE",      "FAKE_NODE_MINED_HISTORY",
                              "FAKE_NODE_FILES_AFTER_LINE_MS"};

quint16 freeTcpPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

quint16 freeUdpPort()
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return 0;
    return socket.localPort();
}

LocalNodeConfig nodeConfig(const QString& basePath)
{
    LocalNodeConfig c;
    c.enabled = true;
    c.binary = kFakeNode;
    c.basePath = basePath;
    c.chain = QStringLiteral("dev");
    c.rewardsInnerHash = kHash;
    do {
        c.minerPort = freeUdpPort();
        c.rpcPort = freeTcpPort();
        c.prometheusPort = freeTcpPort();
    } while (c.minerPort == 0 || c.rpcPort == 0 || c.prometheusPort == 0 || c.minerPort == c.rpcPort ||
             c.minerPort == c.prometheusPort || c.rpcPort == c.prometheusPort);
    return c;
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

qint64 pidFromFile(const QString& basePath)
{
    QFile f(basePath + QStringLiteral("/fake-node.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

QByteArray readTrimmed(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

// What a supervisor said, in order: its lines and the events around them.
struct Recorder {
    QStringList lines;
    QStringList events;
    QList<State> states;
    QString restartReason;
    QList<NodeSettings> ready;

    explicit Recorder(NodeSupervisor& s)
    {
        QObject::connect(&s, &NodeSupervisor::logLine, &s, [this](const QString& line, LogLevel) {
            lines << line;
            if (line.contains(QLatin1String("Received SIGTERM")))
                events << QStringLiteral("sigterm-line");
        });
        QObject::connect(&s, &NodeSupervisor::minerServerReady, &s, [this](const NodeSettings& settings) {
            ready << settings;
            events << QStringLiteral("ready");
        });
        QObject::connect(&s, &NodeSupervisor::minerServerLost, &s, [this] { events << QStringLiteral("lost"); });
        QObject::connect(&s, &NodeSupervisor::stopped, &s, [this] { events << QStringLiteral("stopped"); });
        QObject::connect(&s, &NodeSupervisor::stateChanged, &s, [this, &s](State state) {
            states << state;
            if (state == State::Restarting)
                restartReason = s.problem();
        });
    }
    bool saw(const QString& text) const
    {
        for (const QString& l : lines)
            if (l.contains(text))
                return true;
        return false;
    }
};

// Every file under `dir` that contains `needle`.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found << path;
    }
    return found;
}

QProcessEnvironment minerEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& k : env.keys())
        if (k.startsWith(QLatin1String("MINER_")) || k.startsWith(QLatin1String("FAKE_NODE_")) || k == u"RUST_LOG" ||
            k == u"DISPLAY" || k == u"WAYLAND_DISPLAY" || k == u"QT_QPA_PLATFORM")
            env.remove(k);
    return env;
}

QStringList minerNodeArguments(const LocalNodeConfig& c)
{
    return {QStringLiteral("--no-gui"),
            QStringLiteral("--port"),
            QStringLiteral("0"),
            QStringLiteral("--workers"),
            QStringLiteral("1"),
            QStringLiteral("--node-binary"),
            c.binary,
            QStringLiteral("--node-base-path"),
            c.basePath,
            QStringLiteral("--chain"),
            c.chain,
            QStringLiteral("--rewards-inner-hash"),
            c.rewardsInnerHash,
            QStringLiteral("--node-miner-port"),
            QString::number(c.minerPort),
            QStringLiteral("--node-rpc-port"),
            QString::number(c.rpcPort),
            QStringLiteral("--node-prometheus-port"),
            QString::number(c.prometheusPort)};
}

} // namespace

class TestNodeSupervisor : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void nodeKeyGeneratedWhenMissing();
    void startOffersTheNodesOwnSettings();
    void crashRestartsWithCount();
    void stopLetsTheMinerGoFirst();
    void stopWithAConnectedMiner();
    void newSettingsWhileStoppingDoNotRestart();
    void newSettingsRestartARunningNode();
    void staleMinerFilesWaitForNewOnes();
    void killAfterStopTimeout();
    void stopAndWaitBlocksUntilGone();
    void secondNodeOnTheSameBasePath();
    void nodeErrorsAreRecognised_data();
    void nodeErrorsAreRecognised();
    void portInUse_data();
    void portInUse();
    void unknownChainFailsWithoutRestarts();
    void badBinary_data();
    void badBinary();
    void keyToolPhraseRoundTrip();
    void keyToolNodeKey();
    void headlessEndToEnd();
    void headlessRefusesABadNode();

private:
    void clearKnobs();
};

void TestNodeSupervisor::clearKnobs()
{
    for (const char* knob : kKnobs)
        qunsetenv(knob);
}

void TestNodeSupervisor::init()
{
    clearKnobs();
    QVERIFY2(QFileInfo(kFakeNode).isExecutable(), qPrintable(kFakeNode));
}

void TestNodeSupervisor::cleanup()
{
    clearKnobs();
}

void TestNodeSupervisor::nodeKeyGeneratedWhenMissing()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    QVERIFY(!QFileInfo::exists(c.nodeKeyFile()));

    NodeSupervisor sup;
    sup.setConfig(c);
    Recorder rec(sup);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(c.nodeKeyFile()));
    const QByteArray key = readTrimmed(c.nodeKeyFile());
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(key)).hasMatch(), key);
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(c.nodeKeyFile()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QVERIFY2(sup.peerId().startsWith(QLatin1String("12D3KooW")), qPrintable(sup.peerId()));
    const QString generatedPeer = sup.peerId();
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Running, kLong);
    // The node read the key it was given: the identity it logs is the one made.
    QTRY_VERIFY_WITH_TIMEOUT(rec.saw(QStringLiteral("Local node identity is: ") + generatedPeer), kLong);
    QCOMPARE(sup.peerId(), generatedPeer);
    sup.stopAndWait();
    QCOMPARE(sup.state(), State::Stopped);

    // An existing key is used as it is.
    QVERIFY(sup.start(&error));
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Running, kLong);
    QCOMPARE(readTrimmed(c.nodeKeyFile()), key);
    sup.stopAndWait();
}

void TestNodeSupervisor::startOffersTheNodesOwnSettings()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString argsFile = tmp.filePath(QStringLiteral("args.txt"));
    qputenv("FAKE_NODE_ARGS_FILE", QFile::encodeName(argsFile));
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));

    NodeSupervisor sup;
    sup.setConfig(c);
    QCOMPARE(sup.config(), c);
    Recorder rec(sup);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QCOMPARE(sup.state(), State::Starting);
    QCOMPARE(sup.version(), QStringLiteral("quantus-node 0.10.2-fake"));
    QVERIFY(sup.pid() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, kLong);
    QCOMPARE(sup.state(), State::Running);
    QCOMPARE(rec.states, (QList<State>{State::Starting, State::Running}));

    const NodeSettings s = rec.ready.first();
    QVERIFY(s.enabled);
    QCOMPARE(s.problem, QString());
    QCOMPARE(s.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(s.port, c.minerPort);
    const QByteArray token = readTrimmed(c.chainDir() + QStringLiteral("/miner-auth-token"));
    const QByteArray pin = readTrimmed(c.chainDir() + QStringLiteral("/miner-tls-cert-sha256"));
    QCOMPARE(token.size(), 64);
    QCOMPARE(s.token, token);
    QCOMPARE(s.certSha256, QByteArray::fromHex(pin));
    QCOMPARE(sup.minerSettings().token, token);
    QVERIFY(rec.saw(QStringLiteral("Miner server listening on port %1").arg(c.minerPort)));
    QVERIFY(sup.recentLog().size() >= 5);
    QCOMPARE(sup.recentLog(), rec.lines);

    // The node got the documented command line, and is the process we run.
    QCOMPARE(pidFromFile(c.basePath), sup.pid());
    const QList<QByteArray> starts = readTrimmed(argsFile).split('\n');
    QCOMPARE(starts.size(), 1);
    QCOMPARE(QString::fromLocal8Bit(starts.first()), kFakeNode + u' ' + c.arguments().join(u' '));
    // With the official mining set-up's flags, which the node (and the fake,
    // like clap) would refuse if it did not know them.
    QVERIFY(starts.first().contains("--rpc-methods safe --sync full --max-blocks-per-request 64 --name " +
                                    c.networkName().toUtf8()));

    const qint64 pid = sup.pid();
    sup.stop();
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Stopped, kLong);
    QVERIFY(!alive(pid));
    QCOMPARE(sup.pid(), 0);
}

void TestNodeSupervisor::crashRestartsWithCount()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    qputenv("FAKE_NODE_CRASH_AFTER_MS", "1500");
    qputenv("FAKE_NODE_CRASH_ONCE_FILE", QFile::encodeName(tmp.filePath(QStringLiteral("crashed-once"))));
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));

    NodeSupervisor sup;
    sup.setConfig(c);
    sup.setBackoffBaseMs(300);
    Recorder rec(sup);
    QSignalSpy restarted(&sup, &NodeSupervisor::restarted);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, kLong);
    const qint64 firstPid = sup.pid();

    QTRY_VERIFY_WITH_TIMEOUT(rec.states.contains(State::Restarting), kLong);
    QVERIFY2(rec.restartReason.contains(QLatin1String("crashed")) &&
                 rec.restartReason.contains(QLatin1String("panicked at 'fake crash'")),
             qPrintable(rec.restartReason));
    // The miner let go when the node went away.
    QCOMPARE(rec.events.count(QStringLiteral("lost")), 1);

    QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 2, kLong);
    QCOMPARE(sup.state(), State::Running);
    QCOMPARE(sup.restartCount(), 1);
    QCOMPARE(restarted.count(), 1);
    QCOMPARE(restarted.first().first().toInt(), 1);
    QCOMPARE(rec.states, (QList<State>{State::Starting, State::Running, State::Restarting, State::Starting,
                                       State::Running}));
    QVERIFY(sup.pid() != firstPid);
    QVERIFY(!alive(firstPid));
    QCOMPARE(rec.events, (QStringList{"ready", "lost", "ready"}));
    sup.stopAndWait();
    QCOMPARE(sup.state(), State::Stopped);
}

void TestNodeSupervisor::stopLetsTheMinerGoFirst()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    NodeSupervisor sup;
    sup.setConfig(c);
    Recorder rec(sup);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Running, kLong);
    const qint64 pid = sup.pid();

    sup.stop();
    // minerServerLost is synchronous: the miner has let go when stop() returns.
    QCOMPARE(rec.events, (QStringList{"ready", "lost"}));
    QCOMPARE(sup.state(), State::Stopping);
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Stopped, kLong);
    QCOMPARE(rec.events, (QStringList{"ready", "lost", "sigterm-line", "stopped"}));
    QVERIFY(!alive(pid));
    QCOMPARE(sup.restartCount(), 0);
}

// A stop the user asked for stays a stop, even when new settings arrive
// while the node is on its way down.
void TestNodeSupervisor::newSettingsWhileStoppingDoNotRestart()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    NodeSupervisor sup;
    sup.setConfig(c);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Running, kLong);
    sup.stop();
    c.nodeName = QStringLiteral("renamed");
    sup.setConfig(c);
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Stopped, kLong);
    QTest::qWait(1500);
    QCOMPARE(sup.state(), State::Stopped);
    QCOMPARE(sup.pid(), 0);
}

// New settings for a running node: it stops in order and starts with them.
void TestNodeSupervisor::newSettingsRestartARunningNode()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString argsFile = tmp.filePath(QStringLiteral("args.txt"));
    qputenv("FAKE_NODE_ARGS_FILE", QFile::encodeName(argsFile));
    LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    NodeSupervisor sup;
    sup.setConfig(c);
    Recorder rec(sup);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, kLong);
    const qint64 first = sup.pid();
    c.nodeName = QStringLiteral("renamed");
    sup.setConfig(c);
    QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 2, kLong);
    QVERIFY(!alive(first));
    QVERIFY(sup.pid() != first);
    QVERIFY(readTrimmed(argsFile).split('\n').last().endsWith("--name renamed"));
    sup.stop();
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Stopped, kLong);
}

// Files a previous run left are not handed over while the node may still
// write new ones; they are, as they are, once it had its moment.
void TestNodeSupervisor::staleMinerFilesWaitForNewOnes()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    {
        NodeSupervisor sup;
        sup.setConfig(c);
        QString error;
        QVERIFY2(sup.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Running, kLong);
        sup.stop();
        QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Stopped, kLong);
    }
    // The old files are older than the next start.
    QTest::qWait(2100);
    const QByteArray oldToken = readTrimmed(c.chainDir() + QStringLiteral("/miner-auth-token"));
    // The node now says it listens before it writes new files (1 s later).
    qputenv("FAKE_NODE_FILES_AFTER_LINE_MS", "1000");
    NodeSupervisor sup;
    sup.setConfig(c);
    Recorder rec(sup);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, kLong);
    const QByteArray token = readTrimmed(c.chainDir() + QStringLiteral("/miner-auth-token"));
    QVERIFY(token != oldToken);
    QCOMPARE(rec.ready.first().token, token);
    sup.stop();
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Stopped, kLong);
}

void TestNodeSupervisor::stopWithAConnectedMiner()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    qputenv("FAKE_NODE_DIFFICULTY", "500");
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));

    MinerConfig mc;
    mc.port = 0;
    mc.workers = 1;
    MinerService service(mc);
    QString error;
    QVERIFY2(service.start(&error), qPrintable(error));

    NodeSupervisor sup;
    sup.setConfig(c);
    Recorder rec(sup);
    connect(&sup, &NodeSupervisor::minerServerReady, &service, &MinerService::setNode);
    connect(&sup, &NodeSupervisor::minerServerLost, &service, [&service] { service.setNode(NodeSettings{}); });
    QSignalSpy blocks(&sup, &NodeSupervisor::blockSubmitted);
    QVERIFY2(sup.start(&error), qPrintable(error));
    // The miner is connected and mining: the node accepted its blocks.
    QTRY_VERIFY_WITH_TIMEOUT(blocks.count() >= 1, kLong);
    QVERIFY(service.nodeMiner());

    sup.stop();
    QVERIFY(!service.nodeMiner());
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Stopped, kLong);
    QVERIFY2(rec.saw(QStringLiteral("Received SIGTERM, shutting down (0 miners connected)")),
             qPrintable(rec.lines.filter(QStringLiteral("SIGTERM")).join(u'\n')));
    service.stop();
}

void TestNodeSupervisor::killAfterStopTimeout()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    qputenv("FAKE_NODE_IGNORE_SIGTERM", "1");
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    NodeSupervisor sup;
    sup.setConfig(c);
    sup.setStopTimeoutMs(1500);
    Recorder rec(sup);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Running, kLong);
    const qint64 pid = sup.pid();

    QElapsedTimer clock;
    clock.start();
    sup.stop();
    QTRY_VERIFY_WITH_TIMEOUT(rec.saw(QStringLiteral("Received SIGTERM")), kLong);
    // It ignored SIGTERM and is still there until the timeout.
    QCOMPARE(sup.state(), State::Stopping);
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Stopped, kLong);
    QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!alive(pid));
    // Killed, not restarted.
    QCOMPARE(sup.restartCount(), 0);
}

void TestNodeSupervisor::stopAndWaitBlocksUntilGone()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    qputenv("FAKE_NODE_IGNORE_SIGTERM", "1");
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    NodeSupervisor sup;
    sup.setConfig(c);
    sup.setStopTimeoutMs(1000);
    Recorder rec(sup);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Running, kLong);
    const qint64 pid = sup.pid();
    // No event loop runs in between: the wait itself reads the node's last
    // lines and ends it.
    sup.stopAndWait(30'000);
    QCOMPARE(sup.state(), State::Stopped);
    QVERIFY(!alive(pid));
    QVERIFY(rec.saw(QStringLiteral("Received SIGTERM")));
    QCOMPARE(rec.events.first(), QStringLiteral("ready"));
    QCOMPARE(rec.events.mid(1), (QStringList{"lost", "sigterm-line", "stopped"}));
}

void TestNodeSupervisor::secondNodeOnTheSameBasePath()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    NodeSupervisor first;
    first.setConfig(c);
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(first.state(), State::Running, kLong);
    const qint64 pid = first.pid();
    QCOMPARE(NodeSupervisor::databaseLockHolder(c), pid);

    LocalNodeConfig other = nodeConfig(c.basePath);
    NodeSupervisor second;
    second.setConfig(other);
    QVERIFY(!second.start(&error));
    QCOMPARE(error, QStringLiteral("another quantus-node (pid %1) is already using %2; stop it or choose another base "
                                   "path")
                        .arg(pid)
                        .arg(c.basePath));
    QCOMPARE(second.state(), State::Failed);
    QCOMPARE(second.problem(), error);
    QCOMPARE(second.pid(), 0);
    // The first one is left alone.
    QCOMPARE(first.state(), State::Running);
    QVERIFY(alive(pid));
    first.stopAndWait();
    QCOMPARE(NodeSupervisor::databaseLockHolder(c), 0);
}

void TestNodeSupervisor::nodeErrorsAreRecognised_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // %1 base path, %2 prometheus port, %3 miner port
    QTest::addColumn<bool>("restarts");
    QTest::newRow("database lock")
        << "Error: Service(Client(Backend(\"IO error: While lock file: /x/chains/dev/db/full/LOCK: Resource "
           "temporarily unavailable\")))"
        << 1 << "another quantus-node is already using %1; stop it or choose another base path" << false;
    QTest::newRow("node key") << "Error: NetworkKeyNotFound(\"/x/node-key\")" << 1 << "found no node key at %1/node-key"
                              << false;
    QTest::newRow("rpc port") << "Error: Service(Io(Os { code: 98, kind: AddrInUse, message: \"Address in use\" }))"
                              << 1 << "one of the node's ports" << false;
    QTest::newRow("prometheus port") << "Error: Service(Prometheus(PortInUse(127.0.0.1:%2)))" << 1
                                     << "port %2 (--node-prometheus-port) is in use on 127.0.0.1" << false;
    QTest::newRow("miner port")
        << "Error: Service(Other(\"Failed to start miner server: Address already in use (os error 98)\"))" << 1
        << "port %3 (--node-miner-port) is in use on 127.0.0.1" << false;
    QTest::newRow("spec file") << "Error: Input(\"Error opening spec file `dev`: No such file or directory (os error 2)\")"
                               << 1 << "cannot open the chain spec 'dev' (--chain)" << false;
    QTest::newRow("command line") << "error: unexpected argument '--validator' found" << 2
                                  << "quantus-node refused its command line" << false;
    QTest::newRow("anything else") << "Error: Service(Other(\"Essential task failed\"))" << 1
                                   << "quantus-node exited with code 1: Error: Service(Other(\"Essential task "
                                      "failed\"))"
                                   << true;
}

void TestNodeSupervisor::nodeErrorsAreRecognised()
{
    // A stand-in that answers --version and then fails at start the way
    // the node does; the fake node's own failures are covered above.
    QFETCH(QString, line);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QFETCH(bool, restarts);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    c.binary = tmp.filePath(QStringLiteral("quantus-node"));
    QFile script(c.binary);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\n"
                 "if [ \"$1\" = --version ]; then echo 'quantus-node 9.9.9-test'; exit 0; fi\n"
                 "echo '2024-05-01 12:00:00 Quantus Node' >&2\n"
                 "echo \"$QM_TEST_NODE_LINE\" >&2\n"
                 "exit \"$QM_TEST_NODE_EXIT\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // The key exists: the stand-in does not make one.
    QVERIFY(QDir().mkpath(c.basePath));
    QFile key(c.nodeKeyFile());
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(QByteArray(64, 'a'));
    key.close();
    // The placeholders, filled in by hand: not every row has all of them.
    const auto fill = [&](QString text) {
        return text.replace(QStringLiteral("%1"), c.basePath)
            .replace(QStringLiteral("%2"), QString::number(c.prometheusPort))
            .replace(QStringLiteral("%3"), QString::number(c.minerPort));
    };
    line = fill(line);
    qputenv("QM_TEST_NODE_LINE", line.toUtf8());
    qputenv("QM_TEST_NODE_EXIT", QByteArray::number(exitCode));

    NodeSupervisor sup;
    sup.setConfig(c);
    sup.setBackoffBaseMs(60'000);
    Recorder rec(sup);
    QString error;
    const bool started = sup.start(&error);
    qunsetenv("QM_TEST_NODE_LINE");
    qunsetenv("QM_TEST_NODE_EXIT");
    QVERIFY2(started, qPrintable(error));
    const State settled = restarts ? State::Restarting : State::Failed;
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), settled, kLong);
    const QString want = fill(expected);
    QVERIFY2(sup.problem().contains(want), qPrintable(sup.problem() + QStringLiteral("  [expected: ") + want + u']'));
    QVERIFY(rec.saw(line));
    QCOMPARE(rec.events, QStringList());
    if (restarts) {
        QVERIFY(sup.restartInMs() > 50'000);
        QCOMPARE(sup.restartCount(), 0);
        sup.stop();
        QCOMPARE(sup.state(), State::Stopped);
    } else {
        QCOMPARE(sup.restartInMs(), 0);
        QVERIFY(!rec.states.contains(State::Restarting));
    }
}

void TestNodeSupervisor::portInUse_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("option");
    QTest::newRow("rpc") << "rpc" << "--node-rpc-port";
    QTest::newRow("prometheus") << "prometheus" << "--node-prometheus-port";
    QTest::newRow("miner") << "miner" << "--node-miner-port";
}

void TestNodeSupervisor::portInUse()
{
    QFETCH(QString, which);
    QFETCH(QString, option);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    QTcpServer tcp;
    QUdpSocket udp;
    quint16 port = 0;
    if (which == u"rpc") {
        port = c.rpcPort;
        QVERIFY(tcp.listen(QHostAddress::LocalHost, port));
    } else if (which == u"prometheus") {
        port = c.prometheusPort;
        QVERIFY(tcp.listen(QHostAddress::LocalHost, port));
    } else {
        port = c.minerPort;
        QVERIFY(udp.bind(QHostAddress::LocalHost, port));
    }
    const QString expected = QStringLiteral("port %1 (%2) is in use on 127.0.0.1: another program, perhaps a node, "
                                            "listens there; choose another port")
                                 .arg(port)
                                 .arg(option);
    QCOMPARE(NodeSupervisor::portProblem(c), expected);

    NodeSupervisor sup;
    sup.setConfig(c);
    QString error;
    QVERIFY(!sup.start(&error));
    QCOMPARE(error, expected);
    QCOMPARE(sup.state(), State::Failed);
    // The node never ran.
    QCOMPARE(pidFromFile(c.basePath), 0);

    tcp.close();
    udp.close();
    QCOMPARE(NodeSupervisor::portProblem(c), QString());
}

void TestNodeSupervisor::unknownChainFailsWithoutRestarts()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    c.chain = QStringLiteral("nosuchchain");
    NodeSupervisor sup;
    sup.setConfig(c);
    sup.setBackoffBaseMs(50);
    QSignalSpy restarted(&sup, &NodeSupervisor::restarted);
    Recorder rec(sup);
    QString error;
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Failed, kLong);
    QVERIFY2(sup.problem().contains(QStringLiteral("chain spec 'nosuchchain' (--chain)")), qPrintable(sup.problem()));
    QVERIFY(rec.saw(QStringLiteral("Error opening spec file")));
    QCOMPARE(restarted.count(), 0);
    QCOMPARE(sup.restartInMs(), 0);
    QVERIFY(!rec.states.contains(State::Restarting));
}

void TestNodeSupervisor::badBinary_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing" << "quantus-node not found at %1";
    QTest::newRow("not executable") << "plain" << "%1 is not executable (chmod +x)";
    QTest::newRow("a folder") << "folder" << "%1 is not executable (chmod +x)";
    QTest::newRow("not a node") << "script" << "%1 --version failed (exit code 3): not a quantus-node, sorry";
}

void TestNodeSupervisor::badBinary()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    c.binary = tmp.filePath(QStringLiteral("quantus-node"));
    if (kind == u"plain" || kind == u"script") {
        QFile f(c.binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 'not a quantus-node, sorry' >&2\nexit 3\n");
        f.close();
        if (kind == u"script")
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(c.binary));
    }
    NodeSupervisor sup;
    sup.setConfig(c);
    QSignalSpy states(&sup, &NodeSupervisor::stateChanged);
    QString error;
    QVERIFY(!sup.start(&error));
    QCOMPARE(error, expected.arg(c.binary));
    QCOMPARE(sup.state(), State::Failed);
    QCOMPARE(sup.problem(), error);
    QCOMPARE(states.count(), 1);
    // Nothing was made in the base path.
    QVERIFY(!QFileInfo::exists(c.nodeKeyFile()));
}

void TestNodeSupervisor::keyToolPhraseRoundTrip()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    qputenv("FAKE_NODE_ARGS_FILE", QFile::encodeName(tmp.filePath(QStringLiteral("args.txt"))));
    const NodeKeyTool tool(kFakeNode);
    QString error;
    QCOMPARE(tool.version(&error), QStringLiteral("quantus-node 0.10.2-fake"));
    QCOMPARE(error, QString());

    RewardsKey made;
    NodeKeyResult r = tool.newRewardsKey(made);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(made.address.startsWith(QLatin1String("qz")) && made.address.size() == 49, qPrintable(made.address));
    QVERIFY(parseInnerHash(made.innerHash));
    QCOMPARE(made.innerHash, made.innerHash.toLower());
    int words = 0;
    QCOMPARE(normalisePhrase(made.secretPhrase, &words), made.secretPhrase);
    QCOMPARE(words, 24);
    const QString phrase = made.secretPhrase;

    // Typed back with other spacing and case: the same key.
    QString typed = QStringLiteral("  ") + phrase.toUpper();
    typed.replace(u' ', QStringLiteral(" \n\t "));
    RewardsKey back;
    r = tool.rewardsKeyFromPhrase(typed, back);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(back.address, made.address);
    QCOMPARE(back.innerHash, made.innerHash);
    QVERIFY(back.secretPhrase.isEmpty());

    // A wrong phrase: the node's own error, no phrase in it.
    const QString wrong = phrase.section(u' ', 0, 22);
    RewardsKey none;
    r = tool.rewardsKeyFromPhrase(wrong, none);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("Invalid phrase: expected 24 words")), qPrintable(r.error));
    QVERIFY(!r.error.contains(wrong));
    QVERIFY(none.address.isEmpty() && none.innerHash.isEmpty());
    QVERIFY(!tool.rewardsKeyFromPhrase(QStringLiteral("  "), none).ok);

    // A node run with the new key: the phrase is nowhere, in its lines, the
    // log, or any file under the temporary folder.
    LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    c.rewardsInnerHash = made.innerHash;
    NodeSupervisor sup;
    sup.setConfig(c);
    QVERIFY2(sup.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sup.state(), State::Running, kLong);
    sup.stopAndWait();
    const QByteArray needle = phrase.toUtf8();
    const QByteArray firstWords = phrase.section(u' ', 0, 3).toUtf8();
    QCOMPARE(filesContaining(tmp.path(), needle), QStringList());
    QCOMPARE(filesContaining(tmp.path(), firstWords), QStringList());
    QVERIFY(!sup.recentLog().join(u'\n').contains(phrase.section(u' ', 0, 3)));
    for (const LogLine& line : Logger::instance().recentLines())
        QVERIFY(!line.text.contains(phrase.section(u' ', 0, 3)));
    QVERIFY(readTrimmed(tmp.filePath(QStringLiteral("args.txt"))).contains(made.innerHash.toUtf8()));
}

void TestNodeSupervisor::keyToolNodeKey()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const NodeKeyTool tool(kFakeNode);
    const QString file = tmp.filePath(QStringLiteral("a/b/node-key"));
    QString peer;
    NodeKeyResult r = tool.generateNodeKey(file, &peer);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(QRegularExpression(QStringLiteral("^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$")).match(peer).hasMatch(),
             qPrintable(peer));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    const QByteArray key = readTrimmed(file);
    QCOMPARE(key.size(), 64);

    // There already: left as it is.
    r = tool.generateNodeKey(file);
    QVERIFY(r.ok);
    QCOMPARE(readTrimmed(file), key);

    // A node that fails says why, in its own words.
    const QString script = tmp.filePath(QStringLiteral("broken-node"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\necho 'Error: Io(Os { code: 13, kind: PermissionDenied })' >&2\nexit 1\n");
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    r = NodeKeyTool(script).generateNodeKey(tmp.filePath(QStringLiteral("other-key")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("Error: Io(Os { code: 13, kind: PermissionDenied })")) &&
                 r.error.contains(QLatin1String("key generate-node-key")),
             qPrintable(r.error));
}

void TestNodeSupervisor::headlessEndToEnd()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    QProcessEnvironment env = minerEnvironment();
    env.insert(QStringLiteral("FAKE_NODE_DIFFICULTY"), QStringLiteral("500"));

    QProcess miner;
    miner.setProcessEnvironment(env);
    miner.start(kMiner, minerNodeArguments(c));
    QVERIFY(miner.waitForStarted(kLong));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += miner.readAllStandardError(), log.contains("\xF0\x9F\xA5\x87") ||
                                                                        miner.state() == QProcess::NotRunning),
                             kLong);
    QVERIFY2(miner.state() == QProcess::Running, log.constData());
    QVERIFY(log.contains("node: \xE2\x9B\x8F\xEF\xB8\x8F Miner server listening on port " +
                         QByteArray::number(c.minerPort)));
    QVERIFY(log.contains("local node: running"));
    // The chain monitor names each block mined for the rewards key.
    QTRY_VERIFY_WITH_TIMEOUT((log += miner.readAllStandardError(), log.contains("mined for this rewards key")), kLong);
    const qint64 nodePid = pidFromFile(c.basePath);
    QVERIFY(alive(nodePid));

    ::kill(static_cast<pid_t>(miner.processId()), SIGTERM);
    QVERIFY(miner.waitForFinished(kLong));
    log += miner.readAllStandardError();
    QCOMPARE(miner.exitStatus(), QProcess::NormalExit);
    QVERIFY2(miner.exitCode() == 0, log.right(3000).constData());
    QVERIFY(!alive(nodePid));
    // The miner let go before the node was asked to stop.
    QVERIFY2(log.contains("Received SIGTERM, shutting down (0 miners connected)"), log.right(3000).constData());
    QVERIFY(log.contains("local node: stopped"));
}

void TestNodeSupervisor::headlessRefusesABadNode()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    LocalNodeConfig c = nodeConfig(tmp.filePath(QStringLiteral("base")));
    c.binary = tmp.filePath(QStringLiteral("no-such-node"));
    QProcess miner;
    miner.setProcessEnvironment(minerEnvironment());
    miner.start(kMiner, minerNodeArguments(c));
    QVERIFY(miner.waitForFinished(kLong));
    const QByteArray err = miner.readAllStandardError();
    QCOMPARE(miner.exitCode(), 2);
    QVERIFY2(err.contains("quantus-miner: quantus-node not found at " + QFile::encodeName(c.binary)), err.constData());

    // With a node that runs elsewhere too: refused before anything starts.
    miner.start(kMiner, minerNodeArguments(nodeConfig(tmp.filePath(QStringLiteral("base"))))
                            << QStringLiteral("--node-addr") << QStringLiteral("127.0.0.1:9833"));
    QVERIFY(miner.waitForFinished(kLong));
    const QByteArray conflict = miner.readAllStandardError();
    QCOMPARE(miner.exitCode(), 2);
    QVERIFY2(conflict.contains("--node-binary and --node-addr do not go together"), conflict.constData());
}

QTEST_GUILESS_MAIN(TestNodeSupervisor)
#include "tst_node_supervisor.moc"

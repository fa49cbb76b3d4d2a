// The quantus-miner executable: --help/--version, the hash and benchmark
// subcommands, exit codes, headless start without a display, a client that
// behaves like the Quantus node, port in use, SIGTERM/SIGINT shutdown.
#include "tests/support/service_test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTemporaryDir>
#include <QElapsedTimer>

#include <sys/stat.h>
#include <QUuid>

#include <csignal>

using namespace qmtest;

namespace {

const QString kExe = QStringLiteral(QM_MINER_EXE);

// The environment of a machine without a display and without miner settings.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& k : env.keys())
        if (k.startsWith("MINER_") || k == u"RUST_LOG" || k == u"DISPLAY" || k == u"WAYLAND_DISPLAY" ||
            k == u"QT_QPA_PLATFORM")
            env.remove(k);
    return env;
}

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

RunResult run(const QStringList& args, const QProcessEnvironment& env = cleanEnvironment(), int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(kExe, args);
    RunResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A running headless miner; its port is read from the start-up log.
class MinerProcess {
public:
    explicit MinerProcess(const QStringList& args, const QProcessEnvironment& env = cleanEnvironment())
        : MinerProcess(kExe, args, env)
    {
    }
    // Through another program that ends by exec'ing the miner (a shell that
    // sets limits first).
    MinerProcess(const QString& program, const QStringList& args, const QProcessEnvironment& env = cleanEnvironment())
    {
        m_process.setProcessEnvironment(env);
        m_process.start(program, args);
    }
    qint64 pid() const { return m_process.processId(); }
    ~MinerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    quint16 waitForPort(int timeoutMs = 20000)
    {
        static const QRegularExpression re(R"(listening on http://127\.0\.0\.1:(\d+))");
        quint16 port = 0;
        waitFor(
            [&] {
                m_err += m_process.readAllStandardError();
                const auto m = re.match(QString::fromUtf8(m_err));
                if (m.hasMatch())
                    port = static_cast<quint16>(m.captured(1).toUInt());
                return port != 0 || m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return port;
    }
    int signalAndWait(int signo, qint64* ms = nullptr)
    {
        QElapsedTimer t;
        t.start();
        ::kill(static_cast<pid_t>(m_process.processId()), signo);
        m_process.waitForFinished(10000);
        if (ms)
            *ms = t.elapsed();
        m_err += m_process.readAllStandardError();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString log()
    {
        m_err += m_process.readAllStandardError();
        return QString::fromUtf8(m_err);
    }

private:
    QProcess m_process;
    QByteArray m_err;
};

} // namespace

class TestApp : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion();
    void hashMatchesVectors();
    void hashV2MatchesVectors();
    void hashValidity();
    void hashBadArguments_data();
    void hashBadArguments();
    void invalidConfigurationExits2_data();
    void invalidConfigurationExits2();
    void benchmarkJson();
    void logTargetsNeverBlockTheStart_data();
    void logTargetsNeverBlockTheStart();
    void aFifoWithoutReaderIsAnError();
    void aClosedStderrPipeDoesNotKillTheMiner();
    void headlessWithoutDisplay();
    void nodeLikeClientMines_data();
    void nodeLikeClientMines();
    void portInUseExits1();
    void healthAsksTheRunningMiner();
    void fewDescriptorsMeanWaitingNotSpinning();
    void linkLocalBindNamesTheMissingInterface();
    void sigintStopsCleanly();
};

void TestApp::helpAndVersion()
{
    const RunResult h = run({"--help"});
    QCOMPARE(h.exitCode, 0);
    const QString help = QString::fromUtf8(h.out);
    for (const char* word : {"--no-gui", "--port", "MINER_PORT", "--bind", "MINER_BIND", "--workers", "--engine",
                             "--metrics-port", "--progress-chunk-ms", "--log-level", "RUST_LOG", "hash", "benchmark",
                             "authentication"})
        QVERIFY2(help.contains(QLatin1String(word)), word);
    const RunResult v = run({"--version"});
    QCOMPARE(v.exitCode, 0);
    const QString version = QString::fromUtf8(v.out);
    QVERIFY(version.startsWith("quantus-miner "));
    QVERIFY(version.contains("CUDA: yes") || version.contains("CUDA: no"));
    QVERIFY(version.contains("CPU ISA backend: "));
}

void TestApp::hashMatchesVectors()
{
    const QJsonArray vectors = loadVectors().value("pow_hash").toArray();
    QVERIFY(vectors.size() >= 4);
    int checked = 0;
    for (const auto& v : vectors) {
        const QJsonObject o = v.toObject();
        const RunResult r = run({"hash", o["mining_hash"].toString(), o["nonce"].toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), o["hash"].toString() + "\n");
        if (++checked == 4)
            break;
    }
}

void TestApp::hashV2MatchesVectors()
{
    const QJsonArray vectors = loadVectors("pow_v2_vectors.json").value("pow_hash").toArray();
    QVERIFY(vectors.size() >= 4);
    for (qsizetype i = 0; i < 4; ++i) {
        const QJsonObject o = vectors[i].toObject();
        const RunResult r = run({"hash", "--pow", "v2", o["mining_hash"].toString(), o["nonce"].toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), o["hash"].toString() + "\n");
        // v1 stays the default: the same input hashes differently without --pow.
        const RunResult v1 = run({"hash", o["mining_hash"].toString(), o["nonce"].toString()});
        QVERIFY(v1.out != r.out);
    }
    // A v2 first valid nonce is valid under v2 at its difficulty.
    for (const auto& value : loadVectors("pow_v2_vectors.json").value("first_valid_nonce").toArray()) {
        const QJsonObject v = value.toObject();
        if (v["first_valid_nonce"].isNull())
            continue;
        const RunResult ok = run({"hash", "--pow=v2", v["mining_hash"].toString(), v["first_valid_nonce"].toString(),
                                  v["difficulty"].toString()});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(QString::fromUtf8(ok.out).split('\n', Qt::SkipEmptyParts).value(1), QStringLiteral("valid"));
        break;
    }
    const RunResult bad = run({"hash", "--pow", "v9", QString(64, '0'), "0"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--pow"));
}

void TestApp::hashValidity()
{
    // first_valid_nonce vector: difficulty 10 over 0..200, lowest valid 7.
    const QJsonObject v = loadVectors().value("first_valid_nonce").toArray().at(1).toObject();
    QCOMPARE(v["difficulty"].toString(), QStringLiteral("10"));
    const QString mh = v["mining_hash"].toString();
    const RunResult ok = run({"hash", mh, v["first_valid_nonce"].toString(), "10"});
    QCOMPARE(ok.exitCode, 0);
    const QStringList lines = QString::fromUtf8(ok.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], v["hash"].toString());
    QCOMPARE(lines[1], QStringLiteral("valid"));
    // Short nonces are numbers: "7" is the same nonce.
    const RunResult shortForm = run({"hash", mh, "7", "10"});
    QCOMPARE(shortForm.out, ok.out);
    // Below the lowest valid nonce of the scan: invalid.
    const RunResult bad = run({"hash", mh, "6", "10"});
    QCOMPARE(bad.exitCode, 0);
    QCOMPARE(QString::fromUtf8(bad.out).split('\n', Qt::SkipEmptyParts).value(1), QStringLiteral("invalid"));
}

void TestApp::hashBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    const QString mh(64, '0');
    QTest::newRow("no arguments") << QStringList{"hash"};
    QTest::newRow("short mining hash") << QStringList{"hash", "abc", "0"};
    QTest::newRow("non-hex nonce") << QStringList{"hash", mh, "xyz"};
    QTest::newRow("long nonce") << QStringList{"hash", mh, QString(129, '1')};
    QTest::newRow("zero difficulty") << QStringList{"hash", mh, "0", "0"};
    QTest::newRow("text difficulty") << QStringList{"hash", mh, "0", "lots"};
}

void TestApp::hashBadArguments()
{
    QFETCH(QStringList, args);
    const RunResult r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestApp::invalidConfigurationExits2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("envName");
    QTest::addColumn<QString>("envValue");
    QTest::newRow("--port text") << QStringList{"--no-gui", "--port", "http"} << "" << "";
    QTest::newRow("--port range") << QStringList{"--no-gui", "--port", "65536"} << "" << "";
    QTest::newRow("--workers 0") << QStringList{"--no-gui", "--workers", "0"} << "" << "";
    QTest::newRow("--engine") << QStringList{"--no-gui", "--engine", "asic"} << "" << "";
    QTest::newRow("--bind") << QStringList{"--no-gui", "--bind", "example.com"} << "" << "";
    QTest::newRow("--log-level") << QStringList{"--no-gui", "--log-level", "loud"} << "" << "";
    QTest::newRow("unknown option") << QStringList{"--no-gui", "--turbo"} << "" << "";
    QTest::newRow("MINER_WORKERS") << QStringList{"--no-gui"} << "MINER_WORKERS" << "abc";
    QTest::newRow("MINER_PORT") << QStringList{"--no-gui"} << "MINER_PORT" << "-3";
    QTest::newRow("benchmark engine") << QStringList{"benchmark", "--engine", "asic"} << "" << "";
    QTest::newRow("--gpu-devices 0") << QStringList{"--no-gui", "--gpu-devices", "0"} << "" << "";
    QTest::newRow("--gpu-devices text") << QStringList{"--no-gui", "--gpu-devices", "many"} << "" << "";
    QTest::newRow("hash --gpu-devices") << QStringList{"hash", "--gpu-devices", "1"} << "" << "";
    QTest::newRow("--node without secrets") << QStringList{"--no-gui", "--node", "127.0.0.1:9834"} << "" << "";
    QTest::newRow("--node unknown key") << QStringList{"--no-gui", "--node", "127.0.0.1:9834,pin=ab"} << "" << "";
    QTest::newRow("--node no value") << QStringList{"--no-gui", "--node"} << "" << "";
    QTest::newRow("MINER_NODES") << QStringList{"--no-gui"} << "MINER_NODES" << "127.0.0.1:9834,dir=/nonexistent";
}

void TestApp::invalidConfigurationExits2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, envName);
    QFETCH(QString, envValue);
    QProcessEnvironment env = cleanEnvironment();
    if (!envName.isEmpty())
        env.insert(envName, envValue);
    const RunResult r = run(args, env, 20000);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("quantus-miner: "));
}

void TestApp::benchmarkJson()
{
    const RunResult r = run({"benchmark", "--engine", "cpu-fast", "--workers", "1", "--duration", "0.5", "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QVERIFY2(doc.isObject(), r.out.constData());
    const QJsonObject o = doc.object();
    QCOMPARE(o["engine"].toString(), QStringLiteral("cpu-fast"));
    QVERIFY(!o["backend"].toString().isEmpty());
    QCOMPARE(o["workers"].toInt(), 1);
    QVERIFY(o["duration"].toDouble() >= 0.5);
    QVERIFY(o["hashes"].toInteger() > 0);
    QVERIFY(o["hashes_per_second"].toDouble() > 0);
    const QJsonArray perWorker = o["per_worker_hashes_per_second"].toArray();
    QCOMPARE(perWorker.size(), 1);
    QVERIFY(perWorker[0].toDouble() > 0);
    QCOMPARE(o["pow"].toString(), QStringLiteral("v1"));
    const RunResult v2 = run({"benchmark", "--pow", "v2", "--workers", "1", "--duration", "0.5", "--json"});
    QCOMPARE(v2.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(v2.out).object()["pow"].toString(), QStringLiteral("v2"));
    QVERIFY(QJsonDocument::fromJson(v2.out).object()["hashes"].toInteger() > 0);
    // The text form names the same figures.
    const RunResult text = run({"benchmark", "--engine", "cpu-baseline", "--workers", "1", "--duration", "0.3"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("cpu-baseline"));
    QVERIFY(text.out.contains("H/s"));
}

void TestApp::logTargetsNeverBlockTheStart_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("viaEnvironment");
    QTest::newRow("/dev/null") << "/dev/null" << false;
    QTest::newRow("/dev/full") << "/dev/full" << false;
    QTest::newRow("MINER_LOG_FILE=/dev/null") << "/dev/null" << true;
}

void TestApp::logTargetsNeverBlockTheStart()
{
    // Opening these once made Qt warn while the logger held its lock, and the
    // warning waited on that lock forever: the port never opened.
    QFETCH(QString, target);
    QFETCH(bool, viaEnvironment);
    QProcessEnvironment env = cleanEnvironment();
    QStringList args{"--no-gui", "--port", "0", "--workers", "1"};
    if (viaEnvironment)
        env.insert("MINER_LOG_FILE", target);
    else
        args << "--log-file" << target;
    MinerProcess miner(args, env);
    const quint16 port = miner.waitForPort(15000);
    QVERIFY2(port != 0, qPrintable(miner.log()));
    QCOMPARE(miner.signalAndWait(SIGTERM), 0);
}

void TestApp::aFifoWithoutReaderIsAnError()
{
    QTemporaryDir dir;
    const QByteArray fifo = QFile::encodeName(dir.filePath("log.fifo"));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    QElapsedTimer clock;
    clock.start();
    const RunResult r = run({"--no-gui", "--port", "0", "--log-file", QString::fromLocal8Bit(fifo)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("FIFO with no reader"), r.err.constData());
    QVERIFY(clock.elapsed() < 10000);
}

void TestApp::aClosedStderrPipeDoesNotKillTheMiner()
{
    // stderr into a pipe whose reader quits at once: later log lines meet a
    // closed pipe (SIGPIPE unless ignored). The miner must keep serving.
    // A job posted after the reader is gone makes the miner log again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString job = QStringLiteral("{\\\"job_id\\\":\\\"p\\\",\\\"mining_hash\\\":\\\"%1\\\",\\\"distance_threshold\\\":\\\"1\\\","
                                       "\\\"nonce_start\\\":\\\"%2\\\",\\\"nonce_end\\\":\\\"%2\\\"}")
                            .arg(QString(64, '0'), QString(128, '0'));
    QProcess shell;
    shell.start("bash", {"-c", QStringLiteral("\"%1\" --no-gui --port %2 --workers 1 2> >(head -c 1 >/dev/null) & "
                                              "pid=$!; sleep 2; curl -s -m 5 -o /dev/null -d \"%3\" "
                                              "http://127.0.0.1:%2/mine; sleep 1; if kill -0 $pid 2>/dev/null; then "
                                              "echo alive; kill -TERM $pid; else echo dead; fi")
                                   .arg(kExe)
                                   .arg(port)
                                   .arg(job)});
    QVERIFY(shell.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()).trimmed(), QStringLiteral("alive"));
}

void TestApp::headlessWithoutDisplay()
{
    // No --no-gui and no display: runs headless and says why.
    MinerProcess miner({"--port", "0", "--workers", "1"});
    const quint16 port = miner.waitForPort();
    QVERIFY2(port != 0, qPrintable(miner.log()));
    const QString log = miner.log();
    QVERIFY2(log.contains("mode: headless"), qPrintable(log));
    for (const char* line : {"quantus-miner ", "engine: cpu-fast (backend ", "workers: 1 (--workers)",
                             "listening on http://127.0.0.1:", "metrics: off"})
        QVERIFY2(log.contains(QLatin1String(line)), line);
    // Lines carry an ISO timestamp and a level.
    QVERIFY(QRegularExpression(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z INFO  )", QRegularExpression::MultilineOption)
                .match(log)
                .hasMatch());
    qint64 ms = 0;
    QCOMPARE(miner.signalAndWait(SIGTERM, &ms), 0);
    QVERIFY(miner.log().contains("SIGTERM received"));
    qInfo("SIGTERM to exit: %lld ms", ms);
}

void TestApp::nodeLikeClientMines_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("distance_threshold") << "distance_threshold";
    QTest::newRow("difficulty") << "difficulty";
}

void TestApp::nodeLikeClientMines()
{
    QFETCH(QString, field);
    MinerProcess miner({"--no-gui", "--port", "0", "--workers", "2", "--metrics-port", "0"});
    const quint16 port = miner.waitForPort();
    QVERIFY2(port != 0, qPrintable(miner.log()));
    QNetworkAccessManager nam;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    // What the node does per block: a fresh UUID job over the whole nonce
    // space, polled until it ends; the previous job cancelled, with both
    // "cancelled" and "not_found" taken as success.
    const QString difficulty = QStringLiteral("30000");
    QString previous;
    for (int block = 0; block < 3; ++block) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString mh = QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex());
        const HttpReply accepted = httpRequest(
            nam, "POST", QUrl(base + "/mine"),
            toJson(mineBody(id, mh, difficulty, hex128(0), QString(128, 'f'), field)));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.json["status"].toString(), QStringLiteral("accepted"));
        if (!previous.isEmpty()) {
            const HttpReply c = httpRequest(nam, "POST", QUrl(base + "/cancel/" + previous));
            QVERIFY(c.status == 200 || c.status == 404);
        }
        HttpReply result;
        QVERIFY(waitFor(
            [&] {
                result = httpRequest(nam, "GET", QUrl(base + "/result/" + id));
                if (result.status != 200)
                    return true;
                if (result.json["status"].toString() == u"running")
                    QTest::qWait(100);
                return result.json["status"].toString() != u"running";
            },
            120000));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json["status"].toString(), QStringLiteral("completed"));
        const QByteArray work = QByteArray::fromHex(result.json["work"].toString().toLatin1());
        QCOMPARE(work.size(), 64);
        QVERIFY(verifyWork(mh, difficulty, result.json["work"].toString()));
        previous = id;
    }
    QCOMPARE(miner.signalAndWait(SIGTERM), 0);
    QVERIFY(!miner.log().contains("ERROR"));
}

void TestApp::portInUseExits1()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const RunResult r = run({"--no-gui", "--port", QString::number(occupier.serverPort())}, cleanEnvironment(), 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already in use"), r.err.constData());
}

void TestApp::healthAsksTheRunningMiner()
{
    // Healthy while the miner runs, by option and by MINER_PORT.
    MinerProcess miner({"--no-gui", "--port", "0", "--workers", "1"});
    const quint16 port = miner.waitForPort();
    QVERIFY2(port != 0, qPrintable(miner.log()));
    const RunResult ok = run({"health", "--port", QString::number(port)});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains("healthy"), ok.out.constData());
    QProcessEnvironment env = cleanEnvironment();
    env.insert("MINER_PORT", QString::number(port));
    env.insert("MINER_BIND", "0.0.0.0"); // every interface: asked on loopback
    QCOMPARE(run({"health"}, env).exitCode, 0);

    // Something else on the port is not the miner.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    connect(&other, &QTcpServer::newConnection, &other, [&other] {
        QTcpSocket* s = other.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        });
    });
    QProcess probe;
    probe.setProcessEnvironment(cleanEnvironment());
    probe.start(kExe, {"health", "--port", QString::number(other.serverPort())});
    QVERIFY(waitFor([&] { return probe.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(probe.exitCode(), 1);
    QVERIFY(probe.readAllStandardError().contains("not as the miner's API does"));

    // Stopped: unhealthy, with the reason; bad options: exit 2.
    QCOMPARE(miner.signalAndWait(SIGTERM), 0);
    const RunResult down = run({"health", "--port", QString::number(port)});
    QCOMPARE(down.exitCode, 1);
    QVERIFY2(down.err.contains("no connection"), down.err.constData());
    QCOMPARE(run({"health", "--workers", "2"}).exitCode, 2);
    QCOMPARE(run({"health", "--port", "x"}).exitCode, 2);
}

void TestApp::fewDescriptorsMeanWaitingNotSpinning()
{
    // 64 descriptors in all (soft and hard): the miner caps its connections
    // to fit, 100 clients wait instead of exhausting the table, the event
    // loop does not spin, and the API serves again once they go.
    MinerProcess miner(QStringLiteral("/bin/bash"),
                       {QStringLiteral("-c"), QStringLiteral("ulimit -n 64 && exec \"$0\" --no-gui --port 0 --workers 1"),
                        kExe});
    const quint16 port = miner.waitForPort();
    QVERIFY2(port != 0, qPrintable(miner.log()));
    QVERIFY2(miner.log().contains("open files: 64; at most 4 connections per HTTP port"), qPrintable(miner.log()));

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 100; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTest::qWait(500);
    // CPU time of the miner over two seconds with 100 clients waiting.
    const auto cpuTicks = [&] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(miner.pid()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1LL;
        const QList<QByteArray> f = stat.readAll().split(')').last().trimmed().split(' ');
        return f.size() > 13 ? f[11].toLongLong() + f[12].toLongLong() : -1LL;
    };
    const long long before = cpuTicks();
    QTest::qWait(2000);
    const long long spent = cpuTicks() - before;
    QVERIFY2(before >= 0 && spent < 50, qPrintable(QStringLiteral("%1 ticks in 2 s").arg(spent))); // < 0.5 s
    clients.clear();
    QNetworkAccessManager nam;
    const HttpReply r = httpRequest(nam, "GET", QUrl(QStringLiteral("http://127.0.0.1:%1/result/x").arg(port)));
    QCOMPARE(r.status, 404);
    QCOMPARE(miner.signalAndWait(SIGTERM), 0);
}

void TestApp::linkLocalBindNamesTheMissingInterface()
{
    // The socket layer only says "Unsupported socket operation".
    const RunResult r = run({"--no-gui", "--bind", "fe80::1", "--port", "0"}, cleanEnvironment(), 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("link-local") && r.err.contains("fe80::1%eth0"), r.err.constData());
}

void TestApp::sigintStopsCleanly()
{
    MinerProcess miner({"--no-gui", "--port", "0", "--workers", "2"});
    const quint16 port = miner.waitForPort();
    QVERIFY(port != 0);
    QNetworkAccessManager nam;
    // Shut down while every worker hashes.
    const HttpReply r = httpRequest(nam, "POST", QUrl(QStringLiteral("http://127.0.0.1:%1/mine").arg(port)),
                                    toJson(mineBody("busy", zeroHash(), "1000000000000000", hex128(0),
                                                    QString(128, 'f'))));
    QCOMPARE(r.status, 200);
    QTest::qWait(300);
    qint64 ms = 0;
    QCOMPARE(miner.signalAndWait(SIGINT, &ms), 0);
    const QString log = miner.log();
    QVERIFY2(log.contains("SIGINT received"), qPrintable(log));
    QVERIFY(log.contains("job busy cancelled"));
    qInfo("SIGINT to exit with 2 busy workers: %lld ms", ms);
}

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"

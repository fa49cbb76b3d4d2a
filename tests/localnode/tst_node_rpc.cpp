// NodeRpcMonitor against a scripted JSON-RPC server in this file (every edge
// case: bad answers, slow answers, a node that goes away, re-orgs, long gaps)
// and end to end against the fake quantus-node, syncing and then mining with
// the real miner.
#include "localnode/node_rpc.h"
#include "service/logger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

#include <functional>
#include <memory>

using namespace qm;

namespace {

const QString kInnerHash = QStringLiteral("0x") + QString(QStringLiteral("5a17")).repeated(16);
const QString kOtherHash = QStringLiteral("0x") + QString(QStringLiteral("beef")).repeated(16);
const QString kTimestampKey = QLatin1String(NodeRpcMonitor::kTimestampNowKey);
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// A SCALE u64 as state_getStorage answers it.
QString scaleU64(quint64 value)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian(value, bytes.data());
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

// The monitor's log lines since `from` that contain `text`.
int logLinesWith(const QString& text, const QDateTime& from)
{
    int n = 0;
    for (const LogLine& line : Logger::instance().recentLines())
        n += line.timestamp >= from && line.text.contains(text);
    return n;
}

// A TCP port on 127.0.0.1 that nothing listens on (right now).
quint16 freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort();
}

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.localPort();
}

// One scripted answer: HTTP status, raw body, and how long to wait first.
struct Answer {
    int status = 200;
    QByteArray body;
    int delayMs = 0;
};

QByteArray rpcResult(const QJsonValue& id, const QJsonValue& result)
{
    return QJsonDocument(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"result", result}}).toJson(QJsonDocument::Compact);
}

QByteArray rpcError(const QJsonValue& id, int code, const QString& message)
{
    return QJsonDocument(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"error", QJsonObject{{"code", code}, {"message", message}}}})
        .toJson(QJsonDocument::Compact);
}

// A chain as a node would describe it: numbers, hashes, digests.
struct ScriptedChain {
    quint64 best = 100;
    quint64 starting = 0;
    quint64 highest = 0;          // 0: the best block
    int peers = 3;
    bool syncing = false;
    bool decimalNumbers = false;  // header numbers as JSON numbers instead of "0x.."
    int fork = 0;                 // another fork: other hashes for the same numbers
    quint64 growPerPoll = 0;      // best grows by this on every system_health
    QString chain = QStringLiteral("Development");
    QString version = QStringLiteral("0.10.2-test");
    QSet<quint64> ours;           // digest carries kInnerHash
    QSet<quint64> oursUpperCase;  // same, written in upper-case hex
    QSet<quint64> hashInSealOnly; // kInnerHash appears, but not as the pre-runtime log
    QSet<quint64> hashUnknown;    // chain_getBlockHash answers null (once each)
    // Timestamp::Now of the best block (ms since the epoch; -1: the clock's
    // time at the call); the blocks before it 12 s apart; genesis has none.
    qint64 tipTimeMs = -1;
    bool noTimestamp = false;     // state_getStorage answers null for every block
    QString timestampValue;       // answered as is instead, when set

    std::optional<qint64> timestampOf(quint64 number) const
    {
        if (number == 0 || noTimestamp)
            return std::nullopt;
        const qint64 tip = tipTimeMs < 0 ? QDateTime::currentMSecsSinceEpoch() : tipTimeMs;
        return tip - qint64(best - number) * 12000;
    }

    QString hashOf(quint64 number) const
    {
        return QStringLiteral("0x")
            + QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(number) + '/' + QByteArray::number(fork),
                                                           QCryptographicHash::Sha256)
                                      .toHex());
    }

    std::optional<quint64> numberOf(const QString& hash) const
    {
        for (quint64 n = 0; n <= best; ++n)
            if (hashOf(n) == hash)
                return n;
        return std::nullopt;
    }

    QJsonObject header(quint64 number) const
    {
        const QString seal = QStringLiteral("0x05706f775f0101") + QString(QStringLiteral("ab")).repeated(64);
        QString preRuntime = NodeRpcMonitor::powDigestPrefix(kOtherHash);
        QJsonArray logs;
        if (ours.contains(number))
            preRuntime = NodeRpcMonitor::powDigestPrefix(kInnerHash);
        if (oursUpperCase.contains(number))
            preRuntime = QStringLiteral("0x") + NodeRpcMonitor::powDigestPrefix(kInnerHash).mid(2).toUpper();
        logs.append(preRuntime);
        logs.append(hashInSealOnly.contains(number) ? QStringLiteral("0x05706f775f80") + kInnerHash.mid(2) : seal);
        return QJsonObject{
            {"parentHash", number ? hashOf(number - 1) : QString(QStringLiteral("0x")).append(QString(64, u'0'))},
            {"number", decimalNumbers ? QJsonValue(qint64(number)) : QJsonValue(QStringLiteral("0x%1").arg(number, 0, 16))},
            {"stateRoot", hashOf(number + 1000000)},
            {"extrinsicsRoot", hashOf(number + 2000000)},
            {"digest", QJsonObject{{"logs", logs}}}};
    }

    Answer answer(const QString& method, const QJsonArray& params, const QJsonValue& id)
    {
        if (method == u"system_health") {
            best += growPerPoll;
            return {200, rpcResult(id, QJsonObject{{"peers", peers}, {"isSyncing", syncing}, {"shouldHavePeers", true}})};
        }
        if (method == u"system_syncState")
            return {200, rpcResult(id, QJsonObject{{"startingBlock", qint64(starting)},
                                                   {"currentBlock", qint64(best)},
                                                   {"highestBlock", qint64(std::max(best, highest))}})};
        if (method == u"chain_getHeader") {
            if (params.isEmpty())
                return {200, rpcResult(id, header(best))};
            const auto number = numberOf(params.at(0).toString());
            return {200, rpcResult(id, number ? QJsonValue(header(*number)) : QJsonValue(QJsonValue::Null))};
        }
        if (method == u"chain_getBlockHash") {
            const quint64 number = quint64(params.at(0).toInteger());
            if (number > best || hashUnknown.remove(number))
                return {200, rpcResult(id, QJsonValue::Null)};
            return {200, rpcResult(id, hashOf(number))};
        }
        if (method == u"state_getStorage") {
            const auto number = params.size() > 1 ? numberOf(params.at(1).toString()) : std::optional<quint64>(best);
            if (!number)
                return {200, rpcError(id, 4003, QStringLiteral("Client error: UnknownBlock"))};
            if (!timestampValue.isEmpty())
                return {200, rpcResult(id, timestampValue)};
            const auto ms = timestampOf(*number);
            if (params.at(0).toString() != kTimestampKey || !ms)
                return {200, rpcResult(id, QJsonValue::Null)};
            return {200, rpcResult(id, scaleU64(quint64(*ms)))};
        }
        if (method == u"system_chain")
            return {200, rpcResult(id, chain)};
        if (method == u"system_version")
            return {200, rpcResult(id, version)};
        return {200, rpcError(id, -32601, QStringLiteral("Method not found"))};
    }
};

struct Request {
    QString method;
    QJsonArray params;
    QByteArray contentType;
    QByteArray path;
};

// HTTP/1.1 with keep-alive and Content-Length framing, one JSON-RPC call per
// request, answered by `handler` (possibly later: Answer::delayMs).
class RpcServer : public QObject {
public:
    using Handler = std::function<Answer(const QString& method, const QJsonArray& params, const QJsonValue& id)>;

    Handler handler;
    QList<Request> requests;
    // Calls that arrived and are not answered yet, and what was seen while
    // they were: a poll must not start while the previous one still runs.
    int pendingHealth = 0;
    int pendingScan = 0;
    bool overlap = false;

    explicit RpcServer(ScriptedChain* chain)
    {
        handler = [chain](const QString& method, const QJsonArray& params, const QJsonValue& id) {
            return chain->answer(method, params, id);
        };
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress(QHostAddress::LocalHost), port); }
    quint16 port() const { return m_port ? m_port : m_server.serverPort(); }

    // The node goes away: no listener, every connection dropped.
    void close()
    {
        m_port = m_server.serverPort();
        m_server.close();
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
        m_sockets.clear();
    }

    int count(const QString& method) const
    {
        return int(std::count_if(requests.cbegin(), requests.cend(), [&](const Request& r) { return r.method == method; }));
    }

    // The numbers asked with chain_getBlockHash from request `from` on.
    QList<quint64> hashNumbersAsked(qsizetype from = 0) const
    {
        QList<quint64> numbers;
        for (qsizetype i = from; i < requests.size(); ++i)
            if (requests.at(i).method == u"chain_getBlockHash")
                numbers.append(quint64(requests.at(i).params.at(0).toInteger()));
        std::sort(numbers.begin(), numbers.end());
        return numbers;
    }

private:
    void readFrom(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            qsizetype length = 0;
            QByteArray contentType;
            for (const QByteArray& line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
                else if (name == "content-type")
                    contentType = line.mid(colon + 1).trimmed();
            }
            if (buffer.size() < headEnd + 4 + length)
                return;
            const QByteArray body = buffer.mid(headEnd + 4, length);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            buffer.remove(0, headEnd + 4 + length);
            handle(socket, requestLine.value(0), requestLine.value(1), contentType, body);
        }
    }

    void handle(QTcpSocket* socket, const QByteArray& verb, const QByteArray& path, const QByteArray& contentType,
                const QByteArray& body)
    {
        const QJsonObject call = QJsonDocument::fromJson(body).object();
        Request request{call.value("method").toString(), call.value("params").toArray(), contentType, path};
        requests.append(request);
        const bool isHealth = request.method == u"system_health";
        const bool isScan = request.method == u"chain_getBlockHash" || !request.params.isEmpty();
        if (isHealth && (pendingHealth > 0 || pendingScan > 0))
            overlap = true;
        pendingHealth += isHealth;
        pendingScan += isScan;

        Answer answer = verb != "POST" || call.value("jsonrpc").toString() != u"2.0"
                            ? Answer{400, "bad request"}
                            : handler(request.method, request.params, call.value("id"));
        QPointer<QTcpSocket> target(socket);
        auto send = [this, target, answer, isHealth, isScan] {
            pendingHealth -= isHealth;
            pendingScan -= isScan;
            if (!target || target->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray reason = answer.status == 200 ? "OK" : "Error";
            target->write("HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason +
                          "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(answer.body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + answer.body);
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, this, send);
        else
            send();
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

NodeChainStatus lastStatus(const QSignalSpy& spy)
{
    return spy.isEmpty() ? NodeChainStatus{} : spy.last().at(0).value<NodeChainStatus>();
}

QList<quint64> minedNumbers(const QSignalSpy& spy)
{
    QList<quint64> numbers;
    for (const QList<QVariant>& args : spy)
        numbers.append(args.at(0).toULongLong());
    return numbers;
}

// Waits until a completed poll's status satisfies `check`.
#define WAIT_STATUS(spy, check, timeoutMs)                                                                  \
    QTRY_VERIFY2_WITH_TIMEOUT(([&] { const NodeChainStatus s = lastStatus(spy); return bool(check); }()), \
                              qPrintable(QStringLiteral("last status: reachable=%1 best=%2 error=%3")      \
                                             .arg(lastStatus(spy).reachable)                              \
                                             .arg(lastStatus(spy).bestBlock)                              \
                                             .arg(lastStatus(spy).error)),                                \
                              timeoutMs)

} // namespace

class TestNodeRpc : public QObject {
    Q_OBJECT

    // One JSON-RPC call from the test itself (end to end checks).
    static QJsonValue ask(quint16 port, const QString& method, const QJsonArray& params = {})
    {
        QNetworkAccessManager net;
        net.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setTransferTimeout(10000);
        const QJsonObject body{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", params}};
        QNetworkReply* reply = net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        const QJsonValue result = QJsonDocument::fromJson(reply->readAll()).object().value("result");
        delete reply;
        return result;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<NodeChainStatus>();
    }

    void digestPrefix()
    {
        QCOMPARE(NodeRpcMonitor::powDigestPrefix(QStringLiteral("0x") + QString(QStringLiteral("AB")).repeated(32)),
                 QStringLiteral("0x06706f775f80") + QString(QStringLiteral("ab")).repeated(32));
        QCOMPARE(NodeRpcMonitor::powDigestPrefix(QString(QStringLiteral("01")).repeated(32)),
                 QStringLiteral("0x06706f775f80") + QString(QStringLiteral("01")).repeated(32));
    }

    void syncPercent_data()
    {
        QTest::addColumn<quint64>("starting");
        QTest::addColumn<quint64>("current");
        QTest::addColumn<quint64>("highest");
        QTest::addColumn<bool>("syncing");
        QTest::addColumn<int>("percent");
        QTest::newRow("synced") << quint64(0) << quint64(6710) << quint64(6710) << false << 100;
        QTest::newRow("ahead of highest") << quint64(0) << quint64(6711) << quint64(6710) << false << 100;
        QTest::newRow("half") << quint64(0) << quint64(100) << quint64(200) << true << 50;
        QTest::newRow("from starting block") << quint64(100) << quint64(150) << quint64(200) << true << 50;
        QTest::newRow("nearly, still syncing") << quint64(0) << quint64(6709) << quint64(6710) << true << 99;
        QTest::newRow("behind, not syncing") << quint64(0) << quint64(6700) << quint64(6710) << false << 99;
        QTest::newRow("reached but syncing") << quint64(0) << quint64(200) << quint64(200) << true << 99;
        QTest::newRow("nothing known, syncing") << quint64(0) << quint64(0) << quint64(0) << true << 0;
        QTest::newRow("below starting") << quint64(100) << quint64(50) << quint64(200) << true << 0;
        QTest::newRow("start") << quint64(0) << quint64(0) << quint64(200) << true << 0;
    }

    void syncPercent()
    {
        QFETCH(quint64, starting);
        QFETCH(quint64, current);
        QFETCH(quint64, highest);
        QFETCH(bool, syncing);
        QFETCH(int, percent);
        NodeChainStatus status;
        status.startingBlock = starting;
        status.currentBlock = current;
        status.highestBlock = highest;
        status.isSyncing = syncing;
        QCOMPARE(status.syncPercent(), percent);
    }

    void pollsAndReportsStatus()
    {
        ScriptedChain chain;
        chain.best = 0x1a2b;
        chain.highest = 0x1a2b + 10;
        RpcServer server(&chain);
        QVERIFY(server.listen());

        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(200);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        QVERIFY(monitor.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 15000);
        monitor.stop();
        QVERIFY(!monitor.isActive());
        const qsizetype polls = spy.count();
        QTest::qWait(400);
        QCOMPARE(spy.count(), polls);   // nothing more comes after stop()

        const NodeChainStatus s = monitor.status();
        QVERIFY2(s.reachable, qPrintable(s.error));
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.peers, 3);
        QCOMPARE(s.isSyncing, false);
        QCOMPARE(s.shouldHavePeers, true);
        QCOMPARE(s.startingBlock, quint64(0));
        QCOMPARE(s.currentBlock, quint64(0x1a2b));
        QCOMPARE(s.highestBlock, quint64(0x1a2b + 10));
        QCOMPARE(s.bestBlock, quint64(0x1a2b));
        QCOMPARE(s.bestHash, chain.hashOf(0x1a2b));
        QCOMPARE(s.chain, QStringLiteral("Development"));
        QCOMPARE(s.version, QStringLiteral("0.10.2-test"));
        QCOMPARE(s.syncPercent(), 99);
        QCOMPARE(s.blocksPerSecond, 0.0);
        QVERIFY(!s.lastImport.isValid());
        QCOMPARE(s.minedBlocks, quint64(0));
        QCOMPARE(lastStatus(spy).bestBlock, s.bestBlock);

        // One statusChanged per poll (a poll asks system_health once), the
        // chain and version once per connection, the best hash once.
        // (stop() may have dropped one poll in flight.)
        QVERIFY(server.count("system_health") - spy.count() <= 1);
        QVERIFY(server.count("system_health") >= spy.count());
        QCOMPARE(server.count("system_syncState"), server.count("system_health"));
        QCOMPARE(server.count("system_chain"), 1);
        QCOMPARE(server.count("system_version"), 1);
        QCOMPARE(server.hashNumbersAsked(), QList<quint64>{0x1a2b});
        for (const Request& r : std::as_const(server.requests)) {
            QCOMPARE(r.contentType, QByteArray("application/json"));
            QCOMPARE(r.path, QByteArray("/"));
        }
    }

    void numbersInEitherForm()
    {
        ScriptedChain chain;
        chain.decimalNumbers = true;
        chain.best = 4242;
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(200);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        WAIT_STATUS(spy, s.reachable && s.bestBlock == 4242, 15000);
        chain.decimalNumbers = false;
        chain.best = 0xffffff;
        WAIT_STATUS(spy, s.reachable && s.bestBlock == 0xffffff, 15000);
        QCOMPARE(monitor.status().syncPercent(), 100);
    }

    void unreachableThenBack()
    {
        ScriptedChain chain;
        RpcServer server(&chain);
        const quint16 port = freeTcpPort();
        NodeRpcMonitor monitor;
        monitor.setPort(port);
        monitor.setIntervalMs(200);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        // Polling goes on while nothing answers.
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 2, 15000);
        for (const QList<QVariant>& args : std::as_const(spy)) {
            const auto s = args.at(0).value<NodeChainStatus>();
            QVERIFY(!s.reachable);
            QCOMPARE(s.error, QStringLiteral("no answer from the node's RPC on 127.0.0.1:%1: connection refused").arg(port));
        }
        QVERIFY(monitor.isActive());

        QVERIFY(server.listen(port));
        WAIT_STATUS(spy, s.reachable, 15000);
        QCOMPARE(monitor.status().chain, QStringLiteral("Development"));
        QVERIFY(monitor.status().error.isEmpty());
        QCOMPARE(server.count("system_version"), 1);

        // The node goes away...
        server.close();
        WAIT_STATUS(spy, !s.reachable, 15000);
        QVERIFY2(monitor.status().error.startsWith(QStringLiteral("no answer from the node's RPC on 127.0.0.1:%1").arg(port)),
                 qPrintable(monitor.status().error));
        QCOMPARE(monitor.status().blocksPerSecond, 0.0);

        // ... and comes back, maybe another version: asked again.
        chain.version = QStringLiteral("0.10.3-test");
        chain.best = 120;
        QVERIFY(server.listen(port));
        WAIT_STATUS(spy, s.reachable && s.version == u"0.10.3-test", 15000);
        QCOMPARE(server.count("system_version"), 2);
        QCOMPARE(monitor.status().bestBlock, quint64(120));
        QVERIFY(monitor.status().lastImport.isValid());
    }

    void badAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("malformed JSON") << 200 << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":")
                                        << QStringLiteral("the node's RPC on 127.0.0.1:%1 sent malformed JSON for system_health");
        QTest::newRow("HTTP 500") << 500 << QByteArray("internal error")
                                  << QStringLiteral("the node's RPC on 127.0.0.1:%1 answered HTTP 500 to system_health");
        QTest::newRow("error object") << 200 << rpcError(QJsonValue(), -32601, "Method not found")
                                      << QStringLiteral("the node's RPC on 127.0.0.1:%1 refused system_health: Method not found (code -32601)");
        QTest::newRow("wrong shape") << 200 << QByteArray()
                                     << QStringLiteral("the node's RPC on 127.0.0.1:%1 sent an unexpected result for system_health: "
                                                       "peers and isSyncing missing");
        QTest::newRow("not JSON-RPC") << 200 << QByteArray("{\"hello\":1}")
                                      << QStringLiteral("the node's RPC on 127.0.0.1:%1 sent an answer that is not JSON-RPC for system_health");
    }

    void badAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        ScriptedChain chain;
        RpcServer server(&chain);
        QVERIFY(server.listen());
        bool broken = true;
        server.handler = [&](const QString& method, const QJsonArray& params, const QJsonValue& id) {
            if (broken && method == u"system_health")
                return body.isEmpty() ? Answer{200, rpcResult(id, QJsonArray{1, 2})} : Answer{status, body};
            return chain.answer(method, params, id);
        };
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(200);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        const QString expected = error.arg(server.port());
        WAIT_STATUS(spy, !s.reachable && s.error == expected, 15000);
        QCOMPARE(monitor.status().error, expected);
        // Polling goes on, and a node that answers again is seen.
        broken = false;
        WAIT_STATUS(spy, s.reachable && s.peers == 3, 15000);
        QVERIFY(monitor.status().error.isEmpty());
        QCOMPARE(monitor.status().chain, QStringLiteral("Development"));
        // Chain and version were asked until a poll succeeded, then no more.
        const int chainAsked = server.count("system_chain");
        QVERIFY(chainAsked >= 2);
        const qsizetype polls = spy.count();
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= polls + 3, 15000);
        QCOMPARE(server.count("system_chain"), chainAsked);
        QCOMPARE(server.count("system_version"), chainAsked);
    }

    void slowAnswerTimesOut()
    {
        ScriptedChain chain;
        RpcServer server(&chain);
        QVERIFY(server.listen());
        bool slow = true;
        server.handler = [&](const QString& method, const QJsonArray& params, const QJsonValue& id) {
            Answer answer = chain.answer(method, params, id);
            if (slow && method == u"system_health")
                answer.delayMs = 2500;
            return answer;
        };
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(300);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        WAIT_STATUS(spy, !s.error.isEmpty(), 15000);
        QCOMPARE(monitor.status().reachable, false);
        QCOMPARE(monitor.status().error, QStringLiteral("no answer from the node's RPC on 127.0.0.1:%1 within 1000 ms").arg(server.port()));
        // Polling goes on, each poll giving up on its own; the ticks during
        // a poll are skipped (one system_health per poll).
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 15000);
        QVERIFY2(server.count("system_health") <= spy.count() + 1,
                 qPrintable(QStringLiteral("%1 calls, %2 polls").arg(server.count("system_health")).arg(spy.count())));
        slow = false;
        WAIT_STATUS(spy, s.reachable, 15000);
    }

    void neverTwoPollsInFlight()
    {
        ScriptedChain chain;
        chain.growPerPoll = 1;
        chain.ours = {101, 103, 105, 107, 109, 111};
        RpcServer server(&chain);
        QVERIFY(server.listen());
        // Each of the three rounds of a poll (status, hashes, headers) takes
        // half an interval: a poll lasts about 1.5 intervals.
        server.handler = [&](const QString& method, const QJsonArray& params, const QJsonValue& id) {
            Answer answer = chain.answer(method, params, id);
            answer.delayMs = 300;
            return answer;
        };
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(600);
        monitor.setRewardsInnerHash(kInnerHash);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        QSignalSpy mined(&monitor, &NodeRpcMonitor::blockMined);
        QElapsedTimer clock;
        clock.start();
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 4, 30000);
        const qint64 elapsed = clock.elapsed();
        monitor.stop();
        QVERIFY(!server.overlap);
        for (const QList<QVariant>& args : std::as_const(spy))
            QVERIFY2(args.at(0).value<NodeChainStatus>().reachable, qPrintable(args.at(0).value<NodeChainStatus>().error));
        // Without skipped ticks there would be elapsed/600 polls or more.
        QVERIFY2(server.count("system_health") <= elapsed / 800 + 2,
                 qPrintable(QStringLiteral("%1 polls in %2 ms").arg(server.count("system_health")).arg(elapsed)));
        QVERIFY(mined.count() >= 1);
    }

    void minedBlocksAreCountedOnce()
    {
        ScriptedChain chain;
        chain.best = 100;
        chain.ours = {98, 100, 102, 106, 107};
        chain.oursUpperCase = {104};
        chain.hashInSealOnly = {105};
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(200);
        monitor.setRewardsInnerHash(kInnerHash.toUpper().replace(u'X', u'x'));
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        QSignalSpy mined(&monitor, &NodeRpcMonitor::blockMined);
        monitor.start();

        // The first poll checks the best block only: 98 is history.
        WAIT_STATUS(spy, s.reachable, 15000);
        QCOMPARE(minedNumbers(mined), QList<quint64>{100});
        QCOMPARE(mined.first().at(1).toString(), chain.hashOf(100));
        QCOMPARE(monitor.status().minedBlocks, quint64(1));
        QCOMPARE(monitor.status().lastMinedBlock, quint64(100));
        QCOMPARE(server.hashNumbersAsked(), QList<quint64>{100});

        // Six new blocks: each read once; ours in order (upper-case hex
        // counts; our hash inside another log does not).
        qsizetype mark = server.requests.size();
        chain.best = 106;
        WAIT_STATUS(spy, s.bestBlock == 106, 15000);
        QCOMPARE(minedNumbers(mined), (QList<quint64>{100, 102, 104, 106}));
        QCOMPARE(mined.at(2).at(1).toString(), chain.hashOf(104));
        QCOMPARE(monitor.status().minedBlocks, quint64(4));
        QCOMPARE(monitor.status().lastMinedBlock, quint64(106));
        QCOMPARE(monitor.status().bestHash, chain.hashOf(106));
        QCOMPARE(server.hashNumbersAsked(mark), (QList<quint64>{101, 102, 103, 104, 105, 106}));

        // A re-org to a shorter fork, then longer again: 104 and 106 are read
        // again but not counted twice; 107 is new.
        chain.fork = 1;
        chain.best = 103;
        WAIT_STATUS(spy, s.bestBlock == 103 && s.bestHash == chain.hashOf(103), 15000);
        mark = server.requests.size();
        chain.best = 107;
        WAIT_STATUS(spy, s.bestBlock == 107, 15000);
        QCOMPARE(server.hashNumbersAsked(mark), (QList<quint64>{104, 105, 106, 107}));
        QCOMPARE(minedNumbers(mined), (QList<quint64>{100, 102, 104, 106, 107}));
        QCOMPARE(monitor.status().minedBlocks, quint64(5));

        // start() counts from zero again.
        monitor.start();
        WAIT_STATUS(spy, s.reachable && s.minedBlocks == 1, 15000);
        QCOMPARE(monitor.status().lastMinedBlock, quint64(107));
    }

    void longGapScansNewest64()
    {
        ScriptedChain chain;
        chain.best = 300;
        chain.ours = {400, 436, 437, 450, 500};
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(200);
        monitor.setRewardsInnerHash(kInnerHash);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        QSignalSpy mined(&monitor, &NodeRpcMonitor::blockMined);
        monitor.start();
        WAIT_STATUS(spy, s.reachable, 15000);
        const qsizetype mark = server.requests.size();
        chain.best = 500;
        WAIT_STATUS(spy, s.bestBlock == 500, 15000);
        QList<quint64> window;
        for (quint64 n = 437; n <= 500; ++n)
            window.append(n);
        QCOMPARE(server.hashNumbersAsked(mark), window);
        QCOMPARE(minedNumbers(mined), (QList<quint64>{437, 450, 500}));
        QCOMPARE(monitor.status().minedBlocks, quint64(3));
    }

    void unreadableBlockIsReadAgain()
    {
        ScriptedChain chain;
        chain.best = 100;
        chain.ours = {102, 103};
        chain.hashUnknown = {102};
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(200);
        monitor.setRewardsInnerHash(kInnerHash);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        QSignalSpy mined(&monitor, &NodeRpcMonitor::blockMined);
        monitor.start();
        WAIT_STATUS(spy, s.reachable, 15000);
        chain.best = 103;
        QTRY_COMPARE_WITH_TIMEOUT(mined.count(), 2, 15000);
        QCOMPARE(minedNumbers(mined), (QList<quint64>{103, 102}));
        QTest::qWait(600);
        QCOMPARE(mined.count(), 2);
        QCOMPARE(monitor.status().minedBlocks, quint64(2));
        QCOMPARE(monitor.status().lastMinedBlock, quint64(103));
        QVERIFY(monitor.status().reachable);
    }

    void noInnerHashCountsNothing()
    {
        ScriptedChain chain;
        chain.best = 100;
        chain.ours = {100, 101, 102};
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(200);
        monitor.setRewardsInnerHash(QString());
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        QSignalSpy mined(&monitor, &NodeRpcMonitor::blockMined);
        monitor.start();
        WAIT_STATUS(spy, s.reachable, 15000);
        chain.best = 102;
        WAIT_STATUS(spy, s.bestBlock == 102 && s.bestHash == chain.hashOf(102), 15000);
        QCOMPARE(mined.count(), 0);
        QCOMPARE(monitor.status().minedBlocks, quint64(0));
        // Only the best blocks were read.
        QCOMPARE(server.hashNumbersAsked(), (QList<quint64>{100, 102}));
    }

    void rateAndLastImport()
    {
        ScriptedChain chain;
        chain.best = 1000;
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(200);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        WAIT_STATUS(spy, s.reachable, 15000);
        QVERIFY(!monitor.status().lastImport.isValid());
        QCOMPARE(monitor.status().blocksPerSecond, 0.0);

        const QDateTime before = QDateTime::currentDateTimeUtc();
        chain.growPerPoll = 5;
        const int polls = int(spy.count());
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= polls + 4, 15000);
        const NodeChainStatus s = monitor.status();
        QVERIFY(s.lastImport.isValid());
        QVERIFY(s.lastImport >= before.addMSecs(-1));
        QCOMPARE(s.lastImport.timeSpec(), Qt::UTC);
        // 5 blocks per poll, a poll at most every ~200 ms.
        QVERIFY2(s.blocksPerSecond > 0 && s.blocksPerSecond <= 5 * 1000.0 / 200 * 1.5,
                 qPrintable(QString::number(s.blocksPerSecond)));
    }

    void stopDropsThePollInFlight()
    {
        ScriptedChain chain;
        RpcServer server(&chain);
        QVERIFY(server.listen());
        server.handler = [&](const QString& method, const QJsonArray& params, const QJsonValue& id) {
            Answer answer = chain.answer(method, params, id);
            answer.delayMs = 300;
            return answer;
        };
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(1000);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.count("system_health") == 1, 15000);
        monitor.stop();
        QTest::qWait(800);
        QCOMPARE(spy.count(), 0);
        monitor.start();
        WAIT_STATUS(spy, s.reachable, 15000);
    }

    void timestampKeyIsTimestampNow()
    {
        // twox128("Timestamp") ++ twox128("Now"), as every substrate chain
        // with pallet_timestamp stores it.
        QCOMPARE(QString::fromLatin1(NodeRpcMonitor::kTimestampNowKey),
                 QStringLiteral("0xf0c365c3cf59d671eb72da0e7a4113c4") + QStringLiteral("9f1f0515f462cdcf84e0f1d6045dfcbb"));
        QCOMPARE(NodeRpcMonitor::kDefaultMaxTipAgeMs, kDayMs);
    }

    void maxTipAgeFromArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<qint64>("ms");
        const QStringList base{"--base-path", "/b", "--chain", "dirac", "--validator"};
        QTest::newRow("default") << base << kDayMs;
        QTest::newRow("seconds") << (base + QStringList{"--max-tip-age", "3600"}) << qint64(3600 * 1000);
        QTest::newRow("equals, minutes") << (base + QStringList{"--max-tip-age=90m"}) << qint64(90 * 60 * 1000);
        QTest::newRow("hours") << (base + QStringList{"--max-tip-age", "48h"}) << 2 * kDayMs;
        QTest::newRow("days") << (base + QStringList{"--max-tip-age", "2d"}) << 2 * kDayMs;
        QTest::newRow("parts") << (base + QStringList{"--max-tip-age", "1h 30m"}) << qint64(90 * 60 * 1000);
        QTest::newRow("last counts") << (base + QStringList{"--max-tip-age", "1h", "--max-tip-age", "2h"})
                                     << qint64(2 * 3600 * 1000);
        QTest::newRow("not a duration") << (base + QStringList{"--max-tip-age", "soon"}) << kDayMs;
        QTest::newRow("no value") << (base + QStringList{"--max-tip-age"}) << kDayMs;
        QTest::newRow("force authoring") << (base + QStringList{"--max-tip-age", "1h", "--force-authoring"}) << qint64(0);
    }

    void maxTipAgeFromArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(qint64, ms);
        QCOMPARE(NodeRpcMonitor::maxTipAgeFromArguments(args), ms);
    }

    // A node in sync as far as it knows whose best block is three days old
    // waits for a fresh tip; a new, fresh block ends the wait. Each state is
    // logged once, not on every poll.
    void staleTipThenFresh()
    {
        ScriptedChain chain;
        chain.best = 500;
        const qint64 stale = QDateTime::currentMSecsSinceEpoch() - 3 * kDayMs;
        chain.tipTimeMs = stale;
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        QCOMPARE(monitor.maxTipAgeMs(), kDayMs);
        monitor.setPort(server.port());
        monitor.setIntervalMs(100);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        const QDateTime logFrom = QDateTime::currentDateTimeUtc();
        monitor.start();
        WAIT_STATUS(spy, s.reachable && s.tipTime.isValid(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 5, 15000);
        {
            const NodeChainStatus s = monitor.status();
            QCOMPARE(s.tipTime, QDateTime::fromMSecsSinceEpoch(stale, Qt::UTC));
            QVERIFY2(s.tipAgeMs >= 3 * kDayMs && s.tipAgeMs < 3 * kDayMs + 60000, qPrintable(QString::number(s.tipAgeMs)));
            QCOMPARE(s.maxTipAgeMs, kDayMs);
            QVERIFY(!s.isSyncing);
            QVERIFY(s.tipTooOld());
        }
        // Read at the best block's hash, once for that block.
        QCOMPARE(server.count("state_getStorage"), 1);
        const auto storage = std::find_if(server.requests.cbegin(), server.requests.cend(),
                                          [](const Request& r) { return r.method == u"state_getStorage"; });
        QCOMPARE(storage->params, (QJsonArray{kTimestampKey, chain.hashOf(500)}));
        QCOMPARE(logLinesWith(QStringLiteral("node: waiting for a fresh tip: the best block #500 is 3 days old; the "
                                             "node mines once it has synced a block from the last 24 hours"),
                              logFrom),
                 1);

        // A node started with a longer --max-tip-age mines on that tip.
        monitor.setMaxTipAgeMs(4 * kDayMs);
        WAIT_STATUS(spy, s.maxTipAgeMs == 4 * kDayMs, 15000);
        QVERIFY(!monitor.status().tipTooOld());
        monitor.setMaxTipAgeMs(kDayMs);
        WAIT_STATUS(spy, s.tipTooOld(), 15000);
        QCOMPARE(logLinesWith(QStringLiteral("node: waiting for a fresh tip"), logFrom), 2);

        // A new block from a minute ago: fresh.
        chain.tipTimeMs = QDateTime::currentMSecsSinceEpoch() - 60000;
        chain.best = 501;
        WAIT_STATUS(spy, s.bestBlock == 501 && s.tipTime.isValid(), 15000);
        QVERIFY(!monitor.status().tipTooOld());
        QVERIFY2(monitor.status().tipAgeMs >= 60000 && monitor.status().tipAgeMs < 120000,
                 qPrintable(QString::number(monitor.status().tipAgeMs)));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 20, 15000);
        QCOMPARE(server.count("state_getStorage"), 2);
        QCOMPARE(logLinesWith(QStringLiteral("node: in sync with 3 peers, best block #501 (1 minute old); the node is "
                                             "ready to mine"),
                              logFrom),
                 1);
        QCOMPARE(logLinesWith(QStringLiteral("node: waiting for a fresh tip"), logFrom), 2);

        // Without peers the node waits for them first, and says so once.
        chain.peers = 0;
        WAIT_STATUS(spy, s.peers == 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 30, 15000);
        QCOMPARE(logLinesWith(QStringLiteral("node: no peers yet"), logFrom), 1);
    }

    // No timestamp stored (genesis, or a chain without one): the age is
    // unknown, which is not a stale tip.
    void unknownTipAgeIsNotStale()
    {
        ScriptedChain chain;
        chain.best = 0;
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(100);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        WAIT_STATUS(spy, s.reachable, 15000);
        QVERIFY(!monitor.status().tipTime.isValid());
        QCOMPARE(monitor.status().tipAgeMs, qint64(-1));
        QVERIFY(!monitor.status().tipTooOld());

        chain.noTimestamp = true;
        chain.best = 7;
        WAIT_STATUS(spy, s.bestBlock == 7 && !s.bestHash.isEmpty(), 15000);
        QVERIFY(server.count("state_getStorage") >= 1);
        QVERIFY(!monitor.status().tipTime.isValid());
        QVERIFY(!monitor.status().tipTooOld());

        // A stale tip that moves to a block without a timestamp forgets the
        // old one.
        chain.noTimestamp = false;
        chain.tipTimeMs = QDateTime::currentMSecsSinceEpoch() - 2 * kDayMs;
        chain.best = 8;
        WAIT_STATUS(spy, s.bestBlock == 8 && s.tipTooOld(), 15000);
        chain.noTimestamp = true;
        chain.best = 9;
        WAIT_STATUS(spy, s.bestBlock == 9 && !s.bestHash.isEmpty(), 15000);
        QVERIFY(!monitor.status().tipTime.isValid());
        QVERIFY(!monitor.status().tipTooOld());
    }

    void malformedTimestampIsAnError()
    {
        ScriptedChain chain;
        chain.timestampValue = QStringLiteral("0x1234");
        RpcServer server(&chain);
        QVERIFY(server.listen());
        NodeRpcMonitor monitor;
        monitor.setPort(server.port());
        monitor.setIntervalMs(100);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        WAIT_STATUS(spy, !s.reachable && !s.error.isEmpty(), 15000);
        // Not once: every poll reads the best block again.
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 4, 15000);
        QVERIFY(std::none_of(spy.cbegin(), spy.cend(),
                             [](const QList<QVariant>& args) { return args.at(0).value<NodeChainStatus>().reachable; }));
        QCOMPARE(monitor.status().error,
                 QStringLiteral("the node's RPC on 127.0.0.1:%1 sent an unexpected result for state_getStorage: "
                                "Timestamp::Now is not a SCALE u64")
                     .arg(server.port()));
    }

    // The fake quantus-node with a chain whose newest block is three days
    // old: synced, peers, and still waiting for a fresh tip. Its
    // state_getStorage answers like the real node's.
    void staleTipWithFakeNode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString base = dir.filePath("node");
        QVERIFY(QDir().mkpath(base));
        const quint16 rpcPort = freeTcpPort();
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FAKE_NODE_SYNC_BLOCKS", "5");
        env.insert("FAKE_NODE_TICK_MS", "100");
        env.insert("FAKE_NODE_TIP_AGE_S", QString::number(3 * 86400));
        node.setProcessEnvironment(env);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        node.start(QStringLiteral(QM_FAKE_NODE_EXE),
                   {"--base-path", base, "--chain", "dev", "--rpc-port", QString::number(rpcPort), "--prometheus-port",
                    QString::number(freeTcpPort()), "--miner-listen-port", QString::number(freeUdpPort())});
        QVERIFY2(node.waitForStarted(30000), qPrintable(node.errorString()));
        const auto guard = qScopeGuard([&] {
            node.terminate();
            if (!node.waitForFinished(10000))
                node.kill();
            node.waitForFinished(10000);
        });

        NodeRpcMonitor monitor;
        monitor.setPort(rpcPort);
        monitor.setIntervalMs(100);
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        monitor.start();
        WAIT_STATUS(spy, s.reachable && s.bestBlock == 5 && !s.isSyncing && s.tipTime.isValid(), 60000);
        const NodeChainStatus s = monitor.status();
        QVERIFY(s.peers > 0);
        QVERIFY(s.tipTooOld());
        const qint64 tip = s.tipTime.toMSecsSinceEpoch();
        QVERIFY2(tip >= started - 3 * kDayMs - 1000 && tip <= QDateTime::currentMSecsSinceEpoch() - 3 * kDayMs,
                 qPrintable(s.tipTime.toString(Qt::ISODateWithMs)));
        // No block comes while it waits.
        QTest::qWait(1500);
        QCOMPARE(monitor.status().bestBlock, quint64(5));

        // The RPC itself: the SCALE bytes as hex, at the best block without a
        // hash; older blocks are older; null for genesis and other keys; an
        // error for a block it does not know.
        const QString hex = ask(rpcPort, "state_getStorage", {kTimestampKey}).toString();
        QCOMPARE(hex, scaleU64(quint64(tip)));
        const QString hash4 = ask(rpcPort, "chain_getBlockHash", {4}).toString();
        QCOMPARE(ask(rpcPort, "state_getStorage", {kTimestampKey, hash4}).toString(), scaleU64(quint64(tip - 12000)));
        const QString genesis = ask(rpcPort, "chain_getBlockHash", {0}).toString();
        QVERIFY(ask(rpcPort, "state_getStorage", {kTimestampKey, genesis}).isNull());
        QVERIFY(ask(rpcPort, "state_getStorage", {QStringLiteral("0x") + QString(64, u'0')}).isNull());
        QVERIFY(ask(rpcPort, "state_getStorage", {kTimestampKey, QStringLiteral("0x") + QString(64, u'1')}).isUndefined());
    }

    // The fake quantus-node: syncs 200 blocks, then the real miner mines
    // blocks for our inner hash; history blocks carry it too.
    void endToEndWithFakeNode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString base = dir.filePath("node");
        QVERIFY(QDir().mkpath(base));
        const QString keyFile = dir.filePath("node-key");
        {
            QProcess key;
            key.start(QStringLiteral(QM_FAKE_NODE_EXE), {"key", "generate-node-key", "--file", keyFile});
            QVERIFY(key.waitForFinished(30000));
            QVERIFY2(key.exitCode() == 0, key.readAllStandardError().constData());
        }
        const quint16 rpcPort = freeTcpPort();
        const quint16 prometheusPort = freeTcpPort();
        const quint16 minerPort = freeUdpPort();
        QVERIFY(rpcPort != prometheusPort);
        const QString innerHash = kInnerHash;

        // The children's output is shown only when the test fails.
        QByteArray nodeLog;
        QByteArray minerLog;
        const auto showLogs = qScopeGuard([&] {
            if (!QTest::currentTestFailed())
                return;
            qWarning().noquote() << "fake node output:\n" << QString::fromUtf8(nodeLog.right(6000));
            qWarning().noquote() << "miner output:\n" << QString::fromUtf8(minerLog.right(6000));
        });
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        connect(&node, &QProcess::readyRead, &node, [&] { nodeLog += node.readAll(); });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FAKE_NODE_SYNC_BLOCKS", "200");
        env.insert("FAKE_NODE_SYNC_RATE", "50");
        env.insert("FAKE_NODE_TICK_MS", "200");
        // No peers for the first seconds: a syncing node the monitor cannot miss.
        env.insert("FAKE_NODE_PEERS_AFTER_MS", "2000");
        env.insert("FAKE_NODE_MINED_HISTORY", "150,199");
        node.setProcessEnvironment(env);
        node.start(QStringLiteral(QM_FAKE_NODE_EXE),
                   {"--base-path", base, "--chain", "dev", "--validator", "--node-key-file", keyFile,
                    "--rewards-inner-hash", innerHash, "--miner-listen-port", QString::number(minerPort),
                    "--rpc-port", QString::number(rpcPort), "--prometheus-port", QString::number(prometheusPort)});
        QVERIFY2(node.waitForStarted(30000), qPrintable(node.errorString()));
        auto stopProcess = [](QProcess& process) {
            if (process.state() == QProcess::NotRunning)
                return;
            process.terminate();
            if (!process.waitForFinished(10000)) {
                process.kill();
                process.waitForFinished(10000);
            }
        };
        const auto nodeGuard = qScopeGuard([&] { stopProcess(node); });

        NodeRpcMonitor monitor;
        monitor.setPort(rpcPort);
        monitor.setIntervalMs(100);
        monitor.setRewardsInnerHash(innerHash);
        QList<NodeChainStatus> statuses;
        connect(&monitor, &NodeRpcMonitor::statusChanged, this,
                [&](const NodeChainStatus& s) { statuses.append(s); });
        QSignalSpy spy(&monitor, &NodeRpcMonitor::statusChanged);
        QSignalSpy mined(&monitor, &NodeRpcMonitor::blockMined);
        monitor.start();

        // Syncing, then synced.
        WAIT_STATUS(spy, s.reachable && s.isSyncing, 60000);
        {
            const NodeChainStatus s = monitor.status();
            QVERIFY2(s.syncPercent() >= 0 && s.syncPercent() < 100, qPrintable(QString::number(s.syncPercent())));
            QCOMPARE(s.chain, QStringLiteral("Development"));
            QVERIFY(!s.version.isEmpty());
        }
        WAIT_STATUS(spy, s.reachable && !s.isSyncing && s.bestBlock >= 200 && s.tipTime.isValid(), 60000);
        QCOMPARE(monitor.status().syncPercent(), 100);
        // History blocks from the last hour: a fresh tip.
        QVERIFY2(monitor.status().tipAgeMs >= 0 && monitor.status().tipAgeMs < 3600 * 1000,
                 qPrintable(QString::number(monitor.status().tipAgeMs)));
        QVERIFY(!monitor.status().tipTooOld());
        QCOMPARE(monitor.status().chain, QStringLiteral("Development"));
        QCOMPARE(monitor.status().version, ask(rpcPort, "system_version").toString());
        QVERIFY(!monitor.status().version.isEmpty());
        QVERIFY(std::any_of(statuses.cbegin(), statuses.cend(), [](const NodeChainStatus& s) {
            return s.reachable && s.isSyncing && s.syncPercent() < 100;
        }));
        // The history block near the end is always inside a scan window.
        QTRY_VERIFY_WITH_TIMEOUT(minedNumbers(mined).contains(199), 15000);

        // The miner mines for the node: its blocks carry our inner hash.
        const quint64 syncedBest = monitor.status().bestBlock;
        QProcess miner;
        miner.setProcessChannelMode(QProcess::MergedChannels);
        connect(&miner, &QProcess::readyRead, &miner, [&] { minerLog += miner.readAll(); });
        miner.start(QStringLiteral(QM_MINER_EXE),
                    {"--no-gui", "--port", "0", "--node-addr", QStringLiteral("127.0.0.1:%1").arg(minerPort), "--node-dir",
                     base + "/chains/dev"});
        QVERIFY2(miner.waitForStarted(30000), qPrintable(miner.errorString()));
        const auto minerGuard = qScopeGuard([&] { stopProcess(miner); });
        QTRY_VERIFY_WITH_TIMEOUT(!minedNumbers(mined).isEmpty() && minedNumbers(mined).last() > syncedBest, 120000);
        stopProcess(miner);
        monitor.stop();

        // Every reported block is the node's block of that number and
        // carries our hash; the count matches the reports.
        const NodeChainStatus s = monitor.status();
        QVERIFY(s.minedBlocks >= 1);
        QCOMPARE(s.minedBlocks, quint64(mined.count()));
        QCOMPARE(s.lastMinedBlock, minedNumbers(mined).last());
        const QString prefix = NodeRpcMonitor::powDigestPrefix(innerHash);
        for (const QList<QVariant>& args : std::as_const(mined)) {
            const quint64 number = args.at(0).toULongLong();
            const QString hash = args.at(1).toString();
            QCOMPARE(ask(rpcPort, "chain_getBlockHash", {qint64(number)}).toString(), hash);
            const QJsonArray logs = ask(rpcPort, "chain_getHeader", {hash}).toObject().value("digest").toObject().value("logs").toArray();
            QVERIFY2(std::any_of(logs.cbegin(), logs.cend(), [&](const QJsonValue& log) { return log.toString().startsWith(prefix); }),
                     qPrintable(QStringLiteral("block #%1").arg(number)));
        }
        // And a block the network made is not ours.
        for (quint64 number = syncedBest + 1; number <= s.bestBlock; ++number) {
            if (minedNumbers(mined).contains(number))
                continue;
            const QString hash = ask(rpcPort, "chain_getBlockHash", {qint64(number)}).toString();
            const QJsonArray logs = ask(rpcPort, "chain_getHeader", {hash}).toObject().value("digest").toObject().value("logs").toArray();
            QVERIFY2(std::none_of(logs.cbegin(), logs.cend(), [&](const QJsonValue& log) { return log.toString().startsWith(prefix); }),
                     qPrintable(QStringLiteral("block #%1 carries our hash but was not reported").arg(number)));
        }
    }
};

QTEST_MAIN(TestNodeRpc)
#include "tst_node_rpc.moc"

// The real NodeClient (QUIC, TLS pinning, framing, back-off) against the QUIC
// test node on 127.0.0.1: what docs/NODE-QUIC.md says a client must survive.
#include "node/node_client.h"
#include "service/logger.h"
#include "tests/node/test_node.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace qm;
using qm::test::TestNode;

namespace {

const QByteArray kToken = "0123456789abcdef-secret-token";

MiningHash hashOf(quint8 seed)
{
    MiningHash h{};
    for (size_t i = 0; i < h.size(); ++i)
        h[i] = static_cast<quint8>(seed + i * 7);
    return h;
}

// A UDP port on 127.0.0.1 that nothing listens on.
quint16 unusedPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.localPort();
}

} // namespace

class TestNodeClient : public QObject {
    Q_OBJECT

    std::unique_ptr<TestNode> m_node;
    QStringList m_logLines;
    QMetaObject::Connection m_logConnection;

    NodeEndpoint endpoint(const QByteArray& token = kToken) const
    {
        NodeEndpoint e;
        e.host = QStringLiteral("127.0.0.1");
        e.port = m_node->port();
        e.token = token;
        e.certSha256 = m_node->certSha256();
        return e;
    }

    static void waitConnected(NodeClient& client, int timeoutMs = 8000)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(client.state() == NodeClient::State::Connected, qPrintable(client.stateDetail()),
                                  timeoutMs);
    }

private slots:
    void init()
    {
        m_node = std::make_unique<TestNode>();
        m_node->setToken(kToken);
        QVERIFY(m_node->start());
        m_logLines.clear();
        m_logConnection = connect(&Logger::instance(), &Logger::lineLogged, this,
                                  [this](LogLevel, const QDateTime&, const QString& text) { m_logLines.append(text); });
    }

    void cleanup()
    {
        disconnect(m_logConnection);
        m_node.reset();
        // The token must never reach a log line, whatever happened.
        for (const QString& line : std::as_const(m_logLines))
            QVERIFY2(!line.contains(QString::fromUtf8(kToken)) && !line.contains(QStringLiteral("wrong-token")),
                     qPrintable(line));
    }

    void authOkConnects()
    {
        NodeClient client(endpoint());
        QList<NodeClient::State> states;
        QStringList details;
        connect(&client, &NodeClient::stateChanged, this, [&](NodeClient::State s, const QString& d) {
            states.append(s);
            details.append(d);
        });
        QCOMPARE(client.state(), NodeClient::State::Idle);
        QVERIFY(!client.sendResult("1", U512::fromU64(1), 1, 1.0));
        client.start();
        waitConnected(client);
        QCOMPARE(m_node->readyCount(), 1);
        QCOMPARE(m_node->lastTokenSeen(), kToken);
        QVERIFY(states.contains(NodeClient::State::Connecting));
        QCOMPARE(details.first(), QStringLiteral("connecting to 127.0.0.1:%1").arg(m_node->port()));
        QVERIFY(states.contains(NodeClient::State::Authenticating));
        QCOMPARE(states.last(), NodeClient::State::Connected);
        QVERIFY(client.stateDetail().startsWith(QStringLiteral("connected to 127.0.0.1:")));
        QCOMPARE(client.retryInSeconds(), 0);
    }

    void tokenIsTrimmed()
    {
        NodeClient client(endpoint(kToken + "\n"));
        client.start();
        waitConnected(client);
        QCOMPARE(m_node->lastTokenSeen(), kToken);
    }

    void wrongTokenIsPermanent()
    {
        NodeClient client(endpoint("wrong-token"));
        client.setBackoff(100, 200);
        QSignalSpy permanent(&client, &NodeClient::permanentError);
        QSignalSpy retries(&client, &NodeClient::reconnecting);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(permanent.count(), 1, 8000);
        QCOMPARE(client.state(), NodeClient::State::Stopped);
        QVERIFY2(client.stateDetail().contains(QStringLiteral("auth failed")), qPrintable(client.stateDetail()));
        QVERIFY(permanent.at(0).at(0).toString().contains(QStringLiteral("auth failed")));
        // No reconnect loop: no second connection within a few seconds.
        QTest::qWait(2500);
        QCOMPARE(m_node->connectionsAccepted(), 1);
        QCOMPARE(retries.count(), 0);
        QCOMPARE(m_node->readyCount(), 0);
    }

    void pinMismatchRefusedBeforeToken()
    {
        NodeEndpoint e = endpoint();
        e.certSha256 = QByteArray(32, '\x11');
        NodeClient client(e);
        client.setBackoff(100, 200);
        QSignalSpy permanent(&client, &NodeClient::permanentError);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(permanent.count(), 1, 8000);
        const QString message = permanent.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("does not match the pin")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("intercepting")));
        QCOMPARE(client.state(), NodeClient::State::Stopped);
        QTest::qWait(1500);
        // The token never left the miner.
        QCOMPARE(m_node->readyCount(), 0);
        QVERIFY(m_node->lastTokenSeen().isEmpty());
        QCOMPARE(m_node->handshakesCompleted(), 0);
        QCOMPARE(m_node->connectionsAccepted(), 1);
    }

    void badPinLengthIsPermanent()
    {
        NodeEndpoint e = endpoint();
        e.certSha256 = QByteArray(20, 'x');
        NodeClient client(e);
        QSignalSpy permanent(&client, &NodeClient::permanentError);
        client.start();
        QCOMPARE(permanent.count(), 1);
        QCOMPARE(client.state(), NodeClient::State::Stopped);
    }

    void authTimeoutIsPermanent()
    {
        m_node->setIgnoreStreamData(true);
        m_node->setAuthTimeoutMs(300);
        NodeClient client(endpoint());
        QSignalSpy permanent(&client, &NodeClient::permanentError);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(permanent.count(), 1, 8000);
        QVERIFY2(client.stateDetail().contains(QStringLiteral("auth timeout")), qPrintable(client.stateDetail()));
        QTest::qWait(1000);
        QCOMPARE(m_node->connectionsAccepted(), 1);
    }

    void newJobReceived()
    {
        NodeClient client(endpoint());
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_node->readyCount(), 1, 8000);
        const U512 difficulty = U512::max().sub(U512::fromU64(5));
        m_node->sendNewJob("42", hashOf(3), difficulty);
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 5000);
        QCOMPARE(jobs[0].jobId, QStringLiteral("42"));
        QVERIFY(jobs[0].miningHash == hashOf(3));
        QCOMPARE(jobs[0].difficulty, difficulty);
        // A job proves the token was accepted.
        QCOMPARE(client.state(), NodeClient::State::Connected);
    }

    void currentJobArrivesRightAfterReady()
    {
        m_node->sendNewJob("9", hashOf(9), U512::fromU64(1000));
        NodeClient client(endpoint());
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 8000);
        QCOMPARE(jobs[0].jobId, QStringLiteral("9"));
        QCOMPARE(client.state(), NodeClient::State::Connected);
    }

    void resultReachesNode()
    {
        NodeClient client(endpoint());
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_node->readyCount(), 1, 8000);
        m_node->sendNewJob("42", hashOf(1), U512::fromU64(1000));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 5000);
        U512 nonce;
        nonce.limb[7] = 0x0102030405060708ULL;
        nonce.limb[0] = 0xdeadbeefULL;
        QVERIFY(client.sendResult("42", nonce, 123456789, 2.5));
        QTRY_COMPARE_WITH_TIMEOUT(m_node->results().size(), 1, 5000);
        const NodeJobResult r = m_node->results().at(0);
        QCOMPARE(r.status, QStringLiteral("completed"));
        QCOMPARE(r.jobId, QStringLiteral("42"));
        QVERIFY(r.work);
        QCOMPARE(QString::fromStdString(r.work->toHex128()).size(), 128);
        QCOMPARE(*r.work, nonce);
        QVERIFY(r.nonce);
        QCOMPARE(*r.nonce, nonce);
        QCOMPARE(r.hashCount, quint64(123456789));
        QCOMPARE(r.elapsedTime, 2.5);
    }

    void jobReplaced()
    {
        NodeClient client(endpoint());
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_node->readyCount(), 1, 8000);
        m_node->sendNewJob("1", hashOf(1), U512::fromU64(100));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 5000);
        m_node->sendNewJob("2", hashOf(2), U512::fromU64(200));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 2, 5000);
        QCOMPARE(jobs[1].jobId, QStringLiteral("2"));
        QVERIFY(jobs[1].miningHash == hashOf(2));
        // A result for the replaced job still goes out; the node decides.
        QVERIFY(client.sendResult("1", U512::fromU64(5), 10, 0.1));
        QTRY_COMPARE_WITH_TIMEOUT(m_node->results().size(), 1, 5000);
        QCOMPARE(m_node->connectionsAccepted(), 1);
    }

    void nodeRestartHard()
    {
        // A short idle timeout on the node shortens the keep-alive interval,
        // so the vanished node is noticed (ICMP port unreachable) quickly.
        m_node->setIdleTimeoutMs(3000);
        NodeClient client(endpoint());
        client.setBackoff(100, 400);
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        client.start();
        waitConnected(client);
        const quint16 port = m_node->port();
        m_node->stop(false);
        QTRY_VERIFY_WITH_TIMEOUT(client.state() != NodeClient::State::Connected, 8000);
        QVERIFY(m_node->start(port));
        // The restarted node counts jobs from 1 again.
        m_node->sendNewJob("1", hashOf(5), U512::fromU64(50));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 8000);
        QCOMPARE(jobs[0].jobId, QStringLiteral("1"));
        waitConnected(client);
        QCOMPARE(m_node->readyCount(), 2);
    }

    void nodeRestartGraceful()
    {
        NodeClient client(endpoint());
        client.setBackoff(300, 600);
        QSignalSpy retries(&client, &NodeClient::reconnecting);
        client.start();
        waitConnected(client);
        const quint16 port = m_node->port();
        m_node->stop(true);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), NodeClient::State::Retrying, 3000);
        QVERIFY2(client.stateDetail().contains(QStringLiteral("closed the connection")), qPrintable(client.stateDetail()));
        QVERIFY(client.stateDetail().startsWith(QStringLiteral("retrying in ")));
        QVERIFY(m_node->start(port));
        waitConnected(client);
        QVERIFY(retries.count() >= 1);
        QCOMPARE(m_node->readyCount(), 2);
    }

    void splitFramesParsed()
    {
        NodeClient client(endpoint());
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_node->readyCount(), 1, 8000);
        const QByteArray frame = *encodeNodeFrame(NodeNewJob{"split", hashOf(7), U512::fromU64(77)});
        // 3-byte pieces: even the length prefix arrives in two packets.
        m_node->sendRawInPieces(frame, 3, 5);
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 8000);
        QCOMPARE(jobs[0].jobId, QStringLiteral("split"));
        QVERIFY(jobs[0].miningHash == hashOf(7));
        QCOMPARE(client.state(), NodeClient::State::Connected);
    }

    void coalescedFramesParsed()
    {
        NodeClient client(endpoint());
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_node->readyCount(), 1, 8000);
        const QByteArray a = *encodeNodeFrame(NodeNewJob{"a", hashOf(1), U512::fromU64(1)});
        const QByteArray b = *encodeNodeFrame(NodeNewJob{"b", hashOf(2), U512::fromU64(2)});
        const QByteArray c = *encodeNodeFrame(NodeNewJob{"c", hashOf(3), U512::fromU64(3)});
        // Two and a half frames in one write, the rest later.
        m_node->sendRaw(a + b + c.left(10));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 2, 5000);
        m_node->sendRaw(c.mid(10));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 3, 5000);
        QCOMPARE(jobs[0].jobId, QStringLiteral("a"));
        QCOMPARE(jobs[1].jobId, QStringLiteral("b"));
        QCOMPARE(jobs[2].jobId, QStringLiteral("c"));
    }

    void badFramesReconnect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        QTest::newRow("oversize") << frameBytes(QByteArray(1500, 'x')) << "oversize frame";
        QTest::newRow("oversize header only") << QByteArray("\x00\x01\x00\x00", 4) << "oversize frame";
        QTest::newRow("not json") << frameBytes("{\"NewJob\":{") << "invalid message";
        QTest::newRow("bad field") << frameBytes("{\"NewJob\":{\"job_id\":\"1\",\"mining_hash\":\"zz\",\"difficulty\":\"1\"}}")
                                   << "invalid message";
        QTest::newRow("Ready from node") << *encodeNodeFrame(NodeReady{"x"}) << "unexpected message";
    }

    void badFramesReconnect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        NodeClient client(endpoint());
        client.setBackoff(200, 400);
        QStringList retryDetails;
        connect(&client, &NodeClient::stateChanged, this, [&](NodeClient::State s, const QString& d) {
            if (s == NodeClient::State::Retrying)
                retryDetails.append(d);
        });
        client.start();
        waitConnected(client);
        m_node->sendRaw(bytes);
        QTRY_COMPARE_WITH_TIMEOUT(retryDetails.size(), 1, 5000);
        QVERIFY2(retryDetails[0].contains(detail), qPrintable(retryDetails[0]));
        QTRY_COMPARE_WITH_TIMEOUT(m_node->readyCount(), 2, 8000);
        waitConnected(client);
        QCOMPARE(m_node->connectionsAccepted(), 2);
    }

    void keepAliveHoldsIdleConnection()
    {
        m_node->setIdleTimeoutMs(3000);
        NodeClient client(endpoint());
        client.start();
        waitConnected(client);
        QSignalSpy changes(&client, &NodeClient::stateChanged);
        const int datagramsBefore = m_node->datagramsReceived();
        // Three idle timeouts without a single message from either side.
        QTest::qWait(9500);
        QCOMPARE(changes.count(), 0);
        // PINGs at half the node's idle timeout (1.5 s) kept it open.
        QVERIFY2(m_node->datagramsReceived() - datagramsBefore >= 5,
                 qPrintable(QString::number(m_node->datagramsReceived() - datagramsBefore)));
        QCOMPARE(client.state(), NodeClient::State::Connected);
        QCOMPARE(m_node->connectionsAccepted(), 1);
        QCOMPARE(m_node->authenticatedConnections(), 1);
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        m_node->sendNewJob("late", hashOf(4), U512::fromU64(4));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 5000);
    }

    void serverWithoutAlpnRefused()
    {
        // A TLS server that negotiates no ALPN is not a Quantus node: the
        // handshake fails on the miner's side and the token stays home.
        m_node->setAlpn({});
        NodeClient client(endpoint());
        client.setBackoff(5000, 5000);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), NodeClient::State::Retrying, 8000);
        QVERIFY2(client.stateDetail().contains(QStringLiteral("quantus-miner/2")), qPrintable(client.stateDetail()));
        QCOMPARE(m_node->readyCount(), 0);
        QVERIFY(m_node->lastTokenSeen().isEmpty());
    }

    void otherAlpnRefused()
    {
        // A node of the retired protocol (ALPN quantus-miner) refuses ours.
        m_node->setAlpn("quantus-miner");
        NodeClient client(endpoint());
        client.setBackoff(5000, 5000);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), NodeClient::State::Retrying, 8000);
        QVERIFY2(client.stateDetail().contains(QStringLiteral("does not speak quantus-miner/2")),
                 qPrintable(client.stateDetail()));
        QCOMPARE(m_node->readyCount(), 0);
        QCOMPARE(m_node->handshakesCompleted(), 0);
    }

    void unreachableBacksOff()
    {
        NodeEndpoint e = endpoint();
        e.port = unusedPort();
        NodeClient client(e);
        client.setBackoff(100, 400);
        QSignalSpy retries(&client, &NodeClient::reconnecting);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 4, 8000);
        QCOMPARE(retries.at(0).at(0).toInt(), 1);
        QCOMPARE(retries.at(0).at(1).toInt(), 100);
        QCOMPARE(retries.at(1).at(1).toInt(), 200);
        QCOMPARE(retries.at(2).at(1).toInt(), 400);
        QCOMPARE(retries.at(3).at(1).toInt(), 400);
        QCOMPARE(retries.at(3).at(0).toInt(), 4);
        QVERIFY(client.state() == NodeClient::State::Retrying || client.state() == NodeClient::State::Connecting);
        client.stop();
        QCOMPARE(client.state(), NodeClient::State::Stopped);
        QCOMPARE(client.stateDetail(), QStringLiteral("stopped"));
    }

    void refusedDetail()
    {
        NodeEndpoint e = endpoint();
        e.port = unusedPort();
        NodeClient client(e);
        client.setBackoff(5000, 5000);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), NodeClient::State::Retrying, 12000);
        QVERIFY2(client.stateDetail().contains(QStringLiteral("connection refused")), qPrintable(client.stateDetail()));
        QVERIFY2(client.stateDetail().startsWith(QStringLiteral("retrying in 5 s: ")), qPrintable(client.stateDetail()));
        QCOMPARE(client.retryInSeconds(), 5);
    }

    void hostNameResolves()
    {
        NodeEndpoint e = endpoint();
        e.host = QStringLiteral("localhost");
        NodeClient client(e);
        // "localhost" may resolve to ::1 first, where nothing listens: the
        // next attempt takes the next address.
        client.setBackoff(100, 200);
        client.start();
        waitConnected(client);
        QCOMPARE(m_node->readyCount(), 1);
    }

    void ipv6Literal()
    {
        m_node->stop(false);
        QVERIFY(m_node->start(0, QHostAddress(QHostAddress::LocalHostIPv6)));
        NodeEndpoint e = endpoint();
        e.host = QStringLiteral("::1");
        NodeClient client(e);
        QList<NodeJob> jobs;
        connect(&client, &NodeClient::jobReceived, this, [&](const NodeJob& j) { jobs.append(j); });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_node->readyCount(), 1, 8000);
        m_node->sendNewJob("6", hashOf(6), U512::fromU64(6));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.size(), 1, 5000);
        QCOMPARE(client.stateDetail(), QStringLiteral("connected to [::1]:%1").arg(m_node->port()));
    }

    void unknownHostRetries()
    {
        NodeEndpoint e = endpoint();
        e.host = QStringLiteral("no-such-host.invalid");
        NodeClient client(e);
        client.setBackoff(5000, 5000);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), NodeClient::State::Retrying, 10000);
        QVERIFY2(client.stateDetail().contains(QStringLiteral("cannot resolve")), qPrintable(client.stateDetail()));
    }

    void stopClosesConnection()
    {
        NodeClient client(endpoint());
        client.start();
        waitConnected(client);
        QCOMPARE(m_node->authenticatedConnections(), 1);
        client.stop();
        QCOMPARE(client.state(), NodeClient::State::Stopped);
        QVERIFY(!client.sendResult("1", U512::fromU64(1), 1, 1.0));
        QTRY_COMPARE_WITH_TIMEOUT(m_node->authenticatedConnections(), 0, 3000);
        // And start() again works.
        client.start();
        waitConnected(client);
        QCOMPARE(m_node->readyCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNodeClient)
#include "tst_node_client.moc"

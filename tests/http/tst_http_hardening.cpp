// The HTTP ports under abuse: requests the guard and Qt's parser could read
// differently are refused with one answer and a close (body-limit bypasses
// through duplicate Content-Length or bare-LF heads, folded headers, invalid
// request lines and versions, protocol upgrades); header limits hold however
// the bytes arrive; pipelined input costs linear time; a trickled request is
// cut by the request deadline; the connection cap makes clients wait instead
// of exhausting descriptors; counts are final once a job reports its end.
// Each case is a reproducer of a defect found by a hostile test. The process's
// peak RSS is checked at the end: under 64 MB through all of them.
#include "metrics/metrics.h"
#include "miner/miner_service.h"
#include "service/job_manager.h"
#include "service/logger.h"
#include "tests/support/service_test_support.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <memory>

using namespace qm;
using namespace qmtest;

namespace {

const QString kMiningHash = QStringLiteral("0123456789abcdef").repeated(4);

MinerConfig hardeningConfig()
{
    MinerConfig c = httpTestConfig();
    c.logLevel = LogLevel::Error;
    c.requestDeadlineMs = 1500;
    c.maxConnections = 8;
    c.metricsEnabled = true;
    c.metricsPort = 0;
    return c;
}

// What one connection got: the bytes, and whether the server closed it
// within the time allowed.
struct Exchange {
    QByteArray received;
    bool closedByServer = false;
    qint64 ms = 0;
};

// Sends `bytes` (then `more` in `pieces` writes `gapMs` apart) and reads until
// the server closes or timeoutMs passes.
Exchange exchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5000, const QByteArray& more = {},
                  int pieces = 1, int gapMs = 0, const std::function<bool(const QByteArray&)>& enough = {})
{
    QTcpSocket socket;
    Exchange e;
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return e;
    socket.write(bytes);
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        e.received += socket.readAll();
        if (enough && enough(e.received))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        e.closedByServer = true;
        loop.quit();
    });
    QTimer trickle;
    int sent = 0;
    const qsizetype piece = std::max<qsizetype>(1, more.size() / std::max(1, pieces));
    if (!more.isEmpty()) {
        QObject::connect(&trickle, &QTimer::timeout, &loop, [&] {
            if (socket.state() != QAbstractSocket::ConnectedState || sent * piece >= more.size()) {
                trickle.stop();
                return;
            }
            socket.write(more.mid(sent * piece, piece));
            ++sent;
        });
        trickle.start(gapMs);
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (socket.state() == QAbstractSocket::ConnectedState)
        loop.exec();
    e.received += socket.readAll();
    e.ms = clock.elapsed();
    return e;
}

int countOf(const QByteArray& haystack, const QByteArray& needle)
{
    int n = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.size()))
        ++n;
    return n;
}

QByteArray mineBodyBytes(const QString& id)
{
    return toJson(mineBody(id, kMiningHash, QStringLiteral("1000000000000000"), hex128(0), QString(128, 'f')));
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Peak resident set of this process (kB), from /proc.
qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QStringLiteral(R"(VmHWM:\s+(\d+) kB)"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

class TestHttpHardening : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void ambiguousFramingIsRefused_data();
    void ambiguousFramingIsRefused();
    void duplicateLengthCannotBypassTheBodyLimit();
    void bareLineFeedsCannotBypassTheBodyLimit();
    void invalidRequestLinesAreAnswered_data();
    void invalidRequestLinesAreAnswered();
    void headerLimitHoldsInOneRead();
    void manySmallHeadersHitTheLimit();
    void pipelinedRequestsCostLinearTime();
    void upgradeIsRefusedWithOneAnswer();
    void tricklingIsCutByTheRequestDeadline();
    void theConnectionCapMakesClientsWait();
    void metricsPortSaysWhatItTakes();
    void countsAreFinalOnceAJobEnded();
    void emojiIdsAreCountedInCharacters();
    void peakMemoryStaysSmall();

private:
    quint16 port() const { return m_service->apiPort(); }
    std::unique_ptr<MinerService> m_service;
    QNetworkAccessManager m_nam;
};

void TestHttpHardening::initTestCase()
{
    Logger::instance().setLevel(LogLevel::Error);
    m_service = std::make_unique<MinerService>(hardeningConfig());
    QString error;
    QVERIFY2(m_service->start(&error), qPrintable(error));
}

void TestHttpHardening::cleanup()
{
    m_service->jobs()->cancelAll();
    QVERIFY(m_service->jobs()->waitForIdle(5000));
}

void TestHttpHardening::ambiguousFramingIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    const QByteArray body = mineBodyBytes(QStringLiteral("framing"));
    const QByteArray len = QByteArray::number(body.size());
    QTest::newRow("two equal Content-Length")
        << "POST /mine HTTP/1.1\r\nHost: x\r\nContent-Length: " + len + "\r\nContent-Length: " + len + "\r\n\r\n" + body
        << QByteArray("400");
    QTest::newRow("Content-Length and Transfer-Encoding")
        << "POST /mine HTTP/1.1\r\nHost: x\r\nContent-Length: " + len + "\r\nTransfer-Encoding: chunked\r\n\r\n" + body
        << QByteArray("400");
    QTest::newRow("folded header")
        << "POST /mine HTTP/1.1\r\nHost: x\r\nContent-Length: " + len + "\r\nX-A: a\r\n  folded\r\n\r\n" + body
        << QByteArray("400");
    QTest::newRow("signed length") << QByteArray("POST /mine HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello")
                                   << QByteArray("400");
    QTest::newRow("space before colon") << QByteArray("POST /mine HTTP/1.1\r\nHost: x\r\nContent-Length : 5\r\n\r\nhello")
                                        << QByteArray("400");
    QTest::newRow("chunked alone") << QByteArray("POST /mine HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << QByteArray("411");
}

void TestHttpHardening::ambiguousFramingIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    const Exchange e = exchange(port(), request);
    QVERIFY2(e.received.startsWith("HTTP/1.1 " + status), e.received.left(200).constData());
    QCOMPARE(countOf(e.received, "HTTP/1.1 "), 1);
    QVERIFY(e.closedByServer);
    QVERIFY(!m_service->jobs()->snapshot(QStringLiteral("framing")));
}

void TestHttpHardening::duplicateLengthCannotBypassTheBodyLimit()
{
    // 100 MiB announced first, 10 bytes second: refused at the head, and the
    // body never read (the connection closes while the client still sends).
    const QByteArray head = "POST /mine HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\nContent-Length: 10\r\n\r\n";
    const Exchange e = exchange(port(), head, 5000, QByteArray(4 * 1024 * 1024, 'x'), 64, 5);
    QVERIFY2(e.received.startsWith("HTTP/1.1 400"), e.received.left(200).constData());
    QVERIFY(e.received.contains("several Content-Length"));
    QVERIFY(e.closedByServer);
}

void TestHttpHardening::bareLineFeedsCannotBypassTheBodyLimit()
{
    // Head lines ending in a bare LF, a CRLF head hidden inside the body.
    const QByteArray head = "POST /mine HTTP/1.1\nHost: x\nContent-Length: 52428800\n\n";
    const QByteArray body = "Content-Length: 0\r\n\r\n" + QByteArray(2 * 1024 * 1024, 'x');
    const Exchange e = exchange(port(), head, 5000, body, 32, 5);
    QVERIFY2(e.received.startsWith("HTTP/1.1 400"), e.received.left(200).constData());
    QVERIFY(e.received.contains("CRLF"));
    QCOMPARE(countOf(e.received, "HTTP/1.1 "), 1);
    QVERIFY(e.closedByServer);
}

void TestHttpHardening::invalidRequestLinesAreAnswered_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("HTTP/0.9") << QByteArray("GET /result/x\r\n") << QByteArray("400");
    QTest::newRow("HTTP/1.10") << QByteArray("GET /result/x HTTP/1.10\r\n\r\n") << QByteArray("400");
    QTest::newRow("no version") << QByteArray("BLAH\r\n\r\n") << QByteArray("400");
    QTest::newRow("TLS ClientHello") << QByteArray::fromHex("160301020001000001fc0303") << QByteArray("400");
    QTest::newRow("double space") << QByteArray("GET  /result/x HTTP/1.1\r\n\r\n") << QByteArray("400");
    QTest::newRow("HTTP/9.9") << QByteArray("GET /result/x HTTP/9.9\r\nHost: x\r\n\r\n") << QByteArray("505");
    QTest::newRow("HTTP/2.0") << QByteArray("GET /result/x HTTP/2.0\r\nHost: x\r\n\r\n") << QByteArray("505");
}

void TestHttpHardening::invalidRequestLinesAreAnswered()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    // Answered and closed at once, not after the idle timeout.
    const Exchange e = exchange(port(), request, 3000);
    QVERIFY2(e.received.startsWith("HTTP/1.1 " + status), e.received.left(200).toHex().constData());
    QVERIFY(e.closedByServer);
    QVERIFY2(e.ms < 1000 * kTimeScale, qPrintable(QString::number(e.ms)));
}

void TestHttpHardening::headerLimitHoldsInOneRead()
{
    // A 60 KB header line in one write, then the end of the head.
    const QByteArray request = "GET /result/x HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(60 * 1024, 'a') + "\r\n\r\n";
    const Exchange e = exchange(port(), request);
    QVERIFY2(e.received.startsWith("HTTP/1.1 431"), e.received.left(200).constData());
    QVERIFY(e.closedByServer);
}

void TestHttpHardening::manySmallHeadersHitTheLimit()
{
    QByteArray request = "GET /result/x HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 10'000; ++i)
        request += "X-" + QByteArray::number(i) + ": v\r\n";
    request += "\r\n";
    const Exchange e = exchange(port(), request);
    QVERIFY2(e.received.startsWith("HTTP/1.1 431"), e.received.left(200).constData());
}

void TestHttpHardening::pipelinedRequestsCostLinearTime()
{
    // 4,000 requests in one write: every one answered, in a CPU time that
    // grows with the input, not its square (the quadratic guard took 16 s).
    QByteArray input;
    for (int i = 0; i < 4000; ++i)
        input += "GET /result/pipelined-" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n";
    input += "GET /result/last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const double before = cpuSeconds();
    const Exchange e = exchange(port(), input, 60000, {}, 1, 0,
                                [](const QByteArray& got) { return countOf(got, "HTTP/1.1 404") >= 4001; });
    const double spent = cpuSeconds() - before;
    QCOMPARE(countOf(e.received, "HTTP/1.1 404"), 4001);
    qInfo("4,001 pipelined requests: %.2f s of CPU", spent);
    QVERIFY2(spent < 8.0 * kTimeScale, qPrintable(QString::number(spent)));
}

void TestHttpHardening::upgradeIsRefusedWithOneAnswer()
{
    const QByteArray body = mineBodyBytes(QStringLiteral("upgrade"));
    for (const QByteArray& path : {QByteArray("/mine"), QByteArray("/result/x"), QByteArray("/cancel/x")}) {
        const QByteArray method = path == "/result/x" ? "GET" : "POST";
        const QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                                   "Upgrade: websocket\r\nContent-Length: " +
                                   QByteArray::number(path == "/mine" ? body.size() : 0) + "\r\n\r\n" +
                                   (path == "/mine" ? body : QByteArray());
        const Exchange e = exchange(port(), request);
        QVERIFY2(e.received.startsWith("HTTP/1.1 400"), e.received.left(200).constData());
        QCOMPARE(countOf(e.received, "HTTP/1.1 "), 1);
        QVERIFY(e.closedByServer);
    }
    QVERIFY(!m_service->jobs()->snapshot(QStringLiteral("upgrade")));
}

void TestHttpHardening::tricklingIsCutByTheRequestDeadline()
{
    // One byte every 200 ms keeps the idle timer (minutes) happy but not the
    // request deadline (1.5 s here).
    const QByteArray rest = "Host: x\r\nX-Slow: " + QByteArray(200, 'a') + "\r\n\r\n";
    const Exchange e = exchange(port(), "GET /result/x HTTP/1.1\r\n", 8000, rest, rest.size(), 200);
    QVERIFY2(e.received.startsWith("HTTP/1.1 408"), e.received.left(200).constData());
    QVERIFY(e.closedByServer);
    QVERIFY2(e.ms < 4000 * kTimeScale, qPrintable(QString::number(e.ms)));
}

void TestHttpHardening::theConnectionCapMakesClientsWait()
{
    // The cap is 8 here: eight idle connections, then a ninth client waits
    // (in the kernel's backlog, not served, the server not spinning) until
    // one of the eight goes.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 8; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(idle.back()->waitForConnected(3000));
    }
    QTest::qWait(200);
    QTcpSocket waiting;
    waiting.connectToHost(QHostAddress::LocalHost, port());
    QVERIFY(waiting.waitForConnected(3000)); // the kernel completes the handshake
    waiting.write("GET /result/x HTTP/1.1\r\nHost: x\r\n\r\n");
    const double before = cpuSeconds();
    QTest::qWait(1000);
    QVERIFY2(waiting.bytesAvailable() == 0, "served beyond the cap");
    QVERIFY2(cpuSeconds() - before < 0.5 * kTimeScale, "the server spins while at the cap");
    idle.front()->disconnectFromHost();
    QVERIFY(waitFor([&] { return waiting.bytesAvailable() > 0 || waiting.waitForReadyRead(100); }, 5000));
    QVERIFY(waiting.readAll().startsWith("HTTP/1.1 404"));
    idle.clear();
}

void TestHttpHardening::metricsPortSaysWhatItTakes()
{
    const Exchange e = exchange(m_service->metricsPort(),
                                "POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n");
    QVERIFY2(e.received.startsWith("HTTP/1.1 413"), e.received.left(200).constData());
    QVERIFY(e.received.contains("GET /metrics takes no request body"));
    QVERIFY(!e.received.contains("job request"));
}

void TestHttpHardening::countsAreFinalOnceAJobEnded()
{
    // Jobs cancelled while both workers hash them: the count the API gives
    // with "cancelled" never changes, and miner_hashes_total is the sum of
    // the counts.
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port());
    const quint64 totalBefore = m_service->jobs()->totalHashes();
    quint64 sum = 0;
    QList<QPair<QString, quint64>> reported;
    for (int i = 0; i < 20; ++i) {
        const QString id = QStringLiteral("final-%1").arg(i);
        QCOMPARE(httpRequest(m_nam, "POST", QUrl(base + "/mine"), mineBodyBytes(id)).status, 200);
        QVERIFY(waitFor([&] { return m_service->jobs()->snapshot(id)->hashCount > 0; }, 10000));
        QTest::qWait(20);
        QCOMPARE(httpRequest(m_nam, "POST", QUrl(base + "/cancel/" + id)).status, 200);
        const HttpReply r = httpRequest(m_nam, "GET", QUrl(base + "/result/" + id));
        QCOMPARE(r.json["status"].toString(), QStringLiteral("cancelled"));
        reported.append({id, static_cast<quint64>(r.json["hash_count"].toDouble())});
    }
    QVERIFY(m_service->jobs()->waitForIdle(5000));
    for (const auto& [id, count] : reported) {
        QCOMPARE(m_service->jobs()->snapshot(id)->hashCount, count);
        sum += count;
    }
    QCOMPARE(m_service->jobs()->totalHashes() - totalBefore, sum);
}

void TestHttpHardening::emojiIdsAreCountedInCharacters()
{
    // 65 emoji: 65 characters (130 UTF-16 units), accepted under the 128 limit.
    QString id;
    for (int i = 0; i < 65; ++i)
        id += QString::fromUcs4(U"\U0001F600", 1);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port());
    const HttpReply ok = httpRequest(m_nam, "POST", QUrl(base + "/mine"), mineBodyBytes(id));
    QVERIFY2(ok.status == 200, ok.body.constData());
    QString tooLong;
    for (int i = 0; i < 129; ++i)
        tooLong += QString::fromUcs4(U"\U0001F600", 1);
    const HttpReply refused = httpRequest(m_nam, "POST", QUrl(base + "/mine"), mineBodyBytes(tooLong));
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.json["message"].toString().contains("129 characters"), refused.body.constData());
}

void TestHttpHardening::peakMemoryStaysSmall()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer's shadow memory and quarantine inflate the resident set; the plain build checks it");
#endif
    const qint64 kb = peakRssKb();
    qInfo("peak RSS through the abuse cases: %lld kB", kb);
    QVERIFY(kb > 0);
    QVERIFY2(kb < 64 * 1024, qPrintable(QString::number(kb)));
}

QTEST_GUILESS_MAIN(TestHttpHardening)
#include "tst_http_hardening.moc"

// docs/PROTOCOL.md conformance against a real server on a loopback port, with
// QNetworkAccessManager as the client: every answer's status code and body,
// both difficulty field names, malformed requests of every kind, cancel and
// retention, concurrent jobs, and found work checked with the core.
#include "miner/miner_service.h"
#include "service/job_manager.h"
#include "service/logger.h"
#include "tests/support/job_manager_access.h"
#include "tests/support/service_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <atomic>

using namespace qm;
using namespace qmtest;

namespace {

const QString kHard = QStringLiteral("1000000000000000");
const QString kMiningHash = QStringLiteral("0123456789abcdef").repeated(4);

} // namespace

class TestHttpApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void acceptsEitherDifficultyName_data();
    void acceptsEitherDifficultyName();
    void foundWorkVerifiesWithCore();
    void exhaustedRangeFails();
    void rejectsMalformedRequests_data();
    void rejectsMalformedRequests();
    void rejectsNonJsonBodies_data();
    void rejectsNonJsonBodies();
    void oversizedBodyIs413();
    void chunkedBodyIs411();
    void unknownPathIs404();
    void wrongMethodIs405_data();
    void wrongMethodIs405();
    void duplicateIdIs409();
    void resultOfUnknownJob();
    void cancelRunningFinishedAndUnknown();
    void resultRetention();
    void threeConcurrentJobsProgress();
    void badRequestsLeaveOtherJobsAlone();
    void upperCaseHexAccepted();
    void liveJobCapIs503();
    void stopAndRestartRebinds();

private:
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_service->apiPort()).arg(path));
    }
    HttpReply post(const QString& path, const QByteArray& body) { return httpRequest(m_nam, "POST", url(path), body); }
    HttpReply get(const QString& path) { return httpRequest(m_nam, "GET", url(path)); }
    HttpReply mine(const QJsonObject& body) { return post("/mine", toJson(body)); }
    HttpReply waitEnded(const QString& id, int timeoutMs = 60000);

    std::unique_ptr<MinerService> m_service;
    QNetworkAccessManager m_nam;
    int m_serial = 0;
};

void TestHttpApi::initTestCase()
{
    Logger::instance().setLevel(LogLevel::Warn);
    m_service = std::make_unique<MinerService>(httpTestConfig());
    QString error;
    QVERIFY2(m_service->start(&error), qPrintable(error));
    QVERIFY(m_service->apiPort() != 0);
}

void TestHttpApi::cleanupTestCase()
{
    m_service.reset();
}

void TestHttpApi::cleanup()
{
    m_service->jobs()->cancelAll();
    QVERIFY(m_service->jobs()->waitForIdle(5000));
}

HttpReply TestHttpApi::waitEnded(const QString& id, int timeoutMs)
{
    HttpReply r;
    waitFor(
        [&] {
            r = get("/result/" + id);
            return r.status != 200 || r.json["status"].toString() != u"running";
        },
        timeoutMs);
    return r;
}

void TestHttpApi::acceptsEitherDifficultyName_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("distance_threshold (the node)") << "distance_threshold";
    QTest::newRow("difficulty (API description)") << "difficulty";
}

void TestHttpApi::acceptsEitherDifficultyName()
{
    QFETCH(QString, field);
    const QString id = QStringLiteral("6f1c2a3e-0000-4000-8000-%1").arg(++m_serial, 12, 10, QLatin1Char('0'));
    const HttpReply r = mine(mineBody(id, kMiningHash, "500", hex128(0), hex128(10'000'000), field));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    // Exactly {"status":"accepted","job_id":...}: no message key.
    QCOMPARE(r.json, (QJsonObject{{"status", "accepted"}, {"job_id", id}}));
    const HttpReply done = waitEnded(id);
    QCOMPARE(done.json["status"].toString(), QStringLiteral("completed"));
    QVERIFY(verifyWork(kMiningHash, "500", done.json["work"].toString()));
}

void TestHttpApi::foundWorkVerifiesWithCore()
{
    const HttpReply r = mine(mineBody("found", kMiningHash, "20000", hex128(0), hex128(100'000'000)));
    QCOMPARE(r.status, 200);
    const HttpReply done = waitEnded("found");
    QCOMPARE(done.status, 200);
    const QJsonObject o = done.json;
    QCOMPARE(o.keys(), (QStringList{"elapsed_time", "hash_count", "job_id", "nonce", "status", "work"}));
    QCOMPARE(o["status"].toString(), QStringLiteral("completed"));
    QCOMPARE(o["job_id"].toString(), QStringLiteral("found"));
    const QString work = o["work"].toString();
    QVERIFY(QRegularExpression("^[0-9a-f]{128}$").match(work).hasMatch());
    // nonce: the same number as minimal hex.
    const QString nonce = o["nonce"].toString();
    QVERIFY(QRegularExpression("^(0|[1-9a-f][0-9a-f]*)$").match(nonce).hasMatch());
    QCOMPARE(nonce.rightJustified(128, '0'), work);
    QVERIFY(verifyWork(kMiningHash, "20000", work));
    QVERIFY(o["hash_count"].isDouble() && o["hash_count"].toInteger() >= 1);
    QVERIFY(o["elapsed_time"].toDouble() > 0);
    // Frozen once ended.
    QTest::qWait(100);
    const HttpReply again = get("/result/found");
    QCOMPARE(again.json["elapsed_time"].toDouble(), o["elapsed_time"].toDouble());
    QCOMPARE(again.json["hash_count"].toInteger(), o["hash_count"].toInteger());
}

void TestHttpApi::exhaustedRangeFails()
{
    QCOMPARE(mine(mineBody("empty", kMiningHash, kHard, hex128(5'000), hex128(84'999))).status, 200);
    const HttpReply done = waitEnded("empty");
    QCOMPARE(done.json["status"].toString(), QStringLiteral("failed"));
    QCOMPARE(done.json["hash_count"].toInteger(), qint64(80'000));
    QVERIFY(done.json["nonce"].isNull());
    QVERIFY(done.json["work"].isNull());
}

void TestHttpApi::rejectsMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("echo");
    QTest::addColumn<QString>("expect");
    const QString z = hex128(0);
    const QString e = hex128(1000);
    auto body = [&](const QString& id, const QString& mh, const QString& d, const QString& s, const QString& en) {
        return toJson(mineBody(id, mh, d, s, en));
    };
    auto without = [&](const QString& key) {
        QJsonObject o = mineBody("m", kMiningHash, "10", z, e);
        o.remove(key);
        return toJson(o);
    };
    QTest::newRow("missing job_id") << without("job_id") << "" << "job_id is missing";
    QTest::newRow("missing mining_hash") << without("mining_hash") << "m" << "mining_hash is missing";
    QTest::newRow("missing difficulty") << without("distance_threshold") << "m" << "distance_threshold (or difficulty) is missing";
    QTest::newRow("missing nonce_start") << without("nonce_start") << "m" << "nonce_start is missing";
    QTest::newRow("missing nonce_end") << without("nonce_end") << "m" << "nonce_end is missing";
    QJsonObject both = mineBody("b", kMiningHash, "10", z, e);
    both.insert("difficulty", "10");
    QTest::newRow("both difficulty names") << toJson(both) << "b" << "not both";
    QTest::newRow("empty job_id") << body("", kMiningHash, "10", z, e) << "" << "job_id must not be empty";
    QTest::newRow("control char in job_id") << body("a\nb", kMiningHash, "10", z, e) << "a\nb" << "control characters";
    QTest::newRow("slash in job_id") << body("a/b", kMiningHash, "10", z, e) << "a/b" << "must not contain";
    QTest::newRow("long job_id") << body(QString(129, 'x'), kMiningHash, "10", z, e) << QString(129, 'x') << "at most 128";
    QJsonObject numId = mineBody("x", kMiningHash, "10", z, e);
    numId.insert("job_id", 42);
    QTest::newRow("job_id not a string") << toJson(numId) << "" << "job_id must be a string";
    QTest::newRow("short mining_hash") << body("m", kMiningHash.left(63), "10", z, e) << "m" << "mining_hash must be 64 hex characters";
    QTest::newRow("non-hex mining_hash") << body("m", "zz" + kMiningHash.mid(2), "10", z, e) << "m" << "hexadecimal";
    QTest::newRow("short nonce_start") << body("m", kMiningHash, "10", z.left(127), e) << "m" << "nonce_start must be 128 hex characters";
    QTest::newRow("long nonce_end") << body("m", kMiningHash, "10", z, e + "0") << "m" << "nonce_end must be 128 hex characters";
    QTest::newRow("non-hex nonce_start") << body("m", kMiningHash, "10", "g" + z.mid(1), e) << "m" << "hexadecimal";
    QTest::newRow("0x prefix") << body("m", kMiningHash, "10", "0x" + z.mid(2), e) << "m" << "nonce_start";
    QTest::newRow("zero difficulty") << body("m", kMiningHash, "0", z, e) << "m" << "at least 1";
    QTest::newRow("negative difficulty") << body("m", kMiningHash, "-5", z, e) << "m" << "negative";
    QTest::newRow("text difficulty") << body("m", kMiningHash, "ten", z, e) << "m" << "decimal";
    QTest::newRow("empty difficulty") << body("m", kMiningHash, "", z, e) << "m" << "empty";
    QTest::newRow("difficulty 2^512") << body("m", kMiningHash,
        "13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084096",
        z, e) << "m" << "below 2^512";
    QJsonObject numD = mineBody("m", kMiningHash, "10", z, e);
    numD.insert("distance_threshold", 1000);
    QTest::newRow("difficulty as number") << toJson(numD) << "m" << "must be a string";
    QTest::newRow("start after end") << body("m", kMiningHash, "10", hex128(1001), hex128(1000)) << "m" << "nonce_start must not be greater than nonce_end";
}

void TestHttpApi::rejectsMalformedRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, echo);
    QFETCH(QString, expect);
    const HttpReply r = post("/mine", body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.isJsonObject);
    QCOMPARE(r.json["status"].toString(), QStringLiteral("error"));
    QCOMPARE(r.json["job_id"].toString(), echo);
    QVERIFY2(r.json["message"].toString().contains(expect), qPrintable(r.json["message"].toString()));
    QCOMPARE(m_service->jobs()->runningJobCount(), 0);
}

void TestHttpApi::rejectsNonJsonBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expect");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("truncated") << QByteArray("{\"job_id\": \"a\"") << "not valid JSON";
    QTest::newRow("garbage") << QByteArray("job_id=a&x=1") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "JSON object";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << "not valid JSON";
    QTest::newRow("deep nesting") << QByteArray(5000, '[') << "not valid JSON";
}

void TestHttpApi::rejectsNonJsonBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expect);
    const HttpReply r = post("/mine", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json["status"].toString(), QStringLiteral("error"));
    QCOMPARE(r.json["job_id"].toString(), QString());
    QVERIFY2(r.json["message"].toString().contains(expect), qPrintable(r.json["message"].toString()));
}

void TestHttpApi::oversizedBodyIs413()
{
    QJsonObject o = mineBody("big", kMiningHash, "10", hex128(0), hex128(10));
    o.insert("padding", QString(70 * 1024, 'x'));
    const HttpReply r = post("/mine", toJson(o));
    QCOMPARE(r.status, 413);
    QVERIFY(r.isJsonObject);
    QCOMPARE(r.json["status"].toString(), QStringLiteral("error"));
    QVERIFY(r.json["message"].toString().contains("limit"));
    QVERIFY(!m_service->jobs()->snapshot("big"));
    // A declared length over the limit is answered before any body arrives.
    const QByteArray raw = rawExchange(m_service->apiPort(),
                                       "POST /mine HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n"
                                       "Expect: 100-continue\r\n\r\n");
    QVERIFY2(raw.startsWith("HTTP/1.1 413"), raw.constData());
    // The server is still fine.
    QCOMPARE(get("/result/none").status, 404);
}

void TestHttpApi::chunkedBodyIs411()
{
    const QByteArray raw = rawExchange(m_service->apiPort(),
                                       "POST /mine HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       "5\r\nhello\r\n0\r\n\r\n");
    QVERIFY2(raw.startsWith("HTTP/1.1 411"), raw.constData());
    QVERIFY(raw.contains("Content-Length"));
}

void TestHttpApi::unknownPathIs404()
{
    for (const char* path : {"/", "/nope", "/mine/extra", "/result", "/result/", "/cancel/a/b", "/metrics"}) {
        const HttpReply r = get(QString::fromLatin1(path));
        QCOMPARE(r.status, 404);
        QVERIFY2(r.isJsonObject, path);
        QVERIFY(!r.json["message"].toString().isEmpty());
    }
    const HttpReply p = post("/jobs", "{}");
    QCOMPARE(p.status, 404);
    QVERIFY(p.isJsonObject);
}

void TestHttpApi::wrongMethodIs405_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET /mine") << QByteArray("GET") << "/mine" << QByteArray("POST");
    QTest::newRow("PUT /mine") << QByteArray("PUT") << "/mine" << QByteArray("POST");
    QTest::newRow("POST /result") << QByteArray("POST") << "/result/x" << QByteArray("GET");
    QTest::newRow("DELETE /result") << QByteArray("DELETE") << "/result/x" << QByteArray("GET");
    QTest::newRow("GET /cancel") << QByteArray("GET") << "/cancel/x" << QByteArray("POST");
}

void TestHttpApi::wrongMethodIs405()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpReply r = httpRequest(m_nam, method, url(path), method == "GET" ? QByteArray() : QByteArray("{}"));
    QCOMPARE(r.status, 405);
    QVERIFY(r.isJsonObject);
    QCOMPARE(r.json["status"].toString(), QStringLiteral("error"));
    QVERIFY(r.json["message"].toString().contains(QString::fromLatin1(allow)));
    QCOMPARE(r.header("Allow"), allow);
}

void TestHttpApi::duplicateIdIs409()
{
    QCOMPARE(mine(mineBody("twice", kMiningHash, kHard, hex128(0), hex128(1'000'000'000))).status, 200);
    const HttpReply r = mine(mineBody("twice", kMiningHash, "1", hex128(0), hex128(1)));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json, (QJsonObject{{"status", "error"}, {"job_id", "twice"}, {"message", "Job already exists"}}));
    // The first job is untouched.
    QCOMPARE(get("/result/twice").json["status"].toString(), QStringLiteral("running"));
}

void TestHttpApi::resultOfUnknownJob()
{
    const HttpReply r = get("/result/no-such-job");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json, (QJsonObject{{"status", "not_found"}, {"job_id", "no-such-job"}, {"nonce", QJsonValue::Null},
                                  {"work", QJsonValue::Null}, {"hash_count", 0}, {"elapsed_time", 0.0}}));
}

void TestHttpApi::cancelRunningFinishedAndUnknown()
{
    QCOMPARE(mine(mineBody("run", kMiningHash, kHard, hex128(0), hex128(1'000'000'000))).status, 200);
    QVERIFY(waitFor([&] { return get("/result/run").json["hash_count"].toInteger() > 0; }));
    const HttpReply c = post("/cancel/run", {});
    QCOMPARE(c.status, 200);
    QCOMPARE(c.json, (QJsonObject{{"status", "cancelled"}, {"job_id", "run"}}));
    QCOMPARE(get("/result/run").json["status"].toString(), QStringLiteral("cancelled"));
    // Idempotent.
    QCOMPARE(post("/cancel/run", {}).status, 200);
    QCOMPARE(get("/result/run").json["status"].toString(), QStringLiteral("cancelled"));
    QVERIFY(m_service->jobs()->waitForIdle(5000));
    const qint64 n = get("/result/run").json["hash_count"].toInteger();
    QTest::qWait(150);
    QCOMPARE(get("/result/run").json["hash_count"].toInteger(), n);

    // A completed job keeps its result.
    QCOMPARE(mine(mineBody("easy", kMiningHash, "3", hex128(0), hex128(1000))).status, 200);
    const HttpReply done = waitEnded("easy");
    QCOMPARE(done.json["status"].toString(), QStringLiteral("completed"));
    QCOMPARE(post("/cancel/easy", {}).status, 200);
    const HttpReply after = get("/result/easy");
    QCOMPARE(after.json["status"].toString(), QStringLiteral("completed"));
    QCOMPARE(after.json["work"].toString(), done.json["work"].toString());

    const HttpReply unknown = post("/cancel/ghost", {});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json["status"].toString(), QStringLiteral("not_found"));
    QCOMPARE(unknown.json["job_id"].toString(), QStringLiteral("ghost"));
    QVERIFY(!unknown.json["message"].toString().isEmpty());
}

void TestHttpApi::resultRetention()
{
    std::atomic<qint64> nowNs{1'000'000'000'000};
    qm::JobManagerTestAccess::setClock(*m_service->jobs(), [&] { return nowNs.load(); });
    QCOMPARE(mine(mineBody("kept", kMiningHash, "3", hex128(0), hex128(1000))).status, 200);
    QVERIFY(waitFor([&] { return m_service->jobs()->snapshot("kept")->isEnded(); }));
    // Not yet served: still there long after 5 minutes.
    nowNs += qint64(20) * 60 * 1'000'000'000;
    qm::JobManagerTestAccess::purgeExpired(*m_service->jobs());
    const HttpReply served = get("/result/kept");
    QCOMPARE(served.status, 200);
    QCOMPARE(served.json["status"].toString(), QStringLiteral("completed"));
    // Served once and older than 5 minutes: forgotten.
    qm::JobManagerTestAccess::purgeExpired(*m_service->jobs());
    QCOMPARE(get("/result/kept").status, 404);
    qm::JobManagerTestAccess::setClock(*m_service->jobs(), {});
}

void TestHttpApi::threeConcurrentJobsProgress()
{
    for (const char* id : {"c1", "c2", "c3"})
        QCOMPARE(mine(mineBody(id, kMiningHash, kHard, hex128(0), hex128(1'000'000'000'000))).status, 200);
    QVERIFY(waitFor([&] {
        for (const char* id : {"c1", "c2", "c3"}) {
            const HttpReply r = get(QStringLiteral("/result/") + id);
            if (r.json["status"].toString() != u"running" || r.json["hash_count"].toInteger() == 0)
                return false;
        }
        return true;
    }));
    // And they keep progressing together.
    QList<qint64> before;
    for (const char* id : {"c1", "c2", "c3"})
        before << get(QStringLiteral("/result/") + id).json["hash_count"].toInteger();
    QVERIFY(waitFor([&] {
        int i = 0;
        for (const char* id : {"c1", "c2", "c3"})
            if (get(QStringLiteral("/result/") + id).json["hash_count"].toInteger() <= before[i++])
                return false;
        return true;
    }));
}

void TestHttpApi::badRequestsLeaveOtherJobsAlone()
{
    QCOMPARE(mine(mineBody("victim", kMiningHash, kHard, hex128(0), hex128(1'000'000'000'000))).status, 200);
    QVERIFY(waitFor([&] { return get("/result/victim").json["hash_count"].toInteger() > 0; }));
    const JobSnapshot before = *m_service->jobs()->snapshot("victim");
    // A volley of bad requests, some naming the running job.
    post("/mine", "{");
    post("/mine", toJson(mineBody("victim", kMiningHash, "1", hex128(0), hex128(5))));
    post("/mine", toJson(mineBody("victim", "zz", "1", hex128(0), hex128(5))));
    post("/mine", QByteArray(80 * 1024, '{'));
    httpRequest(m_nam, "DELETE", url("/result/victim"));
    httpRequest(m_nam, "GET", url("/cancel/victim"));
    rawExchange(m_service->apiPort(), "GARBAGE\r\n\r\n", 500);
    rawExchange(m_service->apiPort(), "POST /mine HTTP/1.1\r\nContent-Length: -4\r\n\r\n", 500);
    const JobSnapshot after = *m_service->jobs()->snapshot("victim");
    QCOMPARE(after.status, JobStatus::Running);
    QCOMPARE(after.difficulty, before.difficulty);
    QCOMPARE(after.nonceEnd, before.nonceEnd);
    QCOMPARE(after.miningHash, before.miningHash);
    QVERIFY(waitFor([&] { return m_service->jobs()->snapshot("victim")->hashCount > after.hashCount; }));
    QCOMPARE(m_service->jobs()->runningJobCount(), 1);
}

void TestHttpApi::upperCaseHexAccepted()
{
    const QString upper = kMiningHash.toUpper();
    QCOMPARE(mine(mineBody("UPPER-1", upper, "3", hex128(0).toUpper(), hex128(0xABCD).toUpper())).status, 200);
    const HttpReply done = waitEnded("UPPER-1");
    QCOMPARE(done.json["status"].toString(), QStringLiteral("completed"));
    const QString work = done.json["work"].toString();
    QCOMPARE(work, work.toLower());
    QVERIFY(verifyWork(kMiningHash, "3", work));
}

void TestHttpApi::liveJobCapIs503()
{
    MinerConfig c = httpTestConfig();
    c.maxLiveJobs = 2;
    c.workers = 1;
    MinerService capped(c);
    QVERIFY(capped.start());
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(capped.apiPort()));
    auto mineOn = [&](const QString& id) {
        return httpRequest(m_nam, "POST", base.resolved(QUrl("/mine")),
                           toJson(mineBody(id, kMiningHash, kHard, hex128(0), hex128(1'000'000'000'000))));
    };
    QCOMPARE(mineOn("x1").status, 200);
    QCOMPARE(mineOn("x2").status, 200);
    const HttpReply r = mineOn("x3");
    QCOMPARE(r.status, 503);
    QCOMPARE(r.json["status"].toString(), QStringLiteral("error"));
    QCOMPARE(r.json["job_id"].toString(), QStringLiteral("x3"));
    QVERIFY(r.json["message"].toString().contains("too many running jobs"));
    QCOMPARE(httpRequest(m_nam, "POST", base.resolved(QUrl("/cancel/x1"))).status, 200);
    QCOMPARE(mineOn("x3").status, 200);
}

void TestHttpApi::stopAndRestartRebinds()
{
    const quint16 oldPort = m_service->apiPort();
    m_service->stop();
    QVERIFY(!m_service->isRunning());
    QCOMPARE(m_service->apiPort(), quint16(0));
    QCOMPARE(rawExchange(oldPort, "GET /result/x HTTP/1.1\r\n\r\n", 500), QByteArray());
    QString error;
    QVERIFY2(m_service->start(&error), qPrintable(error));
    QVERIFY(m_service->apiPort() != 0);
    QCOMPARE(get("/result/none").status, 404);
    // Two services cannot share a port: the second says so.
    MinerConfig c = httpTestConfig();
    c.port = m_service->apiPort();
    MinerService second(c);
    MinerService::StartError kind = MinerService::StartError::None;
    QVERIFY(!second.start(&error, &kind));
    QCOMPARE(kind, MinerService::StartError::AddressInUse);
    QVERIFY(error.contains("already in use"));
}

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_http_api.moc"

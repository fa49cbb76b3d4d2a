// Pure tests of the node protocol's framing and messages (node/node_protocol):
// encoders, the validating decoder, and the frame decoder on split,
// coalesced, oversize and garbage input.
#include "node/node_protocol.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace qm;

namespace {

const QByteArray kHash = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

QByteArray newJobJson(const QByteArray& difficultyKey = "difficulty", const QByteArray& difficulty = "\"1000\"")
{
    return "{\"NewJob\":{\"job_id\":\"42\",\"mining_hash\":\"" + kHash + "\",\"" + difficultyKey + "\":" + difficulty
         + "}}";
}

} // namespace

class TestNodeProtocol : public QObject {
    Q_OBJECT
private slots:
    void readyRoundTrip()
    {
        const QByteArray json = nodeMessageJson(NodeReady{"abc\"def"});
        QCOMPARE(QJsonDocument::fromJson(json).object().value("Ready").toObject().value("token").toString(),
                 QStringLiteral("abc\"def"));
        const auto parsed = parseNodeMessage(json);
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        QCOMPARE(std::get<NodeReady>(*parsed.message).token, QByteArray("abc\"def"));
    }

    void frameHasBigEndianLength()
    {
        const auto frame = encodeNodeFrame(NodeReady{"t"});
        QVERIFY(frame);
        const QByteArray json = nodeMessageJson(NodeReady{"t"});
        QCOMPARE(frame->size(), json.size() + 4);
        QCOMPARE(quint8(frame->at(0)), quint8(0));
        QCOMPARE(quint8(frame->at(1)), quint8(0));
        QCOMPARE(quint8(frame->at(2)), quint8(json.size() >> 8));
        QCOMPARE(quint8(frame->at(3)), quint8(json.size() & 0xff));
        QCOMPARE(frame->mid(4), json);
    }

    void oversizeMessageIsRefused()
    {
        QString error;
        QVERIFY(!encodeNodeFrame(NodeReady{QByteArray(1100, 'x')}, &error));
        QVERIFY(error.contains("1024"));
        // A 512-byte token (the largest the node writes) fits.
        QVERIFY(encodeNodeFrame(NodeReady{QByteArray(512, 'x')}));
    }

    void newJobParses()
    {
        const auto parsed = parseNodeMessage(newJobJson());
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        const auto& job = std::get<NodeNewJob>(*parsed.message);
        QCOMPARE(job.jobId, QStringLiteral("42"));
        QCOMPARE(job.miningHash[0], quint8(0x00));
        QCOMPARE(job.miningHash[1], quint8(0x11));
        QCOMPARE(job.miningHash[31], quint8(0xff));
        QCOMPARE(job.difficulty, U512::fromU64(1000));
    }

    void newJobAcceptsDistanceThreshold()
    {
        const auto parsed = parseNodeMessage(newJobJson("distance_threshold", "\"77\""));
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        QCOMPARE(std::get<NodeNewJob>(*parsed.message).difficulty, U512::fromU64(77));
    }

    void newJobHugeDifficulty()
    {
        const QByteArray max = QByteArray::fromStdString(U512::max().toDecimal());
        const auto parsed = parseNodeMessage(newJobJson("difficulty", "\"" + max + "\""));
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        QVERIFY(std::get<NodeNewJob>(*parsed.message).difficulty.isMax());
    }

    void newJobRoundTrip()
    {
        NodeNewJob job;
        job.jobId = "7";
        job.miningHash.fill(0xab);
        job.difficulty = U512::fromU64(123456789);
        const auto parsed = parseNodeMessage(nodeMessageJson(job));
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        const auto& back = std::get<NodeNewJob>(*parsed.message);
        QCOMPARE(back.jobId, job.jobId);
        QVERIFY(back.miningHash == job.miningHash);
        QCOMPARE(back.difficulty, job.difficulty);
    }

    void invalidMessages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not json") << QByteArray("{\"NewJob\":") << "not JSON";
        QTest::newRow("empty") << QByteArray() << "not JSON";
        QTest::newRow("array") << QByteArray("[1]") << "JSON object";
        // Refused either as a scalar document or as a non-object: only the refusal matters.
        QTest::newRow("bare Ready (old protocol)") << QByteArray("\"Ready\"") << QString();
        QTest::newRow("two members") << QByteArray("{\"Ready\":{\"token\":\"a\"},\"NewJob\":{}}") << "exactly one";
        QTest::newRow("unknown") << QByteArray("{\"Cancel\":{}}") << "unknown message";
        QTest::newRow("body not object") << QByteArray("{\"NewJob\":5}") << "object";
        QTest::newRow("no job_id") << QByteArray("{\"NewJob\":{\"mining_hash\":\"" + kHash + "\",\"difficulty\":\"1\"}}")
                                   << "job_id is missing";
        QTest::newRow("short hash") << QByteArray("{\"NewJob\":{\"job_id\":\"1\",\"mining_hash\":\"00ff\",\"difficulty\":\"1\"}}")
                                    << "mining_hash";
        QTest::newRow("hash not hex")
            << QByteArray("{\"NewJob\":{\"job_id\":\"1\",\"mining_hash\":\"" + QByteArray(64, 'g') + "\",\"difficulty\":\"1\"}}")
            << "mining_hash";
        QTest::newRow("no difficulty") << QByteArray("{\"NewJob\":{\"job_id\":\"1\",\"mining_hash\":\"" + kHash + "\"}}")
                                       << "difficulty is missing";
        QTest::newRow("difficulty number") << newJobJson("difficulty", "1000") << "difficulty must be a string";
        QTest::newRow("difficulty zero") << newJobJson("difficulty", "\"0\"") << "zero";
        QTest::newRow("difficulty not decimal") << newJobJson("difficulty", "\"12a\"") << "difficulty";
        QTest::newRow("difficulty too big")
            << newJobJson("difficulty", "\"" + QByteArray(200, '9') + "\"") << "difficulty";
        QTest::newRow("ready without token") << QByteArray("{\"Ready\":{}}") << "token is missing";
        QTest::newRow("result bad work")
            << QByteArray("{\"JobResult\":{\"status\":\"completed\",\"job_id\":\"1\",\"nonce\":\"1\",\"work\":\"12\","
                          "\"hash_count\":1,\"elapsed_time\":1}}")
            << "work";
        QTest::newRow("result negative count")
            << QByteArray("{\"JobResult\":{\"status\":\"completed\",\"job_id\":\"1\",\"nonce\":null,\"work\":null,"
                          "\"hash_count\":-1,\"elapsed_time\":1}}")
            << "hash_count";
    }

    void invalidMessages()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        const auto parsed = parseNodeMessage(json);
        QVERIFY(!parsed.message);
        QVERIFY2(parsed.error.contains(errorPart), qPrintable(parsed.error));
    }

    void jobResultEncoding()
    {
        NodeJobResult r;
        r.status = "completed";
        r.jobId = "42";
        r.nonce = U512::fromU64(0xabcdef);
        r.work = r.nonce;
        r.hashCount = 12345;
        r.elapsedTime = 1.25;
        const QJsonObject o = QJsonDocument::fromJson(nodeMessageJson(r)).object().value("JobResult").toObject();
        QCOMPARE(o.value("status").toString(), QStringLiteral("completed"));
        QCOMPARE(o.value("job_id").toString(), QStringLiteral("42"));
        QCOMPARE(o.value("nonce").toString(), QStringLiteral("abcdef"));
        const QString work = o.value("work").toString();
        QCOMPARE(work.size(), 128);
        QVERIFY(work.endsWith("abcdef"));
        QVERIFY(work.startsWith(QString(100, u'0')));
        QCOMPARE(o.value("hash_count").toInteger(), 12345);
        QCOMPARE(o.value("elapsed_time").toDouble(), 1.25);

        const auto parsed = parseNodeMessage(nodeMessageJson(r));
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        const auto& back = std::get<NodeJobResult>(*parsed.message);
        QCOMPARE(*back.work, *r.work);
        QCOMPARE(*back.nonce, *r.nonce);
        QCOMPARE(back.hashCount, r.hashCount);
    }

    void jobResultNulls()
    {
        NodeJobResult r;
        r.status = "failed";
        r.jobId = "1";
        const QJsonObject o = QJsonDocument::fromJson(nodeMessageJson(r)).object().value("JobResult").toObject();
        QVERIFY(o.value("nonce").isNull());
        QVERIFY(o.value("work").isNull());
        const auto parsed = parseNodeMessage(nodeMessageJson(r));
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        QVERIFY(!std::get<NodeJobResult>(*parsed.message).work);
    }

    void decoderSplitAnywhere()
    {
        QByteArray stream;
        for (int i = 0; i < 3; ++i)
            stream += *encodeNodeFrame(NodeReady{QByteArray::number(i)});
        // Every split point, and one byte at a time.
        for (int cut = 0; cut <= stream.size(); ++cut) {
            NodeFrameDecoder d;
            QList<QByteArray> frames;
            QByteArray payload;
            d.append(QByteArrayView(stream).first(cut));
            while (d.next(&payload) == NodeFrameDecoder::Status::Frame)
                frames.append(payload);
            d.append(QByteArrayView(stream).sliced(cut));
            while (d.next(&payload) == NodeFrameDecoder::Status::Frame)
                frames.append(payload);
            QCOMPARE(frames.size(), 3);
            QCOMPARE(std::get<NodeReady>(*parseNodeMessage(frames[2]).message).token, QByteArray("2"));
            QCOMPARE(d.bufferedBytes(), 0);
        }
        NodeFrameDecoder d;
        int count = 0;
        QByteArray payload;
        for (char c : stream) {
            d.append(QByteArrayView(&c, 1));
            while (d.next(&payload) == NodeFrameDecoder::Status::Frame)
                ++count;
        }
        QCOMPARE(count, 3);
    }

    void decoderCoalesced()
    {
        NodeFrameDecoder d;
        d.append(*encodeNodeFrame(NodeReady{"a"}) + *encodeNodeFrame(NodeReady{"b"}) + QByteArray("\0\0", 2));
        QByteArray payload;
        QCOMPARE(d.next(&payload), NodeFrameDecoder::Status::Frame);
        QCOMPARE(d.next(&payload), NodeFrameDecoder::Status::Frame);
        QCOMPARE(std::get<NodeReady>(*parseNodeMessage(payload).message).token, QByteArray("b"));
        QCOMPARE(d.next(&payload), NodeFrameDecoder::Status::NeedMore);
        QCOMPARE(d.bufferedBytes(), 2);
    }

    void decoderOversize()
    {
        NodeFrameDecoder d;
        d.append(frameBytes(QByteArray(1024, 'x')));
        QByteArray payload;
        QCOMPARE(d.next(&payload), NodeFrameDecoder::Status::Frame);   // exactly the limit is fine
        d.append(frameBytes(QByteArray(1025, 'x')).left(4));            // the length alone is enough
        QCOMPARE(d.next(&payload), NodeFrameDecoder::Status::Error);
        QVERIFY(d.error().contains("1025"));
        d.append(*encodeNodeFrame(NodeReady{"a"}));
        QCOMPARE(d.next(&payload), NodeFrameDecoder::Status::Error);   // sticky
        d.reset();
        d.append(*encodeNodeFrame(NodeReady{"a"}));
        QCOMPARE(d.next(&payload), NodeFrameDecoder::Status::Frame);
    }

    void decoderHugeLengthHeader()
    {
        NodeFrameDecoder d;
        d.append(QByteArray("\xff\xff\xff\xff", 4));
        QByteArray payload;
        QCOMPARE(d.next(&payload), NodeFrameDecoder::Status::Error);
    }

    void decoderIsLinear()
    {
        // 20 000 frames fed a few bytes at a time: quadratic buffering would
        // take seconds here, linear takes milliseconds.
        const QByteArray frame = *encodeNodeFrame(NodeReady{QByteArray(200, 'k')});
        QByteArray stream;
        for (int i = 0; i < 20000; ++i)
            stream += frame;
        QElapsedTimer timer;
        timer.start();
        NodeFrameDecoder d;
        QByteArray payload;
        int count = 0;
        for (qsizetype pos = 0; pos < stream.size(); pos += 7) {
            d.append(QByteArrayView(stream).sliced(pos, std::min<qsizetype>(7, stream.size() - pos)));
            while (d.next(&payload) == NodeFrameDecoder::Status::Frame)
                ++count;
        }
        QCOMPARE(count, 20000);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestNodeProtocol)
#include "tst_node_protocol.moc"

// Moving-window hash rates: exact figures from synthetic samples.
#include "service/hashrate.h"

#include <QTest>

#include <cmath>

using namespace qm;

class TestHashrate : public QObject {
    Q_OBJECT
private slots:
    void unknownUntilTwoSamples();
    void constantRate();
    void windowsSeeDifferentHistory();
    void perWorker();
    void historyIsBounded();
};

void TestHashrate::unknownUntilTwoSamples()
{
    HashrateMeter m(1);
    QVERIFY(std::isnan(m.rate(HashrateMeter::kTenSecondsMs)));
    m.addSample(1000, 0, {0});
    QVERIFY(std::isnan(m.rate(HashrateMeter::kTenSecondsMs)));
    QVERIFY(std::isnan(m.windows().fifteenMinutes));
    m.addSample(2000, 500, {500});
    QCOMPARE(m.rate(HashrateMeter::kTenSecondsMs), 500.0);
}

void TestHashrate::constantRate()
{
    HashrateMeter m(0);
    for (int s = 0; s <= 120; ++s)
        m.addSample(s * 1000, quint64(s) * 1000, {});
    const HashrateWindows w = m.windows();
    QCOMPARE(w.tenSeconds, 1000.0);
    QCOMPARE(w.oneMinute, 1000.0);
    QCOMPARE(w.fifteenMinutes, 1000.0);
}

void TestHashrate::windowsSeeDifferentHistory()
{
    HashrateMeter m(0);
    quint64 n = 0;
    // 50 s at 100 H/s, then 10 s at 1000 H/s.
    for (int s = 0; s <= 60; ++s) {
        m.addSample(s * 1000, n, {});
        n += s < 50 ? 100 : 1000;
    }
    QCOMPARE(m.rate(HashrateMeter::kTenSecondsMs), 1000.0);
    QCOMPARE(m.rate(HashrateMeter::kOneMinuteMs), (50.0 * 100 + 10.0 * 1000) / 60.0);
    // A window longer than the history uses what there is.
    QCOMPARE(m.rate(HashrateMeter::kFifteenMinutesMs), (50.0 * 100 + 10.0 * 1000) / 60.0);
}

void TestHashrate::perWorker()
{
    HashrateMeter m(2);
    for (int s = 0; s <= 10; ++s)
        m.addSample(s * 1000, quint64(s) * 300, {quint64(s) * 100, quint64(s) * 200});
    QCOMPARE(m.rate(HashrateMeter::kTenSecondsMs, 0), 100.0);
    QCOMPARE(m.rate(HashrateMeter::kTenSecondsMs, 1), 200.0);
    QCOMPARE(m.rate(HashrateMeter::kTenSecondsMs, -1), 300.0);
    QVERIFY(std::isnan(m.rate(HashrateMeter::kTenSecondsMs, 2)));
    m.setWorkerCount(3);
    QCOMPARE(m.workerCount(), 3);
    QVERIFY(std::isnan(m.rate(HashrateMeter::kTenSecondsMs, 2)));
}

void TestHashrate::historyIsBounded()
{
    HashrateMeter m(0, 20'000);
    // 80 s at 10 H/s, then 20 s at 1000 H/s.
    auto count = [](int s) { return s < 80 ? quint64(s) * 10 : 790 + quint64(s - 79) * 1000; };
    for (int s = 0; s <= 100; ++s)
        m.addSample(s * 1000, count(s), {});
    // Only about 20 s are kept, so even the 15-minute window sees the fast part
    // alone (the whole run would average about 218 H/s).
    const double r = m.rate(HashrateMeter::kFifteenMinutesMs);
    QVERIFY2(r >= 900 && r <= 1000, qPrintable(QString::number(r)));
    // Timestamps going backwards are ignored.
    m.addSample(50'000, 0, {});
    QCOMPARE(m.rate(HashrateMeter::kTenSecondsMs), 1000.0);
}

QTEST_GUILESS_MAIN(TestHashrate)
#include "tst_hashrate.moc"

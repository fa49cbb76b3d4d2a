// The hash rate chart takes samples, keeps only the chosen window (and at most
// maxPoints() per engine), picks a readable unit and starts a separate line
// per engine.
#include "tests/gui/gui_test_support.h"
#include "gui/widgets/hashrate_chart.h"

#include <QDateTime>
#include <QApplication>
#include <QTest>

#include <cmath>

using qm::gui::HashrateChart;

class HashrateChartTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void takesSamples()
    {
        HashrateChart chart;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(chart.pointCount(), 0);
        for (int i = 0; i < 10; ++i)
            chart.addSample(now - (9 - i) * 1000, QStringLiteral("cpu-fast"), 150'000.0 + i * 1000);
        QCOMPARE(chart.pointCount(), 10);
        QCOMPARE(chart.unitName(), QStringLiteral("kH/s"));
        // The axis reaches above the highest value (159 kH/s) in its unit.
        QVERIFY(chart.axisMaximum() >= 159.0);
        QVERIFY(chart.axisMaximum() < 400.0);
        QCOMPARE(chart.newestPointMs(), now);

        // NaN (no rate yet) adds nothing.
        chart.addSample(now + 1000, QStringLiteral("cpu-fast"), std::nan(""));
        QCOMPARE(chart.pointCount(), 10);

        chart.addSample(now + 1000, QStringLiteral("cpu-fast"), 5'000'000.0);
        QCOMPARE(chart.unitName(), QStringLiteral("MH/s"));
        QVERIFY(chart.axisMaximum() >= 5.0);
        QVERIFY(chart.axisMaximum() < 10.0);

        chart.clear();
        QCOMPARE(chart.pointCount(), 0);
        QCOMPARE(chart.oldestPointMs(), -1);
    }

    void boundedWindow()
    {
        HashrateChart chart;
        QCOMPARE(chart.windowMs(), HashrateChart::kDefaultWindowMs);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Twenty minutes of one sample a second into a fifteen-minute window.
        for (int i = 0; i < 1200; ++i)
            chart.addSample(now - (1199 - i) * 1000, QStringLiteral("cpu-fast"), 1000.0);
        QVERIFY2(chart.pointCount() <= 15 * 60 + 10, qPrintable(QString::number(chart.pointCount())));
        QVERIFY(chart.pointCount() >= 15 * 60);
        QVERIFY(chart.oldestPointMs() >= now - HashrateChart::kDefaultWindowMs - 10'000);

        chart.setWindowMs(60'000);
        QVERIFY(chart.pointCount() <= 70);
        QVERIFY(chart.oldestPointMs() >= now - 70'000);
    }

    void boundedPoints()
    {
        HashrateChart chart;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Faster than one a second: the per-engine cap holds.
        for (int i = 0; i < 3000; ++i)
            chart.addSample(now - (2999 - i) * 100, QStringLiteral("cpu-fast"), 1000.0);
        QCOMPARE(chart.pointCount(QStringLiteral("cpu-fast")), HashrateChart::maxPoints());
        QCOMPARE(chart.newestPointMs(), now);
    }

    void seriesPerEngine()
    {
        HashrateChart chart;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 5; ++i)
            chart.addSample(now - 20'000 + i * 1000, QStringLiteral("cpu-fast"), 1000.0);
        for (int i = 0; i < 5; ++i)
            chart.addSample(now - 10'000 + i * 1000, QStringLiteral("gpu-cuda"), 900'000.0);
        // Back on the first engine: a new stretch of its line, same legend entry.
        chart.addSample(now, QStringLiteral("cpu-fast"), 1000.0);
        QCOMPARE(chart.engines(), (QStringList{QStringLiteral("cpu-fast"), QStringLiteral("gpu-cuda")}));
        QCOMPARE(chart.pointCount(QStringLiteral("cpu-fast")), 6);
        QCOMPARE(chart.pointCount(QStringLiteral("gpu-cuda")), 5);
        QCOMPARE(chart.unitName(), QStringLiteral("kH/s"));
        QCOMPARE(chart.chart()->series().size(), 3);
    }
};

QTEST_MAIN(HashrateChartTest)
#include "tst_hashrate_chart.moc"

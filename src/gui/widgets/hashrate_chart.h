// The hash rate over the last 15 minutes: one filled line per engine, a time
// axis that scrolls with the clock and a rate axis in the unit the largest
// visible value reads best in (H/s, kH/s, MH/s, ...). Bounded: points older
// than the window go, and each engine keeps at most maxPoints().
#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimer>

#include <deque>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace qm::gui {

class HashrateChart : public QChartView {
    Q_OBJECT
public:
    static constexpr qint64 kDefaultWindowMs = 15 * 60 * 1000;

    explicit HashrateChart(QWidget* parent = nullptr);
    ~HashrateChart() override;

    // A sample at wall-clock `timeMs` (ms since the epoch) of `engine`'s rate.
    void addSample(qint64 timeMs, const QString& engine, double hashesPerSecond);
    void clear();

    void setWindowMs(qint64 ms);
    qint64 windowMs() const { return m_windowMs; }
    static int maxPoints() { return 2000; }

    // For tests and the status text.
    int pointCount() const;                  // all engines together
    int pointCount(const QString& engine) const;
    QStringList engines() const;             // with points in the window
    QString unitName() const;                // "MH/s"
    double axisMaximum() const;              // in unitName()
    qint64 oldestPointMs() const;            // -1 when empty
    qint64 newestPointMs() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Point {
        qint64 t;
        double v; // H/s
    };
    // A contiguous run of one engine's samples; a new one starts when the
    // engine changes or the samples pause, so no line bridges a gap.
    struct Segment {
        QString engine;
        std::deque<Point> points;
        QLineSeries* line = nullptr;
        QAreaSeries* area = nullptr;
    };

    Segment& segmentFor(const QString& engine, qint64 timeMs);
    void prune(qint64 nowMs);
    void rescale();
    void scroll();
    void applyPalette();
    void styleSegment(Segment& s);
    void updateLegend();
    void retranslate();

    QChart* m_chart = nullptr;
    QDateTimeAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QList<Segment*> m_segments;
    qint64 m_windowMs = kDefaultWindowMs;
    double m_divisor = 1;
    QString m_unit;
    double m_axisMax = 0;
    qint64 m_firstSampleMs = -1;
    QTimer m_scrollTimer;
};

} // namespace qm::gui

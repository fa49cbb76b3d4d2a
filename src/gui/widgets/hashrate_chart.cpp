#include "gui/widgets/hashrate_chart.h"

#include "gui/format.h"
#include "gui/theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLinearGradient>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qm::gui {

namespace {

// Samples further apart than this start a new line instead of joining.
constexpr qint64 kGapMs = 5'000;
// The shortest span of the time axis, so the first seconds are not
// stretched across the whole width.
constexpr qint64 kMinimumSpanMs = 10'000;

// The smallest "nice" axis maximum above `value`: 4 or 5 intervals of 1, 2,
// 2.5 or 5 × 10^n.
struct NiceAxis {
    // Nothing mined yet: 0 to 4 in whole steps.
    double maximum = 4;
    double step = 1;
    int intervals = 4;
};

NiceAxis niceAxis(double value)
{
    NiceAxis best;
    if (!(value > 0))
        return best;
    best.maximum = std::numeric_limits<double>::infinity();
    for (const int intervals : {4, 5}) {
        const double raw = value / intervals;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            const double step = m * magnitude;
            if (step * intervals >= value) {
                if (step * intervals < best.maximum)
                    best = NiceAxis{step * intervals, step, intervals};
                break;
            }
        }
    }
    return best;
}

// Spans the time axis shows while the history is shorter than the window,
// each with a tick count that gives whole steps (2 s, 5 s, 10 s, 30 s, 1 min,
// 2 min, 3 min): the labels advance evenly as the axis scrolls.
struct TimeSpan {
    qint64 ms;
    int ticks;
};
constexpr TimeSpan kTimeSpans[] = {
    {10'000, 6},  {30'000, 7},  {60'000, 7},   {120'000, 5},
    {300'000, 6}, {600'000, 6}, {900'000, 6},
};

} // namespace

HashrateChart::HashrateChart(QWidget* parent) : QChartView(parent)
{
    m_chart = new QChart();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 6, 6, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->hide();

    m_axisX = new QDateTimeAxis(m_chart);
    m_axisX->setTickCount(7);
    m_axisX->setFormat(QStringLiteral("HH:mm:ss"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);

    m_axisY = new QValueAxis(m_chart);
    m_axisY->setRange(0, 1);
    m_axisY->setTickCount(5);
    m_axisY->setMinorTickCount(1);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(160);

    m_unit = rateUnitFor(0).name;
    rescale();
    retranslate();
    applyPalette();

    m_scrollTimer.setInterval(250);
    connect(&m_scrollTimer, &QTimer::timeout, this, &HashrateChart::scroll);
    scroll();
}

HashrateChart::~HashrateChart()
{
    qDeleteAll(m_segments);
}

void HashrateChart::showEvent(QShowEvent* event)
{
    QChartView::showEvent(event);
    scroll();
    m_scrollTimer.start();
}

void HashrateChart::hideEvent(QHideEvent* event)
{
    // Nothing to scroll while nobody looks: no repaints from a hidden window.
    m_scrollTimer.stop();
    QChartView::hideEvent(event);
}

void HashrateChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QChartView::changeEvent(event);
}

void HashrateChart::retranslate()
{
    m_axisX->setTitleText(tr("Time"));
    m_axisY->setTitleText(tr("Hash rate (%1)").arg(m_unit));
}

void HashrateChart::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(isDarkPalette(p) ? 40 : 32);
    QColor minorGrid = text;
    minorGrid.setAlpha(isDarkPalette(p) ? 18 : 14);
    QColor axisLine = text;
    axisLine.setAlpha(90);
    QColor secondary = text;
    secondary.setAlpha(170);

    m_chart->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    setBackgroundBrush(p.brush(QPalette::Base));
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY)}) {
        axis->setLabelsColor(secondary);
        axis->setTitleBrush(secondary);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minorGrid);
        axis->setLinePenColor(axisLine);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
    }
    m_chart->legend()->setLabelColor(text);
    for (int i = 0; i < m_segments.size(); ++i)
        styleSegment(*m_segments[i]);
    updateLegend();
}

void HashrateChart::styleSegment(Segment& s)
{
    const QColor c = engineColor(s.engine);
    QPen pen(c, 2.0);
    pen.setCosmetic(true);
    s.area->setPen(pen);
    QLinearGradient fill(QPointF(0, 0), QPointF(0, 1));
    fill.setCoordinateMode(QGradient::ObjectBoundingMode);
    QColor top = c;
    top.setAlpha(isDarkPalette(palette()) ? 110 : 90);
    QColor bottom = c;
    bottom.setAlpha(8);
    fill.setColorAt(0, top);
    fill.setColorAt(1, bottom);
    s.area->setBrush(fill);
}

void HashrateChart::updateLegend()
{
    QStringList seen;
    for (Segment* s : std::as_const(m_segments)) {
        const QList<QLegendMarker*> markers = m_chart->legend()->markers(s->area);
        const bool first = !seen.contains(s->engine);
        for (QLegendMarker* m : markers) {
            m->setVisible(first);
            m->setLabel(s->engine);
        }
        if (first)
            seen << s->engine;
    }
    m_chart->legend()->setVisible(seen.size() > 1);
}

HashrateChart::Segment& HashrateChart::segmentFor(const QString& engine, qint64 timeMs)
{
    if (!m_segments.isEmpty()) {
        Segment* last = m_segments.last();
        if (last->engine == engine && !last->points.empty() && timeMs - last->points.back().t <= kGapMs &&
            timeMs >= last->points.back().t)
            return *last;
    }
    auto* s = new Segment;
    s->engine = engine;
    s->line = new QLineSeries(m_chart);
    s->area = new QAreaSeries(s->line);
    s->area->setName(engine);
    m_chart->addSeries(s->area);
    s->area->attachAxis(m_axisX);
    s->area->attachAxis(m_axisY);
    styleSegment(*s);
    m_segments.append(s);
    updateLegend();
    return *s;
}

void HashrateChart::addSample(qint64 timeMs, const QString& engine, double hashesPerSecond)
{
    if (!std::isfinite(hashesPerSecond))
        return;
    const double v = std::max(0.0, hashesPerSecond);
    if (m_firstSampleMs < 0 || timeMs < m_firstSampleMs)
        m_firstSampleMs = timeMs;
    Segment& s = segmentFor(engine, timeMs);
    s.points.push_back({timeMs, v});
    s.line->append(static_cast<qreal>(timeMs), v / m_divisor);

    // Per-engine cap, whatever the sample pace: drop that engine's oldest.
    while (pointCount(engine) > maxPoints()) {
        for (Segment* seg : std::as_const(m_segments)) {
            if (seg->engine == engine && !seg->points.empty()) {
                seg->points.pop_front();
                seg->line->remove(0);
                break;
            }
        }
    }
    prune(std::max(timeMs, QDateTime::currentMSecsSinceEpoch()));
    rescale();
    scroll();
}

void HashrateChart::prune(qint64 nowMs)
{
    // Keep one point left of the window so the line runs off the left edge.
    const qint64 cutoff = nowMs - m_windowMs - kGapMs;
    for (qsizetype i = 0; i < m_segments.size();) {
        Segment* s = m_segments[i];
        qsizetype drop = 0;
        while (drop < static_cast<qsizetype>(s->points.size()) && s->points[static_cast<size_t>(drop)].t < cutoff)
            ++drop;
        if (drop > 0) {
            s->points.erase(s->points.begin(), s->points.begin() + drop);
            s->line->removePoints(0, static_cast<int>(drop));
        }
        if (s->points.empty()) {
            m_chart->removeSeries(s->area);
            delete s->area;
            delete s->line;
            delete s;
            m_segments.removeAt(i);
            continue;
        }
        ++i;
    }
    updateLegend();
}

void HashrateChart::rescale()
{
    double top = 0;
    for (const Segment* s : std::as_const(m_segments))
        for (const Point& p : s->points)
            top = std::max(top, p.v);
    const RateUnit unit = rateUnitFor(top);
    if (unit.divisor != m_divisor) {
        m_divisor = unit.divisor;
        for (Segment* s : std::as_const(m_segments)) {
            QList<QPointF> pts;
            pts.reserve(static_cast<qsizetype>(s->points.size()));
            for (const Point& p : s->points)
                pts.append(QPointF(static_cast<qreal>(p.t), p.v / m_divisor));
            s->line->replace(pts);
        }
    }
    if (unit.name != m_unit) {
        m_unit = unit.name;
        retranslate();
    }
    // Headroom above the top so the line never touches the frame.
    const NiceAxis axis = niceAxis(top / m_divisor * 1.05);
    if (axis.maximum != m_axisMax) {
        m_axisMax = axis.maximum;
        m_axisY->setRange(0, axis.maximum);
        m_axisY->setTickCount(axis.intervals + 1);
        // As many decimals as the step needs to read exactly (0.25 -> 2).
        int decimals = 0;
        while (decimals < 3 && std::fabs(axis.step * std::pow(10.0, decimals) -
                                         std::round(axis.step * std::pow(10.0, decimals))) > 1e-9)
            ++decimals;
        m_axisY->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    }
}

void HashrateChart::scroll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 history = m_firstSampleMs < 0 ? 0 : now - m_firstSampleMs;
    // The shortest listed span that holds the history, at most the window.
    TimeSpan span{m_windowMs, 6};
    for (const TimeSpan& candidate : kTimeSpans) {
        if (candidate.ms >= m_windowMs)
            break;
        if (candidate.ms >= history) {
            span = candidate;
            break;
        }
    }
    if (span.ms == m_windowMs) {
        for (const TimeSpan& candidate : kTimeSpans)
            if (candidate.ms == m_windowMs)
                span = candidate;
    }
    if (m_axisX->tickCount() != span.ticks)
        m_axisX->setTickCount(span.ticks);
    m_axisX->setFormat(span.ms <= 120'000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(now - span.ms), QDateTime::fromMSecsSinceEpoch(now));
    // About a pixel a step: smooth at short spans, one repaint a second or
    // so at fifteen minutes; never faster than 20 steps a second.
    const qreal plotWidth = std::max<qreal>(100, m_chart->plotArea().width());
    const int interval = std::clamp(static_cast<int>(static_cast<qreal>(span.ms) / plotWidth), 50, 1000);
    if (m_scrollTimer.interval() != interval)
        m_scrollTimer.setInterval(interval);
}

void HashrateChart::clear()
{
    for (Segment* s : std::as_const(m_segments)) {
        m_chart->removeSeries(s->area);
        delete s->area;
        delete s->line;
        delete s;
    }
    m_segments.clear();
    m_firstSampleMs = -1;
    rescale();
    scroll();
    updateLegend();
}

void HashrateChart::setWindowMs(qint64 ms)
{
    m_windowMs = std::max<qint64>(kMinimumSpanMs, ms);
    prune(QDateTime::currentMSecsSinceEpoch());
    rescale();
    scroll();
}

int HashrateChart::pointCount() const
{
    int n = 0;
    for (const Segment* s : m_segments)
        n += static_cast<int>(s->points.size());
    return n;
}

int HashrateChart::pointCount(const QString& engine) const
{
    int n = 0;
    for (const Segment* s : m_segments)
        if (s->engine == engine)
            n += static_cast<int>(s->points.size());
    return n;
}

QStringList HashrateChart::engines() const
{
    QStringList out;
    for (const Segment* s : m_segments)
        if (!out.contains(s->engine))
            out << s->engine;
    return out;
}

QString HashrateChart::unitName() const
{
    return m_unit;
}

double HashrateChart::axisMaximum() const
{
    return m_axisMax;
}

qint64 HashrateChart::oldestPointMs() const
{
    qint64 t = -1;
    for (const Segment* s : m_segments)
        if (!s->points.empty() && (t < 0 || s->points.front().t < t))
            t = s->points.front().t;
    return t;
}

qint64 HashrateChart::newestPointMs() const
{
    qint64 t = -1;
    for (const Segment* s : m_segments)
        if (!s->points.empty())
            t = std::max(t, s->points.back().t);
    return t;
}

} // namespace qm::gui

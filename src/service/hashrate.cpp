#include "service/hashrate.h"

#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace qm {

HashrateWindows::HashrateWindows()
    : tenSeconds(qQNaN()), oneMinute(qQNaN()), fifteenMinutes(qQNaN())
{
}

HashrateMeter::HashrateMeter(int workers, qint64 historyMs)
    : m_historyMs(historyMs)
{
    setWorkerCount(workers);
}

void HashrateMeter::setWorkerCount(int workers)
{
    m_workers.resize(static_cast<size_t>(std::max(0, workers)));
}

void HashrateMeter::push(Series& s, qint64 t, quint64 n)
{
    if (!s.empty() && t < s.back().t)
        return; // timestamps only move forward
    if (!s.empty() && t == s.back().t)
        s.back().n = n;
    else
        s.push_back({t, n});
    // Keep one point at or before the history horizon so the longest window
    // still has its starting point.
    while (s.size() > 2 && s[1].t <= t - m_historyMs)
        s.pop_front();
}

void HashrateMeter::addSample(qint64 timestampMs, quint64 total, const QList<quint64>& perWorker)
{
    push(m_total, timestampMs, total);
    for (size_t i = 0; i < m_workers.size(); ++i) {
        Series& s = m_workers[i];
        quint64 n = 0;
        if (static_cast<qsizetype>(i) < perWorker.size())
            n = perWorker[static_cast<qsizetype>(i)];
        else if (!s.empty())
            n = s.back().n;
        push(s, timestampMs, n);
    }
}

double HashrateMeter::rateOf(const Series& s, qint64 windowMs) const
{
    if (s.size() < 2)
        return qQNaN();
    const Point& newest = s.back();
    const qint64 from = newest.t - windowMs;
    auto it = std::lower_bound(s.begin(), s.end(), from, [](const Point& p, qint64 t) { return p.t < t; });
    if (it == s.end() || it->t >= newest.t)
        return qQNaN();
    const double dt = static_cast<double>(newest.t - it->t) / 1000.0;
    const quint64 dn = newest.n >= it->n ? newest.n - it->n : 0;
    return static_cast<double>(dn) / dt;
}

double HashrateMeter::rate(qint64 windowMs, int worker) const
{
    if (worker < 0)
        return rateOf(m_total, windowMs);
    if (worker >= workerCount())
        return qQNaN();
    return rateOf(m_workers[static_cast<size_t>(worker)], windowMs);
}

HashrateWindows HashrateMeter::windows(int worker) const
{
    HashrateWindows w;
    w.tenSeconds = rate(kTenSecondsMs, worker);
    w.oneMinute = rate(kOneMinuteMs, worker);
    w.fifteenMinutes = rate(kFifteenMinutesMs, worker);
    return w;
}

void HashrateMeter::clear()
{
    m_total.clear();
    for (auto& s : m_workers)
        s.clear();
}

} // namespace qm

// Hash rates over moving windows (10 s, 60 s, 15 min), in total and per
// worker, computed from cumulative hash counts sampled at a steady pace.
#pragma once

#include <QList>
#include <QMetaType>

#include <cmath>
#include <cstdint>
#include <deque>
#include <vector>

namespace qm {

// Hashes per second over each window; NaN where the window has no two
// samples yet (shown as "n/a").
struct HashrateWindows {
    double tenSeconds;
    double oneMinute;
    double fifteenMinutes;
    HashrateWindows();
};

// What JobManager::hashrateSampled carries, once per sample interval.
struct HashrateSample {
    qint64 timestampMs = 0;        // monotonic milliseconds (the manager's clock)
    HashrateWindows total;
    // Hashes per second since the previous sample (the chart's points); NaN
    // for the first sample.
    double current = std::nan("");
    QList<HashrateWindows> perWorker;  // index = worker (thread_id in metrics)
    quint64 totalHashes = 0;       // all hashes since the service started
    double highestTenSeconds = 0;  // best 10 s total rate seen so far
    int activeJobs = 0;
};

class HashrateMeter {
public:
    static constexpr qint64 kTenSecondsMs = 10'000;
    static constexpr qint64 kOneMinuteMs = 60'000;
    static constexpr qint64 kFifteenMinutesMs = 900'000;

    // historyMs: how far back samples are kept; windows longer than that
    // report what the history holds.
    explicit HashrateMeter(int workers = 0, qint64 historyMs = kFifteenMinutesMs + 5'000);

    // Workers added start with no history; removed ones are forgotten.
    void setWorkerCount(int workers);
    int workerCount() const { return static_cast<int>(m_workers.size()); }

    // Cumulative counts at `timestampMs` (non-decreasing timestamps); perWorker
    // entries beyond workerCount() are ignored, missing ones count as unchanged.
    void addSample(qint64 timestampMs, quint64 total, const QList<quint64>& perWorker);

    // Hashes per second over the last windowMs; worker -1 is the total.
    // NaN when fewer than two samples fall in the window.
    double rate(qint64 windowMs, int worker = -1) const;
    HashrateWindows windows(int worker = -1) const;

    void clear();

private:
    struct Point {
        qint64 t;
        quint64 n;
    };
    using Series = std::deque<Point>;
    void push(Series& s, qint64 t, quint64 n);
    double rateOf(const Series& s, qint64 windowMs) const;

    qint64 m_historyMs;
    Series m_total;
    std::vector<Series> m_workers;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::HashrateWindows)
Q_DECLARE_METATYPE(qm::HashrateSample)

#include "gui/stall_monitor.h"

#include <algorithm>

#include <time.h>

namespace qm::gui {

namespace {

// CPU time of the calling thread.
qint64 threadCpuNs()
{
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return qint64{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

StallMonitor::StallMonitor(int intervalMs, QObject* parent) : QObject(parent), m_intervalMs(std::max(1, intervalMs))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::onTick);
}

void StallMonitor::start()
{
    m_report = Report{};
    m_sumLatenessMs = 0;
    m_lateness.clear();
    m_cpuStartNs = threadCpuNs();
    m_cpuEndNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMonitor::stop()
{
    m_timer.stop();
    m_cpuEndNs = threadCpuNs();
    m_report.seconds = m_clock.isValid() ? static_cast<double>(m_clock.nsecsElapsed()) / 1e9 : 0;
}

StallMonitor::Report StallMonitor::report() const
{
    Report r = m_report;
    r.meanLatenessMs = r.ticks > 0 ? m_sumLatenessMs / static_cast<double>(r.ticks) : 0;
    const qint64 cpuEnd = m_timer.isActive() ? threadCpuNs() : m_cpuEndNs;
    if (m_timer.isActive())
        r.seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    if (r.seconds > 0)
        r.guiThreadCpuPercent = static_cast<double>(cpuEnd - m_cpuStartNs) / 1e9 / r.seconds * 100.0;
    if (!m_lateness.empty()) {
        std::vector<double> sorted = m_lateness;
        const size_t at = std::min(sorted.size() - 1, sorted.size() * 99 / 100);
        std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(at), sorted.end());
        r.p99LatenessMs = sorted[at];
    }
    return r;
}

void StallMonitor::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = static_cast<double>(now - m_lastNs) / 1e6;
    m_lastNs = now;
    const double late = std::max(0.0, gapMs - m_intervalMs);
    ++m_report.ticks;
    m_sumLatenessMs += late;
    m_lateness.push_back(late);
    m_report.maxLatenessMs = std::max(m_report.maxLatenessMs, late);
    if (late > 16)
        ++m_report.ticksLateOver16Ms;
    if (late > 50)
        ++m_report.ticksLateOver50Ms;
}

} // namespace qm::gui

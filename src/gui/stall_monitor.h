// Measures how responsive the GUI thread is: a timer asks to fire every
// intervalMs and records how late each tick arrives. A late tick is time the
// event loop spent on something else (layout, painting, a slow slot) or time
// the thread waited for a CPU. Create, start and stop it on the GUI thread.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace qm::gui {

class StallMonitor : public QObject {
    Q_OBJECT
public:
    struct Report {
        qint64 ticks = 0;
        double maxLatenessMs = 0;
        double meanLatenessMs = 0;
        qint64 ticksLateOver16Ms = 0;   // a frame at 60 Hz
        qint64 ticksLateOver50Ms = 0;   // noticeable lag
        double p99LatenessMs = 0;
        double seconds = 0;
        // CPU time the GUI thread itself used, as a share of the wall time:
        // what the dashboard's own work costs (hashing would show as ~100 %).
        double guiThreadCpuPercent = 0;
    };

    explicit StallMonitor(int intervalMs = 10, QObject* parent = nullptr);

    void start();
    void stop();
    Report report() const;

private:
    void onTick();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    Report m_report;
    double m_sumLatenessMs = 0;
    std::vector<double> m_lateness;
    qint64 m_cpuStartNs = 0;
    qint64 m_cpuEndNs = 0;
};

} // namespace qm::gui

// What the dashboard tells about the machine and the engines: which engines
// this build and machine can run (and why not), the CUDA devices, and the
// GPUs' health. Probing CUDA creates a context per GPU and reading NVML takes
// milliseconds, so both run off the GUI thread and report by signal.
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <memory>

class QThread;

namespace qm::gui {

struct EngineProbe {
    QString name;
    bool available = false;
    QString backend;   // when available: "avx2", "cuda", ...
    QString reason;    // when not: why
};

struct GpuDevice {
    int index = 0;
    QString name;
    quint64 memoryBytes = 0;
    int multiprocessors = 0;
    QString computeCapability;   // "9.0"
    QString uuid;
    bool usable = false;
    QString problem;
};

struct SystemProbe {
    QList<EngineProbe> engines;
    bool cudaBuilt = false;
    bool cudaAvailable = false;
    QString cudaReason;          // why gpu-cuda cannot run, when it cannot
    QString cudaBuildSummary;    // "compiled for 75;80;..." or "no CUDA support in this build"
    int cudaDriverVersion = 0;   // e.g. 13000
    QList<GpuDevice> gpus;
};

// Every engine of engineNames() and the CUDA devices. Slow with GPUs present.
SystemProbe probeSystem();

// Runs probeSystem() on a thread of its own and reports on the thread that
// created it.
class SystemProbeTask : public QObject {
    Q_OBJECT
public:
    explicit SystemProbeTask(QObject* parent = nullptr);
    ~SystemProbeTask() override;
    void start();

signals:
    void finished(const qm::gui::SystemProbe& probe);

private:
    QThread* m_thread = nullptr;
};

struct GpuHealthReading {
    unsigned index = 0;
    QString name;
    QString uuid;
    double temperatureC = std::nan("");
    double powerWatts = std::nan("");
    double powerLimitWatts = std::nan("");
    double utilizationPercent = std::nan("");
    quint64 memoryUsedBytes = 0;
    quint64 memoryTotalBytes = 0;
};

// Reads every GPU's temperature, power, utilisation and memory through NVML
// every few seconds, on its own thread.
class GpuHealthMonitor : public QObject {
    Q_OBJECT
public:
    explicit GpuHealthMonitor(QObject* parent = nullptr);
    ~GpuHealthMonitor() override;
    void start(int intervalMs = 3000);

signals:
    void sampled(const QList<qm::gui::GpuHealthReading>& gpus);
    void unavailable(const QString& reason);

private:
    class Worker;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
};

} // namespace qm::gui

Q_DECLARE_METATYPE(qm::gui::EngineProbe)
Q_DECLARE_METATYPE(qm::gui::SystemProbe)
Q_DECLARE_METATYPE(qm::gui::GpuHealthReading)

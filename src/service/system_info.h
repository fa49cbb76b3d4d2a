// What the service knows about the machine and the engines, for whoever shows
// it (the dashboard renders it, nothing more): the CPU and its cpu-fast paths,
// the effective CPUs, which engines this build and machine can run (and why
// not), the CUDA devices, and the GPUs' health. Probing CUDA creates a context
// per GPU and reading NVML takes milliseconds, so both run off the calling
// thread and report by signal.
#pragma once

#include "core/backend_options.h"
#include "service/cpuset.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <memory>

class QThread;

namespace qm::gpu {
class NvmlMonitor;
}

namespace qm {

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

// What this build contains, whatever the machine.
struct BuildProbe {
    bool cuda = false;           // the gpu-cuda engine is compiled in
    QString cudaSummary;         // "CUDA 13.0, kernels for ..." or "no CUDA support in this build"
    QStringList cpuPaths;        // cpu-fast paths compiled in: "scalar", "avx2", "avx512"
};

struct CpuProbe {
    QString model;               // CPUID brand string ("" when unknown)
    QString vendor;
    int logicalCpus = 0;
    EffectiveCpus effective;     // what this process may use (cpuset, quota)
    QStringList flags;           // "avx2", "avx512f", ...
    QStringList fastPaths;       // cpu-fast paths this CPU runs: "scalar", "avx2", ...
    QString fastPathSelected;    // the one cpu-fast would use with the current options
    QString fastPathError;       // why none, when the requested path cannot run
};

struct SystemProbe {
    CpuProbe cpu;
    QList<EngineProbe> engines;
    bool cudaBuilt = false;
    bool cudaAvailable = false;
    QString cudaReason;          // why gpu-cuda cannot run, when it cannot
    QString cudaBuildSummary;    // "compiled for 75;80;..." or "no CUDA support in this build"
    int cudaDriverVersion = 0;   // e.g. 13000
    QList<GpuDevice> gpus;
};

BuildProbe probeBuild();
// The CPU alone: fast, no devices touched.
CpuProbe probeCpu(const BackendOptions& options);
// The engines the service offers, in the order shown to users.
QStringList engineNames();
// Whether `name` would mine as itself with `options`, asked without opening
// any device; a stand-in (gpu-cuda without CUDA) is not available.
EngineProbe probeEngine(const QString& name, const BackendOptions& options);
// The CPU, every registered engine and the CUDA devices. Slow with GPUs present.
SystemProbe probeSystem(const BackendOptions& options);

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

// The service's view of the machine. Owned by MinerService; the dashboard
// asks it and listens. One NVML reader serves both this and the metrics.
class SystemInfo : public QObject {
    Q_OBJECT
public:
    SystemInfo(std::shared_ptr<gpu::NvmlMonitor> nvml, QObject* parent = nullptr);
    ~SystemInfo() override;

    void setBackendOptions(const BackendOptions& options) { m_options = options; }
    // The last full probe; probed() says when there is one.
    const SystemProbe& lastProbe() const { return m_probe; }
    bool hasProbe() const { return m_hasProbe; }
    CpuProbe cpu() const { return probeCpu(m_options); }

    // Probes on a thread of its own (once at a time) and emits probed().
    void probe();
    // Samples GPU health every intervalMs on a thread of its own, from now on;
    // healthUnavailable() instead when NVML cannot be used.
    void startHealthSampling(int intervalMs = 3000);

signals:
    void probed(const qm::SystemProbe& probe);
    void healthSampled(const QList<qm::GpuHealthReading>& gpus);
    void healthUnavailable(const QString& reason);

private:
    class HealthWorker;
    BackendOptions m_options;
    std::shared_ptr<gpu::NvmlMonitor> m_nvml;
    SystemProbe m_probe;
    bool m_hasProbe = false;
    QThread* m_probeThread = nullptr;
    QThread* m_healthThread = nullptr;
    HealthWorker* m_healthWorker = nullptr;
};

} // namespace qm

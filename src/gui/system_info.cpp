#include "system_info.h"

#include "cuda_devices.h"
#include "engine.h"
#include "nvml.h"

#include <QThread>
#include <QTimer>

namespace qm::gui {

SystemProbe probeSystem()
{
    SystemProbe out;
    const gpu::CudaInventory cuda = gpu::queryCudaDevices(true);
    out.cudaBuilt = cuda.built;
    out.cudaAvailable = cuda.available;
    out.cudaReason = QString::fromStdString(cuda.reason);
    if (!cuda.built && out.cudaReason.isEmpty())
        out.cudaReason = QStringLiteral("no CUDA support in this build");
    out.cudaBuildSummary = QString::fromStdString(gpu::cudaBuildSummary());
    out.cudaDriverVersion = cuda.driverVersion;
    for (const gpu::CudaDeviceInfo& d : cuda.devices) {
        GpuDevice g;
        g.index = d.index;
        g.name = QString::fromStdString(d.name);
        g.memoryBytes = d.memoryBytes;
        g.multiprocessors = d.multiprocessors;
        g.computeCapability = QStringLiteral("%1.%2").arg(d.computeMajor).arg(d.computeMinor);
        g.uuid = QString::fromStdString(d.uuid);
        g.usable = d.usable;
        g.problem = QString::fromStdString(d.problem);
        out.gpus << g;
    }

    for (const std::string& name : engineNames()) {
        EngineProbe p;
        p.name = QString::fromStdString(name);
        if (name == "gpu-cuda") {
            // The inventory answers without building an engine (which would
            // tune launches on every GPU).
            p.available = cuda.available;
            p.backend = QStringLiteral("cuda");
            p.reason = out.cudaReason;
        } else {
            std::string error;
            std::string warning;
            if (const std::unique_ptr<Engine> engine = makeEngine(name, error, &warning)) {
                p.available = engine->name() == name;
                p.backend = QString::fromStdString(engine->backend());
                p.reason = QString::fromStdString(warning);
            } else {
                p.reason = QString::fromStdString(error);
            }
        }
        out.engines << p;
    }
    return out;
}

SystemProbeTask::SystemProbeTask(QObject* parent) : QObject(parent) {}

SystemProbeTask::~SystemProbeTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SystemProbeTask::start()
{
    if (m_thread)
        return;
    // The destructor waits for the thread, so `this` outlives it; the queued
    // call is dropped if the task is gone by the time it would run.
    m_thread = QThread::create([this] {
        const SystemProbe result = probeSystem();
        QMetaObject::invokeMethod(this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("qm-system-probe"));
    m_thread->start();
}

// Lives on the monitor's thread: NVML is opened, read and closed there.
class GpuHealthMonitor::Worker : public QObject {
public:
    explicit Worker(GpuHealthMonitor* owner) : m_owner(owner) {}

    void begin(int intervalMs)
    {
        m_nvml = std::make_unique<gpu::NvmlMonitor>();
        if (!m_nvml->available()) {
            const QString reason = QString::fromStdString(m_nvml->unavailableReason());
            QMetaObject::invokeMethod(m_owner, [o = m_owner, reason] { emit o->unavailable(reason); },
                                      Qt::QueuedConnection);
            return;
        }
        m_timer = new QTimer(this);
        m_timer->setInterval(intervalMs);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { sampleOnce(); });
        m_timer->start();
        sampleOnce();
    }

    void end()
    {
        delete m_timer;
        m_timer = nullptr;
        m_nvml.reset();
    }

private:
    void sampleOnce()
    {
        QList<GpuHealthReading> out;
        for (const gpu::GpuHealth& h : m_nvml->sample()) {
            GpuHealthReading r;
            r.index = h.index;
            r.name = QString::fromStdString(h.name);
            r.uuid = QString::fromStdString(h.uuid);
            r.temperatureC = h.temperatureC.value_or(std::nan(""));
            r.powerWatts = h.powerWatts.value_or(std::nan(""));
            r.powerLimitWatts = h.powerLimitWatts.value_or(std::nan(""));
            r.utilizationPercent = h.utilizationPercent.value_or(std::nan(""));
            r.memoryUsedBytes = h.memoryUsedBytes.value_or(0);
            r.memoryTotalBytes = h.memoryTotalBytes.value_or(0);
            out << r;
        }
        QMetaObject::invokeMethod(m_owner, [o = m_owner, out] { emit o->sampled(out); }, Qt::QueuedConnection);
    }

    GpuHealthMonitor* m_owner;
    std::unique_ptr<gpu::NvmlMonitor> m_nvml;
    QTimer* m_timer = nullptr;
};

GpuHealthMonitor::GpuHealthMonitor(QObject* parent) : QObject(parent) {}

GpuHealthMonitor::~GpuHealthMonitor()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->end(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void GpuHealthMonitor::start(int intervalMs)
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("qm-gpu-health"));
    m_worker = new Worker(this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, intervalMs] { w->begin(intervalMs); }, Qt::QueuedConnection);
}

} // namespace qm::gui

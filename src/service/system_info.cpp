#include "service/system_info.h"

#include "core/backend_registry.h"
#include "core/cpu/cpu_features.h"
#include "cuda/cuda_devices.h"
#include "cuda/nvml.h"
#include "service/backends.h"

#include <QThread>
#include <QTimer>

namespace qm {

BuildProbe probeBuild()
{
    BuildProbe b;
    b.cuda = gpu::cudaCompiledIn();
    b.cudaSummary = QString::fromStdString(gpu::cudaBuildSummary());
    cpu::CpuFeatures everything;
    // Every flag set: what remains unsupported is missing from the build.
    everything.avx2 = everything.bmi2 = everything.avx512f = everything.avx512dq = everything.avx512bw =
        everything.avx512vl = everything.avx512ifma = everything.avx512vbmi = true;
    for (const cpu::Isa isa : cpu::allIsas()) {
        if (cpu::isaSupported(isa, everything))
            b.cpuPaths << QString::fromStdString(cpu::isaName(isa));
    }
    return b;
}

QStringList engineNames()
{
    registerBackends();
    QStringList out;
    for (const std::string& name : BackendRegistry::instance().names())
        out << QString::fromStdString(name);
    return out;
}

EngineProbe probeEngine(const QString& name, const BackendOptions& options)
{
    registerBackends();
    const BackendStatus s = BackendRegistry::instance().status(name.toStdString(), options);
    EngineProbe p;
    p.name = name;
    p.available = s.available;
    p.backend = QString::fromStdString(s.codePath);
    p.reason = QString::fromStdString(s.reason);
    return p;
}

CpuProbe probeCpu(const BackendOptions& options)
{
    CpuProbe c;
    const cpu::CpuFeatures& f = cpu::hostCpuFeatures();
    c.model = QString::fromStdString(f.modelName);
    c.vendor = QString::fromStdString(f.vendor);
    c.logicalCpus = QThread::idealThreadCount();
    c.effective = detectEffectiveCpus();
    for (const std::string& name : f.flagNames())
        c.flags << QString::fromStdString(name);
    for (const cpu::Isa isa : cpu::supportedIsas(f))
        c.fastPaths << QString::fromStdString(cpu::isaName(isa));
    std::string error;
    if (const auto isa = cpu::selectIsa(options.cpuIsa, f, error))
        c.fastPathSelected = QString::fromStdString(cpu::isaName(*isa));
    else
        c.fastPathError = QString::fromStdString(error);
    return c;
}

SystemProbe probeSystem(const BackendOptions& options)
{
    registerBackends();
    SystemProbe out;
    out.cpu = probeCpu(options);
    const gpu::CudaInventory cuda = gpu::queryCudaDevices(options.gpu, true);
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

    const BackendRegistry& registry = BackendRegistry::instance();
    for (const std::string& name : registry.names()) {
        EngineProbe p;
        p.name = QString::fromStdString(name);
        if (name == "gpu-cuda") {
            // The inventory above already checked the kernels on every GPU
            // (or says the build has none).
            p.available = cuda.available;
            p.backend = cuda.built ? QStringLiteral("cuda") : QString();
            p.reason = out.cudaReason;
        } else {
            const BackendStatus s = registry.status(name, options);
            p.available = s.available;
            p.backend = QString::fromStdString(s.codePath);
            p.reason = QString::fromStdString(s.reason);
        }
        out.engines << p;
    }
    return out;
}

// Lives on the health thread: samples the shared NVML reader there.
class SystemInfo::HealthWorker : public QObject {
public:
    HealthWorker(SystemInfo* owner, std::shared_ptr<gpu::NvmlMonitor> nvml) : m_owner(owner), m_nvml(std::move(nvml)) {}

    void begin(int intervalMs)
    {
        if (!m_nvml || !m_nvml->available()) {
            const QString reason = m_nvml ? QString::fromStdString(m_nvml->unavailableReason())
                                          : QStringLiteral("no NVML reader");
            QMetaObject::invokeMethod(m_owner, [o = m_owner, reason] { emit o->healthUnavailable(reason); },
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
        QMetaObject::invokeMethod(m_owner, [o = m_owner, out] { emit o->healthSampled(out); }, Qt::QueuedConnection);
    }

    SystemInfo* m_owner;
    std::shared_ptr<gpu::NvmlMonitor> m_nvml;
    QTimer* m_timer = nullptr;
};

SystemInfo::SystemInfo(std::shared_ptr<gpu::NvmlMonitor> nvml, QObject* parent)
    : QObject(parent), m_nvml(std::move(nvml))
{
    qRegisterMetaType<qm::SystemProbe>();
    qRegisterMetaType<QList<qm::GpuHealthReading>>();
}

SystemInfo::~SystemInfo()
{
    if (m_probeThread) {
        m_probeThread->wait();
        delete m_probeThread;
    }
    if (m_healthThread) {
        QMetaObject::invokeMethod(m_healthWorker, [w = m_healthWorker] { w->end(); }, Qt::BlockingQueuedConnection);
        m_healthThread->quit();
        m_healthThread->wait();
        delete m_healthWorker;
        delete m_healthThread;
    }
}

void SystemInfo::probe()
{
    if (m_probeThread) {
        if (!m_probeThread->isFinished())
            return;
        m_probeThread->wait();
        delete m_probeThread;
        m_probeThread = nullptr;
    }
    // The destructor waits for the thread, so `this` outlives it.
    const BackendOptions options = m_options;
    m_probeThread = QThread::create([this, options] {
        const SystemProbe result = probeSystem(options);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_probe = result;
                m_hasProbe = true;
                emit probed(result);
            },
            Qt::QueuedConnection);
    });
    m_probeThread->setObjectName(QStringLiteral("qm-system-probe"));
    m_probeThread->start();
}

void SystemInfo::startHealthSampling(int intervalMs)
{
    if (m_healthThread)
        return;
    m_healthThread = new QThread;
    m_healthThread->setObjectName(QStringLiteral("qm-gpu-health"));
    m_healthWorker = new HealthWorker(this, m_nvml);
    m_healthWorker->moveToThread(m_healthThread);
    m_healthThread->start();
    QMetaObject::invokeMethod(m_healthWorker, [w = m_healthWorker, intervalMs] { w->begin(intervalMs); },
                              Qt::QueuedConnection);
}

} // namespace qm

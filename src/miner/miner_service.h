// The whole headless miner: job manager, HTTP API and metrics endpoint, with
// start()/stop() so a dashboard can stop the service, change the address or
// port, and start it again without restarting the process.
//
// Lives on the main thread; its signals are emitted there.
#pragma once

#include "miner/miner_config.h"
#include "node/node_miner.h"
#include "service/job_manager.h"

#include <QObject>
#include <QString>

#include <memory>

namespace qm::gpu {
class NvmlMonitor;
}

namespace qm {

class HttpApi;
class SystemInfo;
class MetricsRegistry;
class MetricsServer;
class ServiceMetrics;
class GpuMetrics;

class MinerService : public QObject {
    Q_OBJECT
public:
    enum class StartError { None, InvalidAddress, AddressInUse, Other };

    // Creates the engine and the job manager (no listening yet). An engine
    // that cannot run here falls back to cpu-fast with a logged error, and
    // engineError() says why; an unknown name is resolveConfig's to refuse.
    explicit MinerService(const MinerConfig& config, QObject* parent = nullptr);
    ~MinerService() override;

    // Listens on config().bindAddress:port (and the metrics port when
    // enabled). Returns false with *error set, e.g. when the port is in use.
    bool start(QString* error = nullptr, StartError* kind = nullptr);
    // Stops listening, cancels every running job and waits for the workers
    // (bounded by timeoutMs). Ended jobs stay in the manager.
    void stop(int timeoutMs = 1500);
    bool isRunning() const { return m_running; }
    // Why the last start() failed; empty after a successful start or stop().
    QString startError() const { return m_startError; }
    StartError startErrorKind() const { return m_startErrorKind; }
    // Why the configured engine could not be created (cpu-fast mines
    // instead); empty when it runs.
    QString engineError() const { return m_engineError; }

    // Ports actually bound (differ from config when 0 was asked); 0 when not
    // running or metrics disabled.
    quint16 apiPort() const;
    quint16 metricsPort() const;

    const MinerConfig& config() const { return m_config; }
    // Takes the new settings: engine, workers, chunk length, job limits and
    // retention at once (live); listen address, ports and body limit at the
    // next start(). The nodes are setNodes()'s.
    bool setConfig(const MinerConfig& config, QString* error = nullptr);
    bool setEngine(const QString& name, QString* error = nullptr);
    void setWorkers(int workers);

    JobManager* jobs() const { return m_jobs.get(); }
    // The machine and engines as the service sees them (CPU, GPUs, health).
    SystemInfo* systemInfo() const { return m_systemInfo.get(); }
    // The QUIC nodes this service mines for (the config's node and its
    // fallbackNodes, in priority order); null without one.
    NodeMiner* nodeMiner() const { return m_nodeMiner.get(); }
    // Replaces the whole node list (live): the current node job is
    // cancelled, the old connections closed, and new ones opened while the
    // service runs, `first` first and then `fallbacks` in priority order. A
    // disabled `first` stops mining for any node (the fallbacks are dropped
    // with it). The miner_node_* counters (per node address) and the
    // switches keep counting across the change.
    void setNodes(const NodeSettings& first, const QList<NodeSettings>& fallbacks);
    // Replaces only the first node, as setNodes() does: the configured
    // fallback nodes stay behind it (a local node handed over by its
    // supervisor keeps the remote backups). A disabled `node` drops them
    // all and stops mining for a node.
    void setNode(const NodeSettings& node);
    // For other components' gauges (e.g. GPU temperatures).
    MetricsRegistry* metrics() const;

signals:
    void started(const QString& bindAddress, quint16 apiPort, quint16 metricsPort);
    void stopped();
    // nodeMiner() is another object (or none) after setNode() or setNodes().
    void nodeChanged();

private:
    std::shared_ptr<const Backend> createEngine(const QString& name, QString* error) const;
    void declareNodeMetrics();

    MinerConfig m_config;
    QString m_engineError;
    QString m_startError;
    StartError m_startErrorKind = StartError::None;
    std::shared_ptr<gpu::NvmlMonitor> m_nvml;
    std::unique_ptr<SystemInfo> m_systemInfo;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MetricsRegistry> m_registry;
    std::unique_ptr<ServiceMetrics> m_serviceMetrics;
    std::unique_ptr<GpuMetrics> m_gpuMetrics;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<MetricsServer> m_metricsServer;
    std::unique_ptr<NodeMiner> m_nodeMiner;
    // Counters of the node miners setNodes() replaced, so that the metrics
    // stay monotonic.
    QList<NodeMiner::NodeCounters> m_pastNodes;
    quint64 m_pastSwitches = 0;
    int m_nodeCollector = 0;
    bool m_running = false;
};

} // namespace qm

// The whole headless miner: job manager, HTTP API and metrics endpoint, with
// start()/stop() so a dashboard can stop the service, change the address or
// port, and start it again without restarting the process.
//
// Lives on the main thread; its signals are emitted there.
#pragma once

#include "job_manager.h"
#include "miner_config.h"

#include <QObject>
#include <QString>

#include <memory>

namespace qm {

class HttpApi;
class MetricsRegistry;
class MetricsServer;
class ServiceMetrics;
class GpuMetrics;

class MinerService : public QObject {
    Q_OBJECT
public:
    enum class StartError { None, InvalidAddress, AddressInUse, Other };

    // Creates the engine and the job manager (no listening yet). An unknown
    // engine in `config` falls back to cpu-fast with a logged error; check
    // with resolveConfig first.
    explicit MinerService(const MinerConfig& config, QObject* parent = nullptr);
    ~MinerService() override;

    // Listens on config().bindAddress:port (and the metrics port when
    // enabled). Returns false with *error set, e.g. when the port is in use.
    bool start(QString* error = nullptr, StartError* kind = nullptr);
    // Stops listening, cancels every running job and waits for the workers
    // (bounded by timeoutMs). Ended jobs stay in the manager.
    void stop(int timeoutMs = 1500);
    bool isRunning() const { return m_running; }

    // Ports actually bound (differ from config when 0 was asked); 0 when not
    // running or metrics disabled.
    quint16 apiPort() const;
    quint16 metricsPort() const;

    const MinerConfig& config() const { return m_config; }
    // Takes the new settings: engine, workers, chunk length, job limits and
    // retention at once (live); listen address, ports and body limit at the
    // next start().
    bool setConfig(const MinerConfig& config, QString* error = nullptr);
    bool setEngine(const QString& name, QString* error = nullptr);
    void setWorkers(int workers);

    JobManager* jobs() const { return m_jobs.get(); }
    // For other components' gauges (e.g. GPU temperatures).
    MetricsRegistry* metrics() const;

signals:
    void started(const QString& bindAddress, quint16 apiPort, quint16 metricsPort);
    void stopped();

private:
    MinerConfig m_config;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MetricsRegistry> m_registry;
    std::unique_ptr<ServiceMetrics> m_serviceMetrics;
    std::unique_ptr<GpuMetrics> m_gpuMetrics;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<MetricsServer> m_metricsServer;
    bool m_running = false;
};

} // namespace qm

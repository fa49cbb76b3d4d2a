#include "miner_service.h"

#include "http_api.h"
#include "logger.h"
#include "metrics.h"
#include "metrics_server.h"
#include "gpu_metrics.h"
#include "service_metrics.h"

#include <QHostAddress>

namespace qm {

namespace {

JobManagerOptions managerOptions(const MinerConfig& c)
{
    JobManagerOptions o;
    o.progressChunkMs = c.progressChunkMs;
    o.maxLiveJobs = c.maxLiveJobs;
    o.maxRetainedJobs = c.maxRetainedJobs;
    o.retentionMs = c.retentionMs;
    o.unservedRetentionMs = c.unservedRetentionMs;
    return o;
}

HttpLimits httpLimits(const MinerConfig& c)
{
    HttpLimits l;
    l.maxBodyBytes = c.maxBodyBytes;
    l.idleTimeoutMs = c.idleConnectionTimeoutMs;
    return l;
}

std::shared_ptr<const Engine> engineFor(const MinerConfig& c)
{
    std::string error;
    std::string standIn;
    std::unique_ptr<Engine> e = makeEngine(c.engine.toStdString(), error, &standIn);
    if (!standIn.empty())
        logWarn(QString::fromStdString(standIn));
    if (!e) {
        logError(QStringLiteral("%1; using cpu-fast").arg(QString::fromStdString(error)));
        e = makeEngine("cpu-fast", error);
    }
    return std::shared_ptr<const Engine>(std::move(e));
}

QString hostPort(const QString& address, quint16 port)
{
    return (address.contains(u':') ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') +
           QString::number(port);
}

} // namespace

MinerService::MinerService(const MinerConfig& config, QObject* parent)
    : QObject(parent),
      m_config(config),
      m_jobs(std::make_unique<JobManager>(engineFor(config), config.workers, managerOptions(config))),
      m_registry(std::make_unique<MetricsRegistry>()),
      m_serviceMetrics(std::make_unique<ServiceMetrics>(*m_registry, *m_jobs, config.cpus.count)),
      m_gpuMetrics(std::make_unique<GpuMetrics>(*m_registry)),
      m_api(std::make_unique<HttpApi>(*m_jobs, m_serviceMetrics.get(), httpLimits(config))),
      m_metricsServer(std::make_unique<MetricsServer>(*m_registry))
{
}

MinerService::~MinerService()
{
    stop();
    // The HTTP layers refer to the manager and the metrics: they go first.
    m_metricsServer.reset();
    m_api.reset();
    m_gpuMetrics.reset();
    m_serviceMetrics.reset();
}

MetricsRegistry* MinerService::metrics() const
{
    return m_registry.get();
}

bool MinerService::start(QString* error, StartError* kind)
{
    auto fail = [&](StartError k, const QString& message) {
        if (error)
            *error = message;
        if (kind)
            *kind = k;
        logError(message);
        return false;
    };
    if (m_running)
        stop();
    const QHostAddress address(m_config.bindAddress);
    if (address.isNull())
        return fail(StartError::InvalidAddress,
                    QStringLiteral("'%1' is not an IP address to listen on").arg(m_config.bindAddress));

    m_api->setLimits(httpLimits(m_config));
    QString why;
    bool inUse = false;
    if (!m_api->listen(address, m_config.port, &why, &inUse))
        return fail(inUse ? StartError::AddressInUse : StartError::Other,
                    inUse ? QStringLiteral("port %1 on %2 is already in use (another miner running?); choose "
                                           "another with --port or MINER_PORT")
                                .arg(m_config.port)
                                .arg(m_config.bindAddress)
                          : why);
    quint16 metricsPort = 0;
    if (m_config.metricsEnabled) {
        metricsPort = m_metricsServer->listen(address, m_config.metricsPort, &why, &inUse);
        if (!metricsPort) {
            m_api->close();
            return fail(inUse ? StartError::AddressInUse : StartError::Other,
                        inUse ? QStringLiteral("metrics port %1 on %2 is already in use; choose another with "
                                               "--metrics-port or MINER_METRICS_PORT")
                                    .arg(m_config.metricsPort)
                                    .arg(m_config.bindAddress)
                              : why);
        }
    }
    m_running = true;
    logInfo(QStringLiteral("listening on http://%1 (POST /mine, GET /result/{id}, POST /cancel/{id})")
                .arg(hostPort(m_config.bindAddress, m_api->port())));
    if (!address.isLoopback())
        logWarn(QStringLiteral("the API has no authentication: anyone who can reach %1 can submit and cancel jobs")
                    .arg(hostPort(m_config.bindAddress, m_api->port())));
    if (metricsPort)
        logInfo(QStringLiteral("metrics on http://%1/metrics").arg(hostPort(m_config.bindAddress, metricsPort)));
    else
        logInfo(QStringLiteral("metrics: off (enable with --metrics-port or MINER_METRICS_PORT)"));
    if (error)
        error->clear();
    if (kind)
        *kind = StartError::None;
    emit started(m_config.bindAddress, m_api->port(), metricsPort);
    return true;
}

void MinerService::stop(int timeoutMs)
{
    if (!m_running)
        return;
    m_running = false;
    m_api->close();
    m_metricsServer->close();
    const int running = m_jobs->runningJobCount();
    m_jobs->cancelAll();
    if (!m_jobs->waitForIdle(timeoutMs))
        logWarn(QStringLiteral("workers still busy %1 ms after stop").arg(timeoutMs));
    logInfo(QStringLiteral("service stopped (%1 running job(s) cancelled)").arg(running));
    emit stopped();
}

quint16 MinerService::apiPort() const
{
    return m_running ? m_api->port() : 0;
}

quint16 MinerService::metricsPort() const
{
    return m_running ? m_metricsServer->port() : 0;
}

bool MinerService::setConfig(const MinerConfig& config, QString* error)
{
    if (config.engine != m_config.engine && !setEngine(config.engine, error))
        return false;
    const QString engine = m_config.engine;
    m_config = config;
    m_config.engine = engine;
    setWorkers(config.workers);
    m_jobs->setOptions(managerOptions(config));
    return true;
}

bool MinerService::setEngine(const QString& name, QString* error)
{
    if (!m_jobs->setEngine(name, error))
        return false;
    m_config.engine = name;
    return true;
}

void MinerService::setWorkers(int workers)
{
    m_config.workers = std::max(1, workers);
    m_jobs->setWorkers(m_config.workers);
}

} // namespace qm

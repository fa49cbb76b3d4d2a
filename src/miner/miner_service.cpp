#include "miner/miner_service.h"

#include "core/backend_registry.h"
#include "cuda/nvml.h"
#include "http/http_api.h"
#include "http/metrics_server.h"
#include "metrics/gpu_metrics.h"
#include "metrics/metrics.h"
#include "metrics/service_metrics.h"
#include "node/node_miner.h"
#include "service/backends.h"
#include "service/logger.h"
#include "service/system_info.h"

#include <QHostAddress>

#include <algorithm>

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
    l.requestDeadlineMs = c.requestDeadlineMs;
    l.maxConnections = c.maxConnections;
    return l;
}

QString hostPort(const QString& address, quint16 port)
{
    return (address.contains(u':') ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') +
           QString::number(port);
}

// Adds one node's counts to its entry in `into` (by address), or appends
// them: a node miner's counts on top of those of the ones it replaced.
// Returns the entry.
NodeMiner::NodeCounters& addNodeCounters(QList<NodeMiner::NodeCounters>& into, const NodeMiner::NodeCounters& n)
{
    auto it = std::find_if(into.begin(), into.end(),
                           [&](const NodeMiner::NodeCounters& a) { return a.address == n.address; });
    if (it == into.end()) {
        into << n;
        return into.last();
    }
    it->jobs += n.jobs;
    it->results += n.results;
    it->reconnects += n.reconnects;
    it->lastJobEpochMs = std::max(it->lastJobEpochMs, n.lastJobEpochMs);
    return *it;
}

} // namespace

MinerService::MinerService(const MinerConfig& config, QObject* parent)
    : QObject(parent), m_config(config), m_nvml(std::make_shared<gpu::NvmlMonitor>())
{
    registerBackends();
    std::shared_ptr<const Backend> engine = createEngine(config.engine, &m_engineError);
    if (!engine) {
        logError(QStringLiteral("%1; using cpu-fast").arg(m_engineError));
        QString unused;
        engine = createEngine(QStringLiteral("cpu-fast"), &unused);
    }
    m_jobs = std::make_unique<JobManager>(std::move(engine), config.workers, managerOptions(config));
    m_registry = std::make_unique<MetricsRegistry>();
    m_serviceMetrics = std::make_unique<ServiceMetrics>(*m_registry, *m_jobs, config.cpus.count);
    m_gpuMetrics = std::make_unique<GpuMetrics>(*m_registry, m_nvml);
    m_api = std::make_unique<HttpApi>(*m_jobs, m_serviceMetrics.get(), httpLimits(config));
    m_metricsServer = std::make_unique<MetricsServer>(*m_registry);
    m_systemInfo = std::make_unique<SystemInfo>(m_nvml);
    m_systemInfo->setBackendOptions(config.backends);
    if (config.node.enabled) {
        m_nodeMiner = std::make_unique<NodeMiner>(QList<NodeSettings>{config.node} + config.fallbackNodes, *m_jobs);
        declareNodeMetrics();
    }
}

void MinerService::declareNodeMetrics()
{
    using Type = MetricsRegistry::Type;
    MetricsRegistry& r = *m_registry;
    // One series per node, labelled with its address (one series with a
    // single node); sum() over addr gives the totals.
    r.declare(QStringLiteral("miner_node_active"), Type::Gauge,
              QStringLiteral("1 for the node being mined for, 0 for the others"));
    r.declare(QStringLiteral("miner_node_connected"), Type::Gauge,
              QStringLiteral("1 while connected and authenticated to the node, else 0"));
    r.declare(QStringLiteral("miner_node_jobs_total"), Type::Counter,
              QStringLiteral("Jobs received from the node (while on standby too)"));
    r.declare(QStringLiteral("miner_node_results_total"), Type::Counter,
              QStringLiteral("Solutions sent to the node"));
    r.declare(QStringLiteral("miner_node_reconnects_total"), Type::Counter,
              QStringLiteral("Reconnect attempts to the node"));
    r.declare(QStringLiteral("miner_node_last_job_timestamp_seconds"), Type::Gauge,
              QStringLiteral("Unix time of the last job from the node (0 before one)"));
    r.declare(QStringLiteral("miner_node_switches_total"), Type::Counter,
              QStringLiteral("Changes of the node being mined for from one node to another"));
    m_nodeCollector = r.addCollector([this](MetricsRegistry& reg) {
        const NodeMiner::Counters c = m_nodeMiner ? m_nodeMiner->counters() : NodeMiner::Counters{};
        // Nodes of replaced node miners keep their counters (monotonic).
        QList<NodeMiner::NodeCounters> all = m_pastNodes;
        for (NodeMiner::NodeCounters& past : all)
            past.connected = past.active = false;
        for (const NodeMiner::NodeCounters& n : c.nodes) {
            NodeMiner::NodeCounters& merged = addNodeCounters(all, n);
            merged.connected = n.connected;
            merged.active = n.active;
        }
        const QString names[] = {QStringLiteral("miner_node_active"), QStringLiteral("miner_node_connected"),
                                 QStringLiteral("miner_node_jobs_total"), QStringLiteral("miner_node_results_total"),
                                 QStringLiteral("miner_node_reconnects_total"),
                                 QStringLiteral("miner_node_last_job_timestamp_seconds")};
        for (const QString& name : names)
            reg.clear(name);
        for (const NodeMiner::NodeCounters& n : all) {
            const MetricsRegistry::Labels addr{{QStringLiteral("addr"), n.address}};
            reg.set(names[0], addr, n.active ? 1 : 0);
            reg.set(names[1], addr, n.connected ? 1 : 0);
            reg.set(names[2], addr, static_cast<double>(n.jobs));
            reg.set(names[3], addr, static_cast<double>(n.results));
            reg.set(names[4], addr, static_cast<double>(n.reconnects));
            reg.set(names[5], addr, static_cast<double>(n.lastJobEpochMs) / 1000.0);
        }
        reg.set(QStringLiteral("miner_node_switches_total"), static_cast<double>(m_pastSwitches + c.switches));
    });
}

std::shared_ptr<const Backend> MinerService::createEngine(const QString& name, QString* error) const
{
    std::string why;
    std::string standIn;
    std::unique_ptr<Backend> engine =
        BackendRegistry::instance().create(name.toStdString(), m_config.backends, why, &standIn);
    if (!engine) {
        if (error)
            *error = QString::fromStdString(why);
        return nullptr;
    }
    if (!standIn.empty())
        logWarn(QString::fromStdString(standIn));
    return std::shared_ptr<const Backend>(std::move(engine));
}

MinerService::~MinerService()
{
    stop();
    if (m_nodeCollector)
        m_registry->removeCollector(m_nodeCollector);
    m_nodeMiner.reset();
    // The HTTP layers refer to the manager and the metrics: they go first.
    m_systemInfo.reset();
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
        m_startError = message;
        m_startErrorKind = k;
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
    // The socket layer only says "Unsupported socket operation" for these.
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isLinkLocal() && address.scopeId().isEmpty())
        return fail(StartError::InvalidAddress,
                    QStringLiteral("'%1' is a link-local address: give its interface as well, e.g. %2")
                        .arg(m_config.bindAddress, m_config.bindAddress + QStringLiteral("%eth0")));

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
        m_metricsServer->setLimits(httpLimits(m_config));
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
    if (m_nodeMiner)
        m_nodeMiner->start();
    m_startError.clear();
    m_startErrorKind = StartError::None;
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
    m_startError.clear();
    m_startErrorKind = StartError::None;
    if (!m_running)
        return;
    m_running = false;
    if (m_nodeMiner)
        m_nodeMiner->stop();
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
    const BackendOptions backends = m_config.backends;
    const NodeSettings node = m_config.node;
    const QList<NodeSettings> fallbackNodes = m_config.fallbackNodes;
    m_config = config;
    m_config.engine = engine;
    m_config.node = node;
    m_config.fallbackNodes = fallbackNodes;
    // The engine in use was made with these; new ones apply at its next change.
    m_config.backends = backends;
    setWorkers(config.workers);
    m_jobs->setOptions(managerOptions(config));
    return true;
}

bool MinerService::setEngine(const QString& name, QString* error)
{
    std::shared_ptr<const Backend> engine = createEngine(name, error);
    if (!engine)
        return false;
    m_jobs->setEngine(std::move(engine));
    m_config.engine = name;
    m_engineError.clear();
    return true;
}

void MinerService::setNode(const NodeSettings& node)
{
    // The local node and the dashboard's retry replace the first node; the
    // backups configured behind it keep failing over for it.
    setNodes(node, node.enabled ? m_config.fallbackNodes : QList<NodeSettings>{});
}

void MinerService::setNodes(const NodeSettings& first, const QList<NodeSettings>& fallbacks)
{
    if (m_nodeMiner) {
        const NodeMiner::Counters c = m_nodeMiner->counters();
        for (const NodeMiner::NodeCounters& n : c.nodes)
            addNodeCounters(m_pastNodes, n);
        m_pastSwitches += c.switches;
        m_nodeMiner->stop();
        m_nodeMiner.reset();
        logInfo(QStringLiteral("node: %1").arg(first.enabled ? QStringLiteral("settings changed")
                                                             : QStringLiteral("no longer mining for a node")));
    }
    // Without a first node there is nothing to fail over from.
    m_config.node = first;
    m_config.fallbackNodes = first.enabled ? fallbacks : QList<NodeSettings>{};
    if (first.enabled) {
        if (!m_nodeCollector)
            declareNodeMetrics();
        m_nodeMiner = std::make_unique<NodeMiner>(QList<NodeSettings>{first} + m_config.fallbackNodes, *m_jobs);
        if (m_running)
            m_nodeMiner->start();
    }
    emit nodeChanged();
}

void MinerService::setWorkers(int workers)
{
    m_config.workers = std::max(1, workers);
    m_jobs->setWorkers(m_config.workers);
}

} // namespace qm

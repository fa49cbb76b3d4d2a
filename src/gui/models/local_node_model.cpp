#include "gui/models/local_node_model.h"

#include "gui/models/log_model.h"
#include "miner/miner_service.h"
#include "node/node_client.h"
#include "service/logger.h"

#include <QDateTime>
#include <QRegularExpression>

#include <climits>

namespace qm::gui {

LocalNodeModel::LocalNodeModel(MinerService& service, const LocalNodeSettings& settings, QObject* parent)
    : QObject(parent), m_service(service), m_settings(settings), m_supervisor(new NodeSupervisor(this)),
      m_monitor(new NodeRpcMonitor(this)), m_log(new LogModel(this))
{
    // The node is chatty while it syncs; the tab keeps the latest lines.
    m_log->setMaxLines(3000);
    m_supervisor->setConfig(m_settings.node);
    connect(m_supervisor, &NodeSupervisor::minerServerReady, this, &LocalNodeModel::onMinerReady);
    connect(m_supervisor, &NodeSupervisor::minerServerLost, this, &LocalNodeModel::onMinerLost);
    connect(m_supervisor, &NodeSupervisor::logLine, this, [this](const QString& line, LogLevel level) {
        // The node stamps its lines ("2026-11-29 22:23:41 ..."); the console
        // has its own time column, so the node's copy goes.
        static const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)? +"));
        QString text = line;
        text.remove(stamp);
        m_log->append(LogLine{level, QDateTime::currentDateTimeUtc(), text});
    });
    connect(m_supervisor, &NodeSupervisor::stateChanged, this, [this](NodeSupervisor::State state) {
        if (state == NodeSupervisor::State::Starting || state == NodeSupervisor::State::Running) {
            m_monitor->setPort(m_settings.node.rpcPort);
            m_monitor->setRewardsInnerHash(m_settings.node.rewardsInnerHash);
            m_monitor->setMaxTipAgeMs(NodeRpcMonitor::maxTipAgeFromArguments(m_settings.node.arguments()));
            if (!m_monitor->isActive())
                m_monitor->start();
        } else if (state == NodeSupervisor::State::Stopped || state == NodeSupervisor::State::Failed) {
            m_monitor->stop();
        }
        if (state == NodeSupervisor::State::Failed)
            logWarn(QStringLiteral("local node: %1").arg(m_supervisor->problem()));
        emit changed();
    });
    connect(m_monitor, &NodeRpcMonitor::statusChanged, this, [this](const NodeChainStatus& status) {
        if (!m_runFloor && status.reachable)
            m_runFloor = status.bestBlock;
        emit changed();
    });
    connect(m_monitor, &NodeRpcMonitor::blockMined, this, [this](quint64 number, const QString&) { onBlockMined(number); });
    // The phase reads the miner's connection: follow each node miner the
    // service makes.
    const auto followMiner = [this] {
        if (NodeMiner* miner = m_service.nodeMiner(); miner && miner->client())
            connect(miner->client(), &NodeClient::stateChanged, this, &LocalNodeModel::changed, Qt::UniqueConnection);
        emit changed();
    };
    connect(&m_service, &MinerService::nodeChanged, this, followMiner);
    followMiner();
}

LocalNodeModel::~LocalNodeModel()
{
    // Nothing observes a model that is going away; the service and the node
    // are still told, miner first.
    blockSignals(true);
    if (m_supervisor->state() != NodeSupervisor::State::Stopped && m_supervisor->state() != NodeSupervisor::State::Failed) {
        onMinerLost();
        m_supervisor->stopAndWait();
    }
}

void LocalNodeModel::setSettings(const LocalNodeSettings& settings)
{
    const bool nodeChanged = !(settings.node == m_settings.node);
    const bool wasRunning = isRunning();
    // The counts are this model's: blocks mined while the assistant was open
    // are not lost to the copy it started from.
    const quint64 total = m_settings.minedTotal;
    const QString key = m_settings.minedKey;
    const quint64 last = m_settings.lastMinedBlock;
    m_settings = settings;
    m_settings.minedTotal = total;
    m_settings.minedKey = key;
    m_settings.lastMinedBlock = last;
    m_settings.save();
    if (nodeChanged)
        m_supervisor->setConfig(m_settings.node);
    if (!m_settings.enabled && wasRunning)
        stopNode();
    else if (m_settings.enabled && !wasRunning)
        startNode();
    emit changed();
}

void LocalNodeModel::markSetupDone()
{
    if (m_settings.setupDone)
        return;
    m_settings.setupDone = true;
    m_settings.save();
}

bool LocalNodeModel::startNode(QString* error)
{
    if (!m_settings.node.enabled) {
        if (error)
            *error = tr("The node is not set up yet.");
        return false;
    }
    if (!m_settings.enabled) {
        m_settings.enabled = true;
        m_settings.save();
    }
    m_supervisor->setConfig(m_settings.node);
    const bool ok = m_supervisor->start(error);
    emit changed();
    return ok;
}

void LocalNodeModel::stopNode()
{
    if (m_settings.enabled) {
        m_settings.enabled = false;
        m_settings.save();
    }
    onMinerLost();
    m_supervisor->stop();
    emit changed();
}

bool LocalNodeModel::isRunning() const
{
    const auto s = m_supervisor->state();
    return s == NodeSupervisor::State::Starting || s == NodeSupervisor::State::Running ||
           s == NodeSupervisor::State::Restarting;
}

void LocalNodeModel::onMinerReady(const NodeSettings& node)
{
    // The node the service mined for before (one from the settings, or
    // none) comes back when this one goes.
    // Unless the settings replaced it meanwhile, a first node kept from the
    // last run of the local node is the local node itself.
    const bool stillLocal = m_localKeptFirst && m_service.config().node.address() == node.address();
    if (!m_minerConnected && !stillLocal)
        m_remoteNode = m_service.config().node;
    m_minerConnected = true;
    m_localKeptFirst = false;
    m_service.setNode(node);
    emit changed();
}

void LocalNodeModel::onMinerLost()
{
    if (!m_minerConnected)
        return;
    m_minerConnected = false;
    // With backup nodes and no remote node to go back to, the local node
    // stays first: the miner fails over to the backups while it is gone and
    // returns to it once it is back with a job.
    m_localKeptFirst = !m_remoteNode.enabled && !m_service.config().fallbackNodes.isEmpty();
    if (!m_localKeptFirst)
        m_service.setNode(m_remoteNode);
    emit changed();
}

void LocalNodeModel::setRemoteNode(const NodeSettings& node)
{
    if (m_minerConnected) {
        m_remoteNode = node;
    } else {
        m_localKeptFirst = false;
        m_service.setNode(node);
    }
}

void LocalNodeModel::onBlockMined(quint64 number)
{
    // Blocks count once per chain and rewards key, across runs: the monitor
    // starts afresh with every node start and reads back up to 64 blocks.
    const QString key = m_settings.node.chain + QLatin1Char('/') + m_settings.node.rewardsInnerHash;
    if (m_settings.minedKey != key) {
        m_settings.minedKey = key;
        m_settings.minedTotal = 0;
        m_settings.lastMinedBlock = 0;
    }
    if (number <= m_settings.lastMinedBlock)
        return;
    m_settings.lastMinedBlock = number;
    ++m_settings.minedTotal;
    // "Since the app started": blocks above the chain's height when this run
    // first reached the node, not ones found in its history.
    if (m_runFloor && number > *m_runFloor)
        ++m_minedThisRun;
    if (!m_settings.transient)
        LocalNodeSettings::saveMinedCount(m_settings);
    emit blockMined(number);
    emit changed();
}

QString LocalNodeModel::ageText(qint64 ms)
{
    // No English translation is loaded: the source strings read right as
    // they are (one / many); %n lets other languages use their plural forms.
    const qint64 s = qMax<qint64>(0, ms / 1000);
    const auto n = [](qint64 v) { return static_cast<int>(qMin<qint64>(v, INT_MAX)); };
    // Hours up to two days: the node's default gate reads "24 hours".
    if (s >= 2 * 86400)
        return tr("%n days", nullptr, n(s / 86400));
    if (s >= 3600)
        return s < 2 * 3600 ? tr("1 hour") : tr("%n hours", nullptr, n(s / 3600));
    if (s >= 60)
        return s < 2 * 60 ? tr("1 minute") : tr("%n minutes", nullptr, n(s / 60));
    return s == 1 ? tr("1 second") : tr("%n seconds", nullptr, n(s));
}

LocalNodeModel::Phase LocalNodeModel::phase() const
{
    if (!m_settings.node.enabled)
        return Phase::NotSetUp;
    switch (m_supervisor->state()) {
    case NodeSupervisor::State::Stopped: return Phase::Off;
    case NodeSupervisor::State::Failed: return Phase::Failed;
    case NodeSupervisor::State::Restarting: return Phase::Restarting;
    case NodeSupervisor::State::Stopping: return Phase::Stopping;
    case NodeSupervisor::State::Starting: return Phase::Starting;
    case NodeSupervisor::State::Running: break;
    }
    const NodeChainStatus& c = m_monitor->status();
    if (!c.reachable)
        return Phase::Starting;
    if (c.peers == 0)
        return Phase::WaitingForPeers;
    if (c.isSyncing)
        return Phase::Syncing;
    // The node's miner server may be up and the miner connected, but the
    // node sends no work while its tip is too old: that is not mining.
    if (c.tipTooOld())
        return Phase::WaitingForFreshTip;
    const NodeMiner* miner = m_service.nodeMiner();
    if (m_minerConnected && m_service.isRunning() && miner && miner->client() &&
        miner->client()->state() == NodeClient::State::Connected)
        return Phase::Mining;
    return Phase::Synced;
}

QString LocalNodeModel::phaseText() const
{
    switch (phase()) {
    case Phase::NotSetUp: return tr("No local node set up");
    case Phase::Off: return tr("Node is stopped");
    case Phase::Starting: return tr("Node is starting");
    case Phase::Restarting:
        return tr("Node stopped unexpectedly; restarting in %n s", nullptr,
                  qMax(1, (m_supervisor->restartInMs() + 999) / 1000));
    case Phase::Failed: return tr("Node cannot start: %1").arg(m_supervisor->problem());
    case Phase::WaitingForPeers: return tr("Waiting for peers");
    case Phase::Syncing:
        return tr("Node is syncing (%1 %) — mining starts when it is done").arg(m_monitor->status().syncPercent());
    case Phase::WaitingForFreshTip: {
        const NodeChainStatus& c = m_monitor->status();
        return tr("Waiting for a fresh tip: the best block is %1 old; the node mines once it has synced a block "
                  "from the last %2")
            .arg(ageText(c.tipAgeMs), ageText(c.maxTipAgeMs));
    }
    case Phase::Mining: return tr("Mining");
    case Phase::Synced: {
        const NodeMiner* miner = m_service.nodeMiner();
        if (!m_service.isRunning())
            return tr("Node is in sync; mining is stopped");
        if (m_minerConnected && miner && miner->client() && miner->client()->state() == NodeClient::State::Stopped)
            return tr("The miner cannot use the node: %1").arg(miner->client()->stateDetail());
        return tr("Node is in sync; connecting the miner");
    }
    case Phase::Stopping: return tr("Node is stopping");
    }
    return {};
}

} // namespace qm::gui

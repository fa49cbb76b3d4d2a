// The dashboard's local node: the supervisor that runs quantus-node, the
// JSON-RPC monitor that reads its chain state, the node's log lines, and the
// blocks mined for the rewards key (this run and in total). It hands the
// node's miner server to the service (MinerService::setNode) when the node
// is ready and takes it back before the node stops, and says in plain words
// what is going on ("Node is syncing (63 %) - mining starts when it is
// done"). The Node and Rewards tabs only observe it.
#pragma once

#include "gui/local_node_settings.h"
#include "localnode/node_rpc.h"
#include "localnode/node_supervisor.h"

#include <QObject>
#include <QString>

#include <optional>

namespace qm {
class MinerService;
}

namespace qm::gui {

class LogModel;

class LocalNodeModel : public QObject {
    Q_OBJECT
public:
    enum class Phase {
        NotSetUp,        // no node binary chosen yet
        Off,             // set up, not running
        Starting,        // process started, miner server not yet up
        Restarting,      // crashed, restarting after a pause
        Failed,          // will not start: problem() says why
        WaitingForPeers, // up, no peers
        Syncing,         // up, catching up with the chain
        // Up, in sync as far as it knows, but its best block is older than
        // --max-tip-age: the node authors nothing until a newer block comes.
        WaitingForFreshTip,
        Synced,          // synced with peers, the miner not (yet) mining
        Mining,          // synced with peers, the miner connected
        Stopping,
    };
    Q_ENUM(Phase)

    LocalNodeModel(MinerService& service, const LocalNodeSettings& settings, QObject* parent = nullptr);
    ~LocalNodeModel() override;   // miner first, then the node (bounded wait)

    const LocalNodeSettings& settings() const { return m_settings; }
    // New settings (from the assistant or the settings): saved; a running
    // node restarts with them, a node that is no longer wanted stops.
    void setSettings(const LocalNodeSettings& settings);
    // The assistant was closed without finishing: not offered at start-up again.
    void markSetupDone();

    // Starts the node (and remembers to start it next time).
    bool startNode(QString* error = nullptr);
    // Stops the miner's use of the node, then the node.
    void stopNode();
    bool isRunning() const;

    Phase phase() const;
    // The phase in words for the Node tab's banner and the status strip.
    QString phaseText() const;
    QString problem() const { return m_supervisor->problem(); }

    NodeSupervisor* supervisor() const { return m_supervisor; }
    NodeRpcMonitor* monitor() const { return m_monitor; }
    LogModel* log() const { return m_log; }
    const NodeChainStatus& chainStatus() const { return m_monitor->status(); }

    // Whether the service mines for this node now.
    bool hasMiner() const { return m_minerConnected; }
    // A node from the settings: used at once, or once the local node lets
    // go of the miner.
    void setRemoteNode(const NodeSettings& node);
    const NodeSettings& remoteNode() const { return m_remoteNode; }

    quint64 minedThisRun() const { return m_minedThisRun; }
    quint64 minedTotal() const { return m_settings.minedTotal; }

signals:
    void changed();
    void blockMined(quint64 number);

private:
    void onMinerReady(const NodeSettings& node);
    void onMinerLost();
    void onBlockMined(quint64 number);
    // "3 days", "24 hours", "12 minutes", "40 seconds": the largest whole
    // unit, hours up to two days.
    static QString ageText(qint64 ms);

    MinerService& m_service;
    LocalNodeSettings m_settings;
    NodeSupervisor* m_supervisor;
    NodeRpcMonitor* m_monitor;
    LogModel* m_log;
    quint64 m_minedThisRun = 0;
    std::optional<quint64> m_runFloor;   // best block at this run's first answer
    bool m_minerConnected = false;
    NodeSettings m_remoteNode;           // what the service mined for before
    // The local node went but stayed first in the node list (backups behind
    // it, no remote node to hand back): the service's first node is still
    // the local one, not a remote node to remember.
    bool m_localKeptFirst = false;
};

} // namespace qm::gui

// Mining for nodes over QUIC (docs/NODE-QUIC.md): each NewJob from the active
// node's NodeClient replaces the running node job in the same JobManager (and
// so the same workers, engine, jobs table and metrics as HTTP jobs), starting
// from a random non-zero nonce over the whole QPoW v2 nonce space; a find goes
// back to that node as one JobResult, then the miner waits for the next job.
//
// Several nodes make a priority list. Every node keeps its own connection
// (each with its own back-off), so a standby node's current job is at hand
// the moment the active one goes: the active node is always the first node in
// the list that is connected and has sent a job. A lost connection therefore
// switches to the next such node at once, a higher node that is back and has
// sent a job takes over again, and with every node down the clients' back-off
// runs until any returns. A node that refuses the token or whose certificate
// does not match its pin stops for good (its reason logged); the others go on.
// Stopped for good means no reconnect loop against that node: but where the
// token and pin came from the node's files, those files are read again every
// kFileCheckMs, and once the node has rewritten them (a restart with a new
// certificate) the miner connects again with what they now hold.
#pragma once

#include "node/node_client.h"
#include "node/node_settings.h"
#include "service/job.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace qm {

class JobManager;

class NodeMiner : public QObject {
    Q_OBJECT
public:
    NodeMiner(const NodeSettings& settings, JobManager& jobs, QObject* parent = nullptr);
    // `nodes` in priority order, at least one.
    NodeMiner(const QList<NodeSettings>& nodes, JobManager& jobs, QObject* parent = nullptr);
    ~NodeMiner() override;

    void start();
    // Stops every client and cancels the node job.
    void stop();

    // The first (highest-priority) node's client: the dashboard's view.
    NodeClient* client() const { return m_nodes.front().client.get(); }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    NodeClient* clientAt(int index) const { return m_nodes.at(static_cast<size_t>(index)).client.get(); }
    // The index of the node being mined for, -1 when none is.
    int activeIndex() const { return m_active; }
    const NodeSettings& settings() const { return m_nodes.front().settings; }
    // With several nodes, a node not heard from for this long is given up
    // (PINGs every half second keep a live one talking; ngtcp2 stretches the
    // timeout to three PTOs on a slow path): a node that vanishes without a
    // word, a crashed host, is left within the 5 s a switch may take.
    static constexpr int kFailoverIdleTimeoutMs = 2500;
    static constexpr int kFailoverKeepAliveMs = 500;
    static constexpr int kFileCheckMs = 2000;
    // Test seam: every client's back-off (NodeClient::setBackoff).
    void setBackoff(int firstMs, int maxMs);

    // One node's share, for the labelled metrics.
    struct NodeCounters {
        QString address;           // "host:port"
        quint64 jobs = 0;          // NewJob messages received from it (standby included)
        quint64 results = 0;       // JobResult messages sent to it
        quint64 reconnects = 0;    // reconnect attempts scheduled
        qint64 lastJobEpochMs = 0; // wall clock of its last NewJob; 0 before one
        bool connected = false;    // connected and authenticated
        bool active = false;       // its job is the one being mined
    };
    // Since start, for metrics and the dashboard; the totals add up the nodes.
    struct Counters {
        quint64 jobs = 0;
        quint64 results = 0;
        quint64 reconnects = 0;
        qint64 lastJobEpochMs = 0;
        bool connected = false;    // connected (and authenticated) to at least one node
        QString nodeJobId;         // the active node's id of the job being mined, "" when idle
        quint64 switches = 0;      // changes of the active node from one node to another
        QList<NodeCounters> nodes; // in priority order
    };
    Counters counters() const;
    // The job manager's id of a node job: "node/<sequence>-<node job id>" ('/'
    // never appears in an HTTP job id, and the sequence keeps ids unique
    // across node restarts, whose job ids start again at 1).
    QString currentJobManagerId() const { return m_currentId; }

signals:
    void countersChanged();
    // The active node changed: `index` is -1 while no node can be mined for.
    void activeNodeChanged(int index);

private:
    struct Node {
        NodeSettings settings;
        bool refused = false;         // stopped for good on a token or pin from its files
        std::unique_ptr<NodeClient> client;
        std::optional<NodeJob> job;   // its latest job on the live connection
        NodeCounters counters;
        QElapsedTimer lostFor;        // since its connection went; invalid while up
        qint64 lastAwayMs = 0;        // how long it was away before its last connection
    };

    void onJob(int index, const NodeJob& job);
    void onState(int index, NodeClient::State state);
    void onJobFinished(const JobSnapshot& job);
    // Makes the first connected node with a job the active one.
    void selectActive();
    void startJob(int index);
    void cancelCurrent();
    void onPermanentError(int index, const QString& message);
    // Reads the refused nodes' token and pin files again; connects again
    // where they changed.
    void checkRefusedFiles();

    std::vector<Node> m_nodes;
    JobManager& m_jobs;
    int m_active = -1;
    quint64 m_switches = 0;
    // The node mined for before the active one went, and since when none is
    // active: the switch's log line and its time.
    int m_lastActive = -1;
    QElapsedTimer m_idleFor;
    QTimer m_fileCheck;
    bool m_allDownLogged = false;
    bool m_stopping = false;
    QString m_currentId;          // the job manager's id of the node job
    int m_currentNode = -1;       // the node that job came from
    QString m_currentNodeJobId;
};

} // namespace qm

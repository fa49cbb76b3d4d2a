// Mining for a node over QUIC (docs/NODE-QUIC.md): each NewJob from the
// NodeClient replaces the running node job in the same JobManager (and so the
// same workers, engine, jobs table and metrics as HTTP jobs), starting from a
// random non-zero nonce over the whole QPoW v2 nonce space; a find goes back
// to the node as one JobResult, then the miner waits for the next job.
#pragma once

#include "base/job.h"
#include "base/node_client.h"
#include "base/node_settings.h"

#include <QObject>
#include <QString>

#include <memory>

namespace qm {

class JobManager;

class NodeMiner : public QObject {
    Q_OBJECT
public:
    NodeMiner(const NodeSettings& settings, JobManager& jobs, QObject* parent = nullptr);
    ~NodeMiner() override;

    void start();
    // Stops the client and cancels the node job.
    void stop();

    NodeClient* client() const { return m_client.get(); }
    const NodeSettings& settings() const { return m_settings; }

    // Since start, for metrics and the dashboard.
    struct Counters {
        quint64 jobs = 0;          // NewJob messages received
        quint64 results = 0;       // JobResult messages sent
        quint64 reconnects = 0;    // reconnect attempts scheduled
        qint64 lastJobEpochMs = 0; // wall clock of the last NewJob; 0 before one
        bool connected = false;
        QString nodeJobId;         // the node's id of the job being mined, "" when idle
    };
    Counters counters() const { return m_counters; }
    // The job manager's id of a node job: "node/<sequence>-<node job id>" ('/'
    // never appears in an HTTP job id, and the sequence keeps ids unique
    // across node restarts, whose job ids start again at 1).
    QString currentJobManagerId() const { return m_currentId; }

signals:
    void countersChanged();

private:
    void onJob(const NodeJob& job);
    void onJobFinished(const JobSnapshot& job);
    void cancelCurrent();

    NodeSettings m_settings;
    JobManager& m_jobs;
    std::unique_ptr<NodeClient> m_client;
    Counters m_counters;
    QString m_currentId;
};

} // namespace qm

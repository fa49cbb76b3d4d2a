// Runs a local quantus-node as a child process and keeps it running
// (docs/ARCHITECTURE.md, "The local node"): checks the binary, the ports and
// the database lock first, generates the node identity when it is missing,
// starts the node with LocalNodeConfig::arguments(), waits until the node
// wrote its miner files and logged that its miner server listens, then
// offers the miner its QUIC settings (minerServerReady) -- no token or pin
// handling by the user. A crash restarts it with back-off (1 s doubling to
// 60 s, reset after 10 minutes up) and a visible count. Stopping goes in
// order: minerServerLost first (the miner disconnects), then SIGTERM, then
// SIGKILL after the timeout. It never signals a process it did not start.
//
// Lives on the main thread; its signals are emitted there.
#pragma once

#include "localnode/local_node.h"
#include "node/node_settings.h"
#include "service/log_level.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace qm {

class NodeSupervisor : public QObject {
    Q_OBJECT
public:
    enum class State {
        Stopped,         // not started, or stopped by stop()
        Starting,        // child started, miner server not yet listening
        Running,         // miner server listens, files read
        Restarting,      // crashed; waiting for the back-off to pass
        Stopping,        // SIGTERM sent, waiting for the exit
        Failed,          // will not start without a change: problem() says why
    };
    Q_ENUM(State)

    explicit NodeSupervisor(QObject* parent = nullptr);
    ~NodeSupervisor() override;   // stops the child (bounded wait)

    // Takes effect at the next start(); restarts a running node.
    void setConfig(const LocalNodeConfig& config);
    const LocalNodeConfig& config() const { return m_config; }

    // Checks and starts. Returns false with *error (and state Failed) when
    // the node cannot start: binary missing or not executable, bad config,
    // another node holding the base path's database (its pid named), a port
    // in use (which one and the option to change), node key generation
    // failing.
    bool start(QString* error = nullptr);
    // Orderly stop (async); stopped() once the child is gone.
    void stop();
    // Blocks until the child has ended (app exit path): the SIGTERM grace
    // (setStopTimeoutMs) and then SIGKILL. timeoutMs < 0: that grace plus a
    // moment to reap the child.
    void stopAndWait(int timeoutMs = -1);

    State state() const { return m_state; }
    // The node's `--version` line, read by the last start().
    QString version() const { return m_version; }
    // Why the node is Failed, or the last crash's reason while Restarting.
    QString problem() const { return m_problem; }
    int restartCount() const { return m_restarts; }
    qint64 pid() const;
    QString peerId() const { return m_peerId; }
    // Milliseconds until the next restart while Restarting.
    int restartInMs() const;
    // Valid in state Running.
    NodeSettings minerSettings() const { return m_minerSettings; }
    // Lines of the node's output since start (bounded), for a late viewer.
    QStringList recentLog() const;

    // Test seams: how long SIGTERM may take, the first back-off step.
    void setStopTimeoutMs(int ms) { m_stopTimeoutMs = ms; }
    void setBackoffBaseMs(int ms) { m_backoffBaseMs = ms; }

    // The pid of the process holding <chainDir>/db/full/LOCK (fcntl F_GETLK),
    // 0 when none, -1 when it is held by a process the lock does not name.
    // Also used by the dashboard before it offers to start.
    static qint64 databaseLockHolder(const LocalNodeConfig& config);
    // Which of the config's ports is taken on loopback, as one line with the
    // option that changes it; empty when all are free.
    static QString portProblem(const LocalNodeConfig& config);

signals:
    void stateChanged(qm::NodeSupervisor::State state);
    // The miner may connect now (127.0.0.1:minerPort, the node's files).
    void minerServerReady(const qm::NodeSettings& settings);
    // The miner must let go of the node now: it is stopping or crashed.
    void minerServerLost();
    // Each line the node wrote (stdout and stderr), with the level read from
    // the line ("ERROR"/"WARN" markers; Info otherwise).
    void logLine(const QString& line, qm::LogLevel level);
    // The node's "Successfully mined and submitted a new block" line.
    void blockSubmitted();
    void restarted(int count);
    void stopped();

private:
    void setState(State state);
    bool fail(const QString& reason, QString* error = nullptr);
    bool launch(QString* error = nullptr);
    void onReadyRead(QProcess::ProcessChannel channel);
    void handleLine(const QString& line);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void checkMinerFiles();
    void scheduleRestart(const QString& reason);
    void relaunch();
    // Emits minerServerLost once after minerServerReady.
    void letGo();
    void sendTerminate();
    // The reason an exit needs the user (no restart), or empty.
    QString configProblem(int exitCode, QProcess::ExitStatus status) const;

    LocalNodeConfig m_config;
    QProcess* m_process = nullptr;
    State m_state = State::Stopped;
    QString m_problem;
    QString m_peerId;
    int m_restarts = 0;
    int m_backoffStep = 0;
    int m_stopTimeoutMs = 20000;
    int m_backoffBaseMs = 1000;
    bool m_listening = false;
    bool m_stopRequested = false;
    bool m_readyEmitted = false;    // minerServerReady without minerServerLost since
    bool m_startAfterStop = false;  // setConfig() on a running node
    QString m_version;
    NodeSettings m_minerSettings;
    QTimer m_restartTimer;
    QTimer m_filesTimer;
    QTimer m_termTimer;   // the miner's goodbye reaches the node before SIGTERM
    QTimer m_killTimer;
    QElapsedTimer m_upTime;
    QElapsedTimer m_filesClock;
    // When the child started: miner files older than that are a previous
    // run's, taken only if the node writes no new ones (checkMinerFiles).
    QDateTime m_launchedAt;
    QByteArray m_partial[2];
    QStringList m_recent;
    QString m_fatalLine;   // the last "Error: ..." line, the reason of an exit
};

} // namespace qm

// The running fake quantus-node: the start-up steps with the real node's log
// lines and error texts (node key, database lock, JSON-RPC, Prometheus, the
// QUIC miner server and its files), the scripted chain driven by a tick
// timer, mining through test_node, and the signal / crash behaviour. The
// knobs are documented in fake_quantus_node.cpp.
#pragma once

#include "tests/node/fake_node_chain.h"
#include "tests/node/fake_node_cli.h"
#include "tests/node/fake_node_http.h"
#include "tests/node/test_node.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace qm::fakenode {

// The FAKE_NODE_* environment, read once.
struct Knobs {
    int tickMs = 1000;
    int peers = 3;
    int peersAfterMs = 0;
    quint64 syncBlocks = 0;
    quint64 syncRate = 20;
    int blockTicks = 10;              // 0: no blocks from the network
    quint64 difficulty = 5000;
    QSet<quint64> minedHistory;
    int tipAgeS = 0;                  // age of the last history block at start
    int stopDelayMs = 100;
    bool ignoreSigterm = false;
    int crashAfterMs = -1;            // < 0: never
    QString crashOnceFile;
    int minerFilesDelayMs = 200;
    // Log the listening line first and write the files this long after it
    // (0: files first, as the node does).
    int filesAfterLineMs = 0;
    QString argsFile;
};

// Reads the knobs; a message naming the variable when one is malformed.
std::optional<QString> readKnobs(Knobs& out);

class FakeNode : public QObject {
    Q_OBJECT
public:
    FakeNode(NodeOptions options, Knobs knobs, QObject* parent = nullptr);
    ~FakeNode() override;

    // Start-up steps 1 to 5 (the miner server follows after the files
    // delay). 0 when running; else the exit code, the error already printed.
    int start();

private:
    struct Job {
        QString id;
        MiningHash miningHash{};
    };

    int loadNodeKey();
    int lockDatabase();
    int startServers();
    void startMinerServer();
    void writePidFile();
    // Prints an "Error: ..." line and leaves the event loop with exit code 1.
    void failRunning(const QString& error);

    void tick();
    void setPeers(int peers);
    // The real node's gates: peers, synced, and a tip no older than
    // --max-tip-age (24 hours, the default; a tip without a timestamp, the
    // genesis block, passes).
    bool canMine() const { return m_peers > 0 && m_chain->synced() && tipFresh(); }
    bool tipFresh() const;
    static constexpr qint64 kMaxTipAgeMs = 24LL * 3600 * 1000;
    void ensureJob();
    void sendJob();
    void onResult(const NodeJobResult& result);
    void logImport(const Block& block);
    QString bestAndFinalized() const;

    bool isSyncing() const { return m_peers == 0 || !m_chain->synced(); }
    HttpResponse rpc(const HttpRequest& request) const;
    HttpResponse metrics(const HttpRequest& request) const;

    void installSignalHandlers();
    void onSignal();
    void shutDown();
    void crash();
    void releaseLock();

    NodeOptions m_options;
    Knobs m_knobs;
    QString m_chainDir;
    QString m_dbDir;
    QByteArray m_innerHash;           // 32 bytes: --rewards-inner-hash, else zeros
    std::unique_ptr<FakeChain> m_chain;
    qm::test::TestNode m_miner;
    HttpServer* m_rpc = nullptr;
    HttpServer* m_prometheus = nullptr;
    QTimer m_tickTimer;
    int m_lockFd = -1;
    int m_peers = 0;
    quint64 m_quietTicks = 0;         // ticks without a sync step
    quint64 m_minableTicks = 0;       // ticks spent synced with peers
    int m_jobsSent = 0;
    std::optional<Job> m_job;
    bool m_shuttingDown = false;
    QSocketNotifier* m_signalNotifier = nullptr;
};

} // namespace qm::fakenode

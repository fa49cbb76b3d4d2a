// What a local node says about itself over JSON-RPC (127.0.0.1:rpcPort, POST,
// {"jsonrpc":"2.0","id":N,"method":...}): polled every intervalMs -- peers and
// sync (system_health, system_syncState), the best header (chain_getHeader),
// chain and version once per connection (system_chain, system_version; asked
// again after the node was unreachable), and the best block's timestamp
// (state_getStorage of Timestamp::Now at its hash, read once per best block):
// the node authors no block while its tip is older than --max-tip-age.
// Each new best block (and the ones
// between, up to kScanWindow back) is read for its pre-runtime digest 'pow_'
// carrying the rewards inner hash: those are the blocks mined for this
// rewards key. Also computes the import rate and the time since the last
// imported block.
//
// One poll is one round of these calls and ends with one statusChanged; a
// tick that comes while the previous poll still runs is skipped, so a slow
// node never has more than one poll queued. Each call gives up after one
// interval (at least kMinTimeoutMs) without an answer.
//
// Lives on the main thread; its signals are emitted there.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace qm {

struct NodeChainStatus {
    bool reachable = false;      // the last poll got answers
    QString error;               // why not, when !reachable
    int peers = 0;
    bool isSyncing = false;
    bool shouldHavePeers = true;
    quint64 startingBlock = 0;
    quint64 currentBlock = 0;
    quint64 highestBlock = 0;
    quint64 bestBlock = 0;       // chain_getHeader's number
    QString bestHash;            // "0x..." when known
    QString chain;               // system_chain
    QString version;             // system_version
    double blocksPerSecond = 0;  // imports over the last ~10 s; 0 while unreachable
    QDateTime lastImport;        // UTC; invalid before the first new block
    quint64 minedBlocks = 0;     // blocks for the inner hash seen since start()
    quint64 lastMinedBlock = 0;  // the newest of them; 0 when none
    // The best block's Timestamp::Now (UTC); invalid while unknown (not read
    // yet, or the genesis block, which stores none).
    QDateTime tipTime;
    qint64 tipAgeMs = -1;        // its age at this poll (0 if ahead of our clock); -1 unknown
    // The node's --max-tip-age in ms; 0: no such gate (--force-authoring).
    qint64 maxTipAgeMs = 0;

    // The node waits for a fresh tip: synced as far as it knows, but its
    // best block is older than --max-tip-age, so it authors nothing (the
    // miner gets no work). False while the age is unknown.
    bool tipTooOld() const { return maxTipAgeMs > 0 && tipAgeMs > maxTipAgeMs; }

    // Sync progress 0..100: currentBlock between startingBlock and
    // highestBlock; 100 when not syncing and highest known is reached, at
    // most 99 while the node says it is syncing.
    int syncPercent() const;
};

class NodeRpcMonitor : public QObject {
    Q_OBJECT
public:
    explicit NodeRpcMonitor(QObject* parent = nullptr);
    ~NodeRpcMonitor() override;

    void setPort(quint16 rpcPort);
    quint16 port() const { return m_port; }
    // "0x" + 64 hex (either case); blocks whose digest carries it count as
    // mined. Anything else (or empty) counts nothing.
    void setRewardsInnerHash(const QString& innerHash);
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    // The tip age the node mines under (its --max-tip-age); 0 or less: the
    // node has no such gate. kDefaultMaxTipAgeMs until set.
    void setMaxTipAgeMs(qint64 ms);
    qint64 maxTipAgeMs() const { return m_maxTipAgeMs; }
    void start();     // polls at once, then every interval; counts from here
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    const NodeChainStatus& status() const { return m_status; }

    // The digest log a block mined for `innerHash` carries:
    // "0x06" "706f775f" (pow_) "80" (32 bytes, SCALE compact) + the hash,
    // lowercase.
    static QString powDigestPrefix(const QString& innerHash);

    // The tip age a node started with `nodeArguments` mines under: the value
    // of --max-tip-age (seconds, or a number with a unit: "90s", "30m",
    // "24h", "2d"; parts may follow each other: "1h 30m"), 0 with
    // --force-authoring (it bypasses the gate), else kDefaultMaxTipAgeMs.
    static qint64 maxTipAgeFromArguments(const QStringList& nodeArguments);

    // twox128("Timestamp") ++ twox128("Now"): the storage key of the block
    // timestamp (SCALE u64, milliseconds since the Unix epoch).
    static constexpr const char* kTimestampNowKey =
        "0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb";
    // The node's default --max-tip-age: 24 hours.
    static constexpr qint64 kDefaultMaxTipAgeMs = 24LL * 3600 * 1000;

    static constexpr int kDefaultIntervalMs = 2000;
    static constexpr int kMinIntervalMs = 50;
    // A call gives up after one interval without an answer, but never
    // sooner than this: a busy node on a loaded machine is not gone.
    static constexpr int kMinTimeoutMs = 1000;
    // Blocks read per poll at most: a long gap reads only the newest ones.
    static constexpr quint64 kScanWindow = 64;
    // The import rate looks this far back.
    static constexpr qint64 kRateWindowMs = 10000;

signals:
    void statusChanged(const qm::NodeChainStatus& status);
    // A block mined for the inner hash was imported (once per block number,
    // in ascending order within a poll).
    void blockMined(quint64 number, const QString& hash);

private:
    struct Poll;
    // Called with the result of a call that was answered; returns why the
    // result cannot be used, or an empty string.
    using Done = std::function<QString(const QJsonValue& result)>;

    void poll();
    void call(const std::shared_ptr<Poll>& poll, const QString& method, const QJsonArray& params, Done done);
    void finishMain(const std::shared_ptr<Poll>& poll);
    void scan(const std::shared_ptr<Poll>& poll, quint64 from, quint64 to);
    void finishScan(const std::shared_ptr<Poll>& poll);
    void finishPoll(const std::shared_ptr<Poll>& poll);
    QString endpointText() const;
    int timeoutMs() const { return std::max(m_intervalMs, kMinTimeoutMs); }
    QString replyError(QNetworkReply* reply, const QString& method, int id, QJsonValue* result) const;

    QNetworkAccessManager* m_net = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint16 m_port = 9944;
    int m_intervalMs = kDefaultIntervalMs;
    QString m_prefix;            // powDigestPrefix of the inner hash; empty: none set
    NodeChainStatus m_status;
    int m_nextId = 1;
    quint64 m_generation = 0;    // bumped by stop(): answers of older polls are dropped
    bool m_polling = false;      // a poll is in flight
    bool m_needInfo = true;      // ask system_chain/system_version in the next poll
    bool m_haveBest = false;     // a poll has read the best header since start()
    quint64 m_scannedUpTo = 0;   // blocks up to here were checked for the digest
    QSet<quint64> m_counted;     // block numbers already counted as mined
    QSet<QNetworkReply*> m_replies;
    QList<QPair<qint64, quint64>> m_rateSamples;   // (m_clock msecs, best)
    int m_loggedReachable = -1;  // the state last logged: -1 none yet, 0 no, 1 yes
    qint64 m_maxTipAgeMs = kDefaultMaxTipAgeMs;
    // Whether the node can author blocks, as last logged (one line per change).
    enum class MiningGate { Unknown, NoPeers, Syncing, StaleTip, Open };
    MiningGate m_loggedGate = MiningGate::Unknown;
    void logMiningGate();
};

} // namespace qm

Q_DECLARE_METATYPE(qm::NodeChainStatus)

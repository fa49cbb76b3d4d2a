// The miner's side of the node's QUIC protocol `quantus-miner/2`
// (docs/NODE-QUIC.md): connects to the node (one QuicConnection per attempt),
// sends Ready with the token, turns NewJob frames into `jobReceived`, sends
// JobResult, and survives what the protocol says a client must survive:
// reconnects with back-off on every transient failure, stops for good on a
// refused token or a certificate that does not match the pin.
#pragma once

#include "core/pow.h"
#include "core/u512.h"
#include "node/node_protocol.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

namespace qm {

class QuicConnection;
struct QuicCloseInfo;

struct NodeEndpoint {
    QString host;
    quint16 port = 9833;
    QByteArray token;        // miner-auth-token; surrounding whitespace is ignored
    QByteArray certSha256;   // 32 raw bytes: SHA-256 of the node's certificate (DER)
    // 0: QuicClientConfig's defaults. Shorter with failover nodes, so that a
    // node that vanishes without a word is given up within seconds.
    int idleTimeoutMs = 0;
    int keepAliveMs = 0;
};

struct NodeJob {
    QString jobId;
    MiningHash miningHash{};
    U512 difficulty;
};

class NodeClient : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Authenticating, Connected, Retrying, Stopped };
    Q_ENUM(State)

    explicit NodeClient(const NodeEndpoint& endpoint, QObject* parent = nullptr);
    ~NodeClient() override;

    // Connects; reconnects on its own until stop() or a permanent error.
    void start();
    void stop();
    // Stops for good with this reason, as for a refused token: settings that
    // cannot be used (a token file that is gone).
    void stopWithError(const QString& message);
    State state() const { return m_state; }
    // One line for people, e.g. "retrying in 4 s: connection refused",
    // "stopped: auth failed (wrong token?)".
    QString stateDetail() const;
    // Seconds until the next attempt while Retrying, else 0.
    int retryInSeconds() const;
    // Sends JobResult{"completed", jobId, nonce, work = the nonce as 64 bytes
    // big-endian hex, hashCount, elapsedSeconds}; false when not connected.
    bool sendResult(const QString& jobId, const U512& nonce, quint64 hashCount, double elapsedSeconds);
    // Test seam: shorten the back-off (defaults 1000 ms -> 30000 ms, doubling).
    void setBackoff(int firstMs, int maxMs);
    // New credentials (the node rewrote its token or pin file), used from the
    // next start(); only while Idle or Stopped.
    void setCredentials(const QByteArray& token, const QByteArray& certSha256);

    static constexpr int kDefaultBackoffFirstMs = 1000;
    static constexpr int kDefaultBackoffMaxMs = 30000;
    // A connection that stayed up this long resets the back-off.
    static constexpr int kStableConnectionMs = 10000;
    // Without a job, Ready counts as accepted once the node kept the
    // connection open this long (a wrong token is refused within one RTT).
    static constexpr int kAuthGraceMs = 1000;
    // The application error codes this client closes with.
    static constexpr quint64 kCloseStopped = 0;
    static constexpr quint64 kCloseProtocolError = 1;

signals:
    void stateChanged(qm::NodeClient::State state, const QString& detail);
    // Each NewJob; it replaces the previous job.
    void jobReceived(const qm::NodeJob& job);
    // auth failed / auth timeout / pin mismatch / unusable settings: no more retries.
    void permanentError(const QString& message);
    void reconnecting(int attempt, int delayMs);

private:
    void connectNow();
    void onEstablished();
    void onReceived(const QByteArray& bytes);
    void onClosed(const QuicCloseInfo& info);
    void protocolError(const QString& message);
    void scheduleRetry(const QString& reason);
    void stopPermanently(const QString& detail, const QString& message);
    void setState(State state, const QString& detail);
    void markConnected();
    void dropConnection();
    QString endpointText() const;

    NodeEndpoint m_endpoint;
    State m_state = State::Idle;
    QString m_detail;          // for Retrying: the reason only
    QuicConnection* m_connection = nullptr;
    NodeFrameDecoder m_decoder;
    QString m_localCloseReason;   // set when this side closes for a protocol error
    QTimer m_retryTimer;
    QTimer m_authGraceTimer;
    QElapsedTimer m_connectedFor;
    int m_backoffFirstMs = kDefaultBackoffFirstMs;
    int m_backoffMaxMs = kDefaultBackoffMaxMs;
    int m_nextDelayMs = kDefaultBackoffFirstMs;
    int m_attempt = 0;          // failed attempts since the last stable connection
    int m_addressIndex = 0;     // walks through every address of a host name
};

} // namespace qm

Q_DECLARE_METATYPE(qm::NodeJob)

// A QUIC test node for the node-protocol tests: an ngtcp2 + GnuTLS server on
// 127.0.0.1 (or ::1) that behaves like the Quantus node's miner server
// (docs/NODE-QUIC.md): a self-signed ECDSA P-256 certificate for localhost
// made at run time, ALPN quantus-miner/2, one client-opened bidirectional
// stream, Ready with the token first (else application close 0 "auth
// failed"; too late: "auth timeout"), NewJob to every authenticated miner,
// JobResult recorded. For the robustness tests it also sends raw bytes
// (split, coalesced, oversize, not JSON), can stop hard or gracefully and
// start again on the same port, and its idle timeout is configurable.
#pragma once

#include "core/pow.h"
#include "core/u512.h"
#include "node/node_protocol.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <map>
#include <memory>

class QUdpSocket;

namespace qm::test {

class TestNode : public QObject {
    Q_OBJECT
public:
    explicit TestNode(QObject* parent = nullptr);
    ~TestNode() override;

    // Binds `address`:`port` (0: a free port, kept for later restarts);
    // 127.0.0.1 unless ::1 is asked for.
    bool start(quint16 port = 0, const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    // Graceful: every connection gets CONNECTION_CLOSE (no error) first.
    // Hard: the node just vanishes, as a killed process would.
    void stop(bool graceful);
    bool isRunning() const { return m_socket != nullptr; }
    quint16 port() const { return m_port; }
    // SHA-256 of the certificate's DER: the pin a miner needs (32 bytes).
    QByteArray certSha256() const { return m_certSha256; }

    void setToken(const QByteArray& token) { m_token = token; }
    // The max_idle_timeout the node advertises (the real node: 60 s).
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    void setAuthTimeoutMs(int ms) { m_authTimeoutMs = ms; }
    // Read nothing from miners, so that the auth timeout fires.
    void setIgnoreStreamData(bool ignore) { m_ignoreStreamData = ignore; }
    // The ALPN the node insists on; empty: the node negotiates none (a
    // server that is not a Quantus node).
    void setAlpn(const QByteArray& alpn) { m_alpn = alpn; }

    // Makes this the current job and sends it to every authenticated miner;
    // a miner that authenticates later gets it at once.
    void sendNewJob(const QString& jobId, const MiningHash& miningHash, const U512& difficulty);
    // Bytes on every authenticated miner's stream, in one write.
    void sendRaw(const QByteArray& bytes);
    // The same bytes in pieces of `pieceBytes`, each flushed in its own
    // packet `gapMs` apart, so the miner reads them separately.
    void sendRawInPieces(const QByteArray& bytes, int pieceBytes, int gapMs = 20);

    int connectionsAccepted() const { return m_connectionsAccepted; }
    int handshakesCompleted() const { return m_handshakesCompleted; }
    int readyCount() const { return m_readyCount; }
    // Datagrams from miners, all connections together (keep-alives count).
    int datagramsReceived() const { return m_datagramsReceived; }
    int authenticatedConnections() const;
    QList<NodeJobResult> results() const { return m_results; }
    // The last token a Ready carried (right or wrong).
    QByteArray lastTokenSeen() const { return m_lastToken; }

signals:
    void readyReceived();
    void resultReceived(const qm::NodeJobResult& result);

private:
    struct Connection;
    friend struct TestNodeCallbacks;

    void makeCertificate();
    void onReadyRead();
    void accept(const QHostAddress& peer, quint16 peerPort, const QByteArray& datagram);
    void feed(Connection& c, const QByteArray& datagram);
    void afterEvents(Connection& c);
    void handleFrames(Connection& c);
    void queue(Connection& c, const QByteArray& bytes);
    void writePackets(Connection& c);
    void scheduleTimer(Connection& c);
    void onTimer(Connection& c);
    // Application close (code, reason) or, with application false, a
    // transport close with NO_ERROR; the entry lingers briefly to repeat it.
    void closeConnection(Connection& c, bool application, quint64 code, const QByteArray& reason);
    void removeLater(const QString& key);
    void sendDatagram(Connection& c, const uint8_t* data, size_t size);

    QUdpSocket* m_socket = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QByteArray m_token = "test-token";
    int m_idleTimeoutMs = 60000;
    int m_authTimeoutMs = 10000;
    bool m_ignoreStreamData = false;
    QByteArray m_alpn = "quantus-miner/2";

    struct Tls;
    std::unique_ptr<Tls> m_tls;
    QByteArray m_certSha256;

    std::map<QString, std::unique_ptr<Connection>> m_connections;   // by "address:port" of the miner
    std::optional<NodeNewJob> m_currentJob;
    int m_connectionsAccepted = 0;
    int m_handshakesCompleted = 0;
    int m_readyCount = 0;
    int m_datagramsReceived = 0;
    QList<NodeJobResult> m_results;
    QByteArray m_lastToken;
};

} // namespace qm::test

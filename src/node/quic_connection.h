// One QUIC v1 client connection (ngtcp2 + GnuTLS) driven by the Qt event
// loop: a connected QUdpSocket feeds ngtcp2, a QTimer serves ngtcp2's expiry
// (loss recovery, idle timeout, keep-alive PINGs). TLS 1.3 with one ALPN, an
// SNI name, no client certificate and a SHA-256 pin on the server's leaf
// certificate, checked while the handshake runs. The connection carries one
// bidirectional stream, opened by the client once the handshake is done.
//
// One object per connection attempt: open() once, then `established`,
// `received` and finally `closed` (exactly once). Delete it (deleteLater)
// after `closed`.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <deque>
#include <memory>

class QUdpSocket;

namespace qm {

struct QuicClientConfig {
    QByteArray alpn = "quantus-miner/2";
    QByteArray serverName = "localhost";
    // SHA-256 of the DER of the server's leaf certificate: 32 raw bytes.
    QByteArray certSha256;
    int idleTimeoutMs = 15000;
    // PING after this much quiet; shortened to half the negotiated idle
    // timeout when the server's is shorter, so the connection never idles out.
    int keepAliveMs = 5000;
    int handshakeTimeoutMs = 10000;
};

// Why a connection ended.
enum class QuicCloseKind {
    Local,              // close() was called
    ResolveFailed,      // the host name has no address
    Unreachable,        // socket error: connection refused, no route, ...
    HandshakeTimeout,
    IdleTimeout,
    PinMismatch,        // the server's certificate does not match the pin
    TlsFailure,         // any other TLS or QUIC handshake failure (ALPN, alert)
    PeerClosed,         // the server sent CONNECTION_CLOSE (see code / reason)
    StreamClosed,       // the server finished or reset the stream
    ProtocolError,      // a local QUIC error (ngtcp2 refused a packet)
};

struct QuicCloseInfo {
    QuicCloseKind kind = QuicCloseKind::Local;
    bool applicationError = false;   // PeerClosed: an application close (0x1d)
    quint64 errorCode = 0;           // PeerClosed: the peer's error code
    QByteArray reason;               // PeerClosed: the peer's reason phrase
    QString message;                 // for people: what happened
};

class QuicConnection : public QObject {
    Q_OBJECT
public:
    explicit QuicConnection(const QuicClientConfig& config, QObject* parent = nullptr);
    ~QuicConnection() override;

    // Resolves `host` (a name or an address literal, IPv4 or IPv6) and
    // connects to its address number `addressIndex` modulo the count, so
    // successive attempts walk through every address a name has.
    void open(const QString& host, quint16 port, int addressIndex = 0);

    // Queues bytes on the stream and writes what flow control allows; false
    // before `established`, after `closed`, or when writing failed (then
    // `closed` has been emitted before this returns).
    bool send(const QByteArray& bytes);

    // Closes with an application error (CONNECTION_CLOSE 0x1d) and emits
    // `closed` (kind Local, message `reason`). No-op once closed.
    void close(quint64 applicationErrorCode, const QByteArray& reason);

    bool isEstablished() const { return m_established && !m_finished; }
    // The address connected to, once the socket is up ("127.0.0.1:9833").
    QString peerText() const;

signals:
    void established();
    void received(const QByteArray& bytes);
    void closed(const qm::QuicCloseInfo& info);

private:
    struct Native;   // ngtcp2 and GnuTLS state

    void connectTo(const QHostAddress& address);
    void startHandshake();
    void onReadyRead();
    void onTimer();
    // One datagram to the peer; false (and finished) on a socket error.
    bool sendDatagram(const uint8_t* data, size_t size);
    void failSocket(const QString& message);
    // Runs after every read or timer event, outside ngtcp2's callbacks:
    // opens the stream, delivers data, writes packets, re-arms the timer.
    void afterEvents();
    void writePackets();
    void scheduleTimer();
    // A negative ngtcp2 result from reading or writing.
    void failWithLibError(int liberr);
    void sendConnectionClose(bool application, quint64 code, const QByteArray& reason, quint8 tlsAlert = 0);
    void finish(QuicCloseInfo info);
    void applyKeepAlive();

    // ngtcp2 callbacks (static trampolines live in the .cpp).
    friend struct QuicCallbacks;
    int onHandshakeCompleted();
    void onStreamData(int64_t streamId, const uint8_t* data, size_t length, bool fin);
    void onStreamAcked(uint64_t offset, uint64_t length);
    void onStreamClosed(int64_t streamId);
    int verifyCertificate();

    QuicClientConfig m_config;
    QString m_host;
    quint16 m_port = 0;
    int m_addressIndex = 0;
    int m_lookupId = -1;
    QHostAddress m_peer;
    QUdpSocket* m_socket = nullptr;
    QTimer m_timer;
    std::unique_ptr<Native> m_native;

    bool m_handshakeDone = false;     // set in the ngtcp2 callback
    bool m_established = false;       // stream open, `established` emitted
    bool m_finished = false;
    bool m_pinChecked = false;
    bool m_pinMismatch = false;
    bool m_alpnMismatch = false;
    bool m_streamClosed = false;
    int64_t m_streamId = -1;
    QByteArray m_inbox;               // stream bytes not yet delivered

    // Stream bytes must stay put until acknowledged (ngtcp2 keeps pointers
    // to them for retransmission): one QByteArray per send(), never changed.
    struct TxChunk {
        QByteArray data;
        uint64_t offset = 0;   // stream offset of data[0]
    };
    std::deque<TxChunk> m_tx;
    uint64_t m_txSent = 0;    // stream offset up to which ngtcp2 took data
    uint64_t m_txEnd = 0;     // stream offset after the last queued byte
};

} // namespace qm

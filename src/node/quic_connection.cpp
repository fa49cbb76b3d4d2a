// The QUIC client connection: ngtcp2 (0.12 API) with its GnuTLS crypto helper,
// fed by a connected QUdpSocket (datagrams are read through it and written
// with send(2) on its descriptor, for exact errors) and a QTimer for ngtcp2's
// expiry. ngtcp2's callbacks only record
// what happened; everything that may emit a signal runs in afterEvents(),
// outside the library, because slots may call back into this object.
#include "node/quic_connection.h"

#include "node/quic_support.h"

#include <QHostInfo>
#include <QPointer>
#include <QUdpSocket>

#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <ngtcp2/ngtcp2.h>
#include <ngtcp2/ngtcp2_crypto.h>
#include <ngtcp2/ngtcp2_crypto_gnutls.h>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>

namespace qm {

namespace {

constexpr uint8_t kTlsAlertBadCertificate = 42;
constexpr uint8_t kTlsAlertNoApplicationProtocol = 120;

using quic::fillSockaddr;
using quic::kCidLength;
using quic::kMaxUdpPayload;
using quic::timestampNow;
constexpr const char* kPriority = quic::kTlsPriority;

QString hostPort(const QHostAddress& address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString closeReasonText(const QByteArray& reason)
{
    // The reason phrase comes from the network: show printable text only.
    QString text = QString::fromUtf8(reason);
    for (QChar& c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    return text;
}

} // namespace

struct QuicConnection::Native {
    ngtcp2_conn* conn = nullptr;
    gnutls_session_t session = nullptr;
    gnutls_certificate_credentials_t credentials = nullptr;
    ngtcp2_crypto_conn_ref connRef{};
    ngtcp2_path_storage path{};

    Native() = default;
    Native(const Native&) = delete;
    Native& operator=(const Native&) = delete;
    ~Native()
    {
        // The connection first: it frees key material through callbacks.
        if (conn)
            ngtcp2_conn_del(conn);
        if (session)
            gnutls_deinit(session);
        if (credentials)
            gnutls_certificate_free_credentials(credentials);
    }
};

// Trampolines from ngtcp2 and GnuTLS into the connection object.
struct QuicCallbacks {
    static QuicConnection* self(void* userData) { return static_cast<QuicConnection*>(userData); }

    static int handshakeCompleted(ngtcp2_conn*, void* userData) { return self(userData)->onHandshakeCompleted(); }

    static int recvStreamData(ngtcp2_conn* conn, uint32_t flags, int64_t streamId, uint64_t, const uint8_t* data,
                              size_t length, void* userData, void*)
    {
        self(userData)->onStreamData(streamId, data, length, (flags & NGTCP2_STREAM_DATA_FLAG_FIN) != 0);
        // The bytes are consumed at once: open the flow-control windows
        // again so a connection that lives for days never stalls.
        ngtcp2_conn_extend_max_stream_offset(conn, streamId, length);
        ngtcp2_conn_extend_max_offset(conn, length);
        return 0;
    }

    static int ackedStreamData(ngtcp2_conn*, int64_t, uint64_t offset, uint64_t length, void* userData, void*)
    {
        self(userData)->onStreamAcked(offset, length);
        return 0;
    }

    static int streamClose(ngtcp2_conn*, uint32_t, int64_t streamId, uint64_t, void* userData, void*)
    {
        self(userData)->onStreamClosed(streamId);
        return 0;
    }

    static int streamReset(ngtcp2_conn*, int64_t streamId, uint64_t, uint64_t, void* userData, void*)
    {
        self(userData)->onStreamClosed(streamId);
        return 0;
    }

    static ngtcp2_conn* getConn(ngtcp2_crypto_conn_ref* ref)
    {
        return static_cast<QuicConnection*>(ref->user_data)->m_native->conn;
    }

    static int verify(gnutls_session_t session)
    {
        auto* ref = static_cast<ngtcp2_crypto_conn_ref*>(gnutls_session_get_ptr(session));
        return static_cast<QuicConnection*>(ref->user_data)->verifyCertificate();
    }
};

QuicConnection::QuicConnection(const QuicClientConfig& config, QObject* parent)
    : QObject(parent),
      m_config(config)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &QuicConnection::onTimer);
}

QuicConnection::~QuicConnection()
{
    m_timer.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QString QuicConnection::peerText() const
{
    return m_peer.isNull() ? QStringLiteral("%1:%2").arg(m_host).arg(m_port) : hostPort(m_peer, m_port);
}

void QuicConnection::open(const QString& host, quint16 port, int addressIndex)
{
    m_host = host;
    m_port = port;
    m_addressIndex = std::max(0, addressIndex);
    QHostAddress literal;
    if (literal.setAddress(host)) {
        // Deferred so that no signal is emitted from inside open().
        QTimer::singleShot(0, this, [this, literal] { connectTo(literal); });
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo& info) {
        m_lookupId = -1;
        if (m_finished)
            return;
        QList<QHostAddress> usable;
        for (const QHostAddress& a : info.addresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol || a.protocol() == QAbstractSocket::IPv6Protocol)
                usable.append(a);
        }
        if (info.error() != QHostInfo::NoError || usable.isEmpty()) {
            QuicCloseInfo close;
            close.kind = QuicCloseKind::ResolveFailed;
            close.message = QStringLiteral("cannot resolve %1: %2")
                                .arg(m_host, info.error() != QHostInfo::NoError ? info.errorString()
                                                                                 : QStringLiteral("no address"));
            finish(close);
            return;
        }
        connectTo(usable.at(m_addressIndex % usable.size()));
    });
}

void QuicConnection::connectTo(const QHostAddress& address)
{
    if (m_finished)
        return;
    m_peer = address;
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &QuicConnection::onReadyRead);
    // A connected UDP socket: the kernel filters other senders, and an ICMP
    // "port unreachable" surfaces as ConnectionRefusedError at once instead
    // of a 10 s handshake timeout.
    connect(m_socket, &QAbstractSocket::connected, this, &QuicConnection::startHandshake);
    m_socket->connectToHost(address, m_port);
}

void QuicConnection::startHandshake()
{
    if (m_finished || m_native)
        return;
    auto fail = [this](const QString& what) {
        QuicCloseInfo info;
        info.kind = QuicCloseKind::TlsFailure;
        info.message = QStringLiteral("QUIC set-up failed: %1").arg(what);
        finish(info);
    };

    m_native = std::make_unique<Native>();
    Native& n = *m_native;

    ngtcp2_sockaddr_union local{};
    ngtcp2_sockaddr_union remote{};
    ngtcp2_socklen localLength = 0;
    ngtcp2_socklen remoteLength = 0;
    QHostAddress localAddress = m_socket->localAddress();
    if (localAddress.isNull())
        localAddress = m_peer.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                         : QHostAddress(QHostAddress::AnyIPv4);
    if (!fillSockaddr(localAddress, m_socket->localPort(), &local, &localLength)
        || !fillSockaddr(m_peer, m_port, &remote, &remoteLength))
        return fail(QStringLiteral("unsupported address %1").arg(m_peer.toString()));
    ngtcp2_path_storage_init(&n.path, &local.sa, localLength, &remote.sa, remoteLength, nullptr);

    ngtcp2_cid dcid;
    ngtcp2_cid scid;
    dcid.datalen = kCidLength;
    scid.datalen = kCidLength;
    if (gnutls_rnd(GNUTLS_RND_RANDOM, dcid.data, kCidLength) != 0
        || gnutls_rnd(GNUTLS_RND_RANDOM, scid.data, kCidLength) != 0)
        return fail(QStringLiteral("no random numbers"));

    ngtcp2_callbacks callbacks = quic::cryptoCallbacks(true);
    callbacks.handshake_completed = QuicCallbacks::handshakeCompleted;
    callbacks.recv_stream_data = QuicCallbacks::recvStreamData;
    callbacks.acked_stream_data_offset = QuicCallbacks::ackedStreamData;
    callbacks.stream_close = QuicCallbacks::streamClose;
    callbacks.stream_reset = QuicCallbacks::streamReset;

    ngtcp2_settings settings;
    ngtcp2_settings_default(&settings);
    settings.initial_ts = timestampNow();
    settings.handshake_timeout = static_cast<ngtcp2_duration>(m_config.handshakeTimeoutMs) * NGTCP2_MILLISECONDS;

    ngtcp2_transport_params params;
    ngtcp2_transport_params_default(&params);
    params.initial_max_stream_data_bidi_local = 256 * 1024;
    params.initial_max_data = 1024 * 1024;
    // The node opens no streams of its own.
    params.initial_max_streams_bidi = 0;
    params.initial_max_streams_uni = 0;
    params.max_idle_timeout = static_cast<ngtcp2_duration>(m_config.idleTimeoutMs) * NGTCP2_MILLISECONDS;
    params.disable_active_migration = 1;

    if (ngtcp2_conn_client_new(&n.conn, &dcid, &scid, &n.path.path, NGTCP2_PROTO_VER_V1, &callbacks, &settings,
                               &params, nullptr, this)
        != 0)
        return fail(QStringLiteral("ngtcp2_conn_client_new"));

    if (gnutls_certificate_allocate_credentials(&n.credentials) != 0)
        return fail(QStringLiteral("gnutls_certificate_allocate_credentials"));
    if (gnutls_init(&n.session, GNUTLS_CLIENT | GNUTLS_NO_TICKETS) != 0)
        return fail(QStringLiteral("gnutls_init"));
    if (gnutls_priority_set_direct(n.session, kPriority, nullptr) != 0)
        return fail(QStringLiteral("gnutls_priority_set_direct"));
    if (ngtcp2_crypto_gnutls_configure_client_session(n.session) != 0)
        return fail(QStringLiteral("ngtcp2_crypto_gnutls_configure_client_session"));
    n.connRef.get_conn = QuicCallbacks::getConn;
    n.connRef.user_data = this;
    gnutls_session_set_ptr(n.session, &n.connRef);
    if (gnutls_credentials_set(n.session, GNUTLS_CRD_CERTIFICATE, n.credentials) != 0)
        return fail(QStringLiteral("gnutls_credentials_set"));
    // No CA: the pin is the only thing that makes a certificate acceptable,
    // and it is checked when the certificate arrives, before any stream data.
    gnutls_session_set_verify_function(n.session, QuicCallbacks::verify);
    gnutls_datum_t alpn{reinterpret_cast<unsigned char*>(m_config.alpn.data()),
                        static_cast<unsigned int>(m_config.alpn.size())};
    if (gnutls_alpn_set_protocols(n.session, &alpn, 1, GNUTLS_ALPN_MANDATORY) != 0)
        return fail(QStringLiteral("gnutls_alpn_set_protocols"));
    if (!m_config.serverName.isEmpty()
        && gnutls_server_name_set(n.session, GNUTLS_NAME_DNS, m_config.serverName.constData(),
                                  static_cast<size_t>(m_config.serverName.size()))
               != 0)
        return fail(QStringLiteral("gnutls_server_name_set"));
    ngtcp2_conn_set_tls_native_handle(n.conn, n.session);

    afterEvents();
}

int QuicConnection::verifyCertificate()
{
    unsigned int count = 0;
    const gnutls_datum_t* chain = gnutls_certificate_get_peers(m_native->session, &count);
    std::array<uint8_t, 32> digest{};
    if (chain == nullptr || count == 0
        || gnutls_hash_fast(GNUTLS_DIG_SHA256, chain[0].data, chain[0].size, digest.data()) != 0
        || m_config.certSha256.size() != static_cast<qsizetype>(digest.size())) {
        m_pinMismatch = true;
        return -1;
    }
    // Constant time: the comparison does not stop at the first difference.
    unsigned char difference = 0;
    for (size_t i = 0; i < digest.size(); ++i)
        difference |= static_cast<unsigned char>(digest[i] ^ static_cast<uint8_t>(m_config.certSha256[qsizetype(i)]));
    if (difference != 0) {
        m_pinMismatch = true;
        return -1;
    }
    m_pinChecked = true;
    return 0;
}

int QuicConnection::onHandshakeCompleted()
{
    gnutls_datum_t selected{};
    if (gnutls_alpn_get_selected_protocol(m_native->session, &selected) != 0
        || selected.size != static_cast<unsigned int>(m_config.alpn.size())
        || std::memcmp(selected.data, m_config.alpn.constData(), selected.size) != 0) {
        m_alpnMismatch = true;
        return NGTCP2_ERR_CALLBACK_FAILURE;
    }
    // A handshake without a certificate (a resumed session) never saw the pin.
    if (!m_pinChecked) {
        m_pinMismatch = true;
        return NGTCP2_ERR_CALLBACK_FAILURE;
    }
    m_handshakeDone = true;
    return 0;
}

void QuicConnection::onStreamData(int64_t streamId, const uint8_t* data, size_t length, bool fin)
{
    if (streamId != m_streamId)
        return;
    m_inbox.append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    if (fin)
        m_streamClosed = true;
}

void QuicConnection::onStreamAcked(uint64_t offset, uint64_t length)
{
    const uint64_t end = offset + length;
    while (!m_tx.empty() && m_tx.front().offset + static_cast<uint64_t>(m_tx.front().data.size()) <= end)
        m_tx.pop_front();
}

void QuicConnection::onStreamClosed(int64_t streamId)
{
    if (streamId == m_streamId)
        m_streamClosed = true;
}

void QuicConnection::onReadyRead()
{
    if (m_finished || !m_socket)
        return;
    // readDatagram() until it runs dry, not hasPendingDatagrams(): that
    // peek swallows the ICMP error of a connected socket, which readDatagram
    // reports as ConnectionRefusedError. Every readDatagram() also re-arms
    // QUdpSocket's read notification.
    std::array<uint8_t, 65536> buffer;
    for (;;) {
        const qint64 size = m_socket->readDatagram(reinterpret_cast<char*>(buffer.data()), qint64(buffer.size()));
        if (size < 0) {
            const auto error = m_socket->error();
            if (error == QAbstractSocket::TemporaryError)
                break;   // nothing more to read
            failSocket(error == QAbstractSocket::ConnectionRefusedError ? QStringLiteral("connection refused")
                                                                         : m_socket->errorString());
            return;
        }
        if (!m_native || !m_native->conn)
            continue;
        ngtcp2_pkt_info info{};
        const int rv = ngtcp2_conn_read_pkt(m_native->conn, &m_native->path.path, &info, buffer.data(),
                                            static_cast<size_t>(size), timestampNow());
        if (rv != 0) {
            failWithLibError(rv);
            return;
        }
    }
    afterEvents();
}

bool QuicConnection::sendDatagram(const uint8_t* data, size_t size)
{
    // Raw send() on the descriptor: QUdpSocket::write() reports the
    // ECONNREFUSED of a connected socket only as "Unknown error".
    const int fd = static_cast<int>(m_socket->socketDescriptor());
    for (;;) {
        if (::send(fd, data, size, MSG_DONTWAIT) >= 0)
            return true;
        if (errno == EINTR)
            continue;
        // A full socket buffer loses this datagram; QUIC's loss recovery
        // sends it again.
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS)
            return true;
        failSocket(errno == ECONNREFUSED ? QStringLiteral("connection refused")
                                         : QString::fromLocal8Bit(std::strerror(errno)).toLower());
        return false;
    }
}

void QuicConnection::failSocket(const QString& message)
{
    QuicCloseInfo info;
    info.kind = QuicCloseKind::Unreachable;
    info.message = message;
    finish(info);
}

void QuicConnection::onTimer()
{
    if (m_finished || !m_native || !m_native->conn)
        return;
    const int rv = ngtcp2_conn_handle_expiry(m_native->conn, timestampNow());
    if (rv != 0) {
        failWithLibError(rv);
        return;
    }
    afterEvents();
}

void QuicConnection::afterEvents()
{
    if (m_finished || !m_native || !m_native->conn)
        return;
    QPointer<QuicConnection> guard(this);
    if (m_handshakeDone && !m_established) {
        if (ngtcp2_conn_open_bidi_stream(m_native->conn, &m_streamId, nullptr) != 0) {
            sendConnectionClose(true, 0, QByteArrayLiteral("no stream"));
            QuicCloseInfo info;
            info.kind = QuicCloseKind::ProtocolError;
            info.message = QStringLiteral("the server allows no bidirectional stream");
            finish(info);
            return;
        }
        applyKeepAlive();
        m_established = true;
        emit established();
        if (!guard || m_finished)
            return;
    }
    if (!m_inbox.isEmpty()) {
        QByteArray bytes;
        bytes.swap(m_inbox);
        emit received(bytes);
        if (!guard || m_finished)
            return;
    }
    if (m_streamClosed) {
        sendConnectionClose(true, 0, QByteArrayLiteral("stream closed"));
        QuicCloseInfo info;
        info.kind = QuicCloseKind::StreamClosed;
        info.message = QStringLiteral("the node closed the stream");
        finish(info);
        return;
    }
    writePackets();
    if (guard && !m_finished)
        scheduleTimer();
}

void QuicConnection::writePackets()
{
    if (m_finished || !m_native || !m_native->conn)
        return;
    std::array<uint8_t, kMaxUdpPayload> packet;
    ngtcp2_path_storage ps;
    ngtcp2_path_storage_zero(&ps);
    ngtcp2_pkt_info info{};
    const ngtcp2_tstamp now = timestampNow();
    bool streamBlocked = false;
    // Bounded: each round either sends a datagram or ends the loop.
    for (int round = 0; round < 4096; ++round) {
        std::array<ngtcp2_vec, 16> vecs{};
        size_t vecCount = 0;
        int64_t streamId = -1;
        if (m_established && !streamBlocked && m_txSent < m_txEnd) {
            for (const TxChunk& chunk : m_tx) {
                const uint64_t end = chunk.offset + static_cast<uint64_t>(chunk.data.size());
                if (end <= m_txSent)
                    continue;
                const uint64_t skip = m_txSent > chunk.offset ? m_txSent - chunk.offset : 0;
                vecs[vecCount].base = reinterpret_cast<uint8_t*>(const_cast<char*>(chunk.data.constData())) + skip;
                vecs[vecCount].len = static_cast<size_t>(end - chunk.offset - skip);
                if (++vecCount == vecs.size())
                    break;
            }
            streamId = m_streamId;
        }
        ngtcp2_ssize accepted = -1;
        const ngtcp2_ssize written =
            ngtcp2_conn_writev_stream(m_native->conn, &ps.path, &info, packet.data(), packet.size(), &accepted,
                                      NGTCP2_WRITE_STREAM_FLAG_NONE, streamId, vecCount ? vecs.data() : nullptr,
                                      vecCount, now);
        if (written < 0) {
            if (written == NGTCP2_ERR_STREAM_DATA_BLOCKED || written == NGTCP2_ERR_STREAM_SHUT_WR
                || written == NGTCP2_ERR_STREAM_NOT_FOUND) {
                streamBlocked = true;
                continue;
            }
            failWithLibError(static_cast<int>(written));
            return;
        }
        if (accepted > 0)
            m_txSent += static_cast<uint64_t>(accepted);
        if (written == 0)
            break;
        if (!sendDatagram(packet.data(), static_cast<size_t>(written)))
            return;
    }
    ngtcp2_conn_update_pkt_tx_time(m_native->conn, now);
}

void QuicConnection::scheduleTimer()
{
    const ngtcp2_tstamp expiry = ngtcp2_conn_get_expiry(m_native->conn);
    if (expiry == UINT64_MAX) {
        m_timer.stop();
        return;
    }
    const ngtcp2_tstamp now = timestampNow();
    const uint64_t delayNs = expiry > now ? expiry - now : 0;
    // Rounded up: waking before the expiry would only spin.
    const uint64_t delayMs = (delayNs + NGTCP2_MILLISECONDS - 1) / NGTCP2_MILLISECONDS;
    m_timer.start(static_cast<int>(std::min<uint64_t>(delayMs, INT_MAX)));
}

void QuicConnection::applyKeepAlive()
{
    ngtcp2_duration idle = static_cast<ngtcp2_duration>(m_config.idleTimeoutMs) * NGTCP2_MILLISECONDS;
    const ngtcp2_transport_params* remote = ngtcp2_conn_get_remote_transport_params(m_native->conn);
    if (remote && remote->max_idle_timeout != 0 && remote->max_idle_timeout < idle)
        idle = remote->max_idle_timeout;
    const ngtcp2_duration configured = static_cast<ngtcp2_duration>(m_config.keepAliveMs) * NGTCP2_MILLISECONDS;
    ngtcp2_conn_set_keep_alive_timeout(m_native->conn, std::min(configured, idle / 2));
}

bool QuicConnection::send(const QByteArray& bytes)
{
    if (!isEstablished())
        return false;
    if (bytes.isEmpty())
        return true;
    m_tx.push_back(TxChunk{bytes, m_txEnd});
    m_txEnd += static_cast<uint64_t>(bytes.size());
    QPointer<QuicConnection> guard(this);
    writePackets();
    // A socket error while writing has closed the connection (and emitted
    // `closed`) already.
    if (!guard || m_finished)
        return false;
    scheduleTimer();
    return true;
}

void QuicConnection::close(quint64 applicationErrorCode, const QByteArray& reason)
{
    if (m_finished)
        return;
    sendConnectionClose(true, applicationErrorCode, reason);
    QuicCloseInfo info;
    info.kind = QuicCloseKind::Local;
    info.message = QString::fromUtf8(reason);
    finish(info);
}

void QuicConnection::sendConnectionClose(bool application, quint64 code, const QByteArray& reason, quint8 tlsAlert)
{
    if (!m_native || !m_native->conn || !m_socket || ngtcp2_conn_is_in_closing_period(m_native->conn)
        || ngtcp2_conn_is_in_draining_period(m_native->conn))
        return;
    ngtcp2_connection_close_error error;
    ngtcp2_connection_close_error_default(&error);
    if (application) {
        ngtcp2_connection_close_error_set_application_error(
            &error, code, reinterpret_cast<const uint8_t*>(reason.constData()), static_cast<size_t>(reason.size()));
    } else if (tlsAlert != 0) {
        ngtcp2_connection_close_error_set_transport_error_tls_alert(&error, tlsAlert, nullptr, 0);
    } else {
        ngtcp2_connection_close_error_set_transport_error_liberr(&error, static_cast<int>(code), nullptr, 0);
    }
    std::array<uint8_t, kMaxUdpPayload> packet;
    ngtcp2_path_storage ps;
    ngtcp2_path_storage_zero(&ps);
    ngtcp2_pkt_info info{};
    const ngtcp2_ssize written = ngtcp2_conn_write_connection_close(m_native->conn, &ps.path, &info, packet.data(),
                                                                    packet.size(), &error, timestampNow());
    // Best effort: a send error here changes nothing, the connection ends anyway.
    if (written > 0)
        ::send(static_cast<int>(m_socket->socketDescriptor()), packet.data(), static_cast<size_t>(written), MSG_DONTWAIT);
}

void QuicConnection::failWithLibError(int liberr)
{
    QuicCloseInfo info;
    if (liberr == NGTCP2_ERR_DRAINING || liberr == NGTCP2_ERR_CLOSING) {
        ngtcp2_connection_close_error error;
        ngtcp2_connection_close_error_default(&error);
        ngtcp2_conn_get_connection_close_error(m_native->conn, &error);
        info.kind = QuicCloseKind::PeerClosed;
        info.applicationError = error.type == NGTCP2_CONNECTION_CLOSE_ERROR_CODE_TYPE_APPLICATION;
        info.errorCode = error.error_code;
        info.reason = QByteArray(reinterpret_cast<const char*>(error.reason), static_cast<qsizetype>(error.reasonlen));
        const QString reasonText = info.reason.isEmpty() ? QString() : QStringLiteral(": %1").arg(closeReasonText(info.reason));
        if (!info.applicationError && info.errorCode == NGTCP2_NO_ERROR && info.reason.isEmpty())
            info.message = QStringLiteral("the node closed the connection");
        else if (!info.applicationError && info.errorCode == NGTCP2_CRYPTO_ERROR + kTlsAlertNoApplicationProtocol)
            info.message = QStringLiteral("the node does not speak %1 (ALPN refused: an older node?)")
                               .arg(QString::fromUtf8(m_config.alpn));
        else if (!info.applicationError && (info.errorCode & ~quint64(0xff)) == NGTCP2_CRYPTO_ERROR)
            info.message = QStringLiteral("the node refused the TLS handshake (alert %1)").arg(info.errorCode & 0xff);
        else
            info.message = QStringLiteral("the node closed the connection (%1 error 0x%2%3)")
                               .arg(info.applicationError ? QStringLiteral("application") : QStringLiteral("transport"))
                               .arg(info.errorCode, 0, 16)
                               .arg(reasonText);
    } else if (liberr == NGTCP2_ERR_IDLE_CLOSE) {
        info.kind = QuicCloseKind::IdleTimeout;
        info.message = QStringLiteral("nothing heard from the node (idle timeout)");
    } else if (liberr == NGTCP2_ERR_HANDSHAKE_TIMEOUT) {
        info.kind = QuicCloseKind::HandshakeTimeout;
        info.message = QStringLiteral("QUIC handshake timed out after %1 s").arg(m_config.handshakeTimeoutMs / 1000.0);
    } else if (liberr == NGTCP2_ERR_DROP_CONN) {
        info.kind = QuicCloseKind::ProtocolError;
        info.message = QStringLiteral("connection dropped");
    } else if (m_pinMismatch) {
        const uint8_t alert = ngtcp2_conn_get_tls_alert(m_native->conn);
        sendConnectionClose(false, 0, {}, alert != 0 ? alert : kTlsAlertBadCertificate);
        info.kind = QuicCloseKind::PinMismatch;
        info.message = QStringLiteral("the server's certificate does not match the pinned SHA-256");
    } else if (m_alpnMismatch) {
        sendConnectionClose(false, 0, {}, kTlsAlertNoApplicationProtocol);
        info.kind = QuicCloseKind::TlsFailure;
        info.message = QStringLiteral("the server does not speak %1 (ALPN)").arg(QString::fromUtf8(m_config.alpn));
    } else if (liberr == NGTCP2_ERR_CRYPTO) {
        const uint8_t alert = ngtcp2_conn_get_tls_alert(m_native->conn);
        sendConnectionClose(false, 0, {}, alert != 0 ? alert : kTlsAlertBadCertificate);
        info.kind = QuicCloseKind::TlsFailure;
        info.message = QStringLiteral("TLS handshake failed (alert %1)").arg(alert);
    } else {
        sendConnectionClose(false, static_cast<quint64>(static_cast<qint64>(liberr)), {});
        info.kind = QuicCloseKind::ProtocolError;
        info.message = QStringLiteral("QUIC error: %1").arg(QString::fromUtf8(ngtcp2_strerror(liberr)));
    }
    finish(info);
}

void QuicConnection::finish(QuicCloseInfo info)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
    }
    emit closed(info);
}

} // namespace qm

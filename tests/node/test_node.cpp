// The QUIC test node: one QUdpSocket on 127.0.0.1 (or ::1), one ngtcp2 server
// connection per miner (told apart by the miner's address and port), GnuTLS
// for TLS 1.3 with a certificate made at start-up.
#include "tests/node/test_node.h"

#include "node/quic_support.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <ngtcp2/ngtcp2.h>
#include <ngtcp2/ngtcp2_crypto.h>
#include <ngtcp2/ngtcp2_crypto_gnutls.h>

#include <arpa/inet.h>

#include <array>
#include <chrono>
#include <climits>
#include <cstring>
#include <ctime>
#include <deque>
#include <stdexcept>

namespace qm::test {

namespace {

constexpr int kLingerMs = 1000;

using quic::kCidLength;
using quic::kMaxUdpPayload;
using quic::timestampNow;
constexpr const char* kPriority = quic::kTlsPriority;

void fillSockaddr(const QHostAddress& address, quint16 port, ngtcp2_sockaddr_union* out, ngtcp2_socklen* length)
{
    quic::fillSockaddr(address, port, out, length);
}

QString peerKey(const QHostAddress& address, quint16 port)
{
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

void check(int rv, const char* what)
{
    if (rv < 0)
        throw std::runtime_error(std::string(what) + ": " + gnutls_strerror(rv));
}

} // namespace

struct TestNode::Tls {
    gnutls_x509_privkey_t key = nullptr;
    gnutls_x509_crt_t certificate = nullptr;
    gnutls_certificate_credentials_t credentials = nullptr;

    Tls() = default;
    Tls(const Tls&) = delete;
    Tls& operator=(const Tls&) = delete;
    ~Tls()
    {
        if (credentials)
            gnutls_certificate_free_credentials(credentials);
        if (certificate)
            gnutls_x509_crt_deinit(certificate);
        if (key)
            gnutls_x509_privkey_deinit(key);
    }
};

struct TestNode::Connection {
    TestNode* node = nullptr;
    QString key;
    QHostAddress peer;
    quint16 peerPort = 0;
    ngtcp2_conn* conn = nullptr;
    gnutls_session_t session = nullptr;
    ngtcp2_crypto_conn_ref connRef{};
    ngtcp2_path_storage path{};

    int64_t streamId = -1;
    QByteArray inbox;
    NodeFrameDecoder decoder;
    bool handshakeDone = false;
    bool handshakeCounted = false;
    bool authenticated = false;
    bool closing = false;
    QByteArray closePacket;

    struct TxChunk {
        QByteArray data;
        uint64_t offset = 0;
    };
    std::deque<TxChunk> tx;
    uint64_t txSent = 0;
    uint64_t txEnd = 0;

    QTimer timer;
    QTimer authTimer;

    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection()
    {
        if (conn)
            ngtcp2_conn_del(conn);
        if (session)
            gnutls_deinit(session);
    }
};

struct TestNodeCallbacks {
    using Connection = TestNode::Connection;
    static Connection* self(void* userData) { return static_cast<Connection*>(userData); }

    static int handshakeCompleted(ngtcp2_conn*, void* userData)
    {
        self(userData)->handshakeDone = true;
        return 0;
    }

    static int streamOpen(ngtcp2_conn*, int64_t streamId, void* userData)
    {
        Connection* c = self(userData);
        if (c->streamId < 0 && ngtcp2_is_bidi_stream(streamId))
            c->streamId = streamId;
        return 0;
    }

    static int recvStreamData(ngtcp2_conn* conn, uint32_t, int64_t streamId, uint64_t, const uint8_t* data,
                              size_t length, void* userData, void*)
    {
        Connection* c = self(userData);
        if (streamId == c->streamId)
            c->inbox.append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
        ngtcp2_conn_extend_max_stream_offset(conn, streamId, length);
        ngtcp2_conn_extend_max_offset(conn, length);
        return 0;
    }

    static int ackedStreamData(ngtcp2_conn*, int64_t, uint64_t offset, uint64_t length, void* userData, void*)
    {
        Connection* c = self(userData);
        const uint64_t end = offset + length;
        while (!c->tx.empty() && c->tx.front().offset + static_cast<uint64_t>(c->tx.front().data.size()) <= end)
            c->tx.pop_front();
        return 0;
    }

    static ngtcp2_conn* getConn(ngtcp2_crypto_conn_ref* ref) { return static_cast<Connection*>(ref->user_data)->conn; }
};

TestNode::TestNode(QObject* parent)
    : QObject(parent),
      m_tls(std::make_unique<Tls>())
{
    makeCertificate();
}

TestNode::~TestNode()
{
    stop(false);
}

void TestNode::makeCertificate()
{
    Tls& t = *m_tls;
    check(gnutls_x509_privkey_init(&t.key), "gnutls_x509_privkey_init");
    check(gnutls_x509_privkey_generate(t.key, GNUTLS_PK_ECDSA, GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP256R1), 0),
          "gnutls_x509_privkey_generate");
    check(gnutls_x509_crt_init(&t.certificate), "gnutls_x509_crt_init");
    check(gnutls_x509_crt_set_version(t.certificate, 3), "gnutls_x509_crt_set_version");
    std::array<unsigned char, 16> serial{};
    check(gnutls_rnd(GNUTLS_RND_NONCE, serial.data(), serial.size()), "gnutls_rnd");
    serial[0] &= 0x7f;   // a positive serial number
    check(gnutls_x509_crt_set_serial(t.certificate, serial.data(), serial.size()), "gnutls_x509_crt_set_serial");
    const time_t now = std::time(nullptr);
    check(gnutls_x509_crt_set_activation_time(t.certificate, now - 3600), "gnutls_x509_crt_set_activation_time");
    check(gnutls_x509_crt_set_expiration_time(t.certificate, now + 365 * 24 * 3600),
          "gnutls_x509_crt_set_expiration_time");
    check(gnutls_x509_crt_set_dn_by_oid(t.certificate, GNUTLS_OID_X520_COMMON_NAME, 0, "localhost", 9),
          "gnutls_x509_crt_set_dn_by_oid");
    check(gnutls_x509_crt_set_subject_alt_name(t.certificate, GNUTLS_SAN_DNSNAME, "localhost", 9, GNUTLS_FSAN_SET),
          "gnutls_x509_crt_set_subject_alt_name");
    check(gnutls_x509_crt_set_key(t.certificate, t.key), "gnutls_x509_crt_set_key");
    check(gnutls_x509_crt_sign2(t.certificate, t.certificate, t.key, GNUTLS_DIG_SHA256, 0), "gnutls_x509_crt_sign2");

    gnutls_datum_t der{};
    check(gnutls_x509_crt_export2(t.certificate, GNUTLS_X509_FMT_DER, &der), "gnutls_x509_crt_export2");
    m_certSha256.resize(32);
    const int rv = gnutls_hash_fast(GNUTLS_DIG_SHA256, der.data, der.size, m_certSha256.data());
    gnutls_free(der.data);
    check(rv, "gnutls_hash_fast");

    check(gnutls_certificate_allocate_credentials(&t.credentials), "gnutls_certificate_allocate_credentials");
    check(gnutls_certificate_set_x509_key(t.credentials, &t.certificate, 1, t.key), "gnutls_certificate_set_x509_key");
}

bool TestNode::start(quint16 port, const QHostAddress& address)
{
    if (m_socket)
        return true;
    auto* socket = new QUdpSocket(this);
    if (!socket->bind(address, port != 0 ? port : m_port)) {
        delete socket;
        return false;
    }
    m_socket = socket;
    m_address = address;
    m_port = m_socket->localPort();
    connect(m_socket, &QUdpSocket::readyRead, this, &TestNode::onReadyRead);
    return true;
}

void TestNode::stop(bool graceful)
{
    if (graceful) {
        for (auto& [key, c] : m_connections) {
            if (!c->closing)
                closeConnection(*c, false, 0, {});
        }
    }
    m_connections.clear();
    delete m_socket;
    m_socket = nullptr;
}

int TestNode::authenticatedConnections() const
{
    int n = 0;
    for (const auto& [key, c] : m_connections)
        n += c->authenticated && !c->closing ? 1 : 0;
    return n;
}

void TestNode::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!datagram.isValid())
            break;
        ++m_datagramsReceived;
        const QString key = peerKey(datagram.senderAddress(), static_cast<quint16>(datagram.senderPort()));
        const auto it = m_connections.find(key);
        if (it == m_connections.end()) {
            accept(datagram.senderAddress(), static_cast<quint16>(datagram.senderPort()), datagram.data());
            continue;
        }
        Connection& c = *it->second;
        if (c.closing) {
            // Closing period: answer everything with the same close.
            sendDatagram(c, reinterpret_cast<const uint8_t*>(c.closePacket.constData()),
                         static_cast<size_t>(c.closePacket.size()));
            continue;
        }
        feed(c, datagram.data());
    }
}

void TestNode::accept(const QHostAddress& peer, quint16 peerPort, const QByteArray& datagram)
{
    ngtcp2_pkt_hd header;
    if (ngtcp2_accept(&header, reinterpret_cast<const uint8_t*>(datagram.constData()),
                      static_cast<size_t>(datagram.size()))
        != 0)
        return;   // not a first Initial: a packet for a connection this node forgot
    auto owned = std::make_unique<Connection>();
    Connection& c = *owned;
    c.node = this;
    c.peer = peer;
    c.peerPort = peerPort;
    c.key = peerKey(peer, peerPort);

    ngtcp2_sockaddr_union local{};
    ngtcp2_sockaddr_union remote{};
    ngtcp2_socklen localLength = 0;
    ngtcp2_socklen remoteLength = 0;
    fillSockaddr(m_address, m_port, &local, &localLength);
    fillSockaddr(peer, peerPort, &remote, &remoteLength);
    ngtcp2_path_storage_init(&c.path, &local.sa, localLength, &remote.sa, remoteLength, nullptr);

    ngtcp2_cid scid;
    scid.datalen = kCidLength;
    gnutls_rnd(GNUTLS_RND_RANDOM, scid.data, kCidLength);

    ngtcp2_callbacks callbacks = quic::cryptoCallbacks(false);
    callbacks.handshake_completed = TestNodeCallbacks::handshakeCompleted;
    callbacks.stream_open = TestNodeCallbacks::streamOpen;
    callbacks.recv_stream_data = TestNodeCallbacks::recvStreamData;
    callbacks.acked_stream_data_offset = TestNodeCallbacks::ackedStreamData;

    ngtcp2_settings settings;
    ngtcp2_settings_default(&settings);
    settings.initial_ts = timestampNow();
    settings.token = header.token;

    // As the node: one bidirectional stream, no unidirectional ones.
    ngtcp2_transport_params params;
    ngtcp2_transport_params_default(&params);
    params.initial_max_streams_bidi = 1;
    params.initial_max_streams_uni = 0;
    params.initial_max_stream_data_bidi_remote = 64 * 1024;
    params.initial_max_data = 1024 * 1024;
    params.max_idle_timeout = static_cast<ngtcp2_duration>(m_idleTimeoutMs) * NGTCP2_MILLISECONDS;
    params.original_dcid = header.dcid;

    if (ngtcp2_conn_server_new(&c.conn, &header.scid, &scid, &c.path.path, header.version, &callbacks, &settings,
                               &params, nullptr, &c)
        != 0)
        return;
    if (gnutls_init(&c.session, GNUTLS_SERVER | GNUTLS_NO_TICKETS) != 0
        || gnutls_priority_set_direct(c.session, kPriority, nullptr) != 0
        || ngtcp2_crypto_gnutls_configure_server_session(c.session) != 0)
        return;
    c.connRef.get_conn = TestNodeCallbacks::getConn;
    c.connRef.user_data = &c;
    gnutls_session_set_ptr(c.session, &c.connRef);
    if (gnutls_credentials_set(c.session, GNUTLS_CRD_CERTIFICATE, m_tls->credentials) != 0)
        return;
    if (!m_alpn.isEmpty()) {
        gnutls_datum_t alpn{reinterpret_cast<unsigned char*>(m_alpn.data()), static_cast<unsigned int>(m_alpn.size())};
        gnutls_alpn_set_protocols(c.session, &alpn, 1, GNUTLS_ALPN_MANDATORY);
    }
    ngtcp2_conn_set_tls_native_handle(c.conn, c.session);

    c.timer.setSingleShot(true);
    c.timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&c.timer, &QTimer::timeout, this, [this, &c] { onTimer(c); });
    c.authTimer.setSingleShot(true);
    QObject::connect(&c.authTimer, &QTimer::timeout, this, [this, &c] {
        if (!c.authenticated && !c.closing)
            closeConnection(c, true, 0, QByteArrayLiteral("auth timeout"));
    });

    ++m_connectionsAccepted;
    m_connections.emplace(c.key, std::move(owned));
    feed(c, datagram);
}

void TestNode::feed(Connection& c, const QByteArray& datagram)
{
    ngtcp2_pkt_info info{};
    const int rv = ngtcp2_conn_read_pkt(c.conn, &c.path.path, &info, reinterpret_cast<const uint8_t*>(datagram.constData()),
                                        static_cast<size_t>(datagram.size()), timestampNow());
    if (rv != 0) {
        // The miner closed (draining), or the packet broke the connection:
        // either way this connection is over.
        if (rv != NGTCP2_ERR_DRAINING && rv != NGTCP2_ERR_DROP_CONN && !ngtcp2_conn_is_in_closing_period(c.conn)) {
            ngtcp2_connection_close_error error;
            ngtcp2_connection_close_error_default(&error);
            if (rv == NGTCP2_ERR_CRYPTO)
                ngtcp2_connection_close_error_set_transport_error_tls_alert(&error, ngtcp2_conn_get_tls_alert(c.conn),
                                                                            nullptr, 0);
            else
                ngtcp2_connection_close_error_set_transport_error_liberr(&error, rv, nullptr, 0);
            std::array<uint8_t, kMaxUdpPayload> packet;
            const ngtcp2_ssize n = ngtcp2_conn_write_connection_close(c.conn, nullptr, nullptr, packet.data(),
                                                                      packet.size(), &error, timestampNow());
            if (n > 0)
                sendDatagram(c, packet.data(), static_cast<size_t>(n));
        }
        c.closing = true;
        c.timer.stop();
        c.authTimer.stop();
        removeLater(c.key);
        return;
    }
    afterEvents(c);
}

void TestNode::afterEvents(Connection& c)
{
    if (c.closing)
        return;
    if (c.handshakeDone && !c.handshakeCounted) {
        c.handshakeCounted = true;
        ++m_handshakesCompleted;
        c.authTimer.start(m_authTimeoutMs);
    }
    if (!c.inbox.isEmpty()) {
        if (m_ignoreStreamData)
            c.inbox.clear();
        else
            handleFrames(c);
        if (c.closing)
            return;
    }
    writePackets(c);
    if (!c.closing)
        scheduleTimer(c);
}

void TestNode::handleFrames(Connection& c)
{
    c.decoder.append(c.inbox);
    c.inbox.clear();
    QByteArray payload;
    for (;;) {
        const auto status = c.decoder.next(&payload);
        if (status == NodeFrameDecoder::Status::NeedMore)
            return;
        if (status == NodeFrameDecoder::Status::Error) {
            closeConnection(c, true, 0, c.authenticated ? QByteArrayLiteral("frame too large")
                                                        : QByteArrayLiteral("auth failed"));
            return;
        }
        const NodeMessageParse parsed = parseNodeMessage(payload);
        if (!c.authenticated) {
            const auto* ready = parsed.message ? std::get_if<NodeReady>(&*parsed.message) : nullptr;
            if (ready)
                m_lastToken = ready->token;
            if (!ready || ready->token != m_token) {
                closeConnection(c, true, 0, QByteArrayLiteral("auth failed"));
                return;
            }
            c.authenticated = true;
            c.authTimer.stop();
            ++m_readyCount;
            emit readyReceived();
            if (m_currentJob)
                queue(c, *encodeNodeFrame(*m_currentJob));
            continue;
        }
        if (parsed.message) {
            if (const auto* result = std::get_if<NodeJobResult>(&*parsed.message)) {
                m_results.append(*result);
                emit resultReceived(*result);
            }
        }
        // Like the node, anything else from an authenticated miner is ignored.
    }
}

void TestNode::sendNewJob(const QString& jobId, const MiningHash& miningHash, const U512& difficulty)
{
    m_currentJob = NodeNewJob{jobId, miningHash, difficulty};
    sendRaw(*encodeNodeFrame(*m_currentJob));
}

void TestNode::sendRaw(const QByteArray& bytes)
{
    for (auto& [key, c] : m_connections) {
        if (c->authenticated && !c->closing) {
            queue(*c, bytes);
            writePackets(*c);
            if (!c->closing)
                scheduleTimer(*c);
        }
    }
}

void TestNode::sendRawInPieces(const QByteArray& bytes, int pieceBytes, int gapMs)
{
    if (bytes.isEmpty())
        return;
    const int n = std::max(1, pieceBytes);
    sendRaw(bytes.left(n));
    if (bytes.size() > n)
        QTimer::singleShot(gapMs, this, [this, rest = bytes.mid(n), n, gapMs] { sendRawInPieces(rest, n, gapMs); });
}

void TestNode::queue(Connection& c, const QByteArray& bytes)
{
    c.tx.push_back(Connection::TxChunk{bytes, c.txEnd});
    c.txEnd += static_cast<uint64_t>(bytes.size());
}

void TestNode::writePackets(Connection& c)
{
    if (c.closing)
        return;
    std::array<uint8_t, kMaxUdpPayload> packet;
    ngtcp2_path_storage ps;
    ngtcp2_path_storage_zero(&ps);
    ngtcp2_pkt_info info{};
    const ngtcp2_tstamp now = timestampNow();
    bool blocked = false;
    for (int round = 0; round < 4096; ++round) {
        std::array<ngtcp2_vec, 16> vecs{};
        size_t count = 0;
        int64_t streamId = -1;
        if (c.streamId >= 0 && !blocked && c.txSent < c.txEnd) {
            for (const auto& chunk : c.tx) {
                const uint64_t end = chunk.offset + static_cast<uint64_t>(chunk.data.size());
                if (end <= c.txSent)
                    continue;
                const uint64_t skip = c.txSent > chunk.offset ? c.txSent - chunk.offset : 0;
                vecs[count].base = reinterpret_cast<uint8_t*>(const_cast<char*>(chunk.data.constData())) + skip;
                vecs[count].len = static_cast<size_t>(end - chunk.offset - skip);
                if (++count == vecs.size())
                    break;
            }
            streamId = c.streamId;
        }
        ngtcp2_ssize accepted = -1;
        const ngtcp2_ssize written =
            ngtcp2_conn_writev_stream(c.conn, &ps.path, &info, packet.data(), packet.size(), &accepted,
                                      NGTCP2_WRITE_STREAM_FLAG_NONE, streamId, count ? vecs.data() : nullptr, count, now);
        if (written < 0) {
            if (written == NGTCP2_ERR_STREAM_DATA_BLOCKED || written == NGTCP2_ERR_STREAM_SHUT_WR
                || written == NGTCP2_ERR_STREAM_NOT_FOUND) {
                blocked = true;
                continue;
            }
            c.closing = true;
            c.timer.stop();
            removeLater(c.key);
            return;
        }
        if (accepted > 0)
            c.txSent += static_cast<uint64_t>(accepted);
        if (written == 0)
            break;
        sendDatagram(c, packet.data(), static_cast<size_t>(written));
    }
    ngtcp2_conn_update_pkt_tx_time(c.conn, now);
}

void TestNode::scheduleTimer(Connection& c)
{
    const ngtcp2_tstamp expiry = ngtcp2_conn_get_expiry(c.conn);
    if (expiry == UINT64_MAX) {
        c.timer.stop();
        return;
    }
    const ngtcp2_tstamp now = timestampNow();
    const uint64_t delayNs = expiry > now ? expiry - now : 0;
    c.timer.start(static_cast<int>(std::min<uint64_t>((delayNs + NGTCP2_MILLISECONDS - 1) / NGTCP2_MILLISECONDS, INT_MAX)));
}

void TestNode::onTimer(Connection& c)
{
    if (c.closing)
        return;
    if (ngtcp2_conn_handle_expiry(c.conn, timestampNow()) != 0) {
        // Idle timeout (or a broken connection): forget it silently.
        c.closing = true;
        c.authTimer.stop();
        removeLater(c.key);
        return;
    }
    writePackets(c);
    if (!c.closing)
        scheduleTimer(c);
}

void TestNode::closeConnection(Connection& c, bool application, quint64 code, const QByteArray& reason)
{
    ngtcp2_connection_close_error error;
    ngtcp2_connection_close_error_default(&error);
    if (application)
        ngtcp2_connection_close_error_set_application_error(
            &error, code, reinterpret_cast<const uint8_t*>(reason.constData()), static_cast<size_t>(reason.size()));
    std::array<uint8_t, kMaxUdpPayload> packet;
    const ngtcp2_ssize n = ngtcp2_conn_write_connection_close(c.conn, nullptr, nullptr, packet.data(), packet.size(),
                                                              &error, timestampNow());
    c.closing = true;
    c.timer.stop();
    c.authTimer.stop();
    if (n > 0) {
        c.closePacket = QByteArray(reinterpret_cast<const char*>(packet.data()), static_cast<qsizetype>(n));
        sendDatagram(c, packet.data(), static_cast<size_t>(n));
    }
    // Linger to repeat the close if the miner sends more, then forget.
    const QString key = c.key;
    QTimer::singleShot(kLingerMs, this, [this, key] {
        const auto it = m_connections.find(key);
        if (it != m_connections.end() && it->second->closing)
            m_connections.erase(it);
    });
}

void TestNode::removeLater(const QString& key)
{
    // Never inside the connection's own call stack.
    QTimer::singleShot(0, this, [this, key] {
        const auto it = m_connections.find(key);
        if (it != m_connections.end() && it->second->closing)
            m_connections.erase(it);
    });
}

void TestNode::sendDatagram(Connection& c, const uint8_t* data, size_t size)
{
    if (m_socket)
        m_socket->writeDatagram(reinterpret_cast<const char*>(data), static_cast<qint64>(size), c.peer, c.peerPort);
}

} // namespace qm::test

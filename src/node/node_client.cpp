// The node protocol client: connection life cycle, back-off and the three
// messages. The token goes to the node in Ready and nowhere else: no log
// line and no state text contains it.
#include "node/node_client.h"

#include "node/quic_connection.h"
#include "service/logger.h"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

const QByteArray kAuthFailed = QByteArrayLiteral("auth failed");
const QByteArray kAuthTimeout = QByteArrayLiteral("auth timeout");

} // namespace

NodeClient::NodeClient(const NodeEndpoint& endpoint, QObject* parent)
    : QObject(parent),
      m_endpoint(endpoint)
{
    // The token file ends with a newline; the node compares trimmed text.
    m_endpoint.token = m_endpoint.token.trimmed();
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &NodeClient::connectNow);
    m_authGraceTimer.setSingleShot(true);
    connect(&m_authGraceTimer, &QTimer::timeout, this, &NodeClient::markConnected);
}

NodeClient::~NodeClient()
{
    m_retryTimer.stop();
    m_authGraceTimer.stop();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->close(kCloseStopped, QByteArrayLiteral("miner stopped"));
        delete m_connection;
        m_connection = nullptr;
    }
}

QString NodeClient::endpointText() const
{
    if (m_connection)
        return m_connection->peerText();
    return m_endpoint.host.contains(u':') ? QStringLiteral("[%1]:%2").arg(m_endpoint.host).arg(m_endpoint.port)
                                          : QStringLiteral("%1:%2").arg(m_endpoint.host).arg(m_endpoint.port);
}

QString NodeClient::stateDetail() const
{
    if (m_state == State::Retrying)
        return QStringLiteral("retrying in %1 s: %2").arg(retryInSeconds()).arg(m_detail);
    return m_detail;
}

int NodeClient::retryInSeconds() const
{
    if (m_state != State::Retrying || !m_retryTimer.isActive())
        return 0;
    // Coarse timers may report a little more than their interval.
    const int remainingMs = std::clamp(m_retryTimer.remainingTime(), 0, m_retryTimer.interval());
    return static_cast<int>(std::ceil(remainingMs / 1000.0));
}

void NodeClient::setBackoff(int firstMs, int maxMs)
{
    m_backoffFirstMs = std::max(1, firstMs);
    m_backoffMaxMs = std::max(m_backoffFirstMs, maxMs);
    m_nextDelayMs = m_backoffFirstMs;
}

void NodeClient::setState(State state, const QString& detail)
{
    // Every retry is announced, even with the same reason: its delay differs.
    if (state == m_state && detail == m_detail && state != State::Retrying)
        return;
    m_state = state;
    m_detail = detail;
    emit stateChanged(state, stateDetail());
}

void NodeClient::start()
{
    if (m_state != State::Idle && m_state != State::Stopped)
        return;
    if (m_endpoint.host.isEmpty())
        return stopPermanently(QStringLiteral("stopped: no node address"), QStringLiteral("no node address given"));
    if (m_endpoint.certSha256.size() != 32)
        return stopPermanently(QStringLiteral("stopped: the certificate pin is not a SHA-256"),
                               QStringLiteral("the node certificate pin must be 32 bytes (SHA-256), got %1")
                                   .arg(m_endpoint.certSha256.size()));
    QString tooLong;
    if (!encodeNodeFrame(NodeReady{m_endpoint.token}, &tooLong))
        return stopPermanently(QStringLiteral("stopped: the auth token is too long"),
                               QStringLiteral("the auth token does not fit in one message: %1").arg(tooLong));
    m_attempt = 0;
    m_addressIndex = 0;
    m_nextDelayMs = m_backoffFirstMs;
    connectNow();
}

void NodeClient::setCredentials(const QByteArray& token, const QByteArray& certSha256)
{
    if (m_state != State::Idle && m_state != State::Stopped)
        return;
    m_endpoint.token = token.trimmed();
    m_endpoint.certSha256 = certSha256;
}

void NodeClient::stop()
{
    m_retryTimer.stop();
    dropConnection();
    setState(State::Stopped, QStringLiteral("stopped"));
}

void NodeClient::dropConnection()
{
    m_authGraceTimer.stop();
    if (!m_connection)
        return;
    QuicConnection* connection = m_connection;
    m_connection = nullptr;
    connection->disconnect(this);
    // Tells the node at once instead of leaving it to its idle timeout.
    connection->close(kCloseStopped, QByteArrayLiteral("miner stopped"));
    connection->deleteLater();
}

void NodeClient::connectNow()
{
    dropConnection();
    m_decoder.reset();
    m_localCloseReason.clear();

    QuicClientConfig config;
    config.certSha256 = m_endpoint.certSha256;
    if (m_endpoint.idleTimeoutMs > 0)
        config.idleTimeoutMs = m_endpoint.idleTimeoutMs;
    if (m_endpoint.keepAliveMs > 0)
        config.keepAliveMs = m_endpoint.keepAliveMs;
    m_connection = new QuicConnection(config, this);
    connect(m_connection, &QuicConnection::established, this, &NodeClient::onEstablished);
    connect(m_connection, &QuicConnection::received, this, &NodeClient::onReceived);
    connect(m_connection, &QuicConnection::closed, this, &NodeClient::onClosed);
    // open() only starts the work; every signal comes later from the loop.
    m_connection->open(m_endpoint.host, m_endpoint.port, m_addressIndex);
    setState(State::Connecting, QStringLiteral("connecting to %1").arg(endpointText()));
}

void NodeClient::onEstablished()
{
    // The first message, and the only place the token travels.
    const auto frame = encodeNodeFrame(NodeReady{m_endpoint.token});
    QPointer<QuicConnection> connection(m_connection);
    const bool sent = frame && m_connection->send(*frame);
    // A failed write closes the connection at once; onClosed() has run.
    if (!connection || connection != m_connection)
        return;
    if (!sent)
        return protocolError(QStringLiteral("could not send Ready"));
    setState(State::Authenticating, QStringLiteral("authenticating with %1").arg(endpointText()));
    m_authGraceTimer.start(kAuthGraceMs);
}

void NodeClient::markConnected()
{
    if (m_state != State::Authenticating)
        return;
    m_authGraceTimer.stop();
    m_connectedFor.start();
    logInfo(QStringLiteral("node %1: connected").arg(endpointText()));
    setState(State::Connected, QStringLiteral("connected to %1").arg(endpointText()));
}

void NodeClient::onReceived(const QByteArray& bytes)
{
    m_decoder.append(bytes);
    QByteArray payload;
    for (;;) {
        const auto status = m_decoder.next(&payload);
        if (status == NodeFrameDecoder::Status::NeedMore)
            return;
        if (status == NodeFrameDecoder::Status::Error)
            return protocolError(QStringLiteral("oversize frame from the node: %1").arg(m_decoder.error()));
        const NodeMessageParse parsed = parseNodeMessage(payload);
        if (!parsed.message)
            return protocolError(QStringLiteral("invalid message from the node: %1").arg(parsed.error));
        const auto* newJob = std::get_if<NodeNewJob>(&*parsed.message);
        if (!newJob)
            return protocolError(QStringLiteral("unexpected message from the node (only NewJob is sent to miners)"));
        // A job proves the node accepted the token.
        markConnected();
        NodeJob job;
        job.jobId = newJob->jobId;
        job.miningHash = newJob->miningHash;
        job.difficulty = newJob->difficulty;
        logDebug(QStringLiteral("node %1: new job %2").arg(endpointText(), job.jobId));
        QPointer<QuicConnection> connection(m_connection);
        emit jobReceived(job);
        // A slot may have stopped the client or dropped the connection.
        if (!connection || connection != m_connection)
            return;
    }
}

void NodeClient::protocolError(const QString& message)
{
    if (!m_connection)
        return;
    m_localCloseReason = message;
    // closed() follows synchronously and schedules the retry.
    m_connection->close(kCloseProtocolError, QByteArrayLiteral("invalid frame"));
}

bool NodeClient::sendResult(const QString& jobId, const U512& nonce, quint64 hashCount, double elapsedSeconds)
{
    if (m_state != State::Connected || !m_connection || !m_connection->isEstablished())
        return false;
    NodeJobResult result;
    result.status = QStringLiteral("completed");
    result.jobId = jobId;
    result.nonce = nonce;
    result.work = nonce;
    result.hashCount = hashCount;
    result.elapsedTime = elapsedSeconds;
    QString error;
    const auto frame = encodeNodeFrame(result, &error);
    if (!frame) {
        logWarn(QStringLiteral("node %1: result for job %2 not sent: %3").arg(endpointText(), jobId, error));
        return false;
    }
    return m_connection->send(*frame);
}

void NodeClient::onClosed(const QuicCloseInfo& info)
{
    const bool wasConnected = m_state == State::Connected;
    const qint64 upForMs = wasConnected ? m_connectedFor.elapsed() : 0;
    QuicConnection* connection = m_connection;
    m_connection = nullptr;
    m_authGraceTimer.stop();
    if (connection) {
        connection->disconnect(this);
        connection->deleteLater();
    }

    if (info.kind == QuicCloseKind::PeerClosed && info.applicationError && info.reason == kAuthFailed)
        return stopPermanently(QStringLiteral("stopped: auth failed (wrong token?)"),
                               QStringLiteral("the node refused the auth token (auth failed): check the "
                                              "miner-auth-token file"));
    if (info.kind == QuicCloseKind::PeerClosed && info.applicationError && info.reason == kAuthTimeout)
        return stopPermanently(QStringLiteral("stopped: auth timeout"),
                               QStringLiteral("the node closed the connection before the token arrived "
                                              "(auth timeout)"));
    if (info.kind == QuicCloseKind::PinMismatch) {
        const QString message = QStringLiteral("the node's certificate does not match the pin: wrong "
                                               "--tls-cert-sha256 file, or someone is intercepting");
        return stopPermanently(QStringLiteral("stopped: ") + message, message);
    }

    if (upForMs >= kStableConnectionMs) {
        m_attempt = 0;
        m_nextDelayMs = m_backoffFirstMs;
    }
    const QString reason = m_localCloseReason.isEmpty() ? info.message : m_localCloseReason;
    m_localCloseReason.clear();
    if (wasConnected)
        logWarn(QStringLiteral("node %1: connection lost: %2").arg(endpointText(), reason));
    scheduleRetry(reason);
}

void NodeClient::scheduleRetry(const QString& reason)
{
    ++m_attempt;
    // The next attempt tries the host name's next address, if it has several.
    ++m_addressIndex;
    const int delay = m_nextDelayMs;
    m_nextDelayMs = std::min(m_backoffMaxMs, m_nextDelayMs * 2);
    m_retryTimer.start(delay);
    logInfo(QStringLiteral("node %1: attempt %2 failed (%3); retrying in %4 s")
                .arg(endpointText())
                .arg(m_attempt)
                .arg(reason)
                .arg(delay / 1000.0));
    setState(State::Retrying, reason);
    emit reconnecting(m_attempt, delay);
}

void NodeClient::stopWithError(const QString& message)
{
    stopPermanently(QStringLiteral("stopped: ") + message, message);
}

void NodeClient::stopPermanently(const QString& detail, const QString& message)
{
    m_retryTimer.stop();
    dropConnection();
    logError(QStringLiteral("node %1: %2; not retrying").arg(endpointText(), message));
    setState(State::Stopped, detail);
    emit permanentError(message);
}

} // namespace qm

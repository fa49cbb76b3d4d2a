#include "base/http_guard.h"

#include "base/logger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace qm {

namespace {

// After answering 413 the guard reads (and drops) up to this much of the body
// so that the client, still sending, gets the answer instead of a reset.
constexpr qint64 kMaxDrainBytes = 8 * 1024 * 1024;

} // namespace

GuardedTcpServer::GuardedTcpServer(const HttpLimits& limits, std::function<void(int, const QByteArray&)> rejected, QObject* parent)
    : QTcpServer(parent), m_limits(limits), m_rejected(std::move(rejected))
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer sees the socket, so the guard's readyRead
    // slot always runs first.
    new RequestGuard(socket, m_limits, m_rejected);
    addPendingConnection(socket);
}

RequestGuard::RequestGuard(QTcpSocket* socket, const HttpLimits& limits, std::function<void(int, const QByteArray&)> rejected)
    : QObject(socket), m_socket(socket), m_limits(limits), m_rejected(std::move(rejected))
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    // The timer is the sender here, so it keeps working even after QHttpServer
    // disconnects every signal of the socket (its reaction to a malformed
    // request), and the socket is not left open for ever.
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_socket->abort();
        m_socket->deleteLater();
    });
    m_idle.start();
}

void RequestGuard::onReadyRead()
{
    m_idle.start();
    if (m_state == State::Draining) {
        drain(false);
        return;
    }
    // QHttpServer reads inside a transaction and consumes everything it is
    // given, so what is available now is exactly what it has not seen yet.
    consume(m_socket->peek(m_socket->bytesAvailable()));
}

void RequestGuard::consume(const QByteArray& bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size() && m_state != State::Draining) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, bytes.size() - pos);
            m_bodyLeft -= take;
            pos += take;
            if (m_bodyLeft == 0)
                m_state = State::Header;
            continue;
        }
        // Header: collect up to the blank line.
        const qsizetype before = m_header.size();
        m_header.append(bytes.constData() + pos, bytes.size() - pos);
        qsizetype end = m_header.indexOf("\r\n\r\n");
        qsizetype endLen = 4;
        if (end < 0) {
            end = m_header.indexOf("\n\n");
            endLen = 2;
        }
        if (end < 0) {
            if (m_header.size() > m_limits.maxHeaderBytes)
                reject(431, "Request Header Fields Too Large",
                       QStringLiteral("request headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return;
        }
        const qsizetype headerEnd = end + endLen;
        pos += headerEnd - before;
        const QByteArray header = m_header.left(end);
        m_header.clear();
        // Request line "METHOD /path HTTP/1.1": the path, for the caller's counters.
        const QList<QByteArray> requestLine = header.left(header.indexOf('\n')).trimmed().split(' ');
        m_path = requestLine.size() >= 2 ? requestLine[1].left(256) : QByteArray();

        qint64 contentLength = 0;
        bool chunked = false;
        bool expectContinue = false;
        const QList<QByteArray> lines = header.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    reject(400, "Bad Request", QStringLiteral("Content-Length '%1' is not a byte count")
                                                   .arg(QString::fromLatin1(value.left(40))));
                    return;
                }
            } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
                chunked = true;
            } else if (name == "expect" && value.toLower() == "100-continue") {
                expectContinue = true;
            }
        }
        if (chunked) {
            reject(411, "Length Required",
                   QStringLiteral("chunked request bodies are not accepted; send the body with a Content-Length"));
            return;
        }
        if (contentLength > m_limits.maxBodyBytes) {
            // Body bytes still to come (none when the client waits for 100).
            m_drainLeft = expectContinue ? 0 : contentLength - (bytes.size() - pos);
            reject(413, "Payload Too Large",
                   QStringLiteral("request body of %1 bytes is over the %2-byte limit; a job request is a few hundred bytes")
                       .arg(contentLength)
                       .arg(m_limits.maxBodyBytes));
            return;
        }
        if (expectContinue && contentLength > 0 && pos == bytes.size())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_bodyLeft = contentLength;
        m_state = m_bodyLeft > 0 ? State::Body : State::Header;
    }
}

void RequestGuard::reject(int code, const QByteArray& reason, const QString& message)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                                      {QStringLiteral("job_id"), QString()},
                                                      {QStringLiteral("message"), message}})
                                .toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason +
                          "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n" + body;
    m_socket->write(response);
    logDebug(QStringLiteral("HTTP %1 to %2: %3").arg(code).arg(m_socket->peerAddress().toString(), message));
    if (m_rejected)
        m_rejected(code, m_path);
    m_state = State::Draining;
    m_drainLeft = std::min(m_drainLeft, kMaxDrainBytes);
    drain(true);
}

void RequestGuard::drain(bool first)
{
    // Take every byte away from QHttpServer (its slot runs after this one and
    // finds nothing) and drop it; committing the transaction QHttpServer
    // opened releases the buffer.
    const QByteArray dropped = m_socket->readAll();
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    // The first call drops what had already arrived, which `m_drainLeft`
    // does not include.
    if (!first)
        m_drainLeft -= dropped.size();
    if (m_drainLeft <= 0)
        m_socket->disconnectFromHost();
}

} // namespace qm

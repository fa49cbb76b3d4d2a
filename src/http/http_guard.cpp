#include "http/http_guard.h"

#include "service/logger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <sys/resource.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace qm {

namespace {

// After answering 413 the guard reads (and drops) up to this much of the body
// so that the client, still sending, gets the answer instead of a reset.
constexpr qint64 kMaxDrainBytes = 8 * 1024 * 1024;
// Descriptors kept free for everything but the two listening ports'
// connections: log files, the QUIC socket, GPU drivers, Qt's own.
constexpr int kReservedDescriptors = 64;
// After the process ran out of descriptors, accepting is tried again this
// often (and at once when a connection closes).
constexpr int kAcceptRetryMs = 250;
constexpr qsizetype kMaxMethodBytes = 16;
// QTcpServer's default size of its list of accepted, not yet taken connections.
constexpr int kPendingConnections = 30;

// RFC 9110 token characters: method and header names.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(const QByteArray& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

bool isDigits(const QByteArray& s)
{
    return !s.isEmpty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A comma-separated header value names `token` (case-insensitive).
bool listHas(const QByteArray& value, const char* token)
{
    for (const QByteArray& part : value.split(','))
        if (part.trimmed().toLower() == token)
            return true;
    return false;
}

} // namespace

int effectiveMaxConnections(int wanted)
{
    rlimit limit{};
    int cap = std::max(1, wanted);
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        const auto soft = static_cast<long long>(limit.rlim_cur);
        // Two ports share the descriptors left after the reserve.
        cap = static_cast<int>(std::min<long long>(cap, std::max<long long>(4, (soft - kReservedDescriptors) / 2)));
    }
    return std::max(4, cap);
}

GuardedTcpServer::GuardedTcpServer(const HttpLimits& limits, std::function<void(int, const QByteArray&)> rejected, QObject* parent)
    : QTcpServer(parent), m_rejected(std::move(rejected))
{
    setLimits(limits);
    m_acceptRetry.setSingleShot(true);
    m_acceptRetry.setInterval(kAcceptRetryMs);
    connect(&m_acceptRetry, &QTimer::timeout, this, [this] {
        if (!m_pausedForCap)
            resumeAccepting();
    });
    // Qt pauses accepting on a failed accept (EMFILE, ENFILE) and never
    // resumes: try again shortly, without spinning meanwhile.
    connect(this, &QTcpServer::acceptError, this, &GuardedTcpServer::onAcceptError);
}

void GuardedTcpServer::followReaders()
{
    // newConnection is emitted once per accepted connection, right after
    // incomingConnection(); the reader's handler (connected earlier) has
    // connected its readyRead slot by the time this one runs.
    connect(this, &QTcpServer::newConnection, this, [this] {
        if (m_lastGuard)
            m_lastGuard->followReader();
        m_lastGuard = nullptr;
    });
}

void GuardedTcpServer::setLimits(const HttpLimits& limits)
{
    m_limits = limits;
    m_cap = effectiveMaxConnections(limits.maxConnections);
}

void GuardedTcpServer::onAcceptError()
{
    pauseAccepting();
    logWarn(QStringLiteral("HTTP port %1: cannot accept a connection (%2); %3 open, trying again in %4 ms")
                .arg(serverPort())
                .arg(errorString())
                .arg(m_open)
                .arg(kAcceptRetryMs));
    m_acceptRetry.start();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, &GuardedTcpServer::connectionClosed);
    // Connected before QHttpServer sees the socket, so the guard's readyRead
    // slot always runs first.
    m_lastGuard = new RequestGuard(socket, m_limits, m_rejected);
    addPendingConnection(socket);
    if (m_open >= m_cap && !m_pausedForCap) {
        // Further clients wait in the kernel's backlog until one closes.
        // QTcpServer keeps accepting within one notification until its
        // pending list is full (QHttpServer empties it at once), so the
        // list's size is set to zero too: the loop stops here.
        m_pausedForCap = true;
        setMaxPendingConnections(0);
        pauseAccepting();
        logWarn(QStringLiteral("HTTP port %1: %2 connections open, the cap; new ones wait until one closes")
                    .arg(serverPort())
                    .arg(m_open));
    }
}

void GuardedTcpServer::connectionClosed()
{
    --m_open;
    if (m_pausedForCap && m_open < m_cap) {
        m_pausedForCap = false;
        setMaxPendingConnections(kPendingConnections);
        resumeAccepting();
    } else if (m_acceptRetry.isActive()) {
        // A descriptor came free: no need to wait for the retry.
        m_acceptRetry.stop();
        resumeAccepting();
    }
}

RequestGuard::RequestGuard(QTcpSocket* socket, const HttpLimits& limits, std::function<void(int, const QByteArray&)> rejected)
    : QObject(socket), m_socket(socket), m_limits(limits), m_rejected(std::move(rejected))
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    // The timers are the senders here, so they keep working even after
    // QHttpServer disconnects every signal of the socket (its reaction to a
    // malformed request), and the socket is not left open for ever.
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_socket->abort();
        m_socket->deleteLater();
    });
    m_idle.start();
    // Trickling bytes reset the idle timer but not this one.
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_limits.requestDeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_state == State::Draining) {
            m_socket->abort();
            m_socket->deleteLater();
            return;
        }
        reject(408, "Request Timeout",
               QStringLiteral("the request did not arrive whole within %1 s").arg(m_limits.requestDeadlineMs / 1000));
    });
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
    // Only the bytes that arrived since the reader's last turn are new: the
    // rest the guard has seen, and the reader left them (QHttpServer takes
    // one pipelined request per turn). Looking at them again would cost
    // quadratic time and, mid-request, misread them.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = m_followingReader ? available - m_leftForReader : available;
    if (!m_followingReader)
        m_leftForReader = 0;
    if (fresh > 0)
        consume(m_socket->peek(available).right(fresh));
}

void RequestGuard::followReader()
{
    // Connected after the reader's own slot, so it runs after it on every
    // readyRead and sees what the reader left unread.
    m_followingReader = true;
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_leftForReader = m_socket->bytesAvailable(); });
}

void RequestGuard::requestComplete()
{
    m_inRequest = false;
    m_deadline.stop();
    m_state = State::Header;
}

bool RequestGuard::checkRequestLineStart()
{
    // The method: token characters up to the first space, and short.
    qsizetype i = 0;
    for (; i < m_header.size() && m_header[i] != ' '; ++i) {
        if (!isTokenChar(m_header[i]) || i >= kMaxMethodBytes) {
            reject(400, "Bad Request", QStringLiteral("this is not an HTTP/1.1 request"));
            return false;
        }
    }
    return true;
}

void RequestGuard::consume(const QByteArray& bytes)
{
    // One pass: every byte is looked at a bounded number of times, however
    // many requests arrive pipelined in one read.
    qsizetype pos = 0;
    const qsizetype size = bytes.size();
    while (pos < size && m_state != State::Draining) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, size - pos);
            m_bodyLeft -= take;
            pos += take;
            if (m_bodyLeft == 0)
                requestComplete();
            continue;
        }
        if (!m_inRequest) {
            m_inRequest = true;
            m_lineChecked = false;
            m_path.clear();
            m_deadline.start();
        }
        // Head: copy up to the blank line, or up to one byte over the limit.
        const qsizetype before = m_header.size();
        const qsizetype room = m_limits.maxHeaderBytes + 4 - before;
        const qsizetype take = std::min<qsizetype>(size - pos, std::max<qsizetype>(room, 1));
        m_header.append(bytes.constData() + pos, take);
        if (before < kMaxMethodBytes + 1 && !checkRequestLineStart())
            return;
        // Every line of the head ends with CRLF: a bare LF is where parsers
        // disagree about where the head ends, so it is refused at once,
        // before QHttpServer sees the bytes.
        for (qsizetype i = before; i < m_header.size(); ++i) {
            if (m_header[i] == '\n' && (i == 0 || m_header[i - 1] != '\r')) {
                reject(400, "Bad Request", QStringLiteral("lines must end with CRLF"));
                return;
            }
        }
        // The request line is judged as soon as it is whole: one that is not
        // HTTP/1.x (HTTP/0.9 "GET /x", "BLAH") is refused without waiting
        // for headers that will not come.
        if (!m_lineChecked) {
            const qsizetype eol = m_header.indexOf("\r\n", std::max<qsizetype>(0, before - 1));
            if (eol >= 0) {
                m_lineChecked = true;
                if (!checkRequestLine(m_header.left(eol)))
                    return;
            }
        }
        const qsizetype end = m_header.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        // The head so far, or the whole head: over the limit either way is 431.
        if ((end < 0 ? m_header.size() : end) > m_limits.maxHeaderBytes) {
            reject(431, "Request Header Fields Too Large",
                   QStringLiteral("request headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return;
        }
        if (end < 0) {
            pos += take;
            continue;
        }
        pos += end + 4 - before;
        const QByteArray head = m_header.left(end);
        m_header.clear();
        qint64 contentLength = 0;
        bool expectContinue = false;
        if (!checkHead(head, contentLength, expectContinue))
            return;
        if (contentLength > m_limits.maxBodyBytes) {
            // Body bytes still to come (none when the client waits for 100).
            m_drainLeft = expectContinue ? 0 : contentLength - (size - pos);
            reject(413, "Payload Too Large",
                   QStringLiteral("request body of %1 bytes is over the %2-byte limit; %3")
                       .arg(contentLength)
                       .arg(m_limits.maxBodyBytes)
                       .arg(m_limits.bodyHint));
            return;
        }
        if (expectContinue && contentLength > 0 && pos == size)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_bodyLeft = contentLength;
        if (m_bodyLeft > 0)
            m_state = State::Body;
        else
            requestComplete();
    }

}

bool RequestGuard::checkRequestLine(const QByteArray& requestLine)
{
    const auto bad = [this](const QString& message) {
        reject(400, "Bad Request", message);
        return false;
    };
    // "METHOD SP request-target SP HTTP/d.d"
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return bad(QStringLiteral("the request line must be 'METHOD /path HTTP/1.1'"));
    m_path = parts[1].left(256);
    for (const char c : parts[1])
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return bad(QStringLiteral("the request target has control characters"));
    const QByteArray& version = parts[2];
    const bool versionShape = version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.' &&
                              std::isdigit(static_cast<unsigned char>(version[5])) &&
                              std::isdigit(static_cast<unsigned char>(version[7]));
    if (!versionShape)
        return bad(QStringLiteral("'%1' is not an HTTP version").arg(QString::fromLatin1(version.left(20))));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        reject(505, "HTTP Version Not Supported",
               QStringLiteral("%1 is not supported; use HTTP/1.1").arg(QString::fromLatin1(version)));
        return false;
    }
    return true;
}

bool RequestGuard::checkHead(const QByteArray& head, qint64& contentLength, bool& expectContinue)
{
    const auto bad = [this](const QString& message) {
        reject(400, "Bad Request", message);
        return false;
    };
    // consume() has checked the request line and that every line ends with
    // CRLF; these are the header lines.
    const QList<QByteArray> lines = head.split('\n');
    int lengths = 0;
    bool transferEncoding = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return bad(QStringLiteral("folded header lines are not accepted"));
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!isToken(name))
            return bad(QStringLiteral("invalid header line '%1'").arg(QString::fromLatin1(line.left(40))));
        const QByteArray lower = name.toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (lower == "content-length") {
            if (++lengths > 1)
                return bad(QStringLiteral("several Content-Length headers"));
            if (!isDigits(value))
                return bad(QStringLiteral("Content-Length '%1' is not a byte count")
                               .arg(QString::fromLatin1(value.left(40))));
            contentLength = value.toLongLong();
        } else if (lower == "transfer-encoding") {
            transferEncoding = true;
        } else if (lower == "expect" && value.toLower() == "100-continue") {
            expectContinue = true;
        } else if (lower == "upgrade" || (lower == "connection" && listHas(value, "upgrade"))) {
            return bad(QStringLiteral("protocol upgrades are not supported"));
        }
    }
    if (transferEncoding && lengths > 0)
        return bad(QStringLiteral("Content-Length and Transfer-Encoding together"));
    if (transferEncoding) {
        reject(411, "Length Required",
               QStringLiteral("chunked request bodies are not accepted; send the body with a Content-Length"));
        return false;
    }
    return true;
}

void RequestGuard::reject(int code, const QByteArray& reason, const QString& message)
{
    if (m_state == State::Draining)
        return;
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
    m_header.clear();
    m_state = State::Draining;
    m_drainLeft = std::min(m_drainLeft, kMaxDrainBytes);
    // Whatever happens, the connection goes within the deadline.
    m_deadline.start();
    drain(true);
}

void RequestGuard::drain(bool first)
{
    // Take every byte away from QHttpServer (its slot runs after this one and
    // finds nothing) and drop it; committing the transaction QHttpServer
    // opened releases the buffer.
    const QByteArray dropped = m_socket->readAll();
    m_leftForReader = 0;
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

// A QTcpServer for QHttpServer that bounds what clients may make the server
// hold, and makes sure the guard and Qt's parser read every request the same
// way: a request the guard cannot frame unambiguously (several
// Content-Length headers, Content-Length with Transfer-Encoding, bare-LF line
// ends, folded header lines, an invalid request line or version, a protocol
// upgrade) is answered here with 400 (505 for HTTP versions other than 1.0
// and 1.1) and the connection closed; it never reaches QHttpServer. Bodies
// over the limit answer 413 before they are read into memory, chunked
// bodies 411, headers over the limit 431 however their bytes arrive, and a
// request that does not arrive whole within the request deadline 408. Idle
// connections are closed, and at most maxConnections are open at once: the
// server stops accepting (rather than spinning) at the cap or when the
// process runs out of descriptors, and resumes when connections close.
// QHttpServer (Qt 6.4) buffers a whole request body and has no limit of its own.
#pragma once

#include "service/defaults.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace qm {

struct HttpLimits {
    qint64 maxBodyBytes = defaults::kMaxBodyBytes;
    qint64 maxHeaderBytes = defaults::kMaxHeaderBytes;
    int idleTimeoutMs = defaults::kIdleConnectionTimeoutMs;
    int requestDeadlineMs = defaults::kRequestDeadlineMs;
    int maxConnections = defaults::kMaxConnections;
    // What a request is for, in the 413 answer ("a job request is a few
    // hundred bytes"; the metrics port takes no body at all).
    QString bodyHint = QStringLiteral("a job request is a few hundred bytes");
};

// The connection cap the process can keep: `wanted`, lowered so that it stays
// below the soft descriptor limit with a reserve for everything else (logs,
// QUIC, GPUs, the other port). At least 4.
int effectiveMaxConnections(int wanted);

class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    // rejected(code, path) is called for every request the guard answers itself.
    GuardedTcpServer(const HttpLimits& limits, std::function<void(int code, const QByteArray& path)> rejected, QObject* parent = nullptr);

    void setLimits(const HttpLimits& limits);
    // Call once the reader (QHttpServer) is bound to this server: every
    // connection's guard then learns what the reader leaves unread.
    void followReaders();
    int openConnections() const { return m_open; }
    int connectionCap() const { return m_cap; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void connectionClosed();
    void onAcceptError();

    HttpLimits m_limits;
    int m_cap = 0;
    int m_open = 0;
    bool m_pausedForCap = false;
    QTimer m_acceptRetry;
    QPointer<class RequestGuard> m_lastGuard;
    std::function<void(int, const QByteArray&)> m_rejected;
};

// Watches one connection's bytes ahead of QHttpServer (its readyRead slot is
// connected first). It reads every request's head itself, in one pass over
// the bytes however they are split or pipelined, and lets through only
// requests that are within the limits and framed without ambiguity; any
// other request is answered here and never reaches QHttpServer.
class RequestGuard final : public QObject {
    Q_OBJECT
public:
    RequestGuard(QTcpSocket* socket, const HttpLimits& limits, std::function<void(int, const QByteArray&)> rejected);
    // From now on, after each readyRead the guard notes the bytes the reader
    // left in the socket, so that it looks at every byte once.
    void followReader();

private:
    void onReadyRead();
    void consume(const QByteArray& bytes);
    // Checks the request line (method, target, version) as soon as it is
    // whole; false when it answered the request itself.
    bool checkRequestLine(const QByteArray& requestLine);
    // Checks the header lines of a complete head (without the blank line),
    // whose request line passed; false when it answered the request itself.
    bool checkHead(const QByteArray& head, qint64& contentLength, bool& expectContinue);
    // Refuses bytes that cannot start a request line ("GET /x HTTP/1.1"),
    // without waiting for the line to end (binary data, TLS).
    bool checkRequestLineStart();
    void reject(int code, const QByteArray& reason, const QString& message);
    void drain(bool first);
    void requestComplete();

    enum class State { Header, Body, Draining };
    QTcpSocket* m_socket;
    HttpLimits m_limits;
    std::function<void(int, const QByteArray&)> m_rejected;
    State m_state = State::Header;
    QByteArray m_header;        // the head so far of the request being read
    QByteArray m_path;
    qint64 m_bodyLeft = 0;
    qint64 m_drainLeft = 0;
    bool m_inRequest = false;   // bytes of a request arrived, not all of it yet
    bool m_lineChecked = false; // its request line was seen whole
    bool m_followingReader = false;
    qint64 m_leftForReader = 0; // bytes the reader left after its last turn (seen already)
    QTimer m_idle;
    QTimer m_deadline;
};

} // namespace qm

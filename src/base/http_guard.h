// A QTcpServer for QHttpServer that bounds what one connection may make the
// server hold: request bodies over the limit answer 413 before they are read
// into memory, chunked bodies answer 411, oversized headers 431, and idle
// connections are closed. QHttpServer (Qt 6.4) buffers a whole request body
// and has no limit of its own.
#pragma once

#include "base/defaults.h"

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace qm {

struct HttpLimits {
    qint64 maxBodyBytes = defaults::kMaxBodyBytes;
    qint64 maxHeaderBytes = defaults::kMaxHeaderBytes;
    int idleTimeoutMs = defaults::kIdleConnectionTimeoutMs;
};

class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    // rejected(code, path) is called for every request the guard answers itself.
    GuardedTcpServer(const HttpLimits& limits, std::function<void(int code, const QByteArray& path)> rejected, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpLimits m_limits;
    std::function<void(int, const QByteArray&)> m_rejected;
};

// Watches one connection's bytes ahead of QHttpServer (its readyRead slot is
// connected first). It only peeks at requests within the limits; a request
// over a limit is answered here and never reaches QHttpServer.
class RequestGuard final : public QObject {
    Q_OBJECT
public:
    RequestGuard(QTcpSocket* socket, const HttpLimits& limits, std::function<void(int, const QByteArray&)> rejected);

private:
    void onReadyRead();
    void consume(const QByteArray& bytes);
    void reject(int code, const QByteArray& reason, const QString& message);
    void drain(bool first);

    enum class State { Header, Body, Draining };
    QTcpSocket* m_socket;
    HttpLimits m_limits;
    std::function<void(int, const QByteArray&)> m_rejected;
    State m_state = State::Header;
    QByteArray m_header;
    QByteArray m_path;
    qint64 m_bodyLeft = 0;
    qint64 m_drainLeft = 0;
    QTimer m_idle;
};

} // namespace qm

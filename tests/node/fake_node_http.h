// A small HTTP/1.1 server on 127.0.0.1 for the fake quantus-node's JSON-RPC
// and Prometheus endpoints: Content-Length framing, keep-alive (HTTP/1.1
// unless "Connection: close"; HTTP/1.0 only when asked), pipelined requests,
// "Expect: 100-continue", bounded headers and bodies. One handler answers
// every request.
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QHash>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace qm::fakenode {

struct HttpRequest {
    QByteArray method;                     // "POST"
    QByteArray path;                       // "/metrics"
    QHash<QByteArray, QByteArray> headers; // names in lowercase
    QByteArray body;
};

struct HttpResponse {
    int status = 200;
    QByteArray reason = "OK";
    QByteArray contentType = "application/json";
    QByteArray body;
};

class HttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    HttpServer(Handler handler, QObject* parent = nullptr);

    // 127.0.0.1:port (0: a free one). False with error() set when it cannot.
    bool listen(quint16 port);
    quint16 port() const;
    QAbstractSocket::SocketError error() const { return m_error; }
    void close();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    // Answers and, when `close` is set, ends the connection once written.
    void respond(QTcpSocket* socket, const HttpResponse& response, bool close);

    // What a connection received and has not answered yet.
    struct Pending {
        QByteArray buffer;
        bool continueSent = false;
    };

    Handler m_handler;
    QTcpServer* m_server = nullptr;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QHash<QTcpSocket*, Pending> m_pending;
};

} // namespace qm::fakenode

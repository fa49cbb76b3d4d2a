#include "tests/node/fake_node_http.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace qm::fakenode {

namespace {

constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
constexpr qsizetype kMaxBodyBytes = 10 * 1024 * 1024;   // jsonrpsee's default limit

HttpResponse plain(int status, const char* reason, const char* text)
{
    return HttpResponse{status, reason, "text/plain; charset=utf-8", QByteArray(text) + '\n'};
}

} // namespace

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent),
      m_handler(std::move(handler))
{
}

bool HttpServer::listen(quint16 port)
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        m_error = m_server->serverError();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    return true;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::close()
{
    delete m_server;
    m_server = nullptr;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
    }
}

void HttpServer::onReadyRead(QTcpSocket* socket)
{
    Pending& p = m_pending[socket];
    p.buffer += socket->readAll();
    // Several requests may have arrived at once (pipelining): answer in order.
    while (socket->state() == QAbstractSocket::ConnectedState) {
        const qsizetype headerEnd = p.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (p.buffer.size() > kMaxHeaderBytes)
                respond(socket, plain(431, "Request Header Fields Too Large", "request headers too large"), true);
            return;
        }
        const QList<QByteArray> lines = p.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            respond(socket, plain(400, "Bad Request", "malformed request line"), true);
            return;
        }
        HttpRequest request;
        request.method = requestLine[0];
        request.path = requestLine[1];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        if (request.headers.contains("transfer-encoding")) {
            respond(socket, plain(501, "Not Implemented", "chunked bodies are not supported"), true);
            return;
        }
        bool lengthOk = true;
        const qint64 length =
            request.headers.contains("content-length") ? request.headers.value("content-length").toLongLong(&lengthOk) : 0;
        if (!lengthOk || length < 0) {
            respond(socket, plain(400, "Bad Request", "invalid Content-Length"), true);
            return;
        }
        if (length > kMaxBodyBytes) {
            respond(socket, plain(413, "Payload Too Large", "request body too large"), true);
            return;
        }
        const qsizetype total = headerEnd + 4 + static_cast<qsizetype>(length);
        if (p.buffer.size() < total) {
            if (!p.continueSent && request.headers.value("expect").toLower() == "100-continue") {
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                p.continueSent = true;
            }
            return;
        }
        request.body = p.buffer.mid(headerEnd + 4, static_cast<qsizetype>(length));
        p.buffer.remove(0, total);
        p.continueSent = false;

        const QByteArray connection = request.headers.value("connection").toLower();
        const bool keepAlive = requestLine[2] == "HTTP/1.0" ? connection.contains("keep-alive")
                                                            : !connection.contains("close");
        respond(socket, m_handler(request), !keepAlive);
        if (!keepAlive)
            return;
    }
}

void HttpServer::respond(QTcpSocket* socket, const HttpResponse& response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    socket->write(head + "\r\n" + response.body);
    if (close) {
        m_pending[socket].buffer.clear();
        socket->disconnectFromHost();
    }
}

} // namespace qm::fakenode

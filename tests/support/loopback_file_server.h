// A tiny HTTP/1.1 server on 127.0.0.1 for download tests: files by path, 404
// for the rest, every answer closing its connection (so `requests` counts
// each one). Header-only, Qt Network; lives on the test's thread.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

namespace qm::test {

class LoopbackFileServer : public QObject {
public:
    QMap<QString, QByteArray> files;
    int requests = 0;

    LoopbackFileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_pending[s] += s->readAll();
                    const QByteArray request = m_pending.value(s);
                    if (!request.contains("\r\n\r\n"))
                        return;
                    m_pending.remove(s);
                    ++requests;
                    const QList<QByteArray> words = request.split(' ');
                    const QString path = words.size() > 1 ? QString::fromLatin1(words[1]) : QString();
                    const bool found = files.contains(path);
                    const QByteArray body = found ? files.value(path) : QByteArray("not found");
                    s->write((found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") +
                             QByteArray("Content-Length: ") + QByteArray::number(body.size()) +
                             "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    m_pending.remove(s);
                    s->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

private:
    QTcpServer m_server;
    QMap<QTcpSocket*, QByteArray> m_pending;
};

} // namespace qm::test

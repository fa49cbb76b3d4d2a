#include "gui/single_instance.h"

#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace qm::gui {

namespace {

const QByteArray kShow = QByteArrayLiteral("show\n");
const QByteArray kShown = QByteArrayLiteral("ok\n");

} // namespace

QString instanceServerName(quint16 port)
{
    return QStringLiteral("quantus-miner-%1-%2").arg(static_cast<qulonglong>(::getuid())).arg(port);
}

bool activateRunningInstance(quint16 port, int timeoutMs)
{
    if (port == 0)
        return false;
    QLocalSocket socket;
    socket.connectToServer(instanceServerName(port));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kShow);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer confirms a live dashboard took the request.
    while (socket.bytesAvailable() < kShown.size()) {
        if (!socket.waitForReadyRead(timeoutMs))
            break;
    }
    return socket.readAll().startsWith(kShown);
}

SingleInstanceServer::SingleInstanceServer(QObject* parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstanceServer::onNewConnection);
}

SingleInstanceServer::~SingleInstanceServer()
{
    close();
}

bool SingleInstanceServer::listen(quint16 port)
{
    close();
    if (port == 0)
        return false;
    const QString name = instanceServerName(port);
    // Only a socket nobody answers on may be replaced: taking over a live one
    // would orphan the dashboard that holds it. (With access options set,
    // listen() renames its socket over any existing one, so it cannot be
    // relied on to refuse.)
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(300))
        return false;
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

void SingleInstanceServer::close()
{
    if (m_server->isListening())
        m_server->close();
}

bool SingleInstanceServer::isListening() const
{
    return m_server->isListening();
}

QString SingleInstanceServer::serverName() const
{
    return m_server->serverName();
}

void SingleInstanceServer::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            if (line == kShow) {
                socket->write(kShown);
                socket->flush();
                emit showRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace qm::gui

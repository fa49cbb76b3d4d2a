// One dashboard per API port and user: the first one listens on a local
// socket named after both; a second start on the same port connects to it,
// sends "show" (the first brings its window forward) and exits instead of
// failing on the busy port.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace qm::gui {

// "quantus-miner-<uid>-<port>".
QString instanceServerName(quint16 port);

// Asks a dashboard running on `port` for this user to show its window.
// Returns true when one answered.
bool activateRunningInstance(quint16 port, int timeoutMs = 1000);

class SingleInstanceServer : public QObject {
    Q_OBJECT
public:
    explicit SingleInstanceServer(QObject* parent = nullptr);
    ~SingleInstanceServer() override;

    // Listens for `port` (stops listening for the previous one). A socket left
    // by a crashed instance is replaced. Returns false when another live
    // instance holds the name.
    bool listen(quint16 port);
    void close();
    bool isListening() const;
    QString serverName() const;

signals:
    void showRequested();

private:
    void onNewConnection();
    QLocalServer* m_server;
};

} // namespace qm::gui

// Serves a MetricsRegistry at GET /metrics (Prometheus text format) on its
// own port, in the event loop of the thread that owns it.
#pragma once

#include "http/http_guard.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;

namespace qm {

class MetricsRegistry;

class MetricsServer : public QObject {
    Q_OBJECT
public:
    explicit MetricsServer(MetricsRegistry& registry, QObject* parent = nullptr);
    ~MetricsServer() override;

    quint16 listen(const QHostAddress& address, quint16 port, QString* error, bool* addressInUse = nullptr);
    // Connection cap and timeouts (the service's); the body limit is the
    // port's own: scrapes carry no body.
    void setLimits(const HttpLimits& limits) { m_limits = limits; }
    void close();
    quint16 port() const { return m_port; }

private:
    MetricsRegistry& m_registry;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    HttpLimits m_limits;
};

} // namespace qm

// The node protocol over HTTP (docs/PROTOCOL.md) on QHttpServer, in the event loop
// of the thread that owns it: POST /mine, GET /result/{id}, POST /cancel/{id}.
// Unknown paths answer 404, a known path with another method 405, and every
// error body is JSON. No authentication: bind to loopback unless the network
// in between is trusted.
#pragma once

#include "http/http_guard.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace qm {

class JobManager;
class ServiceMetrics;

class HttpApi : public QObject {
    Q_OBJECT
public:
    HttpApi(JobManager& jobs, ServiceMetrics* metrics, const HttpLimits& limits, QObject* parent = nullptr);
    ~HttpApi() override;

    // Returns the bound port, or 0 with *error set (*addressInUse tells the
    // usual cause apart).
    quint16 listen(const QHostAddress& address, quint16 port, QString* error, bool* addressInUse = nullptr);
    // Stops listening and drops open connections.
    void close();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    void setLimits(const HttpLimits& limits) { m_limits = limits; }

private:
    QHttpServerResponse handleMine(const QHttpServerRequest& request);
    QHttpServerResponse handleResult(const QString& id);
    QHttpServerResponse handleCancel(const QString& id);
    QHttpServerResponse reply(const QString& endpoint, const QJsonObject& body, int code);

    JobManager& m_jobs;
    ServiceMetrics* m_metrics;
    HttpLimits m_limits;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    static constexpr qint64 kBusyWarningIntervalMs = 10'000;
    QElapsedTimer m_busyWarned;
    quint64 m_busyRefusals = 0;
};

} // namespace qm

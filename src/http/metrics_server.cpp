#include "http/metrics_server.h"

#include "metrics/metrics.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace qm {

MetricsServer::MetricsServer(MetricsRegistry& registry, QObject* parent)
    : QObject(parent), m_registry(registry)
{
}

MetricsServer::~MetricsServer()
{
    close();
}

quint16 MetricsServer::listen(const QHostAddress& address, quint16 port, QString* error, bool* addressInUse)
{
    close();
    HttpLimits limits = m_limits;
    limits.maxBodyBytes = 1024; // scrapes carry no body
    limits.bodyHint = QStringLiteral("GET /metrics takes no request body");
    auto tcp = std::make_unique<GuardedTcpServer>(limits, nullptr);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen for metrics on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcp->errorString());
        if (addressInUse)
            *addressInUse = tcp->serverError() == QAbstractSocket::AddressInUseError;
        return 0;
    }
    m_port = tcp->serverPort();
    m_server = std::make_unique<QHttpServer>();
    m_server->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), m_registry.render());
    });
    m_server->setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const bool metricsPath = request.url().path() == u"/metrics";
        QHttpServerResponse r(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                        {QStringLiteral("message"), metricsPath ? QStringLiteral("use GET /metrics")
                                                                : QStringLiteral("this port serves GET /metrics only")}},
            metricsPath ? QHttpServerResponse::StatusCode::MethodNotAllowed : QHttpServerResponse::StatusCode::NotFound);
        if (metricsPath)
            r.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        r.write(std::move(responder));
    });
    GuardedTcpServer* guarded = tcp.get();
    m_server->bind(tcp.release());
    guarded->followReaders();
    return m_port;
}

void MetricsServer::close()
{
    m_server.reset();
    m_port = 0;
}

} // namespace qm

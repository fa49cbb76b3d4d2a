#include "http/http_api.h"

#include "http/job_json.h"
#include "metrics/service_metrics.h"
#include "service/job_manager.h"
#include "service/logger.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>

namespace qm {

namespace {

using Method = QHttpServerRequest::Method;

QString methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("this method");
}

// The endpoint a path belongs to and the method it takes, or empty.
struct Endpoint {
    QString name;    // metrics label
    QString method;  // the one method allowed
};

Endpoint endpointOf(const QString& path)
{
    if (path == u"/mine")
        return {QStringLiteral("/mine"), QStringLiteral("POST")};
    for (const auto& [prefix, method] : {std::pair{QStringLiteral("/result/"), QStringLiteral("GET")},
                                         std::pair{QStringLiteral("/cancel/"), QStringLiteral("POST")}}) {
        if (path.startsWith(prefix) && path.size() > prefix.size() && !path.mid(prefix.size()).contains(u'/'))
            return {prefix.chopped(1), method};
    }
    return {};
}

QString endpointLabel(const QByteArray& rawPath)
{
    const QString path = QString::fromLatin1(rawPath.left(rawPath.indexOf('?') < 0 ? rawPath.size() : rawPath.indexOf('?')));
    const Endpoint e = endpointOf(path);
    return e.name.isEmpty() ? QStringLiteral("other") : e.name;
}

} // namespace

HttpApi::HttpApi(JobManager& jobs, ServiceMetrics* metrics, const HttpLimits& limits, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_metrics(metrics), m_limits(limits)
{
}

HttpApi::~HttpApi()
{
    close();
}

QHttpServerResponse HttpApi::reply(const QString& endpoint, const QJsonObject& body, int code)
{
    if (m_metrics)
        m_metrics->recordHttp(endpoint, code);
    return QHttpServerResponse(body, static_cast<QHttpServerResponse::StatusCode>(code));
}

quint16 HttpApi::listen(const QHostAddress& address, quint16 port, QString* error, bool* addressInUse)
{
    close();
    auto tcp = std::make_unique<GuardedTcpServer>(m_limits, [this](int code, const QByteArray& path) {
        const QString endpoint = endpointLabel(path);
        if (m_metrics) {
            m_metrics->recordHttp(endpoint, code);
            if (endpoint == u"/mine")
                m_metrics->recordMine(code == 413 ? QStringLiteral("too_large") : QStringLiteral("invalid"));
        }
    });
    if (!tcp->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(tcp->errorString());
        if (addressInUse)
            *addressInUse = tcp->serverError() == QAbstractSocket::AddressInUseError;
        return 0;
    }
    m_port = tcp->serverPort();

    m_server = std::make_unique<QHttpServer>();
    m_server->route(QStringLiteral("/mine"), Method::Post,
                    [this](const QHttpServerRequest& request) { return handleMine(request); });
    m_server->route(QStringLiteral("/result/<arg>"), Method::Get,
                    [this](const QString& id) { return handleResult(id); });
    m_server->route(QStringLiteral("/cancel/<arg>"), Method::Post,
                    [this](const QString& id) { return handleCancel(id); });
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const QString path = request.url().path();
        const Endpoint e = endpointOf(path);
        if (!e.name.isEmpty()) {
            QHttpServerResponse r = reply(
                e.name,
                errorBody(QString(), QStringLiteral("%1 is not allowed on %2; use %3")
                                         .arg(methodName(request.method()), e.name + (e.name == u"/mine" ? QString() : QStringLiteral("/{job_id}")), e.method)),
                405);
            r.setHeader(QByteArrayLiteral("Allow"), e.method.toLatin1());
            r.write(std::move(responder));
            return;
        }
        QHttpServerResponse r = reply(
            QStringLiteral("other"),
            errorBody(QString(), QStringLiteral("no endpoint %1 %2; the API has POST /mine, GET /result/{job_id} "
                                                "and POST /cancel/{job_id}")
                                     .arg(methodName(request.method()), path.left(200))),
            404);
        r.write(std::move(responder));
    });
    GuardedTcpServer* guarded = tcp.get();
    m_server->bind(tcp.release());
    guarded->followReaders();
    return m_port;
}

void HttpApi::close()
{
    // Deleting the server deletes its listening socket and every connection.
    m_server.reset();
    m_port = 0;
}

QHttpServerResponse HttpApi::handleMine(const QHttpServerRequest& request)
{
    const QString endpoint = QStringLiteral("/mine");
    const MineRequestParse parsed = parseMineRequest(request.body());
    if (!parsed.request) {
        logDebug(QStringLiteral("POST /mine rejected (400): %1").arg(parsed.error));
        if (m_metrics)
            m_metrics->recordMine(QStringLiteral("invalid"));
        return reply(endpoint, errorBody(parsed.jobId, parsed.error), 400);
    }
    QString message;
    switch (m_jobs.addJob(*parsed.request, &message)) {
    case JobManager::AddResult::Accepted:
        if (m_metrics)
            m_metrics->recordMine(QStringLiteral("accepted"));
        return reply(endpoint, acceptedBody(parsed.jobId), 200);
    case JobManager::AddResult::Duplicate:
        if (m_metrics)
            m_metrics->recordMine(QStringLiteral("duplicate"));
        return reply(endpoint, errorBody(parsed.jobId, message), 409);
    case JobManager::AddResult::TooManyJobs:
        // A client that keeps pushing gets one warning per interval, not one per request.
        ++m_busyRefusals;
        if (!m_busyWarned.isValid() || m_busyWarned.elapsed() >= kBusyWarningIntervalMs) {
            logWarn(QStringLiteral("POST /mine refused (503) %1 time(s) since the last warning: %2")
                        .arg(m_busyRefusals)
                        .arg(message));
            m_busyRefusals = 0;
            m_busyWarned.start();
        }
        if (m_metrics)
            m_metrics->recordMine(QStringLiteral("busy"));
        return reply(endpoint, errorBody(parsed.jobId, message), 503);
    }
    return reply(endpoint, errorBody(parsed.jobId, QStringLiteral("internal error")), 500);
}

QHttpServerResponse HttpApi::handleResult(const QString& id)
{
    const auto snap = m_jobs.result(id);
    if (!snap)
        return reply(QStringLiteral("/result"), resultNotFoundBody(id), 404);
    return reply(QStringLiteral("/result"), resultBody(*snap), 200);
}

QHttpServerResponse HttpApi::handleCancel(const QString& id)
{
    if (!m_jobs.cancel(id))
        return reply(QStringLiteral("/cancel"), cancelNotFoundBody(id), 404);
    return reply(QStringLiteral("/cancel"), cancelledBody(id), 200);
}

} // namespace qm

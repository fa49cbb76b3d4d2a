#include "app/health_command.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

namespace qm {

namespace {

// A job id no node sends (nodes use UUIDs), so the answer is "not found"
// and no real job is touched.
constexpr char kProbePath[] = "/result/quantus-miner-health-check";

} // namespace

HealthCommandResult runHealthCommand(const MinerConfig& config, int timeoutMs)
{
    QHostAddress address(config.bindAddress);
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    const QString where = (address.protocol() == QAbstractSocket::IPv6Protocol
                               ? QStringLiteral("[%1]:%2")
                               : QStringLiteral("%1:%2"))
                              .arg(address.toString())
                              .arg(config.port);
    if (config.port == 0)
        return {1, QStringLiteral("unhealthy: port 0 means any free port; give the port the miner listens on "
                                  "(--port or MINER_PORT)")};

    const QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(address, config.port);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime())))
        return {1, QStringLiteral("unhealthy: no connection to the API on %1: %2").arg(where, socket.errorString())};
    socket.write(QByteArrayLiteral("GET ") + kProbePath +
                 QByteArrayLiteral(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && deadline.remainingTime() > 0) {
        if (!socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            break;
        answer += socket.readAll();
    }
    const QByteArray statusLine = answer.left(answer.indexOf("\r\n"));
    if (statusLine.isEmpty())
        return {1, QStringLiteral("unhealthy: the API on %1 did not answer within %2 ms").arg(where).arg(timeoutMs)};
    // The miner answers an unknown job with 404 and a JSON body.
    if (!statusLine.startsWith("HTTP/1.1 404") || !answer.toLower().contains("content-type: application/json"))
        return {1, QStringLiteral("unhealthy: %1 answered '%2', not as the miner's API does")
                       .arg(where, QString::fromLatin1(statusLine))};
    return {0, QStringLiteral("healthy: the API on %1 answers").arg(where)};
}

} // namespace qm

#include "tests/support/service_test_support.h"

#include "core/pow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace qmtest {

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpReply httpRequest(QNetworkAccessManager& nam, const QByteArray& method, const QUrl& url, const QByteArray& body,
                      int timeoutMs)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->rawHeader("Content-Type");
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        r.error = reply->errorString();
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    r.isJsonObject = doc.isObject();
    r.json = doc.object();
    reply->deleteLater();
    return r;
}

QByteArray rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray received;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    received += socket.readAll();
    return received;
}

double metricSum(const QString& text, const QString& name)
{
    double sum = -1;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(name))
            continue;
        const QChar next = line.size() > name.size() ? line[name.size()] : QChar();
        if (next != QLatin1Char(' ') && next != QLatin1Char('{'))
            continue;
        sum = std::max(sum, 0.0) + line.section(QLatin1Char(' '), -1).toDouble();
    }
    return sum;
}

double metricValue(const QString& text, const QString& name, const QString& labels)
{
    const QString prefix = name + QLatin1Char('{') + labels + QStringLiteral("} ");
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).toDouble();
    return -1;
}

bool waitFor(const std::function<bool()>& pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

QJsonObject loadVectors(const char* file)
{
    QFile f(QStringLiteral(QM_TEST_DATA_DIR "/") + QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString hex128(const qm::U512& v)
{
    return QString::fromStdString(v.toHex128());
}

QString hex128(quint64 v)
{
    return hex128(qm::U512::fromU64(v));
}

QString zeroHash()
{
    return QString(64, QLatin1Char('0'));
}

QJsonObject mineBody(const QString& id, const QString& miningHash, const QString& difficulty, const QString& start,
                     const QString& end, const QString& difficultyField)
{
    return {{QStringLiteral("job_id"), id},
            {QStringLiteral("mining_hash"), miningHash},
            {difficultyField, difficulty},
            {QStringLiteral("nonce_start"), start},
            {QStringLiteral("nonce_end"), end}};
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool verifyWork(const QString& miningHash, const QString& difficulty, const QString& work)
{
    std::string error;
    qm::MiningHash mh{};
    if (!qm::parseHexBytes(miningHash.toStdString(), mh.data(), mh.size(), "mining_hash", error))
        return false;
    const auto nonce = qm::parseHexExact(work.toStdString(), 128, "work", error);
    const auto d = qm::parseDecimal(difficulty.toStdString(), "difficulty", error);
    if (!nonce || !d || d->isZero())
        return false;
    return qm::powMeetsTarget(qm::powHashReference(mh, *nonce), qm::targetForDifficulty(*d));
}

qm::JobRequest makeRequest(const QString& id, const QString& miningHash, const QString& difficulty,
                           const qm::U512& start, const qm::U512& end)
{
    qm::JobRequest r;
    r.id = id;
    std::string error;
    qm::parseHexBytes(miningHash.toStdString(), r.miningHash.data(), r.miningHash.size(), "mining_hash", error);
    r.difficulty = *qm::parseDecimal(difficulty.toStdString(), "difficulty", error);
    r.nonceStart = start;
    r.nonceEnd = end;
    return r;
}

qm::MinerConfig httpTestConfig()
{
    qm::MinerConfig c;
    c.bindAddress = QStringLiteral("127.0.0.1");
    c.port = 0;
    c.workers = 2;
    c.engine = QStringLiteral("cpu-fast");
    c.progressChunkMs = 50;
    c.logLevel = qm::LogLevel::Warn;
    return c;
}

qm::MiningHash seededMiningHash(std::uint8_t seed, unsigned mul, unsigned step)
{
    qm::MiningHash mh;
    for (std::size_t i = 0; i < mh.size(); ++i)
        mh[i] = static_cast<std::uint8_t>(seed * mul + i * step);
    return mh;
}

} // namespace qmtest

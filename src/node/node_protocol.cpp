// Framing and JSON of the node's QUIC protocol (docs/NODE-QUIC.md "Messages").
#include "node/node_protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>
#include <string>

namespace qm {

namespace {

const QString kReady = QStringLiteral("Ready");
const QString kNewJob = QStringLiteral("NewJob");
const QString kJobResult = QStringLiteral("JobResult");

QJsonValue optionalHex(const std::optional<U512>& v, bool fixed128)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    const std::string hex = fixed128 ? v->toHex128() : v->toHexMinimal();
    return QString::fromStdString(hex);
}

// The string member `key`, or an error naming it.
std::optional<QString> stringMember(const QJsonObject& o, const QString& key, QString& error)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd()) {
        error = QStringLiteral("%1 is missing").arg(key);
        return std::nullopt;
    }
    if (!it->isString()) {
        error = QStringLiteral("%1 must be a string").arg(key);
        return std::nullopt;
    }
    return it->toString();
}

NodeMessageParse failure(const QString& error)
{
    NodeMessageParse out;
    out.error = error;
    return out;
}

NodeMessageParse parseReady(const QJsonObject& o)
{
    QString error;
    const auto token = stringMember(o, QStringLiteral("token"), error);
    if (!token)
        return failure(QStringLiteral("Ready: ") + error);
    NodeMessageParse out;
    out.message = NodeReady{token->toUtf8()};
    return out;
}

NodeMessageParse parseNewJob(const QJsonObject& o)
{
    QString error;
    const auto jobId = stringMember(o, QStringLiteral("job_id"), error);
    if (!jobId)
        return failure(QStringLiteral("NewJob: ") + error);
    const auto hashText = stringMember(o, QStringLiteral("mining_hash"), error);
    if (!hashText)
        return failure(QStringLiteral("NewJob: ") + error);
    // Nodes before v0.7.0 named the difficulty distance_threshold.
    const QString difficultyKey = o.contains(QStringLiteral("difficulty")) ? QStringLiteral("difficulty")
                                                                           : QStringLiteral("distance_threshold");
    const auto difficultyText = stringMember(o, difficultyKey, error);
    if (!difficultyText)
        return failure(QStringLiteral("NewJob: ") + (o.contains(difficultyKey) ? error : QStringLiteral("difficulty is missing")));

    NodeNewJob job;
    job.jobId = *jobId;
    std::string parseError;
    const std::string hashStd = hashText->toStdString();
    if (!parseHexBytes(hashStd, job.miningHash.data(), job.miningHash.size(), "mining_hash", parseError))
        return failure(QStringLiteral("NewJob: ") + QString::fromStdString(parseError));
    const std::string difficultyStd = difficultyText->toStdString();
    const auto difficulty = parseDecimal(difficultyStd, difficultyKey.toStdString(), parseError);
    if (!difficulty)
        return failure(QStringLiteral("NewJob: ") + QString::fromStdString(parseError));
    if (difficulty->isZero())
        return failure(QStringLiteral("NewJob: %1 must not be zero").arg(difficultyKey));
    job.difficulty = *difficulty;
    NodeMessageParse out;
    out.message = std::move(job);
    return out;
}

NodeMessageParse parseJobResult(const QJsonObject& o)
{
    QString error;
    const auto status = stringMember(o, QStringLiteral("status"), error);
    if (!status)
        return failure(QStringLiteral("JobResult: ") + error);
    const auto jobId = stringMember(o, QStringLiteral("job_id"), error);
    if (!jobId)
        return failure(QStringLiteral("JobResult: ") + error);
    NodeJobResult r;
    r.status = *status;
    r.jobId = *jobId;

    std::string parseError;
    const QJsonValue nonce = o.value(QStringLiteral("nonce"));
    if (nonce.isString()) {
        const auto v = parseHexFlexible(nonce.toString().toStdString(), "nonce", parseError);
        if (!v)
            return failure(QStringLiteral("JobResult: ") + QString::fromStdString(parseError));
        r.nonce = *v;
    } else if (!nonce.isNull() && !nonce.isUndefined()) {
        return failure(QStringLiteral("JobResult: nonce must be a hex string or null"));
    }
    const QJsonValue work = o.value(QStringLiteral("work"));
    if (work.isString()) {
        const auto v = parseHexExact(work.toString().toStdString(), 128, "work", parseError);
        if (!v)
            return failure(QStringLiteral("JobResult: ") + QString::fromStdString(parseError));
        r.work = *v;
    } else if (!work.isNull() && !work.isUndefined()) {
        return failure(QStringLiteral("JobResult: work must be a hex string or null"));
    }

    const QJsonValue hashCount = o.value(QStringLiteral("hash_count"));
    if (!hashCount.isDouble() || hashCount.toDouble() < 0 || std::floor(hashCount.toDouble()) != hashCount.toDouble())
        return failure(QStringLiteral("JobResult: hash_count must be a non-negative integer"));
    r.hashCount = static_cast<quint64>(hashCount.toInteger());
    const QJsonValue elapsed = o.value(QStringLiteral("elapsed_time"));
    if (!elapsed.isDouble())
        return failure(QStringLiteral("JobResult: elapsed_time must be a number"));
    r.elapsedTime = elapsed.toDouble();
    NodeMessageParse out;
    out.message = std::move(r);
    return out;
}

} // namespace

QByteArray nodeMessageJson(const NodeMessage& message)
{
    QJsonObject inner;
    QString tag;
    if (const auto* ready = std::get_if<NodeReady>(&message)) {
        tag = kReady;
        inner.insert(QStringLiteral("token"), QString::fromUtf8(ready->token));
    } else if (const auto* job = std::get_if<NodeNewJob>(&message)) {
        tag = kNewJob;
        inner.insert(QStringLiteral("job_id"), job->jobId);
        inner.insert(QStringLiteral("mining_hash"),
                     QString::fromStdString(toHex(job->miningHash.data(), job->miningHash.size())));
        inner.insert(QStringLiteral("difficulty"), QString::fromStdString(job->difficulty.toDecimal()));
    } else {
        const auto& r = std::get<NodeJobResult>(message);
        tag = kJobResult;
        inner.insert(QStringLiteral("status"), r.status);
        inner.insert(QStringLiteral("job_id"), r.jobId);
        inner.insert(QStringLiteral("nonce"), optionalHex(r.nonce, false));
        inner.insert(QStringLiteral("work"), optionalHex(r.work, true));
        // JSON integers above 2^63 cannot be written exactly by Qt; a
        // count that large cannot happen in practice.
        const qint64 count = r.hashCount > static_cast<quint64>(std::numeric_limits<qint64>::max())
                                 ? std::numeric_limits<qint64>::max()
                                 : static_cast<qint64>(r.hashCount);
        inner.insert(QStringLiteral("hash_count"), count);
        inner.insert(QStringLiteral("elapsed_time"), std::isfinite(r.elapsedTime) ? r.elapsedTime : 0.0);
    }
    QJsonObject outer;
    outer.insert(tag, inner);
    return QJsonDocument(outer).toJson(QJsonDocument::Compact);
}

QByteArray frameBytes(QByteArrayView payload)
{
    const auto n = static_cast<quint32>(payload.size());
    QByteArray out;
    out.reserve(kNodeFrameHeaderBytes + payload.size());
    out.append(static_cast<char>((n >> 24) & 0xff));
    out.append(static_cast<char>((n >> 16) & 0xff));
    out.append(static_cast<char>((n >> 8) & 0xff));
    out.append(static_cast<char>(n & 0xff));
    out.append(payload.data(), payload.size());
    return out;
}

std::optional<QByteArray> encodeNodeFrame(const NodeMessage& message, QString* error)
{
    const QByteArray json = nodeMessageJson(message);
    if (json.size() > kNodeMaxFrameBytes) {
        if (error)
            *error = QStringLiteral("the message is %1 bytes long; the protocol allows at most %2")
                         .arg(json.size())
                         .arg(kNodeMaxFrameBytes);
        return std::nullopt;
    }
    return frameBytes(json);
}

NodeMessageParse parseNodeMessage(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return failure(QStringLiteral("the message must be a JSON object with one member (Ready, NewJob or JobResult)"));
    const QJsonObject outer = doc.object();
    if (outer.size() != 1)
        return failure(QStringLiteral("the message must have exactly one member, got %1").arg(outer.size()));
    const QString tag = outer.constBegin().key();
    const QJsonValue body = outer.constBegin().value();
    if (!body.isObject())
        return failure(QStringLiteral("%1 must hold an object").arg(tag));
    if (tag == kReady)
        return parseReady(body.toObject());
    if (tag == kNewJob)
        return parseNewJob(body.toObject());
    if (tag == kJobResult)
        return parseJobResult(body.toObject());
    return failure(QStringLiteral("unknown message %1").arg(tag));
}

void NodeFrameDecoder::append(QByteArrayView bytes)
{
    if (!m_error.isEmpty())
        return;
    // Drop the consumed prefix once it is at least half of the buffer: every
    // byte is moved at most a constant number of times overall.
    if (m_pos > 0 && m_pos * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

NodeFrameDecoder::Status NodeFrameDecoder::next(QByteArray* payload)
{
    if (!m_error.isEmpty())
        return Status::Error;
    const qsizetype available = m_buffer.size() - m_pos;
    if (available < kNodeFrameHeaderBytes)
        return Status::NeedMore;
    const auto* p = reinterpret_cast<const unsigned char*>(m_buffer.constData() + m_pos);
    const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (length > static_cast<quint32>(kNodeMaxFrameBytes)) {
        m_error = QStringLiteral("frame of %1 bytes; the protocol allows at most %2").arg(length).arg(kNodeMaxFrameBytes);
        return Status::Error;
    }
    if (available < kNodeFrameHeaderBytes + qsizetype(length))
        return Status::NeedMore;
    *payload = m_buffer.mid(m_pos + kNodeFrameHeaderBytes, length);
    m_pos += kNodeFrameHeaderBytes + length;
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    return Status::Frame;
}

void NodeFrameDecoder::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_error.clear();
}

} // namespace qm

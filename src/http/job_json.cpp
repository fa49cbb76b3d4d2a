#include "http/job_json.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace qm {

namespace {

QString jsonTypeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// The string value of `key`, or an error naming the key and what was wrong.
std::optional<QString> stringField(const QJsonObject& o, const QString& key, const QString& example,
                                   QString& error)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd()) {
        error = QStringLiteral("%1 is missing").arg(key);
        return std::nullopt;
    }
    if (!it->isString()) {
        error = QStringLiteral("%1 must be a string (%2), got %3").arg(key, example, jsonTypeName(*it));
        return std::nullopt;
    }
    return it->toString();
}

} // namespace

QString jobIdProblem(const QString& id)
{
    if (id.isEmpty())
        return QStringLiteral("job_id must not be empty");
    // Characters as people count them: code points, not UTF-16 units (an
    // emoji is one character, two units).
    const qsizetype length = id.toUcs4().size();
    if (length > kMaxJobIdLength)
        return QStringLiteral("job_id is %1 characters long; at most %2 are accepted").arg(length).arg(kMaxJobIdLength);
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QStringLiteral("job_id must not contain control characters (found U+%1 at position %2)")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                .arg(i);
        if (c.isSpace() || c == u'/' || c == u'?' || c == u'#' || c == u'%')
            return QStringLiteral("job_id must not contain spaces or any of / ? # % (found '%1' at position %2)")
                .arg(c)
                .arg(i);
    }
    return {};
}

MineRequestParse parseMineRequest(const QByteArray& body)
{
    MineRequestParse out;
    auto fail = [&](const QString& message) {
        out.request.reset();
        out.error = message;
        return out;
    };
    if (body.trimmed().isEmpty())
        return fail(QStringLiteral("request body is empty; send a JSON object with job_id, mining_hash, "
                                   "distance_threshold (or difficulty), nonce_start and nonce_end"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QStringLiteral("request body is not valid JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("request body must be a JSON object, got %1")
                        .arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar")));
    const QJsonObject o = doc.object();

    QString error;
    const auto idValue = o.value(QStringLiteral("job_id"));
    if (idValue.isString())
        out.jobId = idValue.toString();
    const auto id = stringField(o, QStringLiteral("job_id"), QStringLiteral("e.g. a UUID"), error);
    if (!id)
        return fail(error);
    if (const QString why = jobIdProblem(*id); !why.isEmpty())
        return fail(why);

    JobRequest req;
    req.id = *id;
    // The HTTP API is the seed-era nodes' protocol: they check QPoW v1.
    req.pow = PowAlgorithm::QPowV1;

    const auto mh = stringField(o, QStringLiteral("mining_hash"), QStringLiteral("64 hex characters"), error);
    if (!mh)
        return fail(error);
    std::string why;
    if (!parseHexBytes(mh->toStdString(), req.miningHash.data(), req.miningHash.size(), "mining_hash", why))
        return fail(QString::fromStdString(why));

    const bool hasDifficulty = o.contains(QStringLiteral("difficulty"));
    const bool hasThreshold = o.contains(QStringLiteral("distance_threshold"));
    if (hasDifficulty && hasThreshold)
        return fail(QStringLiteral("send either difficulty or distance_threshold, not both"));
    if (!hasDifficulty && !hasThreshold)
        return fail(QStringLiteral("distance_threshold (or difficulty) is missing"));
    const QString dName = hasDifficulty ? QStringLiteral("difficulty") : QStringLiteral("distance_threshold");
    const auto dText = stringField(o, dName, QStringLiteral("a decimal integer such as \"1000000\""), error);
    if (!dText)
        return fail(error);
    const auto difficulty = parseDecimal(dText->toStdString(), dName.toStdString(), why);
    if (!difficulty)
        return fail(QString::fromStdString(why));
    if (difficulty->isZero())
        return fail(QStringLiteral("%1 must be at least 1").arg(dName));
    req.difficulty = *difficulty;

    for (const char* key : {"nonce_start", "nonce_end"}) {
        const QString name = QString::fromLatin1(key);
        const auto text = stringField(o, name, QStringLiteral("128 hex characters"), error);
        if (!text)
            return fail(error);
        const auto v = parseHexExact(text->toStdString(), 128, key, why);
        if (!v)
            return fail(QString::fromStdString(why));
        (name == u"nonce_start" ? req.nonceStart : req.nonceEnd) = *v;
    }
    if (req.nonceEnd < req.nonceStart)
        return fail(QStringLiteral("nonce_start must not be greater than nonce_end (the range is inclusive)"));

    out.request = req;
    return out;
}

QJsonObject acceptedBody(const QString& jobId)
{
    return {{QStringLiteral("status"), QStringLiteral("accepted")}, {QStringLiteral("job_id"), jobId}};
}

QJsonObject errorBody(const QString& jobId, const QString& message)
{
    return {{QStringLiteral("status"), QStringLiteral("error")},
            {QStringLiteral("job_id"), jobId},
            {QStringLiteral("message"), message}};
}

QJsonObject resultBody(const JobSnapshot& job)
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), jobStatusName(job.status));
    o.insert(QStringLiteral("job_id"), job.id);
    if (job.status == JobStatus::Completed && job.nonce) {
        o.insert(QStringLiteral("nonce"), QString::fromStdString(job.nonce->toHexMinimal()));
        o.insert(QStringLiteral("work"), QString::fromStdString(job.nonce->toHex128()));
    } else {
        o.insert(QStringLiteral("nonce"), QJsonValue::Null);
        o.insert(QStringLiteral("work"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("hash_count"), static_cast<qint64>(job.hashCount));
    o.insert(QStringLiteral("elapsed_time"), job.elapsedSeconds);
    return o;
}

QJsonObject resultNotFoundBody(const QString& jobId)
{
    return {{QStringLiteral("status"), QStringLiteral("not_found")},
            {QStringLiteral("job_id"), jobId},
            {QStringLiteral("nonce"), QJsonValue::Null},
            {QStringLiteral("work"), QJsonValue::Null},
            {QStringLiteral("hash_count"), 0},
            {QStringLiteral("elapsed_time"), 0.0}};
}

QJsonObject cancelledBody(const QString& jobId)
{
    return {{QStringLiteral("status"), QStringLiteral("cancelled")}, {QStringLiteral("job_id"), jobId}};
}

QJsonObject cancelNotFoundBody(const QString& jobId)
{
    return {{QStringLiteral("status"), QStringLiteral("not_found")},
            {QStringLiteral("job_id"), jobId},
            {QStringLiteral("message"), QStringLiteral("no job with this id (it may have ended and been forgotten)")}};
}

} // namespace qm

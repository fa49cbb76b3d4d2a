// The JSON of the node protocol (docs/PROTOCOL.md): parsing and validating a
// POST /mine body into a JobRequest, with a message a person can act on when
// it is wrong, and the bodies of every answer.
#pragma once

#include "service/job.h"
#include "service/job_request.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace qm {

// job_id rules: 1 to 128 characters, printable, none of space / ? # % (the id
// travels in the URL path of /result/{job_id} and /cancel/{job_id}).
inline constexpr int kMaxJobIdLength = 128;
// Empty when valid, else why not.
QString jobIdProblem(const QString& id);

struct MineRequestParse {
    std::optional<JobRequest> request;
    QString jobId;    // what was sent as job_id when it was a string, else ""
    QString error;    // set when request is empty
};

MineRequestParse parseMineRequest(const QByteArray& body);

QJsonObject acceptedBody(const QString& jobId);
QJsonObject errorBody(const QString& jobId, const QString& message);
QJsonObject resultBody(const JobSnapshot& job);
QJsonObject resultNotFoundBody(const QString& jobId);
QJsonObject cancelledBody(const QString& jobId);
QJsonObject cancelNotFoundBody(const QString& jobId);

} // namespace qm

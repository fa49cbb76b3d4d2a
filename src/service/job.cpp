#include "service/job.h"

namespace qm {

QString jobStatusName(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Completed:
        return QStringLiteral("completed");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("running");
}

QString jobSourceName(JobSource source)
{
    return source == JobSource::Node ? QStringLiteral("node") : QStringLiteral("http");
}

} // namespace qm

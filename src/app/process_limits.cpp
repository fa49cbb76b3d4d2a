#include "app/process_limits.h"

#include <sys/resource.h>

namespace qm {

QString raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return QStringLiteral("open files: limit unknown");
    const rlim_t before = limit.rlim_cur;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            limit.rlim_cur = before;
    }
    const auto text = [](rlim_t v) {
        return v == RLIM_INFINITY ? QStringLiteral("unlimited") : QString::number(static_cast<qulonglong>(v));
    };
    if (limit.rlim_cur != before)
        return QStringLiteral("open files: %1 (raised from %2)").arg(text(limit.rlim_cur), text(before));
    return QStringLiteral("open files: %1").arg(text(limit.rlim_cur));
}

} // namespace qm

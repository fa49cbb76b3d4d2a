// How many CPUs this process may really use: the cgroup v2 cpuset, then the
// cgroup v1 cpuset, then the scheduler's CPU count. Containers limit CPUs
// through the cpuset, which the plain CPU count does not see.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace qm {

struct EffectiveCpus {
    int count = 1;
    // Where the count came from, for the start-up log, e.g.
    // "cgroup v2 cpuset.cpus.effective 0-3".
    QString source;
};

// Parses a Linux CPU list such as "0-3,6,8-11" (whitespace and a trailing
// newline allowed) into the sorted, distinct CPU numbers. Returns nullopt and
// sets *error for malformed text: empty items, reversed ranges, non-digits.
std::optional<QList<int>> parseCpuList(QStringView text, QString* error = nullptr);

// fsRoot prefixes every path read ("/proc/self/cgroup", "/sys/fs/cgroup/...")
// so tests can point it at a fake tree; empty means the real root.
EffectiveCpus detectEffectiveCpus(const QString& fsRoot = QString());

} // namespace qm

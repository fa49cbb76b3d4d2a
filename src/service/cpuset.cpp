#include "service/cpuset.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <algorithm>

namespace qm {

namespace {

constexpr int kMaxCpuNumber = 1 << 16; // far above any machine; bounds a hostile "0-4000000000"

bool parseNumber(QStringView text, int& out)
{
    if (text.isEmpty() || text.size() > 6)
        return false;
    int v = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    if (v >= kMaxCpuNumber)
        return false;
    out = v;
    return true;
}

QString readSmallFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.read(64 * 1024));
}

struct CgroupPaths {
    std::optional<QString> v2;       // path of the unified hierarchy entry "0::/x"
    std::optional<QString> v1Cpuset; // path of the "N:...cpuset...:/x" entry
};

CgroupPaths readProcSelfCgroup(const QString& root)
{
    CgroupPaths p;
    const QString text = readSmallFile(root + QStringLiteral("/proc/self/cgroup"));
    const auto lines = QStringView(text).split(u'\n', Qt::SkipEmptyParts);
    for (QStringView line : lines) {
        const qsizetype a = line.indexOf(u':');
        const qsizetype b = a < 0 ? -1 : line.indexOf(u':', a + 1);
        if (b < 0)
            continue;
        const QStringView id = line.left(a);
        const QStringView controllers = line.mid(a + 1, b - a - 1);
        const QString path = line.mid(b + 1).toString();
        if (id == u"0" && controllers.isEmpty())
            p.v2 = path;
        else if (controllers.split(u',').contains(u"cpuset"))
            p.v1Cpuset = path;
    }
    return p;
}

// Reads `file` in `base + path`, walking up towards `base` while it is absent
// (a cgroup without its own cpuset shows its parent's).
std::optional<std::pair<QString, QString>> readUpwards(const QString& base, QString path, const QString& file)
{
    for (int guard = 0; guard < 64; ++guard) {
        const QString dir = QDir::cleanPath(base + QLatin1Char('/') + path);
        const QString full = dir + QLatin1Char('/') + file;
        if (QFile::exists(full)) {
            const QString text = readSmallFile(full).trimmed();
            if (!text.isEmpty())
                return std::make_pair(text, full);
        }
        if (path.isEmpty() || path == u"/")
            break;
        const qsizetype slash = path.lastIndexOf(u'/');
        path = slash <= 0 ? QString() : path.left(slash);
    }
    return std::nullopt;
}

} // namespace

std::optional<QList<int>> parseCpuList(QStringView text, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<QList<int>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("CPU list is empty"));
    QList<int> cpus;
    for (QStringView item : trimmed.split(u',')) {
        item = item.trimmed();
        if (item.isEmpty())
            return fail(QStringLiteral("CPU list '%1' has an empty item").arg(trimmed));
        const qsizetype dash = item.indexOf(u'-');
        int lo = 0;
        int hi = 0;
        if (dash < 0) {
            if (!parseNumber(item, lo))
                return fail(QStringLiteral("CPU list '%1': '%2' is not a CPU number").arg(trimmed, item));
            hi = lo;
        } else {
            if (!parseNumber(item.left(dash).trimmed(), lo) || !parseNumber(item.mid(dash + 1).trimmed(), hi))
                return fail(QStringLiteral("CPU list '%1': '%2' is not a range like 8-11").arg(trimmed, item));
            if (hi < lo)
                return fail(QStringLiteral("CPU list '%1': range '%2' runs backwards").arg(trimmed, item));
        }
        for (int c = lo; c <= hi; ++c)
            cpus.append(c);
    }
    std::sort(cpus.begin(), cpus.end());
    cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
    return cpus;
}

EffectiveCpus detectEffectiveCpus(const QString& fsRoot)
{
    const CgroupPaths paths = readProcSelfCgroup(fsRoot);
    if (paths.v2) {
        if (auto found = readUpwards(fsRoot + QStringLiteral("/sys/fs/cgroup"), *paths.v2,
                                     QStringLiteral("cpuset.cpus.effective"))) {
            if (auto cpus = parseCpuList(found->first); cpus && !cpus->isEmpty())
                return {static_cast<int>(cpus->size()),
                        QStringLiteral("cgroup v2 cpuset.cpus.effective %1").arg(found->first)};
        }
    }
    if (paths.v1Cpuset) {
        if (auto found = readUpwards(fsRoot + QStringLiteral("/sys/fs/cgroup/cpuset"), *paths.v1Cpuset,
                                     QStringLiteral("cpuset.effective_cpus"))) {
            if (auto cpus = parseCpuList(found->first); cpus && !cpus->isEmpty())
                return {static_cast<int>(cpus->size()),
                        QStringLiteral("cgroup v1 cpuset.effective_cpus %1").arg(found->first)};
        }
    }
    const int n = std::max(1, QThread::idealThreadCount());
    return {n, QStringLiteral("CPU count %1").arg(n)};
}

} // namespace qm

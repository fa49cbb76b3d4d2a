#include "metrics/metrics.h"

#include <QRegularExpression>

#include <cmath>

namespace qm {

bool MetricsRegistry::validMetricName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re.match(name).hasMatch();
}

bool MetricsRegistry::validLabelName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch() && !name.startsWith(QStringLiteral("__"));
}

QString MetricsRegistry::escapeLabelValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString MetricsRegistry::formatValue(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

QString MetricsRegistry::labelKey(const Labels& labels)
{
    if (labels.isEmpty())
        return {};
    QString key = QStringLiteral("{");
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i)
            key += QLatin1Char(',');
        key += labels[i].first + QStringLiteral("=\"") + escapeLabelValue(labels[i].second) + QLatin1Char('"');
    }
    return key + QLatin1Char('}');
}

bool MetricsRegistry::declare(const QString& name, Type type, const QString& help)
{
    if (!validMetricName(name))
        return false;
    std::lock_guard lock(m_mutex);
    const auto it = m_families.constFind(name);
    if (it != m_families.cend())
        return it->type == type;
    Family f;
    f.type = type;
    f.help = help;
    m_families.insert(name, f);
    return true;
}

bool MetricsRegistry::validLabelNames(const Labels& labels)
{
    for (const auto& l : labels)
        if (!validLabelName(l.first))
            return false;
    return true;
}

void MetricsRegistry::set(const QString& name, const Labels& labels, double value)
{
    if (!validLabelNames(labels))
        return;
    std::lock_guard lock(m_mutex);
    const auto it = m_families.find(name);
    if (it != m_families.end())
        it->series.insert(labelKey(labels), value);
}

void MetricsRegistry::add(const QString& name, const Labels& labels, double delta)
{
    if (!validLabelNames(labels))
        return;
    std::lock_guard lock(m_mutex);
    const auto it = m_families.find(name);
    if (it != m_families.end())
        it->series[labelKey(labels)] += delta;
}

void MetricsRegistry::remove(const QString& name, const Labels& labels)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_families.find(name);
    if (it != m_families.end())
        it->series.remove(labelKey(labels));
}

void MetricsRegistry::clear(const QString& name)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_families.find(name);
    if (it != m_families.end())
        it->series.clear();
}

int MetricsRegistry::addCollector(Collector collector)
{
    std::lock_guard lock(m_collectorMutex);
    const int id = m_nextCollector++;
    m_collectors.insert(id, std::move(collector));
    return id;
}

void MetricsRegistry::removeCollector(int id)
{
    std::lock_guard lock(m_collectorMutex);
    m_collectors.remove(id);
}

QByteArray MetricsRegistry::render()
{
    {
        std::lock_guard lock(m_collectorMutex);
        for (const auto& c : std::as_const(m_collectors))
            c(*this);
    }
    QString out;
    std::lock_guard lock(m_mutex);
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it) {
        QString help = it->help;
        help.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        out += QStringLiteral("# HELP ") + it.key() + QLatin1Char(' ') + help + QLatin1Char('\n');
        out += QStringLiteral("# TYPE ") + it.key() +
               (it->type == Type::Counter ? QStringLiteral(" counter\n") : QStringLiteral(" gauge\n"));
        for (auto s = it->series.cbegin(); s != it->series.cend(); ++s)
            out += it.key() + s.key() + QLatin1Char(' ') + formatValue(s.value()) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

std::optional<double> MetricsRegistry::value(const QString& name, const Labels& labels) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_families.constFind(name);
    if (it == m_families.cend())
        return std::nullopt;
    const auto s = it->series.constFind(labelKey(labels));
    if (s == it->series.cend())
        return std::nullopt;
    return *s;
}

} // namespace qm

// A small Prometheus registry: metric families (counter or gauge) with
// labelled series, rendered in the text exposition format (version 0.0.4).
// Any component may declare its own families (e.g. the CUDA engine's
// miner_gpu_*{device} gauges) and refresh them from a collector that runs
// before every scrape. Thread-safe.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <functional>
#include <mutex>
#include <optional>

namespace qm {

class MetricsRegistry {
public:
    enum class Type { Counter, Gauge };
    // Label name/value pairs, in the order they are printed.
    using Labels = QList<QPair<QString, QString>>;
    using Collector = std::function<void(MetricsRegistry&)>;

    // Declares a family; declaring it again with the same type is a no-op.
    // Returns false for an invalid name or a type clash.
    bool declare(const QString& name, Type type, const QString& help);

    // Series of undeclared families are ignored.
    void set(const QString& name, const Labels& labels, double value);
    void set(const QString& name, double value) { set(name, {}, value); }
    void add(const QString& name, const Labels& labels, double delta = 1);
    void remove(const QString& name, const Labels& labels);
    // Drops every series of the family (the family itself stays declared).
    void clear(const QString& name);

    // Collectors run, in order, at the start of every render().
    int addCollector(Collector collector);
    void removeCollector(int id);

    QByteArray render();
    std::optional<double> value(const QString& name, const Labels& labels = {}) const;

    static bool validMetricName(const QString& name);
    static bool validLabelName(const QString& name);
    static bool validLabelNames(const Labels& labels);
    static QString escapeLabelValue(const QString& value);
    static QString formatValue(double value);

private:
    struct Family {
        Type type = Type::Gauge;
        QString help;
        // Key: the rendered label set "{a="x",b="y"}" (or "").
        QMap<QString, double> series;
    };
    static QString labelKey(const Labels& labels);

    mutable std::mutex m_mutex;
    QMap<QString, Family> m_families;
    std::mutex m_collectorMutex;
    QMap<int, Collector> m_collectors;
    int m_nextCollector = 1;
};

} // namespace qm

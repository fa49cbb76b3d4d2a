// Prometheus metrics: the registry's text format, the service's families
// over a real /metrics endpoint, per-job series that go away with their job,
// and families added by other components.
// moc (Qt 6.4) fails on <compare>, which the core headers include.
#ifndef Q_MOC_RUN
#include "cuda/gpu_stats.h"
#include "tests/support/job_manager_access.h"
#endif
#include "metrics/metrics.h"
#include "miner/miner_service.h"
#include "service/logger.h"
#include "tests/support/service_test_support.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace qm;
using namespace qmtest;

namespace {

struct Sample {
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

struct Exposition {
    QMap<QString, QString> types;   // family -> counter|gauge
    QMap<QString, QString> help;
    QList<Sample> samples;
    QStringList problems;

    QList<Sample> find(const QString& name) const
    {
        QList<Sample> out;
        for (const Sample& s : samples)
            if (s.name == name)
                out << s;
        return out;
    }
};

// A strict reader of the text exposition format (0.0.4) for what the miner
// writes: HELP and TYPE before a family's samples, valid names, quoted label
// values with escapes, numeric values.
Exposition parse(const QByteArray& text)
{
    Exposition e;
    static const QRegularExpression helpRe(R"(^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$)");
    static const QRegularExpression typeRe(R"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$)");
    static const QRegularExpression sampleRe(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$)");
    static const QRegularExpression labelRe(R"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$))re");
    if (!text.endsWith('\n'))
        e.problems << "does not end with a newline";
    const QStringList lines = QString::fromUtf8(text).split('\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (auto m = helpRe.match(line); m.hasMatch()) {
            if (e.help.contains(m.captured(1)))
                e.problems << "second HELP for " + m.captured(1);
            e.help[m.captured(1)] = m.captured(2);
            continue;
        }
        if (auto m = typeRe.match(line); m.hasMatch()) {
            if (e.types.contains(m.captured(1)))
                e.problems << "second TYPE for " + m.captured(1);
            e.types[m.captured(1)] = m.captured(2);
            continue;
        }
        if (line.startsWith('#')) {
            e.problems << "stray comment: " + line;
            continue;
        }
        const auto m = sampleRe.match(line);
        if (!m.hasMatch()) {
            e.problems << "bad sample line: " + line;
            continue;
        }
        Sample s;
        s.name = m.captured(1);
        if (!e.types.contains(s.name))
            e.problems << "sample before its TYPE: " + line;
        QString labels = m.captured(3);
        qsizetype pos = 0;
        while (pos < labels.size()) {
            const auto lm = labelRe.match(labels, pos, QRegularExpression::NormalMatch,
                                          QRegularExpression::AnchorAtOffsetMatchOption);
            if (!lm.hasMatch()) {
                e.problems << "bad labels: " + line;
                break;
            }
            QString v = lm.captured(2);
            v.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
            s.labels[lm.captured(1)] = v;
            pos = lm.capturedEnd(0);
        }
        bool ok = false;
        const QString valueText = m.captured(4);
        s.value = valueText == u"NaN" ? qQNaN() : valueText.toDouble(&ok);
        if (!ok && valueText != u"NaN" && valueText != u"+Inf" && valueText != u"-Inf")
            e.problems << "bad value: " + line;
        e.samples << s;
    }
    return e;
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { Logger::instance().setLevel(LogLevel::Warn); }
    void registryRendersTextFormat();
    void registryRejectsBadNamesAndClashes();
    void collectorsRunAtScrape();
    void serviceEndpointServesEveryFamily();
    void perJobSeriesGoAway();
    void requestCounters();
    void otherComponentsAddFamilies();
    void gpuFamiliesFollowEngineCounters();
};

void TestMetrics::registryRendersTextFormat()
{
    MetricsRegistry r;
    QVERIFY(r.declare("demo_total", MetricsRegistry::Type::Counter, "A counter\nwith a newline"));
    QVERIFY(r.declare("demo_gauge", MetricsRegistry::Type::Gauge, "A gauge"));
    r.add("demo_total", {{"kind", "a"}});
    r.add("demo_total", {{"kind", "a"}}, 2);
    r.add("demo_total", {{"kind", "quote\"back\\slash\nnl"}});
    r.set("demo_gauge", 1.5);
    const Exposition e = parse(r.render());
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join('\n')));
    QCOMPARE(e.types["demo_total"], QStringLiteral("counter"));
    QCOMPARE(e.types["demo_gauge"], QStringLiteral("gauge"));
    QCOMPARE(e.help["demo_total"], QStringLiteral("A counter\\nwith a newline"));
    const auto c = e.find("demo_total");
    QCOMPARE(c.size(), 2);
    bool sawA = false;
    bool sawEscaped = false;
    for (const Sample& s : c) {
        if (s.labels["kind"] == u"a") {
            sawA = true;
            QCOMPARE(s.value, 3.0);
        }
        if (s.labels["kind"] == u"quote\"back\\slash\nnl")
            sawEscaped = true;
    }
    QVERIFY(sawA && sawEscaped);
    QCOMPARE(e.find("demo_gauge").first().value, 1.5);
    r.remove("demo_total", {{"kind", "a"}});
    QCOMPARE(parse(r.render()).find("demo_total").size(), 1);
    QCOMPARE(MetricsRegistry::formatValue(qQNaN()), QStringLiteral("NaN"));
    QCOMPARE(MetricsRegistry::formatValue(12345), QStringLiteral("12345"));
}

void TestMetrics::registryRejectsBadNamesAndClashes()
{
    MetricsRegistry r;
    QVERIFY(!r.declare("1bad", MetricsRegistry::Type::Gauge, "x"));
    QVERIFY(!r.declare("has-dash", MetricsRegistry::Type::Gauge, "x"));
    QVERIFY(r.declare("ok_metric", MetricsRegistry::Type::Gauge, "x"));
    QVERIFY(r.declare("ok_metric", MetricsRegistry::Type::Gauge, "x"));
    QVERIFY(!r.declare("ok_metric", MetricsRegistry::Type::Counter, "x"));
    r.set("ok_metric", {{"bad-label", "v"}}, 1);
    r.set("undeclared", 1);
    const Exposition e = parse(r.render());
    QVERIFY(e.problems.isEmpty());
    QVERIFY(e.find("ok_metric").isEmpty());
    QVERIFY(e.find("undeclared").isEmpty());
}

void TestMetrics::collectorsRunAtScrape()
{
    MetricsRegistry r;
    r.declare("scrapes", MetricsRegistry::Type::Counter, "Scrapes");
    const int id = r.addCollector([](MetricsRegistry& reg) { reg.add("scrapes", {}); });
    r.render();
    r.render();
    QCOMPARE(*r.value("scrapes"), 2.0);
    r.removeCollector(id);
    r.render();
    QCOMPARE(*r.value("scrapes"), 2.0);
}

void TestMetrics::serviceEndpointServesEveryFamily()
{
    MinerConfig c;
    c.port = 0;
    c.metricsEnabled = true;
    c.metricsPort = 0;
    c.workers = 1;
    c.progressChunkMs = 50;
    c.cpus = {3, "test"};
    c.logLevel = LogLevel::Warn;
    MinerService service(c);
    QVERIFY(service.start());
    QVERIFY(service.metricsPort() != 0);
    QNetworkAccessManager nam;
    const QUrl metricsUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(service.metricsPort()));
    const HttpReply reply = httpRequest(nam, "GET", metricsUrl);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("text/plain"));
    const Exposition e = parse(reply.body);
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join('\n')));
    const QMap<QString, QString> expected{
        {"miner_hash_rate", "gauge"},           {"miner_hashes_total", "counter"},
        {"miner_active_jobs", "gauge"},         {"miner_jobs_total", "counter"},
        {"miner_mine_requests_total", "counter"}, {"miner_http_requests_total", "counter"},
        {"miner_effective_cpus", "gauge"},      {"miner_job_hash_rate", "gauge"},
        {"miner_thread_hash_rate", "gauge"},    {"miner_candidates_found_total", "counter"},
        {"miner_engine_backend", "gauge"},      {"miner_cpu_hash_rate", "gauge"},
        {"miner_gpu_hash_rate", "gauge"},       {"miner_cpu_workers", "gauge"},
        {"miner_gpu_devices", "gauge"},         {"miner_workers", "gauge"}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(e.types.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(e.types[it.key()], it.value());
        QVERIFY(!e.help[it.key()].isEmpty());
    }
    QCOMPARE(e.find("miner_effective_cpus").first().value, 3.0);
    // The official miner's names: a CPU engine mines here.
    QCOMPARE(e.find("miner_gpu_devices").first().value, 0.0);
    QCOMPARE(e.find("miner_gpu_hash_rate").first().value, 0.0);
    QCOMPARE(e.find("miner_cpu_workers").first().value, e.find("miner_workers").first().value);
    const auto backend = e.find("miner_engine_backend");
    QCOMPARE(backend.size(), 1);
    QCOMPARE(backend.first().labels["engine"], QStringLiteral("cpu-fast"));
    QVERIFY(!backend.first().labels["backend"].isEmpty());
    QCOMPARE(e.find("miner_jobs_total").size(), 3);
    // Only GET /metrics lives on this port.
    QCOMPARE(httpRequest(nam, "GET", metricsUrl.resolved(QUrl("/other"))).status, 404);
    QCOMPARE(httpRequest(nam, "POST", metricsUrl, "x").status, 405);
}

void TestMetrics::perJobSeriesGoAway()
{
    MinerConfig c;
    c.port = 0;
    c.workers = 2;
    c.progressChunkMs = 50;
    c.logLevel = LogLevel::Warn;
    MinerService service(c);
    QVERIFY(service.start());
    JobManager& jobs = *service.jobs();
    jobs.addJob(makeRequest("metric-job", zeroHash(), "1000000000000000", U512::zero(), U512::max()));
    QVERIFY(waitFor([&] { return jobs.snapshot("metric-job")->hashCount > 0; }));
    qm::JobManagerTestAccess::sampleNow(jobs);
    const quint64 first = jobs.snapshot("metric-job")->hashCount;
    QVERIFY(waitFor([&] { return jobs.snapshot("metric-job")->hashCount > first; }));
    QTest::qWait(20);
    qm::JobManagerTestAccess::sampleNow(jobs);
    Exposition e = parse(service.metrics()->render());
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join('\n')));
    const auto job = e.find("miner_job_hash_rate");
    QCOMPARE(job.size(), 1);
    QCOMPARE(job.first().labels["job_id"], QStringLiteral("metric-job"));
    QCOMPARE(job.first().labels["engine"], QStringLiteral("cpu-fast"));
    QVERIFY(job.first().value > 0);
    const auto threads = e.find("miner_thread_hash_rate");
    QCOMPARE(threads.size(), 2);
    QSet<QString> ids;
    for (const Sample& s : threads) {
        QCOMPARE(s.labels["job_id"], QStringLiteral("metric-job"));
        ids << s.labels["thread_id"];
    }
    QCOMPARE(ids, (QSet<QString>{"0", "1"}));
    QCOMPARE(e.find("miner_active_jobs").first().value, 1.0);
    QVERIFY(e.find("miner_hashes_total").first().value > 0);
    QVERIFY(e.find("miner_hash_rate").first().value > 0);

    jobs.cancel("metric-job");
    e = parse(service.metrics()->render());
    QVERIFY(e.find("miner_job_hash_rate").isEmpty());
    QVERIFY(e.find("miner_thread_hash_rate").isEmpty());
    QCOMPARE(e.find("miner_active_jobs").first().value, 0.0);
    QVERIFY(waitFor([&] { return jobs.counters().cancelled == 1; }));
    e = parse(service.metrics()->render());
    for (const Sample& s : e.find("miner_jobs_total"))
        QCOMPARE(s.value, s.labels["status"] == u"cancelled" ? 1.0 : 0.0);
}

void TestMetrics::requestCounters()
{
    MinerConfig c;
    c.port = 0;
    c.workers = 1;
    c.logLevel = LogLevel::Warn;
    MinerService service(c);
    QVERIFY(service.start());
    QNetworkAccessManager nam;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(service.apiPort());
    httpRequest(nam, "POST", QUrl(base + "/mine"), toJson(mineBody("m1", zeroHash(), "3", hex128(0), hex128(500))));
    httpRequest(nam, "POST", QUrl(base + "/mine"), toJson(mineBody("m1", zeroHash(), "3", hex128(0), hex128(500))));
    httpRequest(nam, "POST", QUrl(base + "/mine"), "nope");
    httpRequest(nam, "POST", QUrl(base + "/mine"), QByteArray(100 * 1024, ' '));
    httpRequest(nam, "GET", QUrl(base + "/result/m1"));
    httpRequest(nam, "GET", QUrl(base + "/missing"));
    QVERIFY(waitFor([&] { return service.jobs()->counters().completed == 1; }));
    const Exposition e = parse(service.metrics()->render());
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join('\n')));
    QMap<QString, double> mine;
    for (const Sample& s : e.find("miner_mine_requests_total"))
        mine[s.labels["result"]] = s.value;
    QCOMPARE(mine["accepted"], 1.0);
    QCOMPARE(mine["duplicate"], 1.0);
    QCOMPARE(mine["invalid"], 1.0);
    QCOMPARE(mine["too_large"], 1.0);
    QMap<QString, double> http;
    for (const Sample& s : e.find("miner_http_requests_total"))
        http[s.labels["endpoint"] + " " + s.labels["code"]] = s.value;
    QCOMPARE(http["/mine 200"], 1.0);
    QCOMPARE(http["/mine 409"], 1.0);
    QCOMPARE(http["/mine 400"], 1.0);
    QCOMPARE(http["/mine 413"], 1.0);
    QCOMPARE(http["/result 200"], 1.0);
    QCOMPARE(http["other 404"], 1.0);
    QCOMPARE(e.find("miner_candidates_found_total").first().value, 1.0);
}

void TestMetrics::otherComponentsAddFamilies()
{
    MinerConfig c;
    c.port = 0;
    c.logLevel = LogLevel::Warn;
    MinerService service(c);
    MetricsRegistry& r = *service.metrics();
    QVERIFY(r.declare("miner_gpu_temperature_celsius", MetricsRegistry::Type::Gauge, "GPU temperature"));
    QVERIFY(r.declare("miner_candidates_false_positive_total", MetricsRegistry::Type::Counter,
                      "GPU candidates the CPU re-check rejected"));
    r.addCollector([](MetricsRegistry& reg) {
        reg.set("miner_gpu_temperature_celsius", {{"device", "0"}}, 61);
    });
    r.add("miner_candidates_false_positive_total", {{"engine", "gpu-cuda"}});
    const Exposition e = parse(r.render());
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join('\n')));
    QCOMPARE(e.find("miner_gpu_temperature_celsius").first().labels["device"], QStringLiteral("0"));
    QCOMPARE(e.find("miner_gpu_temperature_celsius").first().value, 61.0);
    QCOMPARE(e.types["miner_candidates_false_positive_total"], QStringLiteral("counter"));
    QVERIFY(e.types.contains("miner_hash_rate"));
}

void TestMetrics::gpuFamiliesFollowEngineCounters()
{
    MinerConfig c;
    c.port = 0;
    c.logLevel = LogLevel::Warn;
    MinerService service(c);
    gpu::GpuCandidateStats& stats = gpu::gpuCandidateStats();
    const double before = static_cast<double>(stats.falsePositives.load());
    Exposition e = parse(service.metrics()->render());
    QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join('\n')));
    for (const char* name : {"miner_candidates_total", "miner_candidates_false_positive_total",
                             "miner_gpu_hash_mismatch_total", "miner_gpu_errors_total"})
        QCOMPARE(e.types.value(name), QStringLiteral("counter"));
    for (const char* name : {"miner_gpu_temperature_celsius", "miner_gpu_power_watts", "miner_gpu_utilization_ratio",
                             "miner_gpu_memory_used_bytes"})
        QCOMPARE(e.types.value(name), QStringLiteral("gauge"));
    QCOMPARE(e.find("miner_candidates_false_positive_total").first().value, before);
    stats.falsePositives.fetch_add(2);
    e = parse(service.metrics()->render());
    QCOMPARE(e.find("miner_candidates_false_positive_total").first().value, before + 2);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"

// Configuration: the cpuset parser, cgroup detection on a fake tree,
// command line over environment over defaults, validation, and the
// command-line parser of quantus-miner.
#include "app/app_options.h"
#include "core/backend_options.h"
#include "miner/miner_config.h"
#include "service/cpuset.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace qm;

namespace {

EnvLookup envFrom(const QMap<QString, QString>& vars)
{
    return [vars](const char* name) -> std::optional<QString> {
        const auto it = vars.constFind(QString::fromLatin1(name));
        if (it == vars.cend() || it->isEmpty())
            return std::nullopt;
        return *it;
    };
}

EffectiveCpus cpus(int n)
{
    return {n, QStringLiteral("test %1").arg(n)};
}

void writeFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestConfig : public QObject {
    Q_OBJECT
private slots:
    void cpuListParses_data();
    void cpuListParses();
    void cpuListRejectsMalformed_data();
    void cpuListRejectsMalformed();
    void cgroupV2Cpuset();
    void cgroupV2WalksUp();
    void cgroupV1Cpuset();
    void cgroupFallsBackToCpuCount();
    void defaults();
    void environmentOverDefaults();
    void commandLineOverEnvironment();
    void workersClampedWithWarning();
    void invalidValuesNameTheirSource_data();
    void invalidValuesNameTheirSource();
    void logLevelSources();
    void nodeSettingsFromFilesValuesAndDirectory();
    void nodeSettingsRefusedWithAClearLine_data();
    void nodeSettingsRefusedWithAClearLine();
    void nodeSourceResolvesLikeTheCommandLine();
    void nodeListInPriorityOrder();
    void nodeListFromTheEnvironment();
    void nodeListRefusedWithAClearLine_data();
    void nodeListRefusedWithAClearLine();
    void officialMinerCommandLine();
    void backendSettingsAreTyped();
    void backendSettingsRefusedWithTheirName_data();
    void backendSettingsRefusedWithTheirName();
    void appOptionsRun();
    void appOptionsSubcommands();
    void appOptionsErrors_data();
    void appOptionsErrors();
};

void TestConfig::cpuListParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("ranges and singles") << "0-3,6,8-11" << QList<int>{0, 1, 2, 3, 6, 8, 9, 10, 11};
    QTest::newRow("one cpu") << "0" << QList<int>{0};
    QTest::newRow("trailing newline") << "0-1\n" << QList<int>{0, 1};
    QTest::newRow("spaces") << " 2 , 4-5 " << QList<int>{2, 4, 5};
    QTest::newRow("overlap deduplicated") << "1-3,2-4" << QList<int>{1, 2, 3, 4};
    QTest::newRow("single-cpu range") << "7-7" << QList<int>{7};
}

void TestConfig::cpuListParses()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    QString error;
    const auto got = parseCpuList(text, &error);
    QVERIFY2(got.has_value(), qPrintable(error));
    QCOMPARE(*got, expected);
}

void TestConfig::cpuListRejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "  \n";
    QTest::newRow("open range") << "1-";
    QTest::newRow("leading dash") << "-1";
    QTest::newRow("backwards") << "3-1";
    QTest::newRow("letters") << "a";
    QTest::newRow("empty item") << "1,,2";
    QTest::newRow("trailing comma") << "0-3,";
    QTest::newRow("double range") << "1-2-3";
    QTest::newRow("huge number") << "99999999";
    QTest::newRow("hex") << "0x3";
}

void TestConfig::cpuListRejectsMalformed()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!parseCpuList(text, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestConfig::cgroupV2Cpuset()
{
    QTemporaryDir root;
    writeFile(root.path() + "/proc/self/cgroup", "0::/machine.slice/miner.scope\n");
    writeFile(root.path() + "/sys/fs/cgroup/machine.slice/miner.scope/cpuset.cpus.effective", "0-3,6\n");
    const EffectiveCpus c = detectEffectiveCpus(root.path());
    QCOMPARE(c.count, 5);
    QVERIFY2(c.source.contains("cgroup v2"), qPrintable(c.source));
}

void TestConfig::cgroupV2WalksUp()
{
    QTemporaryDir root;
    writeFile(root.path() + "/proc/self/cgroup", "0::/a/b/c\n");
    QDir().mkpath(root.path() + "/sys/fs/cgroup/a/b/c");
    writeFile(root.path() + "/sys/fs/cgroup/a/cpuset.cpus.effective", "2-4\n");
    QCOMPARE(detectEffectiveCpus(root.path()).count, 3);
}

void TestConfig::cgroupV1Cpuset()
{
    QTemporaryDir root;
    // Hybrid layout: the unified line has no cpuset file, the v1 cpuset has.
    writeFile(root.path() + "/proc/self/cgroup", "12:memory:/docker/abc\n5:cpuset:/docker/abc\n0::/\n");
    writeFile(root.path() + "/sys/fs/cgroup/cpuset/docker/abc/cpuset.effective_cpus", "0,2\n");
    const EffectiveCpus c = detectEffectiveCpus(root.path());
    QCOMPARE(c.count, 2);
    QVERIFY2(c.source.contains("cgroup v1"), qPrintable(c.source));
}

void TestConfig::cgroupFallsBackToCpuCount()
{
    QTemporaryDir root;
    writeFile(root.path() + "/proc/self/cgroup", "0::/x\n");
    // A malformed cpuset is not trusted.
    writeFile(root.path() + "/sys/fs/cgroup/x/cpuset.cpus.effective", "garbage\n");
    const EffectiveCpus c = detectEffectiveCpus(root.path());
    QCOMPARE(c.count, std::max(1, QThread::idealThreadCount()));
    QVERIFY(c.source.contains("CPU count"));
}

void TestConfig::defaults()
{
    const ConfigResult r = resolveConfig({}, envFrom({}), cpus(8));
    QVERIFY2(r.config.has_value(), qPrintable(r.error));
    const MinerConfig& c = *r.config;
    QCOMPARE(c.port, quint16(9833));
    QCOMPARE(c.bindAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(c.engine, QStringLiteral("cpu-fast"));
    QCOMPARE(c.workers, 4);
    QVERIFY(c.workersOrigin.contains("default"));
    QVERIFY(!c.metricsEnabled);
    QCOMPARE(c.progressChunkMs, 1000);
    QCOMPARE(c.logLevel, LogLevel::Info);
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(defaultWorkers(1), 1);
    QCOMPARE(defaultWorkers(2), 1);
    QCOMPARE(defaultWorkers(3), 1);
    QCOMPARE(defaultWorkers(16), 8);
}

void TestConfig::environmentOverDefaults()
{
    const ConfigResult r = resolveConfig({}, envFrom({{"MINER_PORT", "9000"}, {"MINER_BIND", "0.0.0.0"},
                                                      {"MINER_WORKERS", "3"}, {"MINER_ENGINE", "cpu-baseline"},
                                                      {"MINER_METRICS_PORT", "9100"},
                                                      {"MINER_PROGRESS_CHUNK_MS", "250"}, {"MINER_LOG", "debug"}}),
                                          cpus(8));
    QVERIFY2(r.config.has_value(), qPrintable(r.error));
    QCOMPARE(r.config->port, quint16(9000));
    QCOMPARE(r.config->bindAddress, QStringLiteral("0.0.0.0"));
    QCOMPARE(r.config->workers, 3);
    QCOMPARE(r.config->workersOrigin, QStringLiteral("MINER_WORKERS"));
    QCOMPARE(r.config->engine, QStringLiteral("cpu-baseline"));
    QVERIFY(r.config->metricsEnabled);
    QCOMPARE(r.config->metricsPort, quint16(9100));
    QCOMPARE(r.config->progressChunkMs, 250);
    QCOMPARE(r.config->logLevel, LogLevel::Debug);
}

void TestConfig::commandLineOverEnvironment()
{
    ConfigOverrides cli;
    cli.port = "7000";
    cli.workers = "2";
    cli.engine = "cpu-fast";
    cli.logLevel = "warn";
    const ConfigResult r = resolveConfig(cli, envFrom({{"MINER_PORT", "9000"}, {"MINER_WORKERS", "3"},
                                                       {"MINER_ENGINE", "cpu-baseline"}, {"MINER_LOG", "trace"}}),
                                         cpus(8));
    QVERIFY2(r.config.has_value(), qPrintable(r.error));
    QCOMPARE(r.config->port, quint16(7000));
    QCOMPARE(r.config->workers, 2);
    QCOMPARE(r.config->workersOrigin, QStringLiteral("--workers"));
    QCOMPARE(r.config->engine, QStringLiteral("cpu-fast"));
    QCOMPARE(r.config->logLevel, LogLevel::Warn);
    // An empty environment value counts as unset.
    const ConfigResult e = resolveConfig({}, envFrom({{"MINER_PORT", ""}}), cpus(2));
    QVERIFY(e.config.has_value());
    QCOMPARE(e.config->port, quint16(9833));
}

void TestConfig::workersClampedWithWarning()
{
    ConfigOverrides cli;
    cli.workers = "64";
    const ConfigResult r = resolveConfig(cli, envFrom({}), cpus(4));
    QVERIFY(r.config.has_value());
    QCOMPARE(r.config->workers, 4);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains("64"));
    QVERIFY(r.config->workersOrigin.contains("clamped"));

    cli.workers = "auto";
    const ConfigResult a = resolveConfig(cli, envFrom({}), cpus(4));
    QVERIFY(a.config.has_value());
    QCOMPARE(a.config->workers, 2);
}

void TestConfig::invalidValuesNameTheirSource_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("envName");
    QTest::newRow("port text") << "port" << "abc" << "MINER_PORT";
    QTest::newRow("port too big") << "port" << "70000" << "MINER_PORT";
    QTest::newRow("port negative") << "port" << "-1" << "MINER_PORT";
    QTest::newRow("bind") << "bind" << "not-an-ip" << "MINER_BIND";
    QTest::newRow("workers zero") << "workers" << "0" << "MINER_WORKERS";
    QTest::newRow("workers text") << "workers" << "many" << "MINER_WORKERS";
    QTest::newRow("engine") << "engine" << "cpu-turbo" << "MINER_ENGINE";
    QTest::newRow("metrics port") << "metrics-port" << "x" << "MINER_METRICS_PORT";
    QTest::newRow("chunk ms small") << "progress-chunk-ms" << "1" << "MINER_PROGRESS_CHUNK_MS";
    QTest::newRow("chunk ms text") << "progress-chunk-ms" << "fast" << "MINER_PROGRESS_CHUNK_MS";
    QTest::newRow("log level") << "log-level" << "verbose" << "MINER_LOG";
}

void TestConfig::invalidValuesNameTheirSource()
{
    QFETCH(QString, flag);
    QFETCH(QString, value);
    QFETCH(QString, envName);
    // From the command line ...
    const AppOptions o = parseAppOptions({"quantus-miner", "--" + flag, value});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    const ConfigResult r = resolveConfig(o.overrides, envFrom({}), cpus(4));
    QVERIFY(!r.config.has_value());
    QVERIFY2(r.error.contains("--" + flag) && r.error.contains(value), qPrintable(r.error));
    QVERIFY(!r.error.contains('\n'));
    // ... and from the environment.
    const ConfigResult e = resolveConfig({}, envFrom({{envName, value}}), cpus(4));
    QVERIFY(!e.config.has_value());
    QVERIFY2(e.error.contains(envName), qPrintable(e.error));
}

void TestConfig::backendSettingsAreTyped()
{
    // Unset: the backends' own defaults.
    const ConfigResult none = resolveConfig({}, envFrom({}), cpus(4));
    QVERIFY(none.config);
    QCOMPARE(none.config->backends.cpuIsa, std::string());
    QCOMPARE(none.config->backends.gpu.deviceLimit, 0);
    QCOMPARE(none.config->backends.gpu.blockDim, 0u);
    QVERIFY(!none.config->backends.gpu.inlineKernel);

    const ConfigResult r = resolveConfig({}, envFrom({{"MINER_CPU_ISA", "scalar"},
                                                      {"MINER_GPU_DEVICES", "2"},
                                                      {"MINER_CUDA_BLOCK_DIM", "256"},
                                                      {"MINER_CUDA_THREADS", "65536"},
                                                      {"MINER_CUDA_ITERS", "32"},
                                                      {"MINER_CUDA_KERNEL", "inline"},
                                                      {"CUDA_VISIBLE_DEVICES", "1,3"}}),
                                         cpus(4));
    QVERIFY2(r.config, qPrintable(r.error));
    const BackendOptions& b = r.config->backends;
    QCOMPARE(b.cpuIsa, std::string("scalar"));
    QCOMPARE(b.gpu.deviceLimit, 2);
    QCOMPARE(b.gpu.blockDim, 256u);
    QCOMPARE(b.gpu.threads, std::uint64_t{65536});
    QCOMPARE(b.gpu.iterations, 32u);
    QVERIFY(b.gpu.inlineKernel);
    QCOMPARE(b.gpu.visibleDevices, std::string("1,3"));

    // --gpu-devices wins over the environment; "all" means no limit.
    const AppOptions o = parseAppOptions({"quantus-miner", "--gpu-devices", "all"});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    const ConfigResult all = resolveConfig(o.overrides, envFrom({{"MINER_GPU_DEVICES", "3"}}), cpus(4));
    QVERIFY(all.config);
    QCOMPARE(all.config->backends.gpu.deviceLimit, 0);

    // An engine name is checked against the registry: gpu-cuda is known in
    // every build (a stand-in mines where CUDA is missing), and checking it
    // opens no device.
    const ConfigResult gpu = resolveConfig({}, envFrom({{"MINER_ENGINE", "gpu-cuda"}}), cpus(4));
    QVERIFY2(gpu.config, qPrintable(gpu.error));
    QCOMPARE(gpu.config->engine, QStringLiteral("gpu-cuda"));
    QCOMPARE(gpu.config->engineOrigin, QStringLiteral("MINER_ENGINE"));
}

void TestConfig::backendSettingsRefusedWithTheirName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("isa unknown") << "MINER_CPU_ISA" << "sse9";
    QTest::newRow("devices zero") << "MINER_GPU_DEVICES" << "0";
    QTest::newRow("devices text") << "MINER_GPU_DEVICES" << "many";
    QTest::newRow("block not a multiple of 32") << "MINER_CUDA_BLOCK_DIM" << "33";
    QTest::newRow("block text") << "MINER_CUDA_BLOCK_DIM" << "abc";
    QTest::newRow("block too big") << "MINER_CUDA_BLOCK_DIM" << "2048";
    QTest::newRow("iterations zero") << "MINER_CUDA_ITERS" << "0";
    QTest::newRow("threads negative") << "MINER_CUDA_THREADS" << "-5";
    QTest::newRow("kernel unknown") << "MINER_CUDA_KERNEL" << "fast";
}

void TestConfig::backendSettingsRefusedWithTheirName()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const ConfigResult r = resolveConfig({}, envFrom({{name, value}}), cpus(4));
    QVERIFY(!r.config);
    QVERIFY2(r.error.contains(name) && r.error.contains(value), qPrintable(r.error));
}

void TestConfig::nodeSettingsFromFilesValuesAndDirectory()
{
    QTemporaryDir dir;
    const QByteArray pinHex = QByteArray(64, 'a');
    writeFile(dir.filePath("miner-auth-token"), "  secret-token\n");
    writeFile(dir.filePath("miner-tls-cert-sha256"), pinHex + "\n");

    // No node address: no node, nothing else required.
    const ConfigResult none = resolveConfig({}, envFrom({}), cpus(2));
    QVERIFY(none.config);
    QVERIFY(!none.config->node.enabled);

    // The node directory gives both files.
    ConfigOverrides cli;
    cli.node.nodeAddr = QStringLiteral("127.0.0.1:9833");
    cli.node.nodeDir = dir.path();
    const ConfigResult r = resolveConfig(cli, envFrom({}), cpus(2));
    QVERIFY2(r.config, qPrintable(r.error));
    const NodeSettings& n = r.config->node;
    QVERIFY(n.enabled);
    QCOMPARE(n.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(n.port, quint16(9833));
    QCOMPARE(n.token, QByteArray("secret-token"));
    QCOMPARE(n.certSha256, QByteArray::fromHex(pinHex));
    // The origin names the file, never the token.
    QVERIFY(n.tokenOrigin.contains("miner-auth-token"));
    QVERIFY(!n.tokenOrigin.contains("secret-token"));

    // Values win over files of the same place; the command line over the
    // environment; IPv6 and host names are addresses too.
    ConfigOverrides values;
    values.node.nodeAddr = QStringLiteral("[::1]:7000");
    values.node.authToken = QStringLiteral("from-cli");
    values.node.certSha256 = QString(64, '0');
    const ConfigResult v = resolveConfig(values, envFrom({{"MINER_AUTH_TOKEN", "from-env"},
                                                          {"MINER_NODE_ADDR", "node.example:9"}}), cpus(2));
    QVERIFY2(v.config, qPrintable(v.error));
    QCOMPARE(v.config->node.host, QStringLiteral("::1"));
    QCOMPARE(v.config->node.port, quint16(7000));
    QCOMPARE(v.config->node.token, QByteArray("from-cli"));
    QCOMPARE(v.config->node.address(), QStringLiteral("[::1]:7000"));
    const ConfigResult e = resolveConfig({}, envFrom({{"MINER_NODE_ADDR", "node.example:9"},
                                                      {"MINER_AUTH_TOKEN_FILE", dir.filePath("miner-auth-token")},
                                                      {"MINER_TLS_CERT_SHA256_FILE", dir.filePath("miner-tls-cert-sha256")}}),
                                         cpus(2));
    QVERIFY2(e.config, qPrintable(e.error));
    QCOMPARE(e.config->node.host, QStringLiteral("node.example"));
    QCOMPARE(e.config->node.token, QByteArray("secret-token"));
}

namespace {

// A node directory with the two files the node writes.
QString makeNodeDir(const QTemporaryDir& tmp, const QString& name, const QByteArray& token, char pinDigit)
{
    const QString dir = tmp.filePath(name);
    writeFile(dir + QStringLiteral("/miner-auth-token"), token + '\n');
    writeFile(dir + QStringLiteral("/miner-tls-cert-sha256"), QByteArray(64, pinDigit) + '\n');
    return dir;
}

} // namespace

void TestConfig::nodeListInPriorityOrder()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString a = makeNodeDir(tmp, "a", "token-a", 'a');
    const QString b = makeNodeDir(tmp, "b", "token-b", 'b');
    const QString c = makeNodeDir(tmp, "c", "token-c", 'c');

    // --node-addr's node first, then each --node in order; files or a dir.
    const AppOptions o = parseAppOptions(
        {"quantus-miner", "serve", "--node-addr", "127.0.0.1:9833", "--node-dir", a, "--node",
         "127.0.0.1:9834,dir=" + b, "--node=[::1]:9835,token-file=" + c + "/miner-auth-token,cert-sha256-file=" + c +
             "/miner-tls-cert-sha256"});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    ConfigResult r = resolveConfig(o.overrides, envFrom({}), cpus(2));
    QVERIFY2(r.config, qPrintable(r.error));
    QVERIFY(r.config->node.enabled);
    QCOMPARE(r.config->node.address(), QStringLiteral("127.0.0.1:9833"));
    QCOMPARE(r.config->node.token, QByteArray("token-a"));
    QCOMPARE(r.config->fallbackNodes.size(), 2);
    QCOMPARE(r.config->fallbackNodes[0].address(), QStringLiteral("127.0.0.1:9834"));
    QCOMPARE(r.config->fallbackNodes[0].token, QByteArray("token-b"));
    QCOMPARE(r.config->fallbackNodes[0].certSha256, QByteArray::fromHex(QByteArray(64, 'b')));
    QCOMPARE(r.config->fallbackNodes[1].address(), QStringLiteral("[::1]:9835"));
    QCOMPARE(r.config->fallbackNodes[1].token, QByteArray("token-c"));
    QVERIFY(r.config->fallbackNodes[1].fromFiles);
    // The origins name files, never the token.
    QVERIFY(!r.config->fallbackNodes[0].tokenOrigin.contains("token-b"));

    // Without --node-addr the first --node is the first node.
    const AppOptions only = parseAppOptions({"quantus-miner", "serve", "--node", "127.0.0.1:9834,dir=" + b});
    QVERIFY2(only.error.isEmpty(), qPrintable(only.error));
    r = resolveConfig(only.overrides, envFrom({}), cpus(2));
    QVERIFY2(r.config, qPrintable(r.error));
    QVERIFY(r.config->node.enabled);
    QCOMPARE(r.config->node.address(), QStringLiteral("127.0.0.1:9834"));
    QVERIFY(r.config->fallbackNodes.isEmpty());

    // --node needs its entry.
    QVERIFY(parseAppOptions({"quantus-miner", "serve", "--node"}).error.contains("--node needs ADDR,dir=DIR"));

    // A single --node-addr stays a single node.
    const AppOptions single = parseAppOptions({"quantus-miner", "serve", "--node-addr", "127.0.0.1:9833", "--node-dir", a});
    r = resolveConfig(single.overrides, envFrom({}), cpus(2));
    QVERIFY2(r.config, qPrintable(r.error));
    QVERIFY(r.config->fallbackNodes.isEmpty());
}

void TestConfig::nodeListFromTheEnvironment()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString a = makeNodeDir(tmp, "a", "token-a", 'a');
    const QString b = makeNodeDir(tmp, "b", "token-b", 'b');
    const QMap<QString, QString> env{{"MINER_NODES", "127.0.0.1:9833,dir=" + a + " ; 127.0.0.1:9834,dir=" + b + ";"}};
    ConfigResult r = resolveConfig(parseAppOptions({"quantus-miner", "serve"}).overrides, envFrom(env), cpus(2));
    QVERIFY2(r.config, qPrintable(r.error));
    QCOMPARE(r.config->node.address(), QStringLiteral("127.0.0.1:9833"));
    QCOMPARE(r.config->fallbackNodes.size(), 1);
    QCOMPARE(r.config->fallbackNodes[0].token, QByteArray("token-b"));

    // --node on the command line replaces MINER_NODES as a whole.
    const AppOptions o = parseAppOptions({"quantus-miner", "serve", "--node", "127.0.0.1:9834,dir=" + b});
    r = resolveConfig(o.overrides, envFrom(env), cpus(2));
    QVERIFY2(r.config, qPrintable(r.error));
    QCOMPARE(r.config->node.address(), QStringLiteral("127.0.0.1:9834"));
    QVERIFY(r.config->fallbackNodes.isEmpty());

    // A bad entry is named by its place in the variable.
    r = resolveConfig(parseAppOptions({"quantus-miner", "serve"}).overrides,
                      envFrom({{"MINER_NODES", "127.0.0.1:9833,dir=" + a + ";127.0.0.1:9834"}}), cpus(2));
    QVERIFY(!r.config);
    QVERIFY2(r.error.contains("invalid MINER_NODES entry 2 (127.0.0.1:9834): give dir=DIR"), qPrintable(r.error));
}

void TestConfig::nodeListRefusedWithAClearLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    // "DIR" is replaced by a node directory that exists.
    QTest::newRow("no address") << QStringList{"--node", "dir=DIR"} << "invalid --node entry 1 (no address): expected ADDR";
    QTest::newRow("bad address") << QStringList{"--node", "127.0.0.1,dir=DIR"} << "invalid --node entry 1 (127.0.0.1): invalid node address '127.0.0.1'";
    QTest::newRow("unknown key") << QStringList{"--node", "127.0.0.1:9834,token=secret"} << "unknown key 'token'";
    QTest::newRow("no secrets") << QStringList{"--node", "127.0.0.1:9834"} << "or both token-file= and cert-sha256-file=";
    QTest::newRow("token file only") << QStringList{"--node", "127.0.0.1:9834,token-file=DIR/miner-auth-token"}
                                     << "both token-file= and cert-sha256-file=";
    QTest::newRow("key twice") << QStringList{"--node", "127.0.0.1:9834,dir=DIR,dir=DIR"} << "dir= is given twice";
    QTest::newRow("empty value") << QStringList{"--node", "127.0.0.1:9834,dir="} << "dir= needs a path";
    QTest::newRow("no such dir") << QStringList{"--node", "127.0.0.1:9834,dir=/nonexistent-dir"} << "no such directory";
    QTest::newRow("missing file") << QStringList{"--node", "127.0.0.1:9834,token-file=/nonexistent/t,cert-sha256-file=DIR/miner-tls-cert-sha256"}
                                  << "/nonexistent/t does not exist";
    QTest::newRow("listed twice") << QStringList{"--node-addr", "127.0.0.1:9834", "--node-dir", "DIR", "--node",
                                                 "127.0.0.1:9834,dir=DIR"}
                                  << "node 127.0.0.1:9834 is listed twice";
    QTest::newRow("with a local node") << QStringList{"--node-binary", "/bin/true", "--node", "127.0.0.1:9834,dir=DIR"}
                                       << "--node-binary and --node do not go together";
}

void TestConfig::nodeListRefusedWithAClearLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = makeNodeDir(tmp, "n", "secret-token", 'd');
    for (QString& a : args)
        a.replace("DIR", dir);
    mentions.replace("DIR", dir);
    const AppOptions o = parseAppOptions(QStringList{"quantus-miner", "serve"} + args);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    const ConfigResult r = resolveConfig(o.overrides, envFrom({}), cpus(2));
    QVERIFY(!r.config);
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY(!r.error.contains('\n'));
    QVERIFY(!r.error.contains("secret-token"));
    // A value typed by mistake is not repeated: it may be a secret.
    QVERIFY(!r.error.contains("=secret"));
}

void TestConfig::nodeSourceResolvesLikeTheCommandLine()
{
    QTemporaryDir dir;
    QTemporaryDir other;
    const QByteArray pinHex = QByteArray(64, 'b');
    writeFile(dir.filePath("miner-auth-token"), "dir-token\n");
    writeFile(dir.filePath("miner-tls-cert-sha256"), pinHex + "\n");
    writeFile(other.filePath("token"), "file-token");

    // The directory alone gives both; the source is kept as given.
    NodeSource source{QStringLiteral(" 127.0.0.1:9833 "), dir.path(), {}, {}};
    NodeSettings n;
    QCOMPARE(resolveNodeSource(source, n), QString());
    QVERIFY(n.enabled);
    QCOMPARE(n.token, QByteArray("dir-token"));
    QCOMPARE(n.certSha256, QByteArray::fromHex(pinHex));
    QCOMPARE(n.source.address, QStringLiteral("127.0.0.1:9833"));
    QCOMPARE(n.source.nodeDir, dir.path());
    QVERIFY(n.fromFiles);

    // A file given beside the directory wins over the directory's.
    source.tokenFile = other.filePath("token");
    QCOMPARE(resolveNodeSource(source, n), QString());
    QCOMPARE(n.token, QByteArray("file-token"));
    QCOMPARE(n.source.tokenFile, other.filePath("token"));

    // Reading again picks up what the node rewrote.
    writeFile(other.filePath("token"), "rotated");
    QCOMPARE(resolveNodeSource(source, n), QString());
    QCOMPARE(n.token, QByteArray("rotated"));

    // Refused with the reason: no address, a directory without the files.
    QVERIFY(resolveNodeSource(NodeSource{{}, dir.path(), {}, {}}, n).contains("no node address"));
    const QString missing = resolveNodeSource(NodeSource{QStringLiteral("127.0.0.1:9833"), other.path(), {}, {}}, n);
    QVERIFY2(missing.contains("miner-auth-token") && missing.contains("does not exist"), qPrintable(missing));
    QVERIFY(resolveNodeSource(NodeSource{QStringLiteral("127.0.0.1"), dir.path(), {}, {}}, n).contains("HOST:PORT"));

    // A token given as a value is not from files: it cannot be read again.
    ConfigOverrides cli;
    cli.node.nodeAddr = QStringLiteral("127.0.0.1:9833");
    cli.node.authToken = QStringLiteral("value");
    cli.node.certSha256File = dir.filePath("miner-tls-cert-sha256");
    const ConfigResult r = resolveConfig(cli, envFrom({}), cpus(2));
    QVERIFY2(r.config, qPrintable(r.error));
    QVERIFY(!r.config->node.fromFiles);
    QCOMPARE(r.config->node.source.pinFile, dir.filePath("miner-tls-cert-sha256"));
    QVERIFY(r.config->node.source.tokenFile.isEmpty());
}

void TestConfig::nodeSettingsRefusedWithAClearLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no port") << QStringList{"--node-addr", "127.0.0.1", "--auth-token", "t", "--tls-cert-sha256",
                                            QString(64, 'a')}
                             << "--node-addr";
    QTest::newRow("missing token") << QStringList{"--node-addr", "127.0.0.1:9833", "--tls-cert-sha256", QString(64, 'a')}
                                   << "auth token is missing";
    QTest::newRow("missing pin") << QStringList{"--node-addr", "127.0.0.1:9833", "--auth-token", "t"}
                                 << "certificate pin is missing";
    QTest::newRow("token file absent") << QStringList{"--node-addr", "127.0.0.1:9833", "--auth-token-file",
                                                      "/nonexistent/miner-auth-token", "--tls-cert-sha256",
                                                      QString(64, 'a')}
                                       << "/nonexistent/miner-auth-token";
    QTest::newRow("short pin") << QStringList{"--node-addr", "127.0.0.1:9833", "--auth-token", "t",
                                              "--tls-cert-sha256", "abcd"}
                               << "64 hex digits";
    QTest::newRow("token without address") << QStringList{"--auth-token", "t"} << "no node address";
    QTest::newRow("value and file") << QStringList{"--node-addr", "127.0.0.1:9833", "--auth-token", "t",
                                                   "--auth-token-file", "/x", "--tls-cert-sha256", QString(64, 'a')}
                                    << "not both";
    QTest::newRow("no such node dir") << QStringList{"--node-addr", "127.0.0.1:9833", "--node-dir", "/nonexistent-dir"}
                                      << "no such directory";
}

void TestConfig::nodeSettingsRefusedWithAClearLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const AppOptions o = parseAppOptions(QStringList{"quantus-miner", "serve"} + args);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    const ConfigResult r = resolveConfig(o.overrides, envFrom({}), cpus(2));
    QVERIFY(!r.config);
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY(!r.error.contains('\n'));
    // The token never shows in an error.
    QVERIFY(!r.error.contains(QStringLiteral(" t ")));
}

void TestConfig::officialMinerCommandLine()
{
    // `serve` with the official miner's flags parses like the service.
    QTemporaryDir dir;
    writeFile(dir.filePath("t"), "tok\n");
    writeFile(dir.filePath("p"), QByteArray(64, 'b') + "\n");
    const AppOptions o = parseAppOptions({"quantus-miner", "serve", "--node-addr", "127.0.0.1:9833", "--auth-token-file",
                                          dir.filePath("t"), "--tls-cert-sha256-file", dir.filePath("p"),
                                          "--cpu-workers", "2", "--gpu-devices", "1", "--metrics-port", "9900"});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.command, AppOptions::Command::Run);
    const ConfigResult r = resolveConfig(o.overrides, envFrom({}), cpus(4));
    QVERIFY2(r.config, qPrintable(r.error));
    QCOMPARE(r.config->workers, 2);
    QCOMPARE(r.config->workersOrigin, QStringLiteral("--cpu-workers"));
    QCOMPARE(r.config->backends.gpu.deviceLimit, 1);
    QCOMPARE(r.config->metricsPort, quint16(9900));
    QVERIFY(r.config->node.enabled);

    // --cpu-workers 0: no CPU mining, the GPUs mine.
    const ConfigResult g = resolveConfig({}, envFrom({{"MINER_CPU_WORKERS", "0"}}), cpus(4));
    QVERIFY2(g.config, qPrintable(g.error));
    QCOMPARE(g.config->engine, QStringLiteral("gpu-cuda"));
    const ConfigResult clash = resolveConfig({}, envFrom({{"MINER_CPU_WORKERS", "0"}, {"MINER_ENGINE", "cpu-fast"}}), cpus(4));
    QVERIFY(!clash.config);
    QVERIFY(clash.error.contains("gpu-cuda"));
}

void TestConfig::logLevelSources()
{
    // RUST_LOG is the fallback, including its directive form.
    auto level = [](const QMap<QString, QString>& env) {
        const ConfigResult r = resolveConfig({}, envFrom(env), cpus(2));
        return r.config ? r.config->logLevel : LogLevel::Error;
    };
    QCOMPARE(level({{"RUST_LOG", "debug"}}), LogLevel::Debug);
    QCOMPARE(level({{"RUST_LOG", "quantus_miner=trace"}}), LogLevel::Trace);
    QCOMPARE(level({{"RUST_LOG", "warn"}, {"MINER_LOG", "error"}}), LogLevel::Error);
    QCOMPARE(level({{"MINER_LOG", "WARNING"}}), LogLevel::Warn);
    // An unusable RUST_LOG is ignored with a warning, not fatal.
    const ConfigResult r = resolveConfig({}, envFrom({{"RUST_LOG", "chatty"}}), cpus(2));
    QVERIFY(r.config.has_value());
    QCOMPARE(r.config->logLevel, LogLevel::Info);
    QCOMPARE(r.warnings.size(), 1);
}

void TestConfig::appOptionsRun()
{
    const AppOptions o = parseAppOptions({"quantus-miner", "--no-gui", "--port=9000", "--bind", "0.0.0.0",
                                          "--workers", "2", "--metrics-port", "9100", "--log-file", "/tmp/x.log"});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.command, AppOptions::Command::Run);
    QVERIFY(o.noGui);
    QCOMPARE(*o.overrides.port, QStringLiteral("9000"));
    QCOMPARE(*o.overrides.bind, QStringLiteral("0.0.0.0"));
    QCOMPARE(*o.overrides.workers, QStringLiteral("2"));
    QCOMPARE(*o.overrides.metricsPort, QStringLiteral("9100"));
    QCOMPARE(*o.overrides.logFile, QStringLiteral("/tmp/x.log"));
    QVERIFY(!o.overrides.engine.has_value());
    const AppOptions lang = parseAppOptions({"quantus-miner", "--lang", "de", "--screenshot", "/tmp/s.png",
                                             "--screenshot-delay=2", "--measure-stall", "5"});
    QVERIFY2(lang.error.isEmpty(), qPrintable(lang.error));
    QCOMPARE(*lang.language, QStringLiteral("de"));
    QCOMPARE(lang.screenshotFile, QStringLiteral("/tmp/s.png"));
    QCOMPARE(lang.screenshotDelaySeconds, 2.0);
    QCOMPARE(lang.measureStallSeconds, 5.0);
    QVERIFY(!parseAppOptions({"quantus-miner", "--lang"}).error.isEmpty());
    QVERIFY(!parseAppOptions({"quantus-miner", "hash", "--lang", "de", "a", "b"}).error.isEmpty());
    QCOMPARE(parseAppOptions({"quantus-miner", "--help"}).command, AppOptions::Command::Help);
    QCOMPARE(parseAppOptions({"quantus-miner", "-V"}).command, AppOptions::Command::Version);
    QVERIFY(helpText().contains("no authentication", Qt::CaseInsensitive) ||
            helpText().contains("NO\n", Qt::CaseSensitive));
}

void TestConfig::appOptionsSubcommands()
{
    const AppOptions h = parseAppOptions({"quantus-miner", "hash", "aa", "07", "10"});
    QVERIFY2(h.error.isEmpty(), qPrintable(h.error));
    QCOMPARE(h.command, AppOptions::Command::Hash);
    QCOMPARE(h.miningHash, QStringLiteral("aa"));
    QCOMPARE(h.nonce, QStringLiteral("07"));
    QCOMPARE(*h.difficulty, QStringLiteral("10"));
    QCOMPARE(h.pow, PowAlgorithm::QPowV1);
    const AppOptions h2 = parseAppOptions({"quantus-miner", "hash", "--pow", "v2", "aa", "07"});
    QVERIFY2(h2.error.isEmpty(), qPrintable(h2.error));
    QCOMPARE(h2.pow, PowAlgorithm::QPowV2);

    const AppOptions b = parseAppOptions(
        {"quantus-miner", "benchmark", "--engine", "cpu-baseline", "--workers=3", "--duration", "2.5", "--json"});
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QCOMPARE(b.command, AppOptions::Command::Benchmark);
    QCOMPARE(*b.overrides.engine, QStringLiteral("cpu-baseline"));
    QCOMPARE(*b.overrides.workers, QStringLiteral("3"));
    QCOMPARE(b.durationSeconds, 2.5);
    QVERIFY(b.json);
}

void TestConfig::appOptionsErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{"quantus-miner", "--frobnicate"};
    QTest::newRow("missing value") << QStringList{"quantus-miner", "--port"};
    QTest::newRow("stray argument") << QStringList{"quantus-miner", "mine"};
    QTest::newRow("hash too few") << QStringList{"quantus-miner", "hash", "aa"};
    QTest::newRow("hash too many") << QStringList{"quantus-miner", "hash", "a", "b", "c", "d"};
    QTest::newRow("hash option") << QStringList{"quantus-miner", "hash", "--port", "1", "a", "b"};
    QTest::newRow("benchmark bad duration") << QStringList{"quantus-miner", "benchmark", "--duration", "-1"};
    QTest::newRow("benchmark zero duration") << QStringList{"quantus-miner", "benchmark", "--duration", "0"};
    QTest::newRow("benchmark service option") << QStringList{"quantus-miner", "benchmark", "--port", "1"};
    QTest::newRow("json outside benchmark") << QStringList{"quantus-miner", "--json"};
    QTest::newRow("pow unknown") << QStringList{"quantus-miner", "benchmark", "--pow", "v3"};
    QTest::newRow("pow outside hash and benchmark") << QStringList{"quantus-miner", "--pow", "v2"};
}

void TestConfig::appOptionsErrors()
{
    QFETCH(QStringList, args);
    const AppOptions o = parseAppOptions(args);
    QVERIFY(!o.error.isEmpty());
    QVERIFY(!o.error.contains('\n'));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"

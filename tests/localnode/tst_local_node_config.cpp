// The local node's settings: --node-binary and its companions over the
// environment, every error naming its option, the inner hash normalised,
// the conflict with a node that runs elsewhere (--node-addr), the node's
// command line (the official mining set-up's flags, each once, and the
// default node name), and the command-line parser.
#include "app/app_options.h"
#include "localnode/local_node.h"
#include "localnode/node_keys.h"
#include "miner/miner_config.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace qm;

namespace {

const QString kHash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));

EnvLookup envFrom(const QMap<QString, QString>& vars)
{
    return [vars](const char* name) -> std::optional<QString> {
        const auto it = vars.constFind(QString::fromLatin1(name));
        if (it == vars.cend() || it->isEmpty())
            return std::nullopt;
        return *it;
    };
}

const EnvLookup kNoEnv = envFrom({});

// The three required options besides the binary.
LocalNodeOverrides complete(const QString& base = QStringLiteral("/var/lib/qnode"))
{
    LocalNodeOverrides o;
    o.binary = QStringLiteral("/opt/quantus/quantus-node");
    o.basePath = base;
    o.chain = QStringLiteral("dirac");
    o.rewardsInnerHash = kHash;
    return o;
}

// The value after `flag` in a node command line, or nullopt; *count gets
// how many times the flag is there.
std::optional<QString> valueOf(const QStringList& args, const QString& flag, int* count)
{
    std::optional<QString> value;
    *count = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] != flag)
            continue;
        ++*count;
        if (i + 1 < args.size())
            value = args[i + 1];
    }
    return value;
}

EffectiveCpus twoCpus()
{
    return {2, QStringLiteral("test 2")};
}

} // namespace

class TestLocalNodeConfig : public QObject {
    Q_OBJECT
private slots:
    void disabledWithoutBinary();
    void defaultsAndAbsolutePaths();
    void commandLineOverEnvironment();
    void environmentAlone();
    void binaryFoundOnPath();
    void errorsNameTheirOption_data();
    void errorsNameTheirOption();
    void innerHashNormalised_data();
    void innerHashNormalised();
    void innerHashLowercasedInConfig();
    void chainSpecFile();
    void argumentsInOrder();
    void argumentsOfTheMiningSetUp_data();
    void argumentsOfTheMiningSetUp();
    void eachFlagOnce();
    void defaultNodeNameIsStableAndAccepted();
    void minerSettingsFromTheChainFolder();
    void checkLocalNodeRules();
    void conflictsWithRemoteNode_data();
    void conflictsWithRemoteNode();
    void resolveConfigCarriesLocalNode();
    void commandLineFlags();
    void commandLineFlagNeedsValue();
    void helpListsTheFlags();
    void phraseNormalised();
};

void TestLocalNodeConfig::disabledWithoutBinary()
{
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode({}, kNoEnv, c), QString());
    QVERIFY(!c.enabled);
    QCOMPARE(c, LocalNodeConfig{});
    QCOMPARE(checkLocalNode(c), QString());
}

void TestLocalNodeConfig::defaultsAndAbsolutePaths()
{
    LocalNodeConfig c;
    LocalNodeOverrides o = complete(QStringLiteral("relative/base"));
    o.binary = QStringLiteral("bin/../bin/quantus-node");
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());
    QVERIFY(c.enabled);
    QCOMPARE(c.basePath, QDir::cleanPath(QDir::current().absoluteFilePath(QStringLiteral("relative/base"))));
    QCOMPARE(c.binary, QDir::cleanPath(QDir::current().absoluteFilePath(QStringLiteral("bin/quantus-node"))));
    QCOMPARE(c.chain, QStringLiteral("dirac"));
    QCOMPARE(c.rewardsInnerHash, kHash);
    QCOMPARE(c.nodeName, QString());
    QCOMPARE(c.minerPort, quint16(9833));
    QCOMPARE(c.rpcPort, quint16(9944));
    QCOMPARE(c.prometheusPort, quint16(9615));
    QCOMPARE(c.nodeKeyFile(), c.basePath + QStringLiteral("/node-key"));
    QCOMPARE(c.chainDir(), c.basePath + QStringLiteral("/chains/dirac"));
    QCOMPARE(checkLocalNode(c), QString());

    o.basePath = QStringLiteral("~/qnode");
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());
    QCOMPARE(c.basePath, QDir::homePath() + QStringLiteral("/qnode"));
}

void TestLocalNodeConfig::commandLineOverEnvironment()
{
    const EnvLookup env = envFrom({{"MINER_NODE_BINARY", "/env/quantus-node"},
                                   {"MINER_NODE_BASE_PATH", "/env/base"},
                                   {"MINER_CHAIN", "heisenberg"},
                                   {"MINER_REWARDS_INNER_HASH", "0x" + QString(64, QLatin1Char('b'))},
                                   {"MINER_NODE_NAME", "env-name"},
                                   {"MINER_NODE_MINER_PORT", "1001"},
                                   {"MINER_NODE_RPC_PORT", "1002"},
                                   {"MINER_NODE_PROMETHEUS_PORT", "1003"}});
    LocalNodeOverrides o = complete();
    o.nodeName = QStringLiteral("cli-name");
    o.rpcPort = QStringLiteral("2002");
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(o, env, c), QString());
    QCOMPARE(c.binary, QStringLiteral("/opt/quantus/quantus-node"));
    QCOMPARE(c.basePath, QStringLiteral("/var/lib/qnode"));
    QCOMPARE(c.chain, QStringLiteral("dirac"));
    QCOMPARE(c.rewardsInnerHash, kHash);
    QCOMPARE(c.nodeName, QStringLiteral("cli-name"));
    QCOMPARE(c.minerPort, quint16(1001));
    QCOMPARE(c.rpcPort, quint16(2002));
    QCOMPARE(c.prometheusPort, quint16(1003));
}

void TestLocalNodeConfig::environmentAlone()
{
    const EnvLookup env = envFrom({{"MINER_NODE_BINARY", "/env/quantus-node"},
                                   {"MINER_NODE_BASE_PATH", "/env/base"},
                                   {"MINER_CHAIN", "dev"},
                                   {"MINER_REWARDS_INNER_HASH", kHash}});
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode({}, env, c), QString());
    QVERIFY(c.enabled);
    QCOMPARE(c.binary, QStringLiteral("/env/quantus-node"));
    QCOMPARE(c.basePath, QStringLiteral("/env/base"));
    QCOMPARE(c.chain, QStringLiteral("dev"));
}

void TestLocalNodeConfig::binaryFoundOnPath()
{
    // A bare program name is looked up on PATH, as a shell would.
    LocalNodeOverrides o = complete();
    o.binary = QStringLiteral("sh");
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());
    QVERIFY2(c.binary.startsWith(u'/') && c.binary.endsWith(QStringLiteral("/sh")), qPrintable(c.binary));
}

void TestLocalNodeConfig::errorsNameTheirOption_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char* name, const char* option, const QString& value, const QStringList& expected) {
        QTest::newRow(name) << QString::fromLatin1(option) << value << expected;
    };
    row("base path missing", "--node-base-path", QString(),
        {"--node-binary needs the node's base path", "--node-base-path DIR", "MINER_NODE_BASE_PATH"});
    row("chain missing", "--chain", QString(), {"--node-binary needs the chain", "--chain C", "MINER_CHAIN"});
    row("inner hash missing", "--rewards-inner-hash", QString(),
        {"--node-binary needs the rewards inner hash", "--rewards-inner-hash 0x...", "MINER_REWARDS_INNER_HASH",
         "quantus-node key quantus --scheme wormhole"});
    row("binary empty", "--node-binary", QStringLiteral(" "), {"invalid --node-binary", "quantus-node program"});
    row("base path empty", "--node-base-path", QStringLiteral(""), {"invalid --node-base-path"});
    row("short hash", "--rewards-inner-hash", QStringLiteral("0x1234"),
        {"invalid --rewards-inner-hash '0x1234'", "0x followed by 64 hex digits"});
    row("hash without 0x", "--rewards-inner-hash", QString(64, QLatin1Char('c')), {"invalid --rewards-inner-hash"});
    row("hash not hex", "--rewards-inner-hash", QStringLiteral("0x") + QString(64, QLatin1Char('g')),
        {"invalid --rewards-inner-hash"});
    row("chain upper case", "--chain", QStringLiteral("Dirac"), {"invalid --chain 'Dirac'", "lowercase"});
    row("chain with space", "--chain", QStringLiteral("my chain"), {"invalid --chain"});
    row("chain spec missing", "--chain", QStringLiteral("/no/such/spec.json"),
        {"invalid --chain '/no/such/spec.json'", "no such chain spec file"});
    row("node name with dot", "--node-name", QStringLiteral("my.node"), {"invalid --node-name 'my.node'"});
    row("node name too long", "--node-name", QString(64, QLatin1Char('n')), {"invalid --node-name", "63"});
    row("node name url", "--node-name", QStringLiteral("https:node"), {"invalid --node-name"});
    row("miner port word", "--node-miner-port", QStringLiteral("abc"),
        {"invalid --node-miner-port 'abc'", "1 to 65535"});
    row("rpc port zero", "--node-rpc-port", QStringLiteral("0"), {"invalid --node-rpc-port '0'"});
    row("prometheus port high", "--node-prometheus-port", QStringLiteral("70000"),
        {"invalid --node-prometheus-port '70000'"});
    row("rpc on the miner port", "--node-rpc-port", QStringLiteral("9833"),
        {"the default of --node-miner-port and --node-rpc-port are both port 9833", "own number"});
    row("prometheus on the rpc port", "--node-prometheus-port", QStringLiteral("9944"),
        {"the default of --node-rpc-port and --node-prometheus-port are both port 9944"});
}

void TestLocalNodeConfig::errorsNameTheirOption()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    LocalNodeOverrides o = complete();
    std::optional<QString>* field = nullptr;
    if (option == u"--node-binary")
        field = &o.binary;
    else if (option == u"--node-base-path")
        field = &o.basePath;
    else if (option == u"--chain")
        field = &o.chain;
    else if (option == u"--rewards-inner-hash")
        field = &o.rewardsInnerHash;
    else if (option == u"--node-name")
        field = &o.nodeName;
    else if (option == u"--node-miner-port")
        field = &o.minerPort;
    else if (option == u"--node-rpc-port")
        field = &o.rpcPort;
    else if (option == u"--node-prometheus-port")
        field = &o.prometheusPort;
    QVERIFY(field);
    // An empty value in the data means "left out", except where a row
    // tests the empty text itself.
    if (value.isNull())
        field->reset();
    else
        *field = value;
    LocalNodeConfig c;
    const QString error = resolveLocalNode(o, kNoEnv, c);
    for (const QString& part : expected)
        QVERIFY2(error.contains(part), qPrintable(error + QStringLiteral("  [expected: ") + part + u']'));
    QVERIFY(!c.enabled);
}

void TestLocalNodeConfig::innerHashNormalised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    const QString upper = QStringLiteral("0xABCDEF") + QString(58, QLatin1Char('F'));
    const QString lower = QStringLiteral("0xabcdef") + QString(58, QLatin1Char('f'));
    QTest::newRow("lower") << lower << true << lower;
    QTest::newRow("upper digits") << upper << true << lower;
    QTest::newRow("0X prefix") << QStringLiteral("0X") + lower.mid(2) << true << lower;
    QTest::newRow("spaces around") << QStringLiteral("  ") + lower + QStringLiteral("\n") << true << lower;
    QTest::newRow("63 digits") << lower.left(65) << false << QString();
    QTest::newRow("65 digits") << lower + QStringLiteral("f") << false << QString();
    QTest::newRow("no prefix") << lower.mid(2) + QStringLiteral("ff") << false << QString();
    QTest::newRow("inner space") << lower.left(10) + QStringLiteral(" ") + lower.mid(11) << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestLocalNodeConfig::innerHashNormalised()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    QString out = QStringLiteral("untouched");
    QCOMPARE(parseInnerHash(text, &out), valid);
    QCOMPARE(out, valid ? normalised : QStringLiteral("untouched"));
    QCOMPARE(parseInnerHash(text), valid);
}

void TestLocalNodeConfig::innerHashLowercasedInConfig()
{
    LocalNodeOverrides o = complete();
    o.rewardsInnerHash = QStringLiteral("0X") + QString(64, QLatin1Char('E'));
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());
    QCOMPARE(c.rewardsInnerHash, QStringLiteral("0x") + QString(64, QLatin1Char('e')));
    QVERIFY(c.arguments().contains(c.rewardsInnerHash));
}

void TestLocalNodeConfig::chainSpecFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString spec = dir.filePath(QStringLiteral("custom-spec.json"));
    QFile f(spec);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"My Test Chain","id":"my_test","chainType":"Local"})");
    f.close();

    LocalNodeOverrides o = complete(dir.filePath(QStringLiteral("base")));
    o.chain = spec;
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());
    QCOMPARE(c.chain, spec);
    // The node names its folder after the spec's id.
    QCOMPARE(c.chainDir(), dir.filePath(QStringLiteral("base/chains/my_test")));

    // A relative spec path becomes absolute (the node runs in another folder).
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    o.chain = QStringLiteral("./custom-spec.json");
    const QString error = resolveLocalNode(o, kNoEnv, c);
    QVERIFY(QDir::setCurrent(cwd));
    QCOMPARE(error, QString());
    QCOMPARE(c.chain, spec);
}

void TestLocalNodeConfig::argumentsInOrder()
{
    LocalNodeOverrides o = complete(QStringLiteral("/b"));
    o.minerPort = QStringLiteral("1");
    o.rpcPort = QStringLiteral("2");
    o.prometheusPort = QStringLiteral("3");
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());
    const QStringList expected{"--base-path", "/b", "--chain", "dirac", "--validator", "--node-key-file", "/b/node-key",
                               "--rewards-inner-hash", kHash, "--miner-listen-port", "1", "--rpc-port", "2",
                               "--prometheus-port", "3", "--rpc-methods", "safe", "--sync", "full",
                               "--max-blocks-per-request", "64"};
    QCOMPARE(c.arguments(), expected + QStringList({QStringLiteral("--name"), defaultNodeName(QStringLiteral("/b"))}));

    // The user's name replaces the default; --name stays last.
    o.nodeName = QStringLiteral("  my-miner  ");
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());
    QCOMPARE(c.arguments(), expected + QStringList({QStringLiteral("--name"), QStringLiteral("my-miner")}));
}

// The flags the official installer (quantus-mining.sh) and mining guide give
// the node, with their values; docs/NODE-ASSISTANT.md says why each is here.
void TestLocalNodeConfig::argumentsOfTheMiningSetUp_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("value");   // empty: a flag without a value
    QTest::newRow("--validator") << "--validator" << QString();
    QTest::newRow("--sync") << "--sync" << "full";
    QTest::newRow("--max-blocks-per-request") << "--max-blocks-per-request" << "64";
    QTest::newRow("--rpc-methods") << "--rpc-methods" << "safe";
    QTest::newRow("--miner-listen-port") << "--miner-listen-port" << "9833";
    QTest::newRow("--chain") << "--chain" << "dirac";
    QTest::newRow("--node-key-file") << "--node-key-file" << "/var/lib/qnode/node-key";
    QTest::newRow("--rewards-inner-hash") << "--rewards-inner-hash" << kHash;
    QTest::newRow("--name") << "--name" << defaultNodeName(QStringLiteral("/var/lib/qnode"));
}

void TestLocalNodeConfig::argumentsOfTheMiningSetUp()
{
    QFETCH(QString, flag);
    QFETCH(QString, value);
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(complete(), kNoEnv, c), QString());
    const QStringList args = c.arguments();
    int count = 0;
    const std::optional<QString> found = valueOf(args, flag, &count);
    QCOMPARE(count, 1);
    if (value.isEmpty()) {
        QVERIFY(args.contains(flag));
    } else {
        QCOMPARE(found, std::optional<QString>(value));
    }
}

// Every setting gives one flag: none twice, whatever the user set, and
// nothing but flags and their values.
void TestLocalNodeConfig::eachFlagOnce()
{
    LocalNodeOverrides o = complete();
    o.nodeName = QStringLiteral("rig-1");
    o.minerPort = QStringLiteral("40001");
    o.rpcPort = QStringLiteral("40002");
    o.prometheusPort = QStringLiteral("40003");
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());
    const QStringList args = c.arguments();
    QStringList flags;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QVERIFY2(args[i].startsWith(QLatin1String("--")), qPrintable(args[i]));
        QVERIFY2(!flags.contains(args[i]), qPrintable(args[i]));
        flags << args[i];
        if (args[i] != QLatin1String("--validator"))
            ++i;   // its value
    }
    QCOMPARE(flags.size(), 12);
    int count = 0;
    QCOMPARE(valueOf(args, QStringLiteral("--name"), &count), std::optional<QString>(QStringLiteral("rig-1")));
    QCOMPARE(valueOf(args, QStringLiteral("--rpc-port"), &count), std::optional<QString>(QStringLiteral("40002")));
    QCOMPARE(valueOf(args, QStringLiteral("--prometheus-port"), &count),
             std::optional<QString>(QStringLiteral("40003")));
    QCOMPARE(valueOf(args, QStringLiteral("--miner-listen-port"), &count),
             std::optional<QString>(QStringLiteral("40001")));
}

// The default name: the same for the same data folder (telemetry lists the
// node under it from start to start), another for another folder, and one
// the node accepts.
void TestLocalNodeConfig::defaultNodeNameIsStableAndAccepted()
{
    const QString name = defaultNodeName(QStringLiteral("/var/lib/qnode"));
    QVERIFY2(QRegularExpression(QStringLiteral("^quantus-miner-[0-9a-f]{8}$")).match(name).hasMatch(),
             qPrintable(name));
    QCOMPARE(defaultNodeName(QStringLiteral("/var/lib/qnode")), name);
    QCOMPARE(defaultNodeName(QStringLiteral("/var/lib/qnode/")), name);
    QVERIFY(defaultNodeName(QStringLiteral("/var/lib/qnode2")) != name);

    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(complete(), kNoEnv, c), QString());
    QCOMPARE(c.nodeName, QString());
    QCOMPARE(c.networkName(), name);
    c.nodeName = name;
    QCOMPARE(checkLocalNode(c), QString());
    c.nodeName = QStringLiteral("rig-1");
    QCOMPARE(c.networkName(), QStringLiteral("rig-1"));
}

void TestLocalNodeConfig::minerSettingsFromTheChainFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalNodeOverrides o = complete(dir.path());
    o.minerPort = QStringLiteral("40123");
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(o, kNoEnv, c), QString());

    // Before the node wrote its files: a reason, no secrets.
    NodeSettings early = c.minerSettings();
    QVERIFY(early.enabled);
    QVERIFY(!early.problem.isEmpty());
    QVERIFY(early.token.isEmpty());

    QVERIFY(QDir().mkpath(c.chainDir()));
    const QByteArray token = QByteArray(64, 'd');
    const QByteArray pin = QByteArray(64, '1');
    QFile t(c.chainDir() + QStringLiteral("/miner-auth-token"));
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(token + '\n');
    t.close();
    QFile p(c.chainDir() + QStringLiteral("/miner-tls-cert-sha256"));
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write(pin + '\n');
    p.close();

    const NodeSettings s = c.minerSettings();
    QCOMPARE(s.problem, QString());
    QVERIFY(s.enabled);
    QCOMPARE(s.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(s.port, quint16(40123));
    QCOMPARE(s.token, token);
    QCOMPARE(s.certSha256, QByteArray::fromHex(pin));
    QVERIFY(s.fromFiles);
}

void TestLocalNodeConfig::checkLocalNodeRules()
{
    LocalNodeConfig c;
    QCOMPARE(resolveLocalNode(complete(), kNoEnv, c), QString());
    QCOMPARE(checkLocalNode(c), QString());

    LocalNodeConfig bad = c;
    bad.rpcPort = 0;
    QVERIFY2(checkLocalNode(bad).contains(QStringLiteral("invalid RPC port '0'")), qPrintable(checkLocalNode(bad)));
    bad = c;
    bad.prometheusPort = bad.minerPort;
    QVERIFY2(checkLocalNode(bad).contains(QStringLiteral("miner port and Prometheus port are both port 9833")),
             qPrintable(checkLocalNode(bad)));
    bad = c;
    bad.rewardsInnerHash = QStringLiteral("0x12");
    QVERIFY(checkLocalNode(bad).contains(QStringLiteral("invalid rewards inner hash")));
    bad = c;
    bad.basePath.clear();
    QVERIFY2(checkLocalNode(bad).contains(QStringLiteral("needs a base path")), qPrintable(checkLocalNode(bad)));
    bad = c;
    bad.binary.clear();
    QVERIFY(checkLocalNode(bad).contains(QStringLiteral("quantus-node program")));
    bad = c;
    bad.chain = QStringLiteral("UPPER");
    QVERIFY(checkLocalNode(bad).contains(QStringLiteral("invalid chain 'UPPER'")));
    bad = c;
    bad.nodeName = QStringLiteral("a@b");
    QVERIFY(checkLocalNode(bad).contains(QStringLiteral("invalid node name")));
}

void TestLocalNodeConfig::conflictsWithRemoteNode_data()
{
    QTest::addColumn<bool>("binaryInEnv");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<bool>("remoteInEnv");
    QTest::addColumn<QString>("expectedBinary");
    QTest::addColumn<QString>("expectedRemote");
    QTest::newRow("--node-addr") << false << "addr" << false << "--node-binary" << "--node-addr";
    QTest::newRow("--node-dir") << false << "dir" << false << "--node-binary" << "--node-dir";
    QTest::newRow("--auth-token-file") << false << "token" << false << "--node-binary" << "--auth-token-file";
    QTest::newRow("MINER_NODE_ADDR") << false << "addr" << true << "--node-binary" << "MINER_NODE_ADDR";
    QTest::newRow("MINER_NODE_BINARY") << true << "addr" << false << "MINER_NODE_BINARY" << "--node-addr";
}

void TestLocalNodeConfig::conflictsWithRemoteNode()
{
    QFETCH(bool, binaryInEnv);
    QFETCH(QString, remote);
    QFETCH(bool, remoteInEnv);
    QFETCH(QString, expectedBinary);
    QFETCH(QString, expectedRemote);

    ConfigOverrides cli;
    QMap<QString, QString> vars;
    cli.localNode = complete();
    if (binaryInEnv) {
        vars.insert(QStringLiteral("MINER_NODE_BINARY"), *cli.localNode.binary);
        cli.localNode.binary.reset();
    }
    const QString value = remote == u"addr" ? QStringLiteral("127.0.0.1:9833") : QStringLiteral("/some/where");
    if (remote == u"addr") {
        if (remoteInEnv)
            vars.insert(QStringLiteral("MINER_NODE_ADDR"), value);
        else
            cli.node.nodeAddr = value;
    } else if (remote == u"dir") {
        cli.node.nodeDir = value;
    } else {
        cli.node.authTokenFile = value;
    }
    const ConfigResult r = resolveConfig(cli, envFrom(vars), twoCpus());
    QVERIFY(!r.config);
    QVERIFY2(r.error.contains(expectedBinary) && r.error.contains(expectedRemote), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("give one of them")), qPrintable(r.error));
}

void TestLocalNodeConfig::resolveConfigCarriesLocalNode()
{
    ConfigOverrides cli;
    cli.localNode = complete();
    cli.localNode.rpcPort = QStringLiteral("19944");
    const ConfigResult r = resolveConfig(cli, kNoEnv, twoCpus());
    QVERIFY2(r.config, qPrintable(r.error));
    QVERIFY(r.config->localNode.enabled);
    QCOMPARE(r.config->localNode.rpcPort, quint16(19944));
    // The service gets its node from the supervisor, once it runs.
    QVERIFY(!r.config->node.enabled);

    // Errors reach resolveConfig's caller as they are.
    cli.localNode.chain.reset();
    const ConfigResult bad = resolveConfig(cli, kNoEnv, twoCpus());
    QVERIFY(!bad.config);
    QVERIFY2(bad.error.contains(QStringLiteral("--chain C")), qPrintable(bad.error));

    // Companions without a binary are a mistake, not silently ignored.
    ConfigOverrides lone;
    lone.localNode.chain = QStringLiteral("dirac");
    const ConfigResult orphan = resolveConfig(lone, kNoEnv, twoCpus());
    QVERIFY(!orphan.config);
    QVERIFY2(orphan.error.contains(QStringLiteral("--chain was given but no node binary")) &&
                 orphan.error.contains(QStringLiteral("--node-binary PATH")),
             qPrintable(orphan.error));
}

void TestLocalNodeConfig::commandLineFlags()
{
    const AppOptions o = parseAppOptions(
        {"quantus-miner", "--no-gui", "--node-binary", "/n/quantus-node", "--node-base-path=/n/base", "--chain", "dev",
         "--rewards-inner-hash", kHash, "--node-name", "rig-1", "--node-miner-port", "1", "--node-rpc-port", "2",
         "--node-prometheus-port", "3"});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.overrides.localNode.binary, std::optional<QString>(QStringLiteral("/n/quantus-node")));
    QCOMPARE(o.overrides.localNode.basePath, std::optional<QString>(QStringLiteral("/n/base")));
    QCOMPARE(o.overrides.localNode.chain, std::optional<QString>(QStringLiteral("dev")));
    QCOMPARE(o.overrides.localNode.rewardsInnerHash, std::optional<QString>(kHash));
    QCOMPARE(o.overrides.localNode.nodeName, std::optional<QString>(QStringLiteral("rig-1")));
    QCOMPARE(o.overrides.localNode.minerPort, std::optional<QString>(QStringLiteral("1")));
    QCOMPARE(o.overrides.localNode.rpcPort, std::optional<QString>(QStringLiteral("2")));
    QCOMPARE(o.overrides.localNode.prometheusPort, std::optional<QString>(QStringLiteral("3")));

    // The official miner's `serve` takes them too; other commands do not.
    QVERIFY(parseAppOptions({"quantus-miner", "serve", "--node-binary", "/n/q"}).error.isEmpty());
    QVERIFY(parseAppOptions({"quantus-miner", "benchmark", "--node-binary", "/n/q"})
                .error.contains(QStringLiteral("'--node-binary'")));
}

void TestLocalNodeConfig::commandLineFlagNeedsValue()
{
    const AppOptions o = parseAppOptions({"quantus-miner", "--chain"});
    QVERIFY2(o.error.contains(QStringLiteral("--chain needs a value")), qPrintable(o.error));
}

void TestLocalNodeConfig::helpListsTheFlags()
{
    const QString help = helpText();
    for (const char* word : {"--node-binary PATH", "MINER_NODE_BINARY", "--node-base-path DIR", "MINER_NODE_BASE_PATH",
                             "--chain C", "MINER_CHAIN", "--rewards-inner-hash", "MINER_REWARDS_INNER_HASH",
                             "--node-name N", "MINER_NODE_NAME", "--node-miner-port N", "MINER_NODE_MINER_PORT",
                             "--node-rpc-port N", "MINER_NODE_RPC_PORT", "--node-prometheus-port N",
                             "MINER_NODE_PROMETHEUS_PORT"})
        QVERIFY2(help.contains(QLatin1String(word)), word);
    const QStringList lines = help.split(u'\n');
    for (const QString& line : lines)
        QVERIFY2(line.size() <= 108, qPrintable(line));
    // A variable as wide as its column does not run into the description.
    QVERIFY(!help.contains(QStringLiteral("MINER_NODE_PROMETHEUS_PORTthe")));
    const qsizetype at = lines.indexOf(QStringLiteral("  --node-prometheus-port N  MINER_NODE_PROMETHEUS_PORT"));
    QVERIFY(at > 0);
    QCOMPARE(lines[at + 1].indexOf(QStringLiteral("the node's")), qsizetype(53));
}

void TestLocalNodeConfig::phraseNormalised()
{
    int words = -1;
    QCOMPARE(normalisePhrase(QStringLiteral("  Alpha\tBRAVO\n\ncharlie  "), &words), QStringLiteral("alpha bravo charlie"));
    QCOMPARE(words, 3);
    QCOMPARE(normalisePhrase(QStringLiteral(" \n "), &words), QString());
    QCOMPARE(words, 0);
}

QTEST_GUILESS_MAIN(TestLocalNodeConfig)
#include "tst_local_node_config.moc"

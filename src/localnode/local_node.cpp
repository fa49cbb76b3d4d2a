#include "localnode/local_node.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>

namespace qm {

namespace {

constexpr const char* kNodeKeyFileName = "node-key";

// Two flags of the official mining set-up (docs/NODE-ASSISTANT.md). Both are
// the node's defaults today; giving them keeps a mining node on a full sync
// with the usual request size if a release changes its defaults.
constexpr const char* kSyncMode = "full";
constexpr int kMaxBlocksPerRequest = 64;
// Every JSON-RPC method the miner calls is in substrate's safe set; on
// loopback the node's default ("auto") would also serve the unsafe ones (key
// insertion, peer and log filter changes) to any program on this computer.
constexpr const char* kRpcMethods = "safe";

// A chain given as a file (a path, or a name ending in .json) rather than a
// built-in name such as mainnet or planck.
bool isSpecFile(const QString& chain)
{
    return chain.contains(QLatin1Char('/')) || chain.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

// The folder the node names after the chain under <base-path>/chains/: the
// name itself, or the "id" a spec file declares (its file name when it
// cannot be read).
QString chainFolderName(const QString& chain)
{
    if (!isSpecFile(chain))
        return chain;
    QFile f(chain);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject spec = QJsonDocument::fromJson(f.readAll()).object();
        const QString id = spec.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && !id.contains(QLatin1Char('/')) && id != QLatin1String("..") && id != QLatin1String("."))
            return id;
    }
    return QFileInfo(chain).completeBaseName();
}

QString absolutePath(const QString& typed)
{
    QString path = typed.trimmed();
    if (path == QLatin1String("~"))
        path = QDir::homePath();
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Substrate's own rules for --name: the node refuses anything else at start.
QString nodeNameProblem(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("the name is empty; leave the option out for the default name");
    if (name.size() >= 64)
        return QStringLiteral("the node accepts names of at most 63 characters");
    if (name.contains(QLatin1Char('.')) || name.contains(QLatin1Char('@')) || name.contains(QLatin1Char('\\')))
        return QStringLiteral("the node refuses names with '.', '@' or '\\'");
    static const QRegularExpression url(QStringLiteral("^https?:"), QRegularExpression::CaseInsensitiveOption);
    if (url.match(name).hasMatch())
        return QStringLiteral("the node refuses names that look like a URL");
    return {};
}

using Picked = std::optional<SettingSource>;

// One setting with the words a message asks for it with: on the command
// line the option and its variable, in the dashboard's form its label.
struct Field {
    Picked picked;
    QString option;   // "--node-base-path DIR", or empty in the form
    const char* env;  // the environment variable, or null in the form
    QString label;    // "the node's base path"
};

QString askFor(const Field& f, const QString& why)
{
    if (f.option.isEmpty())
        return QStringLiteral("%1 (%2)").arg(f.label, why);
    return QStringLiteral("%1: add %2 (%3) or %4").arg(f.label, f.option, why, QString::fromLatin1(f.env));
}

struct Port {
    quint16 value = 0;
    QString origin;   // "--node-rpc-port", or "the default of --node-rpc-port"
};

QString resolvePort(const Field& f, quint16 fallback, Port& out)
{
    if (!f.picked) {
        out.value = fallback;
        out.origin = QStringLiteral("the default of %1").arg(f.option.isEmpty() ? f.label : f.option.section(u' ', 0, 0));
        return {};
    }
    bool ok = false;
    const uint v = f.picked->text.trimmed().toUInt(&ok, 10);
    if (!ok || v < 1 || v > 65535)
        return invalidSetting(*f.picked, QStringLiteral("the port must be a number from 1 to 65535"));
    out.value = static_cast<quint16>(v);
    out.origin = f.picked->origin;
    return {};
}

// Both entry points end here (the command line with the environment, and the
// dashboard's config), so the rules and their wording are the same.
QString resolveFields(const Field& binary, const Field& basePath, const Field& chain, const Field& innerHash,
                      const Field& nodeName, const Field& minerPort, const Field& rpcPort,
                      const Field& prometheusPort, LocalNodeConfig& out)
{
    out = LocalNodeConfig{};
    if (!binary.picked) {
        for (const Field* f : {&basePath, &chain, &innerHash, &nodeName, &minerPort, &rpcPort, &prometheusPort}) {
            if (f->picked)
                return QStringLiteral("%1 was given but no node binary: add --node-binary PATH (the quantus-node to "
                                      "run and mine for) or %2")
                    .arg(f->picked->origin, QString::fromLatin1(kEnvNodeBinary));
        }
        return {};
    }

    const QString typedBinary = binary.picked->text.trimmed();
    if (typedBinary.isEmpty())
        return invalidSetting(*binary.picked, QStringLiteral("expected the path of the quantus-node program"));
    QString program = typedBinary;
    // A bare name is looked up like a shell would, unless such a file is here.
    if (!typedBinary.contains(QLatin1Char('/')) && !QFileInfo::exists(typedBinary)) {
        const QString found = QStandardPaths::findExecutable(typedBinary);
        if (!found.isEmpty())
            program = found;
    }
    out.binary = absolutePath(program);

    const auto requiredBy = [&](const Field& f, const QString& why) {
        if (binary.option.isEmpty())
            return QStringLiteral("the local node needs %1").arg(askFor(f, why));
        return QStringLiteral("%1 needs %2").arg(binary.picked->origin, askFor(f, why));
    };

    if (!basePath.picked)
        return requiredBy(basePath, QStringLiteral("where the node keeps its database and keys"));
    if (basePath.picked->text.trimmed().isEmpty())
        return invalidSetting(*basePath.picked, QStringLiteral("expected a folder for the node's database and keys"));
    out.basePath = absolutePath(basePath.picked->text);
    if (QFileInfo(out.basePath).exists() && !QFileInfo(out.basePath).isDir())
        return invalidSetting(*basePath.picked, QStringLiteral("%1 is a file, not a folder").arg(out.basePath));

    if (!chain.picked)
        return requiredBy(chain, QStringLiteral("mainnet, planck, dev, or a chain spec file"));
    const QString c = chain.picked->text.trimmed();
    if (isSpecFile(c)) {
        const QString spec = absolutePath(c);
        if (!QFileInfo(spec).isFile())
            return invalidSetting(*chain.picked, QStringLiteral("no such chain spec file; give a chain name such as mainnet, "
                                                         "or the path of a spec file"));
        out.chain = spec;
    } else {
        static const QRegularExpression name(QStringLiteral("^[a-z0-9_-]+$"));
        if (!name.match(c).hasMatch())
            return invalidSetting(*chain.picked, QStringLiteral("expected a chain name such as mainnet (lowercase letters, "
                                                         "digits, - and _) or the path of a chain spec file"));
        out.chain = c;
    }

    if (!innerHash.picked)
        return requiredBy(innerHash, QStringLiteral("the Inner Hash of your rewards key, from quantus-node key "
                                                    "quantus --scheme wormhole"));
    if (!parseInnerHash(innerHash.picked->text, &out.rewardsInnerHash))
        return invalidSetting(*innerHash.picked, QStringLiteral("expected 0x followed by 64 hex digits, the Inner Hash that "
                                                         "quantus-node key quantus --scheme wormhole prints"));

    if (nodeName.picked) {
        out.nodeName = nodeName.picked->text.trimmed();
        if (const QString problem = nodeNameProblem(out.nodeName); !problem.isEmpty())
            return invalidSetting(*nodeName.picked, problem);
    }

    Port ports[3];
    const LocalNodeConfig defaults;
    if (QString e = resolvePort(minerPort, defaults.minerPort, ports[0]); !e.isEmpty())
        return e;
    if (QString e = resolvePort(rpcPort, defaults.rpcPort, ports[1]); !e.isEmpty())
        return e;
    if (QString e = resolvePort(prometheusPort, defaults.prometheusPort, ports[2]); !e.isEmpty())
        return e;
    for (int i = 0; i < 3; ++i) {
        for (int j = i + 1; j < 3; ++j) {
            if (ports[i].value == ports[j].value)
                return QStringLiteral("%1 and %2 are both port %3: give each of the node's three ports (miner, "
                                      "RPC, Prometheus) its own number")
                    .arg(ports[i].origin, ports[j].origin)
                    .arg(ports[i].value);
        }
    }
    out.minerPort = ports[0].value;
    out.rpcPort = ports[1].value;
    out.prometheusPort = ports[2].value;
    out.enabled = true;
    return {};
}

} // namespace

QString LocalNodeConfig::nodeKeyFile() const
{
    return QDir(basePath).filePath(QString::fromLatin1(kNodeKeyFileName));
}

QString LocalNodeConfig::chainDir() const
{
    return QDir(basePath).filePath(QStringLiteral("chains/") + chainFolderName(chain));
}

QString LocalNodeConfig::networkName() const
{
    return nodeName.isEmpty() ? defaultNodeName(basePath) : nodeName;
}

QStringList LocalNodeConfig::arguments() const
{
    return {QStringLiteral("--base-path"), basePath,
            QStringLiteral("--chain"), chain,
            QStringLiteral("--validator"),
            QStringLiteral("--node-key-file"), nodeKeyFile(),
            QStringLiteral("--rewards-inner-hash"), rewardsInnerHash,
            QStringLiteral("--miner-listen-port"), QString::number(minerPort),
            QStringLiteral("--rpc-port"), QString::number(rpcPort),
            QStringLiteral("--prometheus-port"), QString::number(prometheusPort),
            QStringLiteral("--rpc-methods"), QString::fromLatin1(kRpcMethods),
            QStringLiteral("--sync"), QString::fromLatin1(kSyncMode),
            QStringLiteral("--max-blocks-per-request"), QString::number(kMaxBlocksPerRequest),
            QStringLiteral("--name"), networkName()};
}

QString defaultNodeName(const QString& basePath)
{
    // The machine id is hashed with a purpose of its own, as systemd asks of
    // programs that use it; 32 bits of the hash tell nodes apart and nothing else.
    QByteArray input("quantus-miner node name");
    input += '\0';
    input += QSysInfo::machineUniqueId();
    input += '\0';
    input += QDir::cleanPath(basePath).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    return QStringLiteral("quantus-miner-") + QString::fromLatin1(digest.left(4).toHex());
}

NodeSettings LocalNodeConfig::minerSettings() const
{
    NodeSource source;
    source.address = QStringLiteral("127.0.0.1:%1").arg(minerPort);
    source.nodeDir = chainDir();
    return nodeFromSource(source);
}

bool parseInnerHash(const QString& text, QString* normalised)
{
    const QString t = text.trimmed();
    if (t.size() != 66 || !t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return false;
    for (qsizetype i = 2; i < t.size(); ++i) {
        const QChar c = t[i];
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    if (normalised)
        *normalised = QStringLiteral("0x") + t.mid(2).toLower();
    return true;
}

QString resolveLocalNode(const LocalNodeOverrides& cli, const EnvLookup& env, LocalNodeConfig& out)
{
    const auto field = [&](const std::optional<QString>& value, const char* flag, const char* var, const char* meta,
                           const char* label) {
        return Field{pickSetting(value, flag, env, var),
                     QString::fromLatin1(flag) + QLatin1Char(' ') + QString::fromLatin1(meta), var,
                     QString::fromLatin1(label)};
    };
    return resolveFields(field(cli.binary, "--node-binary", kEnvNodeBinary, "PATH", "the node binary"),
                         field(cli.basePath, "--node-base-path", kEnvNodeBasePath, "DIR", "the node's base path"),
                         field(cli.chain, "--chain", kEnvChain, "C", "the chain"),
                         field(cli.rewardsInnerHash, "--rewards-inner-hash", kEnvRewardsInnerHash, "0x...",
                               "the rewards inner hash"),
                         field(cli.nodeName, "--node-name", kEnvNodeName, "N", "the node's name"),
                         field(cli.minerPort, "--node-miner-port", kEnvNodeMinerPort, "P", "the node's miner port"),
                         field(cli.rpcPort, "--node-rpc-port", kEnvNodeRpcPort, "P", "the node's RPC port"),
                         field(cli.prometheusPort, "--node-prometheus-port", kEnvNodePrometheusPort, "P",
                               "the node's Prometheus port"),
                         out);
}

QString checkLocalNode(const LocalNodeConfig& config)
{
    if (!config.enabled)
        return {};
    if (config.binary.trimmed().isEmpty())
        return QStringLiteral("the local node needs the path of the quantus-node program");
    const auto field = [](const QString& value, const char* origin, const char* label) {
        Picked picked;
        if (!value.trimmed().isEmpty())
            picked = SettingSource{value, QString::fromLatin1(origin)};
        return Field{picked, QString(), nullptr, QString::fromLatin1(label)};
    };
    const auto port = [&](quint16 value, const char* origin) {
        return field(QString::number(value), origin, origin);
    };
    LocalNodeConfig checked;
    return resolveFields(field(config.binary, "node binary", "the quantus-node program"),
                         field(config.basePath, "base path", "a base path"),
                         field(config.chain, "chain", "a chain"),
                         field(config.rewardsInnerHash, "rewards inner hash", "a rewards inner hash"),
                         field(config.nodeName, "node name", "a node name"),
                         port(config.minerPort, "miner port"), port(config.rpcPort, "RPC port"),
                         port(config.prometheusPort, "Prometheus port"), checked);
}

QString defaultNodeHome()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("node"));
}

} // namespace qm

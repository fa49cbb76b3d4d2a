#include "localnode/compatibility_manifest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>

namespace qm {

namespace {

// The platforms the manifest has keys for, in its spelling.
struct Platform {
    const char* name;   // ours: "linux-x86_64"
    const char* stem;   // the manifest's: "nodeLinuxX8664"
};
constexpr Platform kPlatforms[] = {
    {"linux-x86_64", "nodeLinuxX8664"},
    {"linux-aarch64", "nodeLinuxAarch64"},
    {"darwin-arm64", "nodeDarwinArm64"},
    {"darwin-x86_64", "nodeDarwinX8664"},
    {"windows-x86_64", "nodeWindowsX8664"},
};

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}

bool isHex64(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    return hex.match(text).hasMatch();
}

// Names the node takes on its command line (--chain): ASCII letters,
// digits, '.', '_' and '-'.
bool isPlainName(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return plain.match(text).hasMatch();
}

// Reads the manifest's string keys; each error one line naming the key.
class ManifestKeys {
public:
    ManifestKeys(const QJsonObject& root, QString* error) : m_root(root), m_error(error) {}

    bool fail(const QString& message)
    {
        *m_error = QStringLiteral("manifest: ") + message;
        return false;
    }

    // `key` as a trimmed string; a required one must be there and not empty.
    bool text(const char* key, bool required, QString& out)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = m_root.value(k);
        if (v.isUndefined() || v.isNull())
            return required ? fail(k + QStringLiteral(" is missing")) : true;
        if (!v.isString())
            return fail(k + QStringLiteral(" must be a string"));
        out = v.toString().trimmed();
        if (required && out.isEmpty())
            return fail(k + QStringLiteral(" must not be empty"));
        return true;
    }

private:
    const QJsonObject& m_root;
    QString* m_error;
};

} // namespace

bool CompatibilityManifest::tokensHaveNoValue() const
{
    return networkKind.compare(QLatin1String("testnet"), Qt::CaseInsensitive) == 0
           || tokenValue.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

std::optional<NodeReleaseFile> CompatibilityManifest::nodeBuild(const QString& platform, QString* error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString wanted = platform.isEmpty() ? hostPlatform() : platform;
    if (wanted.isEmpty()) {
        *error = QStringLiteral("the network publishes no node for this computer (%1, %2)")
                     .arg(QSysInfo::kernelType(), QSysInfo::currentCpuArchitecture());
        return std::nullopt;
    }
    const QString stem = manifestKeyFor(wanted);
    const auto found = std::find_if(nodeBuilds.cbegin(), nodeBuilds.cend(),
                                    [&](const RawBuild& b) { return b.key == stem; });
    if (stem.isEmpty() || found == nodeBuilds.cend() || found->url.isEmpty()) {
        *error = stem.isEmpty() ? QStringLiteral("the manifest has no node build for %1").arg(wanted)
                                : QStringLiteral("the manifest has no node build for %1 (no %2Url)").arg(wanted, stem);
        return std::nullopt;
    }
    const QString urlKey = stem + QStringLiteral("Url");
    const QString shaKey = stem + QStringLiteral("Sha256");
    const auto fail = [error](const QString& message) -> std::optional<NodeReleaseFile> {
        *error = QStringLiteral("manifest: ") + message;
        return std::nullopt;
    };

    const QUrl url(found->url, QUrl::StrictMode);
    if (const QString bad = checkReleaseUrl(url, urlKey); !bad.isEmpty())
        return fail(bad);
    const QString path = url.path();
    // The node is unpacked as a tar.gz; the manifest's .zip builds are for
    // Windows, and one named for Linux is a publishing mistake to refuse.
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return fail(QStringLiteral("%1 names a .zip archive; a node for %2 is taken only as .tar.gz: %3")
                        .arg(urlKey, wanted, found->url));
    if (!path.endsWith(QLatin1String(".tar.gz")))
        return fail(QStringLiteral("%1 must name a .tar.gz archive: %2").arg(urlKey, found->url));
    if (found->sha256.isEmpty())
        return fail(shaKey + QStringLiteral(" is missing"));
    if (!isHex64(found->sha256))
        return fail(shaKey + QStringLiteral(" must be 64 hex digits"));

    NodeReleaseFile file;
    file.platform = wanted;
    file.key = stem;
    file.url = url;
    file.sha256 = QByteArray::fromHex(found->sha256.toLatin1());
    error->clear();
    return file;
}

std::optional<CompatibilityManifest> parseCompatibilityManifest(const QByteArray& json, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("manifest: not valid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("manifest: the top level must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    ManifestKeys keys(root, error);

    // The schema first: a later schema may change every other key.
    const QJsonValue schema = root.value(QLatin1String("schemaVersion"));
    if (schema.isUndefined() || schema.isNull()) {
        keys.fail(QStringLiteral("schemaVersion is missing (this miner reads schema 1)"));
        return std::nullopt;
    }
    if (!schema.isString()) {
        const QString shown = schema.isDouble() ? QString::number(schema.toDouble()) : QStringLiteral("value");
        *error = QStringLiteral("manifest schema %1 (schemaVersion, not a string) is not supported by this miner "
                                "(it reads \"1\")")
                     .arg(shown);
        return std::nullopt;
    }
    if (schema.toString() != QLatin1String("1")) {
        *error = QStringLiteral("manifest schema %1 (schemaVersion) is not supported by this miner (it reads 1)")
                     .arg(schema.toString());
        return std::nullopt;
    }

    CompatibilityManifest m;
    m.schemaVersion = schema.toString();
    if (!keys.text("status", true, m.status) || !keys.text("networkId", true, m.networkId)
        || !keys.text("minerProtocol", true, m.minerProtocol) || !keys.text("nodeVersion", true, m.nodeVersion)
        || !keys.text("networkLabel", false, m.networkLabel) || !keys.text("networkKind", false, m.networkKind)
        || !keys.text("tokenValue", false, m.tokenValue) || !keys.text("minerVersion", false, m.minerVersion)
        || !keys.text("updatedAt", false, m.updatedAt))
        return std::nullopt;

    if (m.status != QLatin1String("supported")) {
        *error = QStringLiteral("the network's manifest has status \"%1\" (status): this miner installs a node "
                                "only from one marked \"supported\"")
                     .arg(m.status);
        return std::nullopt;
    }
    if (m.minerProtocol != QLatin1String(kMinerProtocol)) {
        *error = QStringLiteral("the network needs %1 (minerProtocol); this miner speaks %2: update the miner")
                     .arg(m.minerProtocol, QLatin1String(kMinerProtocol));
        return std::nullopt;
    }
    if (!isPlainName(m.networkId)) {
        keys.fail(QStringLiteral("networkId may hold only letters, digits, '.', '_' and '-': %1").arg(m.networkId));
        return std::nullopt;
    }
    if (m.networkLabel.isEmpty())
        m.networkLabel = m.networkId;

    // Every node<Platform>Url with its Sha256; which one is used is
    // nodeBuild's choice, so an entry for another platform never matters.
    static const QRegularExpression nodeUrl(QStringLiteral("^(node[A-Z][A-Za-z0-9]*)Url$"));
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QRegularExpressionMatch match = nodeUrl.match(it.key());
        if (!match.hasMatch())
            continue;
        const QString stem = match.captured(1);
        const QString shaKey = stem + QStringLiteral("Sha256");
        const QJsonValue sha = root.value(shaKey);
        if (!it.value().isString()) {
            keys.fail(it.key() + QStringLiteral(" must be a string"));
            return std::nullopt;
        }
        if (!sha.isUndefined() && !sha.isNull() && !sha.isString()) {
            keys.fail(shaKey + QStringLiteral(" must be a string"));
            return std::nullopt;
        }
        m.nodeBuilds.append({stem, it.value().toString().trimmed(), sha.toString().trimmed()});
    }

    error->clear();
    return m;
}

QString checkReleaseUrl(const QUrl& url, const QString& what)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return QStringLiteral("%1 \"%2\" is not a full address (https://host/path)").arg(what, shown);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host().toLower()))
        return {};
    return QStringLiteral("%1 must be an https:// address (plain http only for 127.0.0.1, localhost or ::1): %2")
        .arg(what, shown);
}

QString hostPlatform()
{
#if defined(Q_OS_LINUX)
    const QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("x86_64"))
        return QStringLiteral("linux-x86_64");
    if (arch == QLatin1String("arm64"))
        return QStringLiteral("linux-aarch64");
#endif
    return {};
}

QString manifestKeyFor(const QString& platform)
{
    for (const Platform& p : kPlatforms) {
        if (platform == QLatin1String(p.name))
            return QLatin1String(p.stem);
    }
    return {};
}

QUrl defaultManifestUrl()
{
    return QUrl(QStringLiteral("https://docs.quantus.com/mining-compatibility.json"));
}

} // namespace qm

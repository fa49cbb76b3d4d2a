#include "node/node_settings.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cctype>

namespace qm {

namespace {


// Reads a small text file the node wrote, trimmed. Empty with *error set
// when it cannot.
QByteArray readTrimmed(const QString& path, const QString& what, QString* error)
{
    QFile f(path);
    if (!f.exists()) {
        *error = QStringLiteral("%1 %2 does not exist").arg(what, path);
        return {};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 %2: %3").arg(what, path, f.errorString());
        return {};
    }
    const QByteArray text = f.read(4096).trimmed();
    if (text.isEmpty())
        *error = QStringLiteral("%1 %2 is empty").arg(what, path);
    return text;
}

} // namespace

bool parseNodeAddress(const QString& text, QString& host, quint16& port)
{
    const QString t = text.trimmed();
    qsizetype colon = -1;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= t.size() || t[close + 1] != QLatin1Char(':'))
            return false;
        host = t.mid(1, close - 1);
        colon = close + 1;
    } else {
        colon = t.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || t.indexOf(QLatin1Char(':')) != colon)
            return false;
        host = t.left(colon);
    }
    bool ok = false;
    const uint p = t.mid(colon + 1).toUInt(&ok, 10);
    if (!ok || p == 0 || p > 65535 || host.isEmpty() || host.contains(QLatin1Char(' ')))
        return false;
    port = static_cast<quint16>(p);
    return true;
}

namespace {

// The token or the pin: a value, else a file, else the node directory's file.
// A value and a file from the same place (both on the command line, or both
// in the environment) contradict each other.
QString valueOrFile(const std::optional<SettingSource>& value, const std::optional<SettingSource>& file,
                    const std::optional<SettingSource>& dir, const char* fileName, const QString& what, const char* fileFlag,
                    const char* fileEnv, QByteArray& text, QString& origin)
{
    const auto onCommandLine = [](const SettingSource& s) { return s.origin.startsWith(QLatin1String("--")); };
    if (value && file && onCommandLine(*value) == onCommandLine(*file))
        return QStringLiteral("give %1 or %2, not both").arg(value->origin, file->origin);
    if (value && (!file || onCommandLine(*value))) {
        text = value->text.trimmed().toUtf8();
        origin = value->origin;
        return {};
    }
    const QString nodeDir = dir ? dir->text.trimmed() : QString();
    const QString path = file ? file->text.trimmed()
                              : (nodeDir.isEmpty() ? QString() : QDir(nodeDir).filePath(QString::fromLatin1(fileName)));
    if (path.isEmpty())
        return QStringLiteral("the node's %1 is missing: give %2 %3 (the node writes it in <base-path>/chains/<chain>/), "
                              "--node-dir, or %4")
            .arg(what, QString::fromLatin1(fileFlag), QString::fromLatin1(fileName), QString::fromLatin1(fileEnv));
    QString error;
    text = readTrimmed(path, QStringLiteral("the %1 file").arg(what), &error);
    origin = (file ? file->origin : dir->origin) + QLatin1Char(' ') + path;
    return error;
}

} // namespace

QString NodeSettings::address() const
{
    if (host.isEmpty())
        return source.address;
    const bool v6 = host.contains(QLatin1Char(':'));
    return (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
}

namespace {

using Picked = std::optional<SettingSource>;

// Both entry points end here; the origins name the options as the user knows
// them ("--node-dir", "MINER_NODE_DIR", "the node directory").
QString resolvePicked(const Picked& addr, const Picked& dir, const Picked& token, const Picked& tokenFile,
                      const Picked& pin, const Picked& pinFile, NodeSettings& out)
{
    out = NodeSettings{};
    if (!addr) {
        if (token || tokenFile || pin || pinFile || dir)
            return QStringLiteral("the node's token and certificate pin were given but no node address: add "
                                  "--node-addr HOST:PORT (e.g. 127.0.0.1:9833) or MINER_NODE_ADDR");
        return {};
    }
    out.enabled = true;
    out.source.address = addr->text.trimmed();
    if (dir)
        out.source.nodeDir = dir->text.trimmed();
    if (tokenFile)
        out.source.tokenFile = tokenFile->text.trimmed();
    if (pinFile)
        out.source.pinFile = pinFile->text.trimmed();
    if (!parseNodeAddress(addr->text, out.host, out.port))
        return QStringLiteral("invalid %1 '%2': expected HOST:PORT, e.g. 127.0.0.1:9833 or [::1]:9833")
            .arg(addr->origin, addr->text);

    if (dir) {
        if (!QDir(dir->text.trimmed()).exists())
            return QStringLiteral("invalid %1 '%2': no such directory (the node's <base-path>/chains/<chain>/, "
                                  "where it writes %3 and %4)")
                .arg(dir->origin, dir->text, QString::fromLatin1(kNodeTokenFileName),
                     QString::fromLatin1(kNodePinFileName));
    }

    QString error = valueOrFile(token, tokenFile, dir, kNodeTokenFileName, QStringLiteral("auth token"),
                                "--auth-token-file", kEnvAuthTokenFile, out.token, out.tokenOrigin);
    if (!error.isEmpty())
        return error;
    if (out.token.isEmpty())
        return QStringLiteral("%1 is empty").arg(out.tokenOrigin);
    if (out.token.size() > kMaxNodeTokenBytes)
        return QStringLiteral("the auth token (%1) is %2 bytes long; the node accepts at most %3")
            .arg(out.tokenOrigin)
            .arg(out.token.size())
            .arg(kMaxNodeTokenBytes);

    QByteArray pinHex;
    error = valueOrFile(pin, pinFile, dir, kNodePinFileName, QStringLiteral("certificate pin"),
                        "--tls-cert-sha256-file", kEnvCertSha256File, pinHex, out.pinOrigin);
    if (!error.isEmpty())
        return error;
    const QByteArray raw = QByteArray::fromHex(pinHex);
    bool hexOnly = pinHex.size() == 64;
    for (char c : pinHex)
        hexOnly = hexOnly && std::isxdigit(static_cast<unsigned char>(c));
    if (!hexOnly || raw.size() != 32)
        return QStringLiteral("the certificate pin (%1) must be 64 hex digits, the SHA-256 of the node's certificate; "
                              "got %2 characters")
            .arg(out.pinOrigin)
            .arg(pinHex.size());
    out.certSha256 = raw;
    // A value given on the command line wins over a file (valueOrFile).
    const auto valueUsed = [](const Picked& value, const Picked& file) {
        return value && (!file || value->origin.startsWith(QLatin1String("--")));
    };
    out.fromFiles = !valueUsed(token, tokenFile) && !valueUsed(pin, pinFile);
    return {};
}

} // namespace

QString resolveNodeSettings(const NodeOverrides& cli, const EnvLookup& env, NodeSettings& out)
{
    const auto pick = pickSetting;
    return resolvePicked(pick(cli.nodeAddr, "--node-addr", env, kEnvNodeAddr),
                         pick(cli.nodeDir, "--node-dir", env, kEnvNodeDir),
                         pick(cli.authToken, "--auth-token", env, kEnvAuthToken),
                         pick(cli.authTokenFile, "--auth-token-file", env, kEnvAuthTokenFile),
                         pick(cli.certSha256, "--tls-cert-sha256", env, kEnvCertSha256),
                         pick(cli.certSha256File, "--tls-cert-sha256-file", env, kEnvCertSha256File), out);
}

NodeSettings nodeFromSource(const NodeSource& source)
{
    NodeSettings node;
    const QString problem = resolveNodeSource(source, node);
    node.enabled = true;
    node.problem = problem;
    return node;
}

QString resolveNodeSource(const NodeSource& source, NodeSettings& out)
{
    if (source.address.trimmed().isEmpty()) {
        out = NodeSettings{};
        out.source = source;
        return QStringLiteral("no node address: give the node's HOST:PORT, e.g. 127.0.0.1:9833");
    }
    const auto given = [](const QString& text, const char* origin) -> Picked {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        return SettingSource{text, QString::fromLatin1(origin)};
    };
    return resolvePicked(given(source.address, "node address"), given(source.nodeDir, "node directory"),
                         std::nullopt, given(source.tokenFile, "token file"), std::nullopt,
                         given(source.pinFile, "certificate pin file"), out);
}

bool parseNodeEntry(const QString& text, NodeSource& source, QString* error)
{
    source = NodeSource{};
    // Paths may contain '=' but not ','; an address never contains either.
    const QStringList parts = text.split(QLatin1Char(','));
    source.address = parts.first().trimmed();
    if (source.address.isEmpty() || source.address.contains(QLatin1Char('='))) {
        *error = QStringLiteral("expected ADDR[,dir=DIR][,token-file=F][,cert-sha256-file=F], the address first");
        return false;
    }
    QSet<QString> seen;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? part.left(eq).trimmed() : part;
        const QString value = eq > 0 ? part.mid(eq + 1).trimmed() : QString();
        QString* field = key == u"dir"                ? &source.nodeDir
                         : key == u"token-file"       ? &source.tokenFile
                         : key == u"cert-sha256-file" ? &source.pinFile
                                                      : nullptr;
        if (!field) {
            *error = QStringLiteral("unknown key '%1': expected dir=, token-file= or cert-sha256-file= "
                                    "(secrets are read from files only)")
                         .arg(key);
            return false;
        }
        if (value.isEmpty()) {
            *error = QStringLiteral("%1= needs a path").arg(key);
            return false;
        }
        if (seen.contains(key)) {
            *error = QStringLiteral("%1= is given twice").arg(key);
            return false;
        }
        seen.insert(key);
        *field = value;
    }
    if (source.nodeDir.isEmpty() && (source.tokenFile.isEmpty() || source.pinFile.isEmpty())) {
        *error = QStringLiteral("give dir=DIR (the node's <base-path>/chains/<chain>/) or both token-file= and "
                                "cert-sha256-file=");
        return false;
    }
    return true;
}

QString resolveNodeEntries(const NodeOverrides& cli, const EnvLookup& env, QList<NodeSettings>& out)
{
    QStringList entries;
    QString origin;
    if (cli.nodes) {
        entries = *cli.nodes;
        origin = QStringLiteral("--node");
    } else if (const auto v = env(kEnvNodes)) {
        for (const QString& e : v->split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!e.trimmed().isEmpty())
                entries << e.trimmed();
        origin = QString::fromLatin1(kEnvNodes);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString& text = entries[i];
        // Named by its place and address only: a value typed by mistake
        // (token=...) may be a secret.
        const QString address = text.section(QLatin1Char(','), 0, 0).trimmed();
        const QString what = QStringLiteral("invalid %1 entry %2 (%3)")
                                 .arg(origin)
                                 .arg(i + 1)
                                 .arg(address.isEmpty() || address.contains(QLatin1Char('=')) ? QStringLiteral("no address")
                                                                                             : address);
        NodeSource source;
        QString error;
        if (!parseNodeEntry(text, source, &error))
            return QStringLiteral("%1: %2").arg(what, error);
        NodeSettings node;
        error = resolveNodeSource(source, node);
        if (!error.isEmpty())
            return QStringLiteral("%1: %2").arg(what, error);
        out << node;
    }
    return {};
}

} // namespace qm

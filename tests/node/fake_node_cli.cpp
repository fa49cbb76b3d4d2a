#include "tests/node/fake_node_cli.h"

#include "tests/node/fake_node_keys.h"

#include <QFile>
#include <QSet>

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace qm::fakenode {

namespace {

// clap ends every error with these lines; the unexpected-argument error adds
// the usage line in front. The contract gives one usage line for every
// command, subcommands included.
const QString kTryHelp = QStringLiteral("\n\nFor more information, try '--help'.\n");
const QString kUsageTail = QStringLiteral("\n\nUsage: quantus-node [OPTIONS] [COMMAND]") + kTryHelp;

enum class Kind { Flag, Text, Port, Count, Choice, InnerHash };

struct OptionSpec {
    const char* longName;   // without the dashes
    char shortName;         // 0: none
    const char* valueName;  // for the messages: --chain <CHAIN_SPEC>
    Kind kind;
    const char* choices = nullptr;   // Kind::Choice: clap's list, "a, b, c"
};

// The node's flags; the value names are the ones clap derives from the
// real node's fields.
constexpr OptionSpec kNodeOptions[] = {
    {"base-path", 'd', "PATH", Kind::Text},
    {"chain", 0, "CHAIN_SPEC", Kind::Text},
    {"validator", 0, nullptr, Kind::Flag},
    {"node-key-file", 0, "FILE", Kind::Text},
    {"rewards-inner-hash", 0, "REWARDS_INNER_HASH", Kind::InnerHash},
    {"miner-listen-port", 0, "MINER_LISTEN_PORT", Kind::Port},
    {"rpc-port", 0, "PORT", Kind::Port},
    {"prometheus-port", 0, "PORT", Kind::Port},
    {"name", 0, "NAME", Kind::Text},
    {"no-mdns", 0, nullptr, Kind::Flag},
    {"sync", 0, "SYNC_MODE", Kind::Choice, "full, fast, fast-unsafe, warp"},
    {"max-blocks-per-request", 0, "COUNT", Kind::Count},
    {"rpc-methods", 0, "METHOD SET", Kind::Choice, "auto, safe, unsafe"},
    {"port", 0, "PORT", Kind::Port},
    {"help", 'h', nullptr, Kind::Flag},
    {"version", 'V', nullptr, Kind::Flag},
};

constexpr OptionSpec kGenerateNodeKeyOptions[] = {
    {"file", 0, "FILE", Kind::Text},
    {"help", 'h', nullptr, Kind::Flag},
};

constexpr OptionSpec kQuantusKeyOptions[] = {
    {"scheme", 0, "SCHEME", Kind::Text},
    {"words", 0, nullptr, Kind::Flag},
    {"help", 'h', nullptr, Kind::Flag},
};

QString display(const OptionSpec& o)
{
    const QString name = QStringLiteral("--") + QLatin1String(o.longName);
    return o.valueName ? QStringLiteral("%1 <%2>").arg(name, QLatin1String(o.valueName)) : name;
}

QString unexpectedArgument(const QString& arg)
{
    return QStringLiteral("error: unexpected argument '%1' found").arg(arg) + kUsageTail;
}

QString invalidValue(const OptionSpec& o, const QString& value, const QString& why)
{
    return QStringLiteral("error: invalid value '%1' for '%2': %3").arg(value, display(o), why) + kTryHelp;
}

// An unsigned number the way clap's ranged value parser reads it (u16
// ports, u32 counts): Rust's i64 parse, then the range check, with their
// messages.
std::optional<QString> parseUnsigned(const QString& text, qint64 max, qint64& out)
{
    if (text.isEmpty())
        return QStringLiteral("cannot parse integer from empty string");
    qsizetype i = 0;
    const bool negative = text[0] == QLatin1Char('-');
    if (text[0] == QLatin1Char('-') || text[0] == QLatin1Char('+'))
        ++i;
    if (i == text.size())
        return QStringLiteral("invalid digit found in string");
    qint64 value = 0;
    bool overflow = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QStringLiteral("invalid digit found in string");
        if (value > (INT64_MAX - 9) / 10)
            overflow = true;
        else
            value = value * 10 + (c.unicode() - '0');
    }
    if (overflow)
        return negative ? QStringLiteral("number too small to fit in target type")
                        : QStringLiteral("number too large to fit in target type");
    if (negative)
        value = -value;
    if (value < 0 || value > max)
        return QStringLiteral("%1 is not in 0..=%2").arg(value).arg(max);
    out = value;
    return std::nullopt;
}

// A value_enum with ignore_case, as substrate declares --sync and
// --rpc-methods: the canonical (lowercase) value, or clap's error.
std::optional<QString> parseChoice(const OptionSpec& o, const QString& value, QString& out)
{
    for (const QString& choice : QString::fromLatin1(o.choices).split(QStringLiteral(", "))) {
        if (value.compare(choice, Qt::CaseInsensitive) == 0) {
            out = choice;
            return std::nullopt;
        }
    }
    return QStringLiteral("error: invalid value '%1' for '%2'\n  [possible values: %3]")
               .arg(value, display(o), QLatin1String(o.choices)) +
           kTryHelp;
}

bool isInnerHash(const QString& text)
{
    if (text.size() != 66 || !text.startsWith(QLatin1String("0x")))
        return false;
    for (qsizetype i = 2; i < text.size(); ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(text[i].toLatin1())))
            return false;
    }
    return true;
}

// One option occurrence as the generic scanner found it.
struct Occurrence {
    const OptionSpec* spec = nullptr;
    QString value;
};

// Scans `args` from `pos` against `specs` the way clap does: --name value,
// --name=value, -x value, flags without values, each option at most once.
// Stops at the first positional argument (its index in *pos). Calls
// `take` for each occurrence in order; its error (a clap message) ends the scan.
template <std::size_t N, typename Take>
std::optional<QString> scan(const QStringList& args, qsizetype* pos, const OptionSpec (&specs)[N], Take take)
{
    QSet<const OptionSpec*> seen;
    while (*pos < args.size()) {
        const QString arg = args[*pos];
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-"))
            return std::nullopt;   // a positional: the caller decides
        if (arg == QLatin1String("--")) {
            // Nothing takes trailing positionals.
            if (*pos + 1 < args.size())
                return unexpectedArgument(args[*pos + 1]);
            ++*pos;
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        const OptionSpec* spec = nullptr;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0) {
                name = arg.left(eq);
                inlineValue = arg.mid(eq + 1);
            }
            for (const OptionSpec& s : specs) {
                if (name.mid(2) == QLatin1String(s.longName))
                    spec = &s;
            }
        } else {
            name = arg.left(2);
            if (arg.size() > 2)
                inlineValue = arg.mid(2);
            for (const OptionSpec& s : specs) {
                if (s.shortName != 0 && arg[1] == QLatin1Char(s.shortName))
                    spec = &s;
            }
        }
        if (!spec)
            return unexpectedArgument(name);
        if (seen.contains(spec))
            return QStringLiteral("error: the argument '%1' cannot be used multiple times").arg(display(*spec)) +
                   kTryHelp;
        seen.insert(spec);
        Occurrence occurrence{spec, {}};
        if (spec->kind == Kind::Flag) {
            if (inlineValue)
                return QStringLiteral("error: unexpected value '%1' for '%2' found; no more were expected")
                           .arg(*inlineValue, display(*spec)) +
                       kTryHelp;
        } else if (inlineValue) {
            occurrence.value = *inlineValue;
        } else {
            // A following "-x" or "--x" is another flag, not this one's value.
            const bool haveNext = *pos + 1 < args.size();
            const QString next = haveNext ? args[*pos + 1] : QString();
            if (!haveNext || (next.startsWith(QLatin1Char('-')) && next.size() > 1))
                return QStringLiteral("error: a value is required for '%1' but none was supplied").arg(display(*spec)) +
                       kTryHelp;
            occurrence.value = next;
            ++*pos;
        }
        ++*pos;
        if (auto error = take(occurrence))
            return error;
    }
    return std::nullopt;
}

std::optional<QString> parseGenerateNodeKey(const QStringList& args, qsizetype pos, Invocation& out)
{
    out.command = Command::GenerateNodeKey;
    bool haveFile = false;
    auto error = scan(args, &pos, kGenerateNodeKeyOptions, [&](const Occurrence& o) -> std::optional<QString> {
        if (o.spec->longName == std::string_view("help")) {
            out.command = Command::Help;
        } else {
            out.keyFile = o.value;
            haveFile = true;
        }
        return std::nullopt;
    });
    if (error)
        return error;
    if (pos < args.size())
        return unexpectedArgument(args[pos]);
    if (out.command == Command::Help)
        return std::nullopt;
    if (!haveFile)
        return QStringLiteral("error: the following required arguments were not provided:\n  --file <FILE>") +
               kUsageTail;
    return std::nullopt;
}

std::optional<QString> parseQuantusKey(const QStringList& args, qsizetype pos, Invocation& out)
{
    std::optional<QString> scheme;
    bool words = false;
    bool help = false;
    auto error = scan(args, &pos, kQuantusKeyOptions, [&](const Occurrence& o) -> std::optional<QString> {
        const std::string_view name = o.spec->longName;
        if (name == "help") {
            help = true;
        } else if (name == "words") {
            words = true;
        } else {
            if (o.value != QLatin1String("wormhole"))
                return QStringLiteral("error: invalid value '%1' for '--scheme <SCHEME>'\n  [possible values: wormhole]")
                           .arg(o.value) +
                       kTryHelp;
            scheme = o.value;
        }
        return std::nullopt;
    });
    if (error)
        return error;
    if (pos < args.size())
        return unexpectedArgument(args[pos]);
    if (help) {
        out.command = Command::Help;
        return std::nullopt;
    }
    if (!scheme)
        return QStringLiteral("error: the following required arguments were not provided:\n  --scheme <SCHEME>") +
               kUsageTail;
    out.command = words ? Command::WormholeFromWords : Command::WormholeNew;
    return std::nullopt;
}

std::optional<QString> parseKey(const QStringList& args, qsizetype pos, Invocation& out)
{
    if (pos >= args.size())
        return QStringLiteral("error: 'quantus-node key' requires a subcommand but one was not provided") + kUsageTail;
    const QString sub = args[pos];
    if (sub == QLatin1String("generate-node-key"))
        return parseGenerateNodeKey(args, pos + 1, out);
    if (sub == QLatin1String("quantus"))
        return parseQuantusKey(args, pos + 1, out);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out.command = Command::Help;
        return std::nullopt;
    }
    if (sub.startsWith(QLatin1Char('-')))
        return unexpectedArgument(sub);
    return QStringLiteral("error: unrecognized subcommand '%1'").arg(sub) + kUsageTail;
}

// Reads the phrase from stdin: up to the first newline or EOF, bounded.
QString readPhraseFromStdin()
{
    QByteArray line;
    int c = 0;
    while (line.size() < 8192 && (c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(static_cast<char>(c));
    return QString::fromUtf8(line);
}

void printWormhole(const QString& title, const QString& phrase, bool showPhrase)
{
    const WormholeKey key = wormholeKeyFor(phrase);
    QString text = title + QLatin1Char('\n');
    if (showPhrase)
        text += QStringLiteral("Secret phrase: %1\n").arg(phrase);
    text += QStringLiteral("Address: %1\nInner Hash: %2\n").arg(key.address, key.innerHash);
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int generateNodeKey(const QString& file)
{
    const QByteArray secret = randomBytes(32);
    const QByteArray path = QFile::encodeName(file);
    // Like the node: the parent folder must exist, the file is (re)written.
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        std::fprintf(stderr, "Error: Io(%s)\n", qPrintable(rustIoError(errno)));
        return 1;
    }
    const QByteArray hex = secret.toHex();
    const bool written = ::write(fd, hex.constData(), static_cast<size_t>(hex.size())) == hex.size();
    const int writeErrno = errno;
    ::close(fd);
    if (!written) {
        std::fprintf(stderr, "Error: Io(%s)\n", qPrintable(rustIoError(writeErrno)));
        return 1;
    }
    std::fprintf(stderr, "%s\n", qPrintable(peerIdForSecret(secret)));
    return 0;
}

} // namespace

QString rustIoError(int errnoValue)
{
    const char* kind = "Uncategorized";
    switch (errnoValue) {
    case ENOENT: kind = "NotFound"; break;
    case EACCES:
    case EPERM: kind = "PermissionDenied"; break;
    case EEXIST: kind = "AlreadyExists"; break;
    case EADDRINUSE: kind = "AddrInUse"; break;
    case EISDIR: kind = "IsADirectory"; break;
    case ENOTDIR: kind = "NotADirectory"; break;
    case ENOSPC: kind = "StorageFull"; break;
    case EROFS: kind = "ReadOnlyFilesystem"; break;
    default: break;
    }
    return QStringLiteral("Os { code: %1, kind: %2, message: \"%3\" }")
        .arg(errnoValue)
        .arg(QLatin1String(kind), QString::fromLocal8Bit(std::strerror(errnoValue)));
}

std::optional<QString> parseCommandLine(const QStringList& args, Invocation& out)
{
    out = Invocation{};
    NodeOptions& n = out.node;
    qsizetype pos = 0;
    bool help = false;
    bool version = false;
    auto error = scan(args, &pos, kNodeOptions, [&](const Occurrence& o) -> std::optional<QString> {
        const std::string_view name = o.spec->longName;
        if (o.spec->kind == Kind::Port) {
            qint64 value = 0;
            if (auto why = parseUnsigned(o.value, 65535, value))
                return invalidValue(*o.spec, o.value, *why);
            const auto port = static_cast<quint16>(value);
            (name == "miner-listen-port" ? n.minerPort
             : name == "rpc-port"        ? n.rpcPort
             : name == "prometheus-port" ? n.prometheusPort
                                         : n.p2pPort) = port;
        } else if (o.spec->kind == Kind::Count) {
            qint64 value = 0;
            if (auto why = parseUnsigned(o.value, 4294967295, value))
                return invalidValue(*o.spec, o.value, *why);
            n.maxBlocksPerRequest = static_cast<quint32>(value);
        } else if (o.spec->kind == Kind::Choice) {
            QString& target = name == "sync" ? n.syncMode : n.rpcMethods;
            if (auto problem = parseChoice(*o.spec, o.value, target))
                return problem;
        } else if (o.spec->kind == Kind::InnerHash) {
            if (!isInnerHash(o.value))
                return invalidValue(*o.spec, o.value, QStringLiteral("expected 0x followed by 64 hex digits"));
            n.rewardsInnerHash = o.value.toLower();
        } else if (name == "base-path") {
            n.basePath = o.value;
        } else if (name == "chain") {
            n.chain = o.value;
        } else if (name == "node-key-file") {
            n.nodeKeyFile = o.value;
        } else if (name == "name") {
            n.name = o.value;
        } else if (name == "validator") {
            n.validator = true;
        } else if (name == "no-mdns") {
            n.noMdns = true;
        } else if (name == "help") {
            help = true;
        } else if (name == "version") {
            version = true;
        }
        // clap answers --help and --version as soon as it meets them.
        return std::nullopt;
    });
    if (error)
        return error;
    if (help || version) {
        out.command = help ? Command::Help : Command::Version;
        return std::nullopt;
    }
    if (pos < args.size()) {
        if (args[pos] == QLatin1String("key"))
            return parseKey(args, pos + 1, out);
        return QStringLiteral("error: unrecognized subcommand '%1'").arg(args[pos]) + kUsageTail;
    }
    out.command = Command::RunNode;
    return std::nullopt;
}

int runKeyCommand(const Invocation& invocation)
{
    switch (invocation.command) {
    case Command::GenerateNodeKey:
        return generateNodeKey(invocation.keyFile);
    case Command::WormholeFromWords: {
        const QString phrase = checkedPhrase(readPhraseFromStdin());
        if (phrase.isEmpty()) {
            std::fputs("Error: Input(\"Invalid phrase: expected 24 words\")\n", stderr);
            return 1;
        }
        printWormhole(QStringLiteral("Wormhole key derived from phrase"), phrase, false);
        return 0;
    }
    case Command::WormholeNew:
        printWormhole(QStringLiteral("Generated new wormhole key"), randomPhrase(), true);
        return 0;
    case Command::RunNode:
    case Command::Version:
    case Command::Help:
        break;
    }
    return 2;
}

QString helpText()
{
    return QStringLiteral(
        "Quantus Node (fake, for the miner's tests)\n"
        "\n"
        "Usage: quantus-node [OPTIONS] [COMMAND]\n"
        "\n"
        "Commands:\n"
        "  key   Key management: generate-node-key --file <FILE>, quantus --scheme wormhole [--words]\n"
        "\n"
        "Options:\n"
        "  -d, --base-path <PATH>                         Where the chains' data goes\n"
        "      --chain <CHAIN_SPEC>                       dev, dirac or heisenberg\n"
        "      --validator                                Run as an authority\n"
        "      --node-key-file <FILE>                     The node identity (64 hex digits)\n"
        "      --rewards-inner-hash <REWARDS_INNER_HASH>  0x + 64 hex: whom mined blocks pay\n"
        "      --miner-listen-port <MINER_LISTEN_PORT>    QUIC miner server [default: 9833]\n"
        "      --rpc-port <PORT>                          JSON-RPC on 127.0.0.1 [default: 9944]\n"
        "      --prometheus-port <PORT>                   Metrics on 127.0.0.1 [default: 9615]\n"
        "      --name <NAME>                              The node's name\n"
        "      --no-mdns                                  Accepted, no effect\n"
        "      --sync <SYNC_MODE>                         Accepted, always full [default: full]\n"
        "                                                 [possible values: full, fast, fast-unsafe, warp]\n"
        "      --max-blocks-per-request <COUNT>           Accepted, no effect [default: 64]\n"
        "      --rpc-methods <METHOD SET>                 Accepted; every method is safe [default: auto]\n"
        "                                                 [possible values: auto, safe, unsafe]\n"
        "      --port <PORT>                              Accepted, no P2P listener [default: 30333]\n"
        "  -h, --help                                     Print help\n"
        "  -V, --version                                  Print version\n");
}

} // namespace qm::fakenode

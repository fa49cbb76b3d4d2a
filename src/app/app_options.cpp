#include "app/app_options.h"

#include <QCoreApplication>

#include <cmath>

namespace qm {

namespace {

// Help columns: option, then environment variable, then description.
constexpr qsizetype kHelpOptionWidth = 26;
constexpr qsizetype kHelpVariableWidth = 25;

struct ValueOption {
    const char* name;
    std::optional<QString>& (*field)(ConfigOverrides&);
};

constexpr ValueOption kServiceOptions[] = {
    {"--port", [](ConfigOverrides& o) -> std::optional<QString>& { return o.port; }},
    {"--bind", [](ConfigOverrides& o) -> std::optional<QString>& { return o.bind; }},
    {"--workers", [](ConfigOverrides& o) -> std::optional<QString>& { return o.workers; }},
    {"--cpu-workers", [](ConfigOverrides& o) -> std::optional<QString>& { return o.cpuWorkers; }},
    {"--engine", [](ConfigOverrides& o) -> std::optional<QString>& { return o.engine; }},
    {"--metrics-port", [](ConfigOverrides& o) -> std::optional<QString>& { return o.metricsPort; }},
    {"--progress-chunk-ms", [](ConfigOverrides& o) -> std::optional<QString>& { return o.progressChunkMs; }},
    {"--max-connections", [](ConfigOverrides& o) -> std::optional<QString>& { return o.maxConnections; }},
    {"--log-level", [](ConfigOverrides& o) -> std::optional<QString>& { return o.logLevel; }},
    {"--log-file", [](ConfigOverrides& o) -> std::optional<QString>& { return o.logFile; }},
    // The node over QUIC, with the official miner's names.
    {"--node-addr", [](ConfigOverrides& o) -> std::optional<QString>& { return o.node.nodeAddr; }},
    {"--node-dir", [](ConfigOverrides& o) -> std::optional<QString>& { return o.node.nodeDir; }},
    {"--auth-token", [](ConfigOverrides& o) -> std::optional<QString>& { return o.node.authToken; }},
    {"--auth-token-file", [](ConfigOverrides& o) -> std::optional<QString>& { return o.node.authTokenFile; }},
    {"--tls-cert-sha256", [](ConfigOverrides& o) -> std::optional<QString>& { return o.node.certSha256; }},
    {"--tls-cert-sha256-file", [](ConfigOverrides& o) -> std::optional<QString>& { return o.node.certSha256File; }},
    // A quantus-node the miner runs itself.
    {"--node-binary", [](ConfigOverrides& o) -> std::optional<QString>& { return o.localNode.binary; }},
    {"--node-base-path", [](ConfigOverrides& o) -> std::optional<QString>& { return o.localNode.basePath; }},
    {"--chain", [](ConfigOverrides& o) -> std::optional<QString>& { return o.localNode.chain; }},
    {"--rewards-inner-hash", [](ConfigOverrides& o) -> std::optional<QString>& { return o.localNode.rewardsInnerHash; }},
    {"--node-name", [](ConfigOverrides& o) -> std::optional<QString>& { return o.localNode.nodeName; }},
    {"--node-miner-port", [](ConfigOverrides& o) -> std::optional<QString>& { return o.localNode.minerPort; }},
    {"--node-rpc-port", [](ConfigOverrides& o) -> std::optional<QString>& { return o.localNode.rpcPort; }},
    {"--node-prometheus-port", [](ConfigOverrides& o) -> std::optional<QString>& { return o.localNode.prometheusPort; }},
};

// Options the benchmark takes from the service set.
bool benchmarkAccepts(const QString& name)
{
    return name == u"--engine" || name == u"--workers" || name == u"--progress-chunk-ms" || name == u"--log-level" ||
           name == u"--log-file";
}

// The service options `health` needs to find the API.
bool healthAccepts(const QString& name)
{
    return name == u"--port" || name == u"--bind";
}

} // namespace

AppOptions parseAppOptions(const QStringList& arguments)
{
    AppOptions o;
    auto fail = [&](const QString& message) {
        o.error = QCoreApplication::translate("CommandLine", "%1 (see quantus-miner --help)").arg(message);
        return o;
    };

    qsizetype i = 1;
    if (i < arguments.size()) {
        if (arguments[i] == u"hash") {
            o.command = AppOptions::Command::Hash;
            ++i;
        } else if (arguments[i] == u"benchmark") {
            o.command = AppOptions::Command::Benchmark;
            ++i;
        } else if (arguments[i] == u"health") {
            o.command = AppOptions::Command::Health;
            ++i;
        } else if (arguments[i] == u"node") {
            ++i;
            if (i >= arguments.size() || arguments[i] != u"install")
                return fail(QCoreApplication::translate("CommandLine", "node needs a subcommand: install"));
            o.command = AppOptions::Command::NodeInstall;
            ++i;
        } else if (arguments[i] == u"serve") {
            // The official miner's subcommand: the service itself, with the
            // same options (the node's among them).
            ++i;
        }
    }

    QStringList positional;
    for (; i < arguments.size(); ++i) {
        const QString arg = arguments[i];
        if (arg == u"-h" || arg == u"--help") {
            o.command = AppOptions::Command::Help;
            return o;
        }
        if (arg == u"-V" || arg == u"--version") {
            o.command = AppOptions::Command::Version;
            return o;
        }
        if (!arg.startsWith(u'-') || arg == u"-") {
            positional << arg;
            continue;
        }
        // "--name=value" or "--name value"
        QString name = arg;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
        }
        auto takeValue = [&]() -> std::optional<QString> {
            if (inlineValue)
                return inlineValue;
            if (i + 1 >= arguments.size())
                return std::nullopt;
            return arguments[++i];
        };

        if (o.command == AppOptions::Command::Run && name == u"--no-gui" && !inlineValue) {
            o.noGui = true;
            continue;
        }
        if (o.command != AppOptions::Command::Hash && name == u"--gpu-devices") {
            const auto v = takeValue();
            bool ok = false;
            const int n = v ? v->toInt(&ok) : 0;
            if (!v || (*v != u"all" && (!ok || n < 1 || n > 64)))
                return fail(QCoreApplication::translate("CommandLine", "invalid --gpu-devices '%1': expected a number of GPUs from 1 to 64, or all")
                                .arg(v.value_or(QString())));
            o.overrides.gpuDevices = *v;
            continue;
        }
        if (o.command == AppOptions::Command::Run && name == u"--lang") {
            const auto v = takeValue();
            if (!v || v->trimmed().isEmpty())
                return fail(QCoreApplication::translate("CommandLine", "--lang needs a language code such as de or zh_CN"));
            o.language = v->trimmed();
            continue;
        }
        if (o.command == AppOptions::Command::Run && name == u"--screenshot") {
            const auto v = takeValue();
            if (!v || v->isEmpty())
                return fail(QCoreApplication::translate("CommandLine", "--screenshot needs a PNG file name"));
            o.screenshotFile = *v;
            continue;
        }
        if (o.command == AppOptions::Command::Run &&
            (name == u"--screenshot-delay" || name == u"--measure-stall")) {
            const auto v = takeValue();
            if (!v)
                return fail(QCoreApplication::translate("CommandLine", "%1 needs a value in seconds").arg(name));
            bool ok = false;
            const double d = v->toDouble(&ok);
            if (!ok || !std::isfinite(d) || d <= 0 || d > 3600)
                return fail(QCoreApplication::translate("CommandLine", "invalid %1 '%2': expected seconds, more than 0 and at most 3600").arg(name, *v));
            (name == u"--screenshot-delay" ? o.screenshotDelaySeconds : o.measureStallSeconds) = d;
            continue;
        }
        if ((o.command == AppOptions::Command::Hash || o.command == AppOptions::Command::Benchmark) &&
            name == u"--pow") {
            const auto v = takeValue();
            const auto pow = v ? parsePowAlgorithm(v->toStdString()) : std::nullopt;
            if (!pow)
                return fail(QCoreApplication::translate("CommandLine", "invalid --pow '%1': expected v1 or v2")
                                .arg(v.value_or(QString())));
            o.pow = *pow;
            continue;
        }
        if (o.command == AppOptions::Command::Benchmark && name == u"--json" && !inlineValue) {
            o.json = true;
            continue;
        }
        if (o.command == AppOptions::Command::Benchmark && name == u"--duration") {
            const auto v = takeValue();
            if (!v)
                return fail(QCoreApplication::translate("CommandLine", "--duration needs a value in seconds"));
            bool ok = false;
            const double d = v->toDouble(&ok);
            if (!ok || !std::isfinite(d) || d <= 0 || d > 86400)
                return fail(QCoreApplication::translate("CommandLine", "invalid --duration '%1': expected seconds, more than 0 and at most 86400").arg(*v));
            o.durationSeconds = d;
            continue;
        }
        if (o.command == AppOptions::Command::NodeInstall) {
            if (name == u"--dry-run" && !inlineValue) {
                o.dryRun = true;
                continue;
            }
            if (name == u"--manifest" || name == u"--dir") {
                const auto v = takeValue();
                if (!v || v->trimmed().isEmpty())
                    return fail(QCoreApplication::translate("CommandLine", "%1 needs a value").arg(name));
                (name == u"--manifest" ? o.nodeManifest : o.nodeDir) = v->trimmed();
                continue;
            }
            return fail(QCoreApplication::translate("CommandLine", "node install takes no option '%1'").arg(name));
        }
        // Repeatable: each --node adds a node after the ones before it.
        if (o.command == AppOptions::Command::Run && name == u"--node") {
            const auto v = takeValue();
            if (!v || v->trimmed().isEmpty())
                return fail(QCoreApplication::translate("CommandLine", "--node needs ADDR,dir=DIR or ADDR,token-file=F,cert-sha256-file=F"));
            if (!o.overrides.node.nodes)
                o.overrides.node.nodes = QStringList{};
            o.overrides.node.nodes->append(v->trimmed());
            continue;
        }
        const ValueOption* option = nullptr;
        for (const ValueOption& vo : kServiceOptions)
            if (name == QLatin1String(vo.name))
                option = &vo;
        const bool allowed = option && (o.command == AppOptions::Command::Run ||
                                        (o.command == AppOptions::Command::Benchmark && benchmarkAccepts(name)) ||
                                        (o.command == AppOptions::Command::Health && healthAccepts(name)));
        if (!allowed) {
            if (o.command == AppOptions::Command::Hash)
                return fail(QCoreApplication::translate("CommandLine", "hash takes no option '%1'").arg(name));
            if (o.command == AppOptions::Command::Benchmark)
                return fail(QCoreApplication::translate("CommandLine", "benchmark takes no option '%1'").arg(name));
            if (o.command == AppOptions::Command::Health)
                return fail(QCoreApplication::translate("CommandLine", "health takes no option '%1'").arg(name));
            return fail(QCoreApplication::translate("CommandLine", "unknown option '%1'").arg(name));
        }
        const auto v = takeValue();
        if (!v)
            return fail(QCoreApplication::translate("CommandLine", "%1 needs a value").arg(name));
        option->field(o.overrides) = *v;
    }

    switch (o.command) {
    case AppOptions::Command::Hash:
        if (positional.size() < 2 || positional.size() > 3)
            return fail(QCoreApplication::translate("CommandLine", "hash needs MINING_HASH NONCE [DIFFICULTY], got %1 argument(s)").arg(positional.size()));
        o.miningHash = positional[0];
        o.nonce = positional[1];
        if (positional.size() == 3)
            o.difficulty = positional[2];
        break;
    case AppOptions::Command::Benchmark:
    case AppOptions::Command::Health:
    case AppOptions::Command::NodeInstall:
    case AppOptions::Command::Run:
        if (!positional.isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "unexpected argument '%1'").arg(positional.first()));
        break;
    case AppOptions::Command::Help:
    case AppOptions::Command::Version:
        break;
    }
    return o;
}

QString helpText()
{
    // Translated piece by piece (context "CommandLine"); options, variables and
    // values stay as typed. A description's further lines, which translators
    // break where their language needs, line up under its first.
    const auto indentFollowing = [](const QString& text, qsizetype column) {
        QString indented = text;
        return indented.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(column, QLatin1Char(' ')));
    };
    // "  --port N                  MINER_PORT               description": the
    // option, its environment variable (if any) and the description in columns.
    // A variable as wide as its column puts the description on the next line.
    const auto row = [&](const char* option, const char* variable, const QString& description) {
        QString line = QStringLiteral("  ") + QString::fromLatin1(option).leftJustified(kHelpOptionWidth);
        if (variable) {
            const QString name = QString::fromLatin1(variable);
            if (name.size() >= kHelpVariableWidth)
                line += name + QLatin1Char('\n') + QString(line.size() + kHelpVariableWidth, QLatin1Char(' '));
            else
                line += name.leftJustified(kHelpVariableWidth);
        }
        const qsizetype column = line.size() - (line.lastIndexOf(QLatin1Char('\n')) + 1);
        return line + indentFollowing(description, column) + QLatin1Char('\n');
    };
    const auto paragraph = [&](const QString& text) { return indentFollowing(text, 2) + QLatin1Char('\n'); };

    QString help;
    help += QCoreApplication::translate("CommandLine", "Usage:") + QLatin1Char('\n');
    help += QStringLiteral("  quantus-miner [--no-gui] [options]         ") + QCoreApplication::translate("CommandLine", "mine jobs sent by a Quantus node over HTTP") +
            QLatin1Char('\n');
    help += QStringLiteral("  quantus-miner [serve] --node-addr HOST:PORT --auth-token-file F --tls-cert-sha256-file F\n");
    help += QStringLiteral("  quantus-miner [serve] --node-binary PATH --node-base-path DIR --chain C --rewards-inner-hash 0x...\n");
    help += QStringLiteral("  quantus-miner hash [--pow v1|v2] MINING_HASH NONCE [DIFFICULTY]\n"
                           "  quantus-miner benchmark [--pow v1|v2] [--engine E] [--workers N] [--duration SECONDS] [--json]\n"
                           "  quantus-miner health [--bind ADDR] [--port N]\n"
                           "  quantus-miner node install [--manifest URL|FILE] [--dir DIR] [--dry-run]\n"
                           "  quantus-miner --help | --version\n"
                           "\n");
    help += QCoreApplication::translate("CommandLine", "Service options (command line over environment over default):") + QLatin1Char('\n');
    help += row("--no-gui", nullptr, QCoreApplication::translate("CommandLine", "run without the dashboard (also automatic without a display)"));
    help += row("--port N", "MINER_PORT", QCoreApplication::translate("CommandLine", "HTTP API port (default 9833; 0: any free port)"));
    help += row("--bind ADDR", "MINER_BIND",
                QCoreApplication::translate("CommandLine", "address to listen on (default 127.0.0.1;\n"
                   "0.0.0.0 in containers). The API has NO\n"
                   "authentication: anyone who can reach it can\n"
                   "submit and cancel jobs. Expose it only to the node."));
    help += row("--workers N|auto", "MINER_WORKERS",
                QCoreApplication::translate("CommandLine", "hashing threads (default: half of the CPUs this\n"
                   "process may use, cgroup cpuset honoured, at least 1;\n"
                   "more than available is clamped)"));
    help += row("--engine E", "MINER_ENGINE", QCoreApplication::translate("CommandLine", "cpu-fast (default), cpu-baseline, gpu-cuda"));
    help += row("--metrics-port N", "MINER_METRICS_PORT", QCoreApplication::translate("CommandLine", "Prometheus GET /metrics on this port (default off)"));
    help += row("--progress-chunk-ms MS", "MINER_PROGRESS_CHUNK_MS",
                QCoreApplication::translate("CommandLine", "target length of one chunk of work (default 1000)"));
    help += row("--max-connections N", "MINER_MAX_CONNECTIONS",
                QCoreApplication::translate("CommandLine", "open connections per HTTP port (default 256)"));
    help += row("--log-level L", "MINER_LOG (or RUST_LOG)", QCoreApplication::translate("CommandLine", "error, warn, info (default), debug, trace"));
    help += row("--log-file PATH", "MINER_LOG_FILE", QCoreApplication::translate("CommandLine", "also append the log to PATH"));
    help += row("--node-addr HOST:PORT", "MINER_NODE_ADDR",
                QCoreApplication::translate("CommandLine", "mine for a Quantus node over QUIC (QPoW v2),\n"
                   "e.g. 127.0.0.1:9833 (the node's --miner-listen-port)"));
    help += row("--auth-token-file F", "MINER_AUTH_TOKEN_FILE",
                QCoreApplication::translate("CommandLine", "the node's miner-auth-token (or --auth-token T,\n"
                   "MINER_AUTH_TOKEN; a token on the command line\n"
                   "is visible to other users of this machine)"));
    help += row("--tls-cert-sha256-file F", "MINER_TLS_CERT_SHA256_FILE",
                QCoreApplication::translate("CommandLine", "the node's miner-tls-cert-sha256 (or\n"
                   "--tls-cert-sha256 HEX, MINER_TLS_CERT_SHA256)"));
    help += row("--node-dir DIR", "MINER_NODE_DIR",
                QCoreApplication::translate("CommandLine", "both files from the node's directory\n"
                   "<base-path>/chains/<chain>/"));
    help += row("--node ADDR,dir=DIR", "MINER_NODES",
                QCoreApplication::translate("CommandLine", "one more node, after --node-addr's and the --node\n"
                   "before it (repeat for each; the first reachable\n"
                   "one is mined for, the miner fails over and returns\n"
                   "to a higher one when it is back). Or\n"
                   "ADDR,token-file=F,cert-sha256-file=F. MINER_NODES:\n"
                   "the entries separated by ';'"));
    help += row("--node-binary PATH", "MINER_NODE_BINARY",
                QCoreApplication::translate("CommandLine", "run this quantus-node, keep it running and mine\n"
                   "for it (instead of --node-addr); it stops with\n"
                   "the miner"));
    help += row("--node-base-path DIR", "MINER_NODE_BASE_PATH",
                QCoreApplication::translate("CommandLine", "the node's database and keys (its --base-path;\n"
                   "the node key is made there when missing)"));
    help += row("--chain C", "MINER_CHAIN",
                QCoreApplication::translate("CommandLine", "the node's chain: mainnet, planck (testnet), dev,\n"
                   "or a chain spec file"));
    help += row("--rewards-inner-hash 0x..", "MINER_REWARDS_INNER_HASH",
                QCoreApplication::translate("CommandLine", "where the rewards go: the Inner Hash that\n"
                   "quantus-node key quantus --scheme wormhole prints"));
    help += row("--node-name N", "MINER_NODE_NAME",
                QCoreApplication::translate("CommandLine", "the node's name on the network (default:\n"
                   "quantus-miner-<8 hex digits>, the same each start)"));
    help += row("--node-miner-port N", "MINER_NODE_MINER_PORT",
                QCoreApplication::translate("CommandLine", "the node's --miner-listen-port (default 9833)"));
    help += row("--node-rpc-port N", "MINER_NODE_RPC_PORT",
                QCoreApplication::translate("CommandLine", "the node's --rpc-port on 127.0.0.1 (default 9944)"));
    help += row("--node-prometheus-port N", "MINER_NODE_PROMETHEUS_PORT",
                QCoreApplication::translate("CommandLine", "the node's --prometheus-port (default 9615)"));
    help += row("--cpu-workers N", "MINER_CPU_WORKERS",
                QCoreApplication::translate("CommandLine", "the same as --workers; 0: no CPU mining,\n"
                   "gpu-cuda mines"));
    help += row("--gpu-devices N|all", "MINER_GPU_DEVICES",
                QCoreApplication::translate("CommandLine", "gpu-cuda: use the first N visible GPUs (default all;\n"
                   "CUDA_VISIBLE_DEVICES picks which are visible)"));
    help += row("--lang CODE", "",
                QCoreApplication::translate("CommandLine", "interface language (de, es, fr, ru, zh_CN, en;\n"
                   "default: the dashboard's setting, else the system's)"));
    help += QLatin1Char('\n');
    help += QCoreApplication::translate("CommandLine", "Dashboard checks (need a display):") + QLatin1Char('\n');
    help += row("--screenshot FILE", nullptr,
                QCoreApplication::translate("CommandLine", "save the window as PNG after --screenshot-delay SECONDS (default 8), quit"));
    help += row("--measure-stall SECONDS", nullptr, QCoreApplication::translate("CommandLine", "print the longest GUI event-loop stall over that time, quit"));
    help += QLatin1Char('\n');
    help += paragraph(QCoreApplication::translate("CommandLine", "hash: prints the 128-hex-digit PoW hash of MINING_HASH (64 hex digits) and NONCE\n"
                         "(1 to 128 hex digits, the number they spell, zero-padded on the left), and with\n"
                         "DIFFICULTY (decimal, at least 1) 'valid' or 'invalid' on a second line."));
    help += QLatin1Char('\n');
    help += paragraph(QCoreApplication::translate("CommandLine", "benchmark: mines a job no hash can solve through the same workers as real jobs\n"
                         "and reports hashes per second, in total and per worker.\n"
                         "--duration SECONDS (default 10), --json (one JSON object), --engine, --workers,\n"
                         "--gpu-devices."));
    help += QLatin1Char('\n');
    help += paragraph(QCoreApplication::translate("CommandLine", "--pow v1|v2 (hash, benchmark): the proof of work, QPoW v1 of HTTP nodes (default)\n"
                         "or QPoW v2 of today's network."));
    help += QLatin1Char('\n');
    help += paragraph(QCoreApplication::translate("CommandLine", "health: asks the miner running on --bind and --port (or MINER_BIND, MINER_PORT)\n"
                         "whether its API answers; exit 0 when it does (a container's HEALTHCHECK)."));
    help += QLatin1Char('\n');
    help += paragraph(QCoreApplication::translate("CommandLine", "node install: downloads the quantus-node the network's compatibility manifest\n"
                         "names for this computer (--manifest URL or FILE, default\n"
                         "https://docs.quantus.com/mining-compatibility.json), checks its SHA-256, unpacks\n"
                         "it into --dir DIR (default ~/.local/share/quantus-miner/node/bin) and prints its\n"
                         "path and version. --dry-run prints the network, node version, URL and SHA-256\n"
                         "and downloads nothing. Exit 1: the download failed; 2: a bad manifest or option."));
    help += QLatin1Char('\n');
    help += QCoreApplication::translate("CommandLine", "Exit codes: 0 success, 1 runtime failure (e.g. port in use), 2 invalid arguments.") +
            QLatin1Char('\n');
    return help;
}

std::optional<QString> languageOption(const QStringList& arguments)
{
    std::optional<QString> language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == u"--lang" && i + 1 < arguments.size())
            language = arguments[++i].trimmed();
        else if (arg.startsWith(u"--lang="))
            language = arg.mid(7).trimmed();
    }
    if (language && language->isEmpty())
        language.reset();
    return language;
}

} // namespace qm

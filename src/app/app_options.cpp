#include "app_options.h"

#include <cmath>

namespace qm {

namespace {

struct ValueOption {
    const char* name;
    std::optional<QString> ConfigOverrides::*field;
};

constexpr ValueOption kServiceOptions[] = {
    {"--port", &ConfigOverrides::port},
    {"--bind", &ConfigOverrides::bind},
    {"--workers", &ConfigOverrides::workers},
    {"--engine", &ConfigOverrides::engine},
    {"--metrics-port", &ConfigOverrides::metricsPort},
    {"--progress-chunk-ms", &ConfigOverrides::progressChunkMs},
    {"--log-level", &ConfigOverrides::logLevel},
    {"--log-file", &ConfigOverrides::logFile},
};

// Options the benchmark takes from the service set.
bool benchmarkAccepts(const QString& name)
{
    return name == u"--engine" || name == u"--workers" || name == u"--progress-chunk-ms" || name == u"--log-level" ||
           name == u"--log-file";
}

} // namespace

AppOptions parseAppOptions(const QStringList& arguments)
{
    AppOptions o;
    auto fail = [&](const QString& message) {
        o.error = message + QStringLiteral(" (see quantus-miner --help)");
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
        if (o.command == AppOptions::Command::Run && name == u"--lang") {
            const auto v = takeValue();
            if (!v || v->trimmed().isEmpty())
                return fail(QStringLiteral("--lang needs a language code such as de or zh_CN"));
            o.language = v->trimmed();
            continue;
        }
        if (o.command == AppOptions::Command::Run && name == u"--screenshot") {
            const auto v = takeValue();
            if (!v || v->isEmpty())
                return fail(QStringLiteral("--screenshot needs a PNG file name"));
            o.screenshotFile = *v;
            continue;
        }
        if (o.command == AppOptions::Command::Run &&
            (name == u"--screenshot-delay" || name == u"--measure-stall")) {
            const auto v = takeValue();
            if (!v)
                return fail(QStringLiteral("%1 needs a value in seconds").arg(name));
            bool ok = false;
            const double d = v->toDouble(&ok);
            if (!ok || !std::isfinite(d) || d <= 0 || d > 3600)
                return fail(QStringLiteral("invalid %1 '%2': expected seconds, more than 0 and at most 3600").arg(name, *v));
            (name == u"--screenshot-delay" ? o.screenshotDelaySeconds : o.measureStallSeconds) = d;
            continue;
        }
        if (o.command == AppOptions::Command::Benchmark && name == u"--json" && !inlineValue) {
            o.json = true;
            continue;
        }
        if (o.command == AppOptions::Command::Benchmark && name == u"--duration") {
            const auto v = takeValue();
            if (!v)
                return fail(QStringLiteral("--duration needs a value in seconds"));
            bool ok = false;
            const double d = v->toDouble(&ok);
            if (!ok || !std::isfinite(d) || d <= 0 || d > 86400)
                return fail(QStringLiteral("invalid --duration '%1': expected seconds, more than 0 and at most 86400").arg(*v));
            o.durationSeconds = d;
            continue;
        }
        const ValueOption* option = nullptr;
        for (const ValueOption& vo : kServiceOptions)
            if (name == QLatin1String(vo.name))
                option = &vo;
        const bool allowed = option && (o.command == AppOptions::Command::Run ||
                                        (o.command == AppOptions::Command::Benchmark && benchmarkAccepts(name)));
        if (!allowed) {
            if (o.command == AppOptions::Command::Hash)
                return fail(QStringLiteral("hash takes no option '%1'").arg(name));
            if (o.command == AppOptions::Command::Benchmark)
                return fail(QStringLiteral("benchmark takes no option '%1'").arg(name));
            return fail(QStringLiteral("unknown option '%1'").arg(name));
        }
        const auto v = takeValue();
        if (!v)
            return fail(QStringLiteral("%1 needs a value").arg(name));
        o.overrides.*(option->field) = *v;
    }

    switch (o.command) {
    case AppOptions::Command::Hash:
        if (positional.size() < 2 || positional.size() > 3)
            return fail(QStringLiteral("hash needs MINING_HASH NONCE [DIFFICULTY], got %1 argument(s)").arg(positional.size()));
        o.miningHash = positional[0];
        o.nonce = positional[1];
        if (positional.size() == 3)
            o.difficulty = positional[2];
        break;
    case AppOptions::Command::Benchmark:
    case AppOptions::Command::Run:
        if (!positional.isEmpty())
            return fail(QStringLiteral("unexpected argument '%1'").arg(positional.first()));
        break;
    case AppOptions::Command::Help:
    case AppOptions::Command::Version:
        break;
    }
    return o;
}

QString helpText()
{
    return QStringLiteral(
        "Usage:\n"
        "  quantus-miner [--no-gui] [options]         mine jobs sent by a Quantus node over HTTP\n"
        "  quantus-miner hash MINING_HASH NONCE [DIFFICULTY]\n"
        "  quantus-miner benchmark [--engine E] [--workers N] [--duration SECONDS] [--json]\n"
        "  quantus-miner --help | --version\n"
        "\n"
        "Service options (command line over environment over default):\n"
        "  --no-gui                  run without the dashboard (also automatic without a display)\n"
        "  --port N                  MINER_PORT               HTTP API port (default 9833; 0: any free port)\n"
        "  --bind ADDR               MINER_BIND               address to listen on (default 127.0.0.1;\n"
        "                                                     0.0.0.0 in containers). The API has NO\n"
        "                                                     authentication: anyone who can reach it can\n"
        "                                                     submit and cancel jobs. Expose it only to the node.\n"
        "  --workers N|auto          MINER_WORKERS            hashing threads (default: half of the CPUs this\n"
        "                                                     process may use, cgroup cpuset honoured, at least 1;\n"
        "                                                     more than available is clamped)\n"
        "  --engine E                MINER_ENGINE             cpu-fast (default), cpu-baseline, gpu-cuda\n"
        "  --metrics-port N          MINER_METRICS_PORT       Prometheus GET /metrics on this port (default off)\n"
        "  --progress-chunk-ms MS    MINER_PROGRESS_CHUNK_MS  target length of one chunk of work (default 1000)\n"
        "  --log-level L             MINER_LOG (or RUST_LOG)  error, warn, info (default), debug, trace\n"
        "  --log-file PATH           MINER_LOG_FILE           also append the log to PATH\n"
        "  --lang CODE                                        interface language (de, es, fr, ru, zh_CN, en;\n"
        "                                                     default: the dashboard's setting, else the system's)\n"
        "\n"
        "Dashboard checks (need a display):\n"
        "  --screenshot FILE         save the window as PNG after --screenshot-delay SECONDS (default 8), quit\n"
        "  --measure-stall SECONDS   print the longest GUI event-loop stall over that time, quit\n"
        "\n"
        "hash: prints the 128-hex-digit PoW hash of MINING_HASH (64 hex digits) and NONCE\n"
        "  (1 to 128 hex digits, the number they spell, zero-padded on the left), and with\n"
        "  DIFFICULTY (decimal, at least 1) 'valid' or 'invalid' on a second line.\n"
        "\n"
        "benchmark: mines a job no hash can solve through the same workers as real jobs\n"
        "  and reports hashes per second, in total and per worker.\n"
        "  --duration SECONDS (default 10), --json (one JSON object), --engine, --workers.\n"
        "\n"
        "Exit codes: 0 success, 1 runtime failure (e.g. port in use), 2 invalid arguments.\n");
}

} // namespace qm

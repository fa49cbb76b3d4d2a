// The service's settings: defaults, environment and command line, validated.
// Precedence: command line over environment over defaults.
#pragma once

#include "cpuset.h"
#include "log_level.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qm {

struct MinerConfig {
    // HTTP API. Port 0 asks the system for a free port (tests use it).
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = 9833;
    // Prometheus endpoint on the same address; disabled unless a port is set.
    bool metricsEnabled = false;
    quint16 metricsPort = 0;

    QString engine = QStringLiteral("cpu-fast");
    int workers = 1;
    // How `workers` was chosen, for the start-up log.
    QString workersOrigin;
    EffectiveCpus cpus;

    // Target duration of one chunk of work; bounds how long a worker stays on
    // one job before taking the next chunk (fairness between jobs, and when a
    // live engine or worker change reaches every worker).
    int progressChunkMs = 1000;

    LogLevel logLevel = LogLevel::Info;
    // Also append log lines to this file; empty: stderr only.
    QString logFile;

    // Limits that are not on the command line (tests shorten them).
    int maxLiveJobs = 256;            // running jobs; more answer 503
    int maxRetainedJobs = 4096;       // ended jobs kept for /result
    qint64 retentionMs = 5 * 60 * 1000;            // kept after start, once served
    qint64 unservedRetentionMs = 60 * 60 * 1000;   // kept after end, never served
    qint64 maxBodyBytes = 64 * 1024;  // larger request bodies answer 413
    int idleConnectionTimeoutMs = 120 * 1000;
};

// The text of each option as typed on the command line; nullopt when absent.
struct ConfigOverrides {
    std::optional<QString> port;
    std::optional<QString> bind;
    std::optional<QString> workers;
    std::optional<QString> engine;
    std::optional<QString> metricsPort;
    std::optional<QString> progressChunkMs;
    std::optional<QString> logLevel;
    std::optional<QString> logFile;
};

// Returns the value of an environment variable; nullopt when unset or empty.
using EnvLookup = std::function<std::optional<QString>(const char* name)>;
EnvLookup processEnvironment();

struct ConfigResult {
    std::optional<MinerConfig> config;
    // One line naming the option, its source and the problem, when invalid.
    QString error;
    // Accepted with a correction (e.g. workers clamped to the CPU count).
    QStringList warnings;
};

ConfigResult resolveConfig(const ConfigOverrides& cli, const EnvLookup& env, const EffectiveCpus& cpus);

// The default worker count for `cpus`: about half of them, at least one.
int defaultWorkers(int effectiveCpus);

// Environment variable names, for --help and the README.
inline constexpr const char* kEnvPort = "MINER_PORT";
inline constexpr const char* kEnvBind = "MINER_BIND";
inline constexpr const char* kEnvWorkers = "MINER_WORKERS";
inline constexpr const char* kEnvEngine = "MINER_ENGINE";
inline constexpr const char* kEnvMetricsPort = "MINER_METRICS_PORT";
inline constexpr const char* kEnvProgressChunkMs = "MINER_PROGRESS_CHUNK_MS";
inline constexpr const char* kEnvLog = "MINER_LOG";
inline constexpr const char* kEnvLogFallback = "RUST_LOG";
inline constexpr const char* kEnvLogFile = "MINER_LOG_FILE";

} // namespace qm

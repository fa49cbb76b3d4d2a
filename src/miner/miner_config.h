// The service's settings: defaults, environment and command line, validated.
// Precedence: command line over environment over defaults. This is the one
// place settings are parsed: the backends' own (CPU path, GPU launch shape)
// are parsed here too and passed down typed (MinerConfig::backends); nothing
// below src/app reads the environment.
#pragma once

#include "core/backend_options.h"
#include "localnode/local_node.h"
#include "node/node_settings.h"
#include "service/cpuset.h"
#include "service/defaults.h"
#include "service/log_level.h"
#include "service/setting_source.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qm {

struct MinerConfig {
    // HTTP API. Port 0 asks the system for a free port (tests use it).
    QString bindAddress = QString::fromLatin1(defaults::kBindAddress);
    quint16 port = defaults::kApiPort;
    // Prometheus endpoint on the same address; disabled unless a port is set.
    bool metricsEnabled = false;
    quint16 metricsPort = 0;

    QString engine = QString::fromLatin1(defaults::kEngine);
    // "--engine" or "MINER_ENGINE" when one of them chose it; empty for the default.
    QString engineOrigin;
    // The backends' settings (MINER_CPU_ISA, --gpu-devices, MINER_CUDA_*).
    BackendOptions backends;
    // The QUIC node to take jobs from (--node-addr ...); disabled without one.
    NodeSettings node;
    // The nodes after `node`, in priority order (--node, MINER_NODES): the
    // node miner fails over to them and returns to a higher one when it is
    // back. Empty with a single node.
    QList<NodeSettings> fallbackNodes;
    // A node this miner runs itself (--node-binary ...); disabled without
    // one. While it is enabled `node` stays disabled: the supervisor hands
    // the service its node once the node's miner server listens.
    LocalNodeConfig localNode;
    int workers = 1;
    // How `workers` was chosen, for the start-up log.
    QString workersOrigin;
    EffectiveCpus cpus;

    // Target duration of one chunk of work; bounds how long a worker stays on
    // one job before taking the next chunk (fairness between jobs, and when a
    // live engine or worker change reaches every worker).
    int progressChunkMs = defaults::kProgressChunkMs;
    // Open connections per HTTP port (the API, the metrics); lowered to fit
    // the process's descriptor limit.
    int maxConnections = defaults::kMaxConnections;

    LogLevel logLevel = LogLevel::Info;
    // Also append log lines to this file; empty: stderr only.
    QString logFile;

    // Limits that are not on the command line (tests shorten them).
    int maxLiveJobs = defaults::kMaxLiveJobs;
    int maxRetainedJobs = defaults::kMaxRetainedJobs;
    qint64 retentionMs = defaults::kRetentionMs;
    qint64 unservedRetentionMs = defaults::kUnservedRetentionMs;
    qint64 maxBodyBytes = defaults::kMaxBodyBytes;
    int idleConnectionTimeoutMs = defaults::kIdleConnectionTimeoutMs;
    int requestDeadlineMs = defaults::kRequestDeadlineMs;
};

// The text of each option as typed on the command line; nullopt when absent.
struct ConfigOverrides {
    std::optional<QString> port;
    std::optional<QString> bind;
    std::optional<QString> workers;
    std::optional<QString> engine;
    std::optional<QString> metricsPort;
    std::optional<QString> progressChunkMs;
    std::optional<QString> maxConnections;
    std::optional<QString> logLevel;
    std::optional<QString> logFile;
    std::optional<QString> gpuDevices;
    std::optional<QString> cpuWorkers;     // the official miner's --cpu-workers
    NodeOverrides node;
    LocalNodeOverrides localNode;
};


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
inline constexpr const char* kEnvMaxConnections = "MINER_MAX_CONNECTIONS";
inline constexpr const char* kEnvLog = "MINER_LOG";
inline constexpr const char* kEnvLogFallback = "RUST_LOG";
inline constexpr const char* kEnvLogFile = "MINER_LOG_FILE";
inline constexpr const char* kEnvCpuIsa = "MINER_CPU_ISA";
inline constexpr const char* kEnvCpuWorkers = "MINER_CPU_WORKERS";
inline constexpr const char* kEnvGpuDevices = "MINER_GPU_DEVICES";
inline constexpr const char* kEnvCudaBlockDim = "MINER_CUDA_BLOCK_DIM";
inline constexpr const char* kEnvCudaThreads = "MINER_CUDA_THREADS";
inline constexpr const char* kEnvCudaIters = "MINER_CUDA_ITERS";
inline constexpr const char* kEnvCudaKernel = "MINER_CUDA_KERNEL";
// Read only to explain an empty GPU list; the driver itself applies it.
inline constexpr const char* kEnvCudaVisibleDevices = "CUDA_VISIBLE_DEVICES";

} // namespace qm

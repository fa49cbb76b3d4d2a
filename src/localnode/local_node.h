// A Quantus node this miner runs and supervises itself (the dashboard's
// assistant, or the headless --node-binary ... options): where its binary and
// data live, the chain, the rewards inner hash and the node's three local
// ports. Parsed once by resolveConfig (headless) or saved by the dashboard;
// nothing here is secret (the inner hash is public, the phrase never gets
// here).
#pragma once

#include "node/node_settings.h"
#include "service/setting_source.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

struct LocalNodeConfig {
    bool enabled = false;          // a node binary was given
    QString binary;                // quantus-node, absolute path
    QString basePath;              // --base-path
    QString chain;                 // --chain
    QString rewardsInnerHash;      // "0x" + 64 lowercase hex digits
    QString nodeName;              // --name; empty: defaultNodeName(basePath)
    quint16 minerPort = 9833;      // --miner-listen-port (QUIC, loopback use)
    quint16 rpcPort = 9944;        // --rpc-port (the node binds loopback)
    quint16 prometheusPort = 9615; // --prometheus-port (the node binds loopback)

    // <basePath>/node-key: the node identity, generated when missing.
    QString nodeKeyFile() const;
    // <basePath>/chains/<chain>: where the node writes the miner files.
    QString chainDir() const;
    // The name the node runs under (--name): nodeName, or the default.
    QString networkName() const;
    // The node's command line (without the binary): the official mining
    // set-up's flags plus the ones this supervisor needs (docs/NODE-ASSISTANT.md
    // lists each difference and why): --base-path B --chain C --validator
    // --node-key-file K --rewards-inner-hash H --miner-listen-port M
    // --rpc-port R --prometheus-port P --rpc-methods safe --sync full
    // --max-blocks-per-request 64 --name N. Each flag once.
    QStringList arguments() const;
    // The QUIC node the miner connects to once the node runs: 127.0.0.1,
    // minerPort, token and pin read from chainDir() (files), or a reason in
    // `problem` when they cannot be read yet.
    NodeSettings minerSettings() const;

    friend bool operator==(const LocalNodeConfig&, const LocalNodeConfig&) = default;
};

// The options as typed; nullopt when absent.
struct LocalNodeOverrides {
    std::optional<QString> binary;          // --node-binary PATH
    std::optional<QString> basePath;        // --node-base-path DIR
    std::optional<QString> chain;           // --chain C
    std::optional<QString> rewardsInnerHash;// --rewards-inner-hash 0x...
    std::optional<QString> nodeName;        // --node-name N
    std::optional<QString> minerPort;       // --node-miner-port P
    std::optional<QString> rpcPort;         // --node-rpc-port P
    std::optional<QString> prometheusPort;  // --node-prometheus-port P
};

inline constexpr const char* kEnvNodeBinary = "MINER_NODE_BINARY";
inline constexpr const char* kEnvNodeBasePath = "MINER_NODE_BASE_PATH";
inline constexpr const char* kEnvChain = "MINER_CHAIN";
inline constexpr const char* kEnvRewardsInnerHash = "MINER_REWARDS_INNER_HASH";
inline constexpr const char* kEnvNodeName = "MINER_NODE_NAME";
inline constexpr const char* kEnvNodeMinerPort = "MINER_NODE_MINER_PORT";
inline constexpr const char* kEnvNodeRpcPort = "MINER_NODE_RPC_PORT";
inline constexpr const char* kEnvNodePrometheusPort = "MINER_NODE_PROMETHEUS_PORT";

// Fills `out` (command line over environment). Returns an empty string, or
// one line naming the option, where it came from and what to do. Without a
// node binary the local node stays disabled; with one, the base path, chain
// and inner hash are required, the three ports must differ.
QString resolveLocalNode(const LocalNodeOverrides& cli, const EnvLookup& env, LocalNodeConfig& out);

// The node's name when none is set: "quantus-miner-" and 8 hex digits of a
// hash of this computer's machine id and the base path, so it stays the same
// from start to start (the network's telemetry lists nodes by name) and says
// nothing about the user or the computer.
QString defaultNodeName(const QString& basePath);

// "0x" + 64 hex digits (either case; normalised to lowercase in *normalised).
bool parseInnerHash(const QString& text, QString* normalised = nullptr);

// <app data>/node (~/.local/share/quantus-miner/node): where the assistant
// and `quantus-miner node install` put the node program (bin/), and the
// assistant the chain data (data/), unless told otherwise.
QString defaultNodeHome();

// Checks a config the dashboard built (the same rules as resolveLocalNode);
// empty when usable.
QString checkLocalNode(const LocalNodeConfig& config);

} // namespace qm

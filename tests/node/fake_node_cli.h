// The fake quantus-node's command line, parsed the way the real node's clap
// parser does it, with clap's error texts (exit code 2), and its `key`
// subcommands (generate-node-key, quantus --scheme wormhole [--words]).
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace qm::fakenode {

inline constexpr const char* kVersion = "0.10.2-fake";

// The flags of a running node (listed in the header of fake_quantus_node.cpp).
struct NodeOptions {
    QString basePath;
    QString chain;
    bool validator = false;
    std::optional<QString> nodeKeyFile;
    std::optional<QString> rewardsInnerHash;   // "0x" + 64 hex, as given
    quint16 minerPort = 9833;
    quint16 rpcPort = 9944;
    quint16 prometheusPort = 9615;
    quint16 p2pPort = 30333;                   // accepted, nothing listens
    QString name;
    bool noMdns = false;
    // Accepted with substrate's value forms (enum values in any case, stored
    // in lowercase); the fake syncs and serves JSON-RPC the same either way
    // (its RPC has only safe methods).
    QString syncMode = QStringLiteral("full");      // --sync full|fast|fast-unsafe|warp
    quint32 maxBlocksPerRequest = 64;               // --max-blocks-per-request <COUNT>
    QString rpcMethods = QStringLiteral("auto");    // --rpc-methods auto|safe|unsafe
};

enum class Command {
    RunNode,
    Version,
    Help,
    GenerateNodeKey,     // key generate-node-key --file F
    WormholeFromWords,   // key quantus --scheme wormhole --words
    WormholeNew,         // key quantus --scheme wormhole
};

struct Invocation {
    Command command = Command::RunNode;
    NodeOptions node;
    QString keyFile;     // GenerateNodeKey
};

// Parses the arguments after the program name. On a clap error returns the
// complete text for stderr (exit code 2); `out` is then unspecified.
std::optional<QString> parseCommandLine(const QStringList& args, Invocation& out);

// Runs one of the key commands; returns the process exit code.
int runKeyCommand(const Invocation& invocation);

// The --help text (stdout).
QString helpText();

// A Rust std::io::Error's Debug form for an errno value, as the node prints
// it: Os { code: 2, kind: NotFound, message: "No such file or directory" }.
QString rustIoError(int errnoValue);

} // namespace qm::fakenode

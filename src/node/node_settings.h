// Where the miner finds its node (docs/NODE-QUIC.md): the address, the shared
// token and the certificate pin, from the command line, the environment, the
// files the node writes, or its directory. Parsed once by resolveConfig; the
// token is a secret and never reaches a log line or the dashboard's settings.
#pragma once

#include "service/setting_source.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

// Where a node's settings are read from, without the secrets themselves: the
// dashboard's form and what it saves. A file given here wins over the
// directory's.
struct NodeSource {
    QString address;    // HOST:PORT as typed
    QString nodeDir;    // the node's <base-path>/chains/<chain>/
    QString tokenFile;
    QString pinFile;
    friend bool operator==(const NodeSource&, const NodeSource&) = default;
};

struct NodeSettings {
    bool enabled = false;       // a node address was given
    QString host;               // a name or an IP address
    quint16 port = 9833;
    QByteArray token;           // miner-auth-token, trimmed (secret)
    QByteArray certSha256;      // 32 raw bytes
    // Where each came from, for the start-up log: "--auth-token-file /path",
    // "MINER_AUTH_TOKEN" (never the value itself).
    QString tokenOrigin;
    QString pinOrigin;
    // The options as given (for the dashboard's form), and whether both
    // secrets came from files, so that reading the source again picks up a
    // token or pin the node has since rewritten.
    NodeSource source;
    bool fromFiles = false;
    // Set only by the dashboard for saved settings that no longer resolve
    // (a node directory that is gone): the node is shown as stopped with
    // this reason instead of the dashboard refusing to start.
    QString problem;

    // "host:port" ("[::1]:9833" for IPv6); the address as given when it
    // could not be parsed.
    QString address() const;
};

// The node options as typed; nullopt when absent.
struct NodeOverrides {
    std::optional<QString> nodeAddr;       // --node-addr HOST:PORT
    std::optional<QString> nodeDir;        // --node-dir DIR: both files from there
    std::optional<QString> authToken;      // --auth-token T
    std::optional<QString> authTokenFile;  // --auth-token-file F
    std::optional<QString> certSha256;     // --tls-cert-sha256 HEX
    std::optional<QString> certSha256File; // --tls-cert-sha256-file F
    // More nodes in priority order, after --node-addr's: each --node
    // ADDR[,dir=DIR][,token-file=F][,cert-sha256-file=F], as typed.
    std::optional<QStringList> nodes;
};

inline constexpr const char* kEnvNodeAddr = "MINER_NODE_ADDR";
inline constexpr const char* kEnvNodeDir = "MINER_NODE_DIR";
inline constexpr const char* kEnvAuthToken = "MINER_AUTH_TOKEN";
inline constexpr const char* kEnvAuthTokenFile = "MINER_AUTH_TOKEN_FILE";
inline constexpr const char* kEnvCertSha256 = "MINER_TLS_CERT_SHA256";
inline constexpr const char* kEnvCertSha256File = "MINER_TLS_CERT_SHA256_FILE";
// The --node entries, separated by ';' (used when no --node is given).
inline constexpr const char* kEnvNodes = "MINER_NODES";
// The files the node writes in <base-path>/chains/<chain>/.
inline constexpr const char* kNodeTokenFileName = "miner-auth-token";
inline constexpr const char* kNodePinFileName = "miner-tls-cert-sha256";
inline constexpr int kMaxNodeTokenBytes = 512;


// Fills `out` (command line over environment; a value over a file; the node
// directory last). Returns an empty string, or one line naming the option,
// where it came from and what to do. Without any node address the node
// settings stay disabled and nothing else is required.
QString resolveNodeSettings(const NodeOverrides& cli, const EnvLookup& env, NodeSettings& out);

// The --node entries (or MINER_NODES), each resolved like --node-addr with
// --node-dir or the two files; appended to `out` in the order given. Returns
// an empty string, or one line naming the entry and what is wrong with it.
// Secrets come from files only, so an entry never holds one.
QString resolveNodeEntries(const NodeOverrides& cli, const EnvLookup& env, QList<NodeSettings>& out);

// One entry "ADDR[,dir=DIR][,token-file=F][,cert-sha256-file=F]" as a
// source; false with *error set for an unknown key, a key given twice or no
// address.
bool parseNodeEntry(const QString& text, NodeSource& source, QString* error);

// "HOST:PORT", "[IPv6]:PORT": false for anything else (no port, port 0).
bool parseNodeAddress(const QString& text, QString& host, quint16& port);

// The same from a NodeSource (no environment). An empty address is an error.
QString resolveNodeSource(const NodeSource& source, NodeSettings& out);

// The dashboard's node from `source`: enabled even when the source does not
// resolve, with the reason in `problem` (the node then shows as stopped with
// it instead of the dashboard refusing to start).
NodeSettings nodeFromSource(const NodeSource& source);

} // namespace qm

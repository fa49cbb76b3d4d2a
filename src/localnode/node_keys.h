// The keys a local node needs, made by the node binary itself (the miner
// never re-implements the chain's cryptography):
//   quantus-node key generate-node-key --file F       -> the node identity
//   quantus-node key quantus --scheme wormhole --words -> phrase on stdin,
//       prints "Address: qz..." and "Inner Hash: 0x..."
//   quantus-node key quantus --scheme wormhole         -> a new phrase too
//       ("Secret phrase: ...")
// A phrase goes to the child's stdin only: never to a file, an argument, the
// environment or the log. Every call is synchronous with a timeout (the
// commands take well under a second); the GUI calls them from its thread.
#pragma once

#include <QString>

namespace qm {

struct RewardsKey {
    QString address;      // "qz..."
    QString innerHash;    // "0x" + 64 lowercase hex
    // Only for a key made by newRewardsKey(): the 24 words, for the user to
    // write down. Never stored, never logged; callers clear it after use.
    QString secretPhrase;
};

struct NodeKeyResult {
    bool ok = false;
    QString error;        // one line for the user when !ok
};

class NodeKeyTool {
public:
    explicit NodeKeyTool(QString binary, int timeoutMs = 30000);

    // `binary --version`'s first line ("quantus-node 0.10.2-..."); empty with
    // *error set when the file is not a runnable quantus-node.
    QString version(QString* error = nullptr) const;

    // Writes the node identity to `file` (parent folders made, mode 0600)
    // unless it exists. The peer id the node prints goes to *peerId.
    NodeKeyResult generateNodeKey(const QString& file, QString* peerId = nullptr) const;

    // Address and inner hash of an existing 24-word phrase (stdin only).
    NodeKeyResult rewardsKeyFromPhrase(const QString& phrase, RewardsKey& out) const;
    // A new phrase with its address and inner hash.
    NodeKeyResult newRewardsKey(RewardsKey& out) const;

private:
    QString m_binary;
    int m_timeoutMs;
};

// Normalises a typed phrase (spaces, case, line breaks) to single-spaced
// lowercase words; *words gets the count.
QString normalisePhrase(const QString& text, int* words = nullptr);

} // namespace qm

// The fake quantus-node's keys: stand-ins for the real node's cryptography.
// They are deterministic (same input, same output) and have the real shapes
// (a 12D3KooW... peer id, a "qz..." address, a 0x inner hash), so the miner's
// key handling can be tested for consistency -- never for real chain values.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace qm::fakenode {

// Bitcoin-alphabet base58; each leading zero byte becomes '1'.
QString base58(QByteArrayView bytes);

// Bytes from the system's CSPRNG (keys and tokens).
QByteArray randomBytes(int count);

// The libp2p peer id of a 32-byte node secret: base58 of the identity
// multihash of the protobuf-wrapped Ed25519 public key (00 24 08 01 12 20 +
// 32 bytes), which always reads "12D3KooW" + 44 characters. The fake has no
// Ed25519, so SHA-256 of the secret stands in for the public key.
QString peerIdForSecret(const QByteArray& secret);

struct WormholeKey {
    QString address;     // "qz" + 47 base58 characters
    QString innerHash;   // "0x" + 64 lowercase hex digits
};

// inner hash = SHA-256 of the normalised phrase (UTF-8); address = "qz" +
// base58(SHA-256(inner hash)) padded to 47 characters with the base58 of
// SHA-256(SHA-256(inner hash)), then cut to 47.
WormholeKey wormholeKeyFor(const QString& normalisedPhrase);

// The phrase with its whitespace normalised (single spaces) when it is
// exactly 24 words of lowercase a-z letters; an empty string otherwise.
QString checkedPhrase(const QString& text);

inline constexpr int kPhraseWords = 24;

// 24 words drawn at random (CSPRNG) from the built-in list.
QString randomPhrase();

// A node name such as "amber-falcon-4821", the way substrate makes one up
// when --name is not given.
QString randomNodeName();

} // namespace qm::fakenode

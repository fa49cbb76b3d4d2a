// The Quantus Network's compatibility manifest, as it publishes it at
// https://docs.quantus.com/mining-compatibility.json (and as the official
// installer and desktop app read it): one flat JSON object of strings.
//
//   "schemaVersion": "1"                must be the string "1"
//   "status": "supported"               must be "supported"
//   "networkId": "planck"               the node's --chain ("mainnet", "planck")
//   "networkLabel": "Planck testnet"    for people; default: networkId
//   "networkKind": "testnet"            "testnet" or "mainnet"
//   "tokenValue": "none"                "none": the network's tokens have no value
//   "minerProtocol": "quantus-miner/2"  the QUIC ALPN the node speaks
//   "nodeVersion": "v0.10.0"            required
//   "minerVersion": "v4.0.2"            the official miner of that release
//   "updatedAt": "2026-09-03T07:00:00Z" when the publisher last changed it
//   "node<Platform>Url" / "node<Platform>Sha256"
//       one pair per platform: LinuxX8664, LinuxAarch64, DarwinArm64,
//       DarwinX8664, WindowsX8664 (a .zip)
//
// Other keys (the official miner's and desktop app's downloads, evidence
// links, minimum OS versions) are not this miner's and are ignored, as are
// keys a later version adds. Every error is one line naming the key.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace qm {

// The ALPN this miner speaks to a node; the manifest's minerProtocol must
// name it.
inline constexpr char kMinerProtocol[] = "quantus-miner/2";

// One platform's node release as the manifest names it. The URL and
// checksum are checked when the build is chosen (CompatibilityManifest::
// nodeBuild), so a bad entry for another platform does not refuse the file.
struct NodeReleaseFile {
    QString platform;    // "linux-x86_64", "linux-aarch64", ...
    QString key;         // the manifest's key stem: "nodeLinuxX8664"
    QUrl url;            // the .tar.gz
    QByteArray sha256;   // 32 raw bytes
    qint64 size = 0;     // bytes; 0: not known (the manifest does not say)
};

struct CompatibilityManifest {
    QString schemaVersion;   // "1"
    QString status;          // "supported"
    QString networkId;       // "planck", "mainnet": the node's --chain
    QString networkLabel;    // "Planck testnet"
    QString networkKind;     // "testnet", "mainnet"; may be empty
    QString tokenValue;      // "none" on a test network; may be empty
    QString minerProtocol;   // "quantus-miner/2"
    QString nodeVersion;     // "v0.10.0"
    QString minerVersion;    // "v4.0.2"; may be empty
    QString updatedAt;       // as published; may be empty

    // The node's --chain for this network.
    QString chain() const { return networkId; }
    // A test network: its tokens are worth nothing (networkKind "testnet"
    // or tokenValue "none"), which the assistant says in plain view.
    bool tokensHaveNoValue() const;

    // The verified node build for `platform` ("linux-x86_64"; empty: this
    // machine, hostPlatform()); nullopt with *error naming the key when the
    // manifest has none or its URL or checksum is unusable.
    std::optional<NodeReleaseFile> nodeBuild(const QString& platform, QString* error) const;

    // Every node<Platform>Url/Sha256 pair as found, unchecked.
    struct RawBuild {
        QString key;        // "nodeLinuxX8664"
        QString url;
        QString sha256;
    };
    QList<RawBuild> nodeBuilds;
};

// The manifest from its JSON; nullopt with *error (one line naming the
// key) when it is not one this miner can use.
std::optional<CompatibilityManifest> parseCompatibilityManifest(const QByteArray& json, QString* error);

// Empty when `url` may be fetched (https://, or http:// to 127.0.0.1,
// localhost or ::1); otherwise one line saying why, naming it as `what`.
QString checkReleaseUrl(const QUrl& url, const QString& what = QStringLiteral("the address"));

// This machine's platform in the manifest's terms ("linux-x86_64",
// "linux-aarch64"); empty where the node publishes no build for it.
QString hostPlatform();

// The manifest key stem for a platform: "linux-x86_64" -> "nodeLinuxX8664";
// empty for one the manifest has no keys for.
QString manifestKeyFor(const QString& platform);

// Where the manifest is fetched unless told otherwise: the network's docs
// site, where the official installer reads it too.
QUrl defaultManifestUrl();

// The largest manifest read (the published one is about 4 KiB).
inline constexpr qint64 kMaxManifestBytes = 1024 * 1024;

} // namespace qm

Q_DECLARE_METATYPE(qm::CompatibilityManifest)

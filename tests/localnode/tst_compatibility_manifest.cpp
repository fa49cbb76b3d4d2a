// The compatibility manifest parser against the file the Quantus Network
// published (tests/support/published_manifest.h) and copies of it with one
// key changed: every key this miner reads, the rules that refuse a manifest
// (schema, status, protocol, a missing or malformed key), the choice of this
// machine's node build (https only, .tar.gz only, no aarch64 build), and the
// address rules.
#include "localnode/compatibility_manifest.h"
#include "tests/support/published_manifest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>
#include <QTest>

using namespace qm;
using qm::test::manifestJson;
using qm::test::publishedManifest;

namespace {

QByteArray changed(const QString& key, const QJsonValue& value)
{
    QJsonObject o = publishedManifest();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return manifestJson(o);
}

} // namespace

class TestCompatibilityManifest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qm::test::publishedManifestBytes().isEmpty(), qPrintable(qm::test::publishedManifestPath()));
    }

    void readsThePublishedManifest()
    {
        QString error = QStringLiteral("stale");
        const auto m = parseCompatibilityManifest(qm::test::publishedManifestBytes(), &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(m->schemaVersion, QStringLiteral("1"));
        QCOMPARE(m->status, QStringLiteral("supported"));
        QCOMPARE(m->networkId, QStringLiteral("planck"));
        QCOMPARE(m->chain(), QStringLiteral("planck"));
        QCOMPARE(m->networkLabel, QStringLiteral("Planck testnet"));
        QCOMPARE(m->networkKind, QStringLiteral("testnet"));
        QCOMPARE(m->tokenValue, QStringLiteral("none"));
        QVERIFY(m->tokensHaveNoValue());
        QCOMPARE(m->minerProtocol, QStringLiteral("quantus-miner/2"));
        QCOMPARE(m->nodeVersion, QStringLiteral("v0.10.0"));
        QCOMPARE(m->minerVersion, QStringLiteral("v4.0.2"));
        QCOMPARE(m->updatedAt, QStringLiteral("2026-09-03T07:00:00Z"));
        // Node builds only: the miner's and desktop app's downloads are not
        // this miner's business.
        QCOMPARE(m->nodeBuilds.size(), 4);

        const auto x86 = m->nodeBuild(QStringLiteral("linux-x86_64"), &error);
        QVERIFY2(x86.has_value(), qPrintable(error));
        QCOMPARE(x86->platform, QStringLiteral("linux-x86_64"));
        QCOMPARE(x86->key, QStringLiteral("nodeLinuxX8664"));
        QCOMPARE(x86->url, QUrl(QStringLiteral("https://github.com/Quantus-Network/chain/releases/download/v0.10.0/"
                                                 "quantus-node-v0.10.0-x86_64-unknown-linux-gnu.tar.gz")));
        QCOMPARE(x86->sha256.toHex(), QByteArray("de1a3aa85fb83780b8880b74516824c95b42d4e081c06d7a32d477c78a160bcc"));
        QCOMPARE(x86->size, 0);

        const auto mac = m->nodeBuild(QStringLiteral("darwin-arm64"), &error);
        QVERIFY2(mac.has_value(), qPrintable(error));
        QVERIFY(mac->url.path().endsWith(QStringLiteral("aarch64-apple-darwin.tar.gz")));
    }

    // The file as published on 2026-09-14: mainnet, whose tokens count.
    void readsAMainnetManifest()
    {
        QJsonObject o = publishedManifest();
        o.insert(QStringLiteral("networkId"), QStringLiteral("mainnet"));
        o.insert(QStringLiteral("networkLabel"), QStringLiteral("Quantus mainnet"));
        o.insert(QStringLiteral("networkKind"), QStringLiteral("mainnet"));
        o.remove(QStringLiteral("tokenValue"));
        o.insert(QStringLiteral("nodeVersion"), QStringLiteral("v1.0.1"));
        QString error;
        const auto m = parseCompatibilityManifest(manifestJson(o), &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->chain(), QStringLiteral("mainnet"));
        QCOMPARE(m->nodeVersion, QStringLiteral("v1.0.1"));
        QVERIFY(!m->tokensHaveNoValue());
        // tokenValue "none" alone marks a worthless token too.
        o.insert(QStringLiteral("tokenValue"), QStringLiteral("none"));
        QVERIFY(parseCompatibilityManifest(manifestJson(o), &error)->tokensHaveNoValue());
    }

    // Keys a later manifest adds are read past; a missing label falls back
    // to the id.
    void ignoresUnknownKeysAndDefaults()
    {
        QJsonObject o = publishedManifest();
        o.insert(QStringLiteral("nodeLinuxRiscv64Checksum"), 7);
        o.insert(QStringLiteral("explorerUrl"), QStringLiteral("http://not-checked.example.org/"));
        o.insert(QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), 1}});
        o.remove(QStringLiteral("networkLabel"));
        o.remove(QStringLiteral("updatedAt"));
        o.remove(QStringLiteral("minerVersion"));
        QString error;
        const auto m = parseCompatibilityManifest(manifestJson(o), &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->networkLabel, QStringLiteral("planck"));
        QVERIFY(m->updatedAt.isEmpty());
        QVERIFY(m->minerVersion.isEmpty());
    }

    void refusesBadManifests_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");

        QTest::newRow("not json") << QByteArray("{\"schemaVersion\": \"1\",") << QStringLiteral("manifest: not valid JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("manifest: the top level must be a JSON object");
        QTest::newRow("schema 2") << changed(QStringLiteral("schemaVersion"), QStringLiteral("2"))
                                  << QStringLiteral("manifest schema 2 (schemaVersion) is not supported by this miner "
                                                    "(it reads 1)");
        QTest::newRow("schema a number") << changed(QStringLiteral("schemaVersion"), 1)
                                         << QStringLiteral("manifest schema 1 (schemaVersion, not a string) is not "
                                                           "supported by this miner (it reads \"1\")");
        QTest::newRow("no schema") << changed(QStringLiteral("schemaVersion"), QJsonValue::Undefined)
                                   << QStringLiteral("manifest: schemaVersion is missing (this miner reads schema 1)");
        QTest::newRow("status deprecated")
            << changed(QStringLiteral("status"), QStringLiteral("deprecated"))
            << QStringLiteral("the network's manifest has status \"deprecated\" (status): this miner installs a node "
                              "only from one marked \"supported\"");
        QTest::newRow("no status") << changed(QStringLiteral("status"), QJsonValue::Undefined)
                                   << QStringLiteral("manifest: status is missing");
        QTest::newRow("newer protocol")
            << changed(QStringLiteral("minerProtocol"), QStringLiteral("quantus-miner/3"))
            << QStringLiteral("the network needs quantus-miner/3 (minerProtocol); this miner speaks quantus-miner/2: "
                              "update the miner");
        QTest::newRow("no protocol") << changed(QStringLiteral("minerProtocol"), QJsonValue::Undefined)
                                     << QStringLiteral("manifest: minerProtocol is missing");
        QTest::newRow("no networkId") << changed(QStringLiteral("networkId"), QJsonValue::Undefined)
                                      << QStringLiteral("manifest: networkId is missing");
        QTest::newRow("networkId a number") << changed(QStringLiteral("networkId"), 7)
                                            << QStringLiteral("manifest: networkId must be a string");
        QTest::newRow("networkId with a space") << changed(QStringLiteral("networkId"), QStringLiteral("planck test"))
                                                << QStringLiteral("manifest: networkId may hold only letters");
        QTest::newRow("no nodeVersion") << changed(QStringLiteral("nodeVersion"), QJsonValue::Undefined)
                                        << QStringLiteral("manifest: nodeVersion is missing");
        QTest::newRow("empty nodeVersion") << changed(QStringLiteral("nodeVersion"), QStringLiteral(" "))
                                           << QStringLiteral("manifest: nodeVersion must not be empty");
        QTest::newRow("networkLabel a list") << changed(QStringLiteral("networkLabel"), QJsonArray{1})
                                             << QStringLiteral("manifest: networkLabel must be a string");
        QTest::newRow("node url a number") << changed(QStringLiteral("nodeLinuxX8664Url"), 1)
                                           << QStringLiteral("manifest: nodeLinuxX8664Url must be a string");
        QTest::newRow("node sha a number") << changed(QStringLiteral("nodeLinuxX8664Sha256"), 1)
                                           << QStringLiteral("manifest: nodeLinuxX8664Sha256 must be a string");
    }

    void refusesBadManifests()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parseCompatibilityManifest(json, &error).has_value());
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    }

    void refusesBadNodeBuilds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("message");

        const QByteArray published = qm::test::publishedManifestBytes();
        QTest::newRow("no aarch64 build") << published << QStringLiteral("linux-aarch64")
                                          << QStringLiteral("the manifest has no node build for linux-aarch64 (no "
                                                            "nodeLinuxAarch64Url)");
        QTest::newRow("windows zip") << published << QStringLiteral("windows-x86_64")
                                     << QStringLiteral("manifest: nodeWindowsX8664Url names a .zip archive");
        QTest::newRow("linux zip")
            << changed(QStringLiteral("nodeLinuxX8664Url"), QStringLiteral("https://example.org/quantus-node.zip"))
            << QStringLiteral("linux-x86_64")
            << QStringLiteral("manifest: nodeLinuxX8664Url names a .zip archive; a node for linux-x86_64 is taken only "
                              "as .tar.gz");
        QTest::newRow("not an archive")
            << changed(QStringLiteral("nodeLinuxX8664Url"), QStringLiteral("https://example.org/quantus-node"))
            << QStringLiteral("linux-x86_64") << QStringLiteral("manifest: nodeLinuxX8664Url must name a .tar.gz archive");
        QTest::newRow("plain http")
            << changed(QStringLiteral("nodeLinuxX8664Url"), QStringLiteral("http://example.org/quantus-node.tar.gz"))
            << QStringLiteral("linux-x86_64")
            << QStringLiteral("manifest: nodeLinuxX8664Url must be an https:// address (plain http only for "
                              "127.0.0.1, localhost or ::1): http://example.org/quantus-node.tar.gz");
        QTest::newRow("relative")
            << changed(QStringLiteral("nodeLinuxX8664Url"), QStringLiteral("quantus-node.tar.gz"))
            << QStringLiteral("linux-x86_64")
            << QStringLiteral("manifest: nodeLinuxX8664Url \"quantus-node.tar.gz\" is not a full address");
        QTest::newRow("empty url") << changed(QStringLiteral("nodeLinuxX8664Url"), QString())
                                   << QStringLiteral("linux-x86_64")
                                   << QStringLiteral("the manifest has no node build for linux-x86_64");
        QTest::newRow("no url") << changed(QStringLiteral("nodeLinuxX8664Url"), QJsonValue::Undefined)
                                << QStringLiteral("linux-x86_64")
                                << QStringLiteral("the manifest has no node build for linux-x86_64 (no nodeLinuxX8664Url)");
        QTest::newRow("no sha") << changed(QStringLiteral("nodeLinuxX8664Sha256"), QJsonValue::Undefined)
                                << QStringLiteral("linux-x86_64")
                                << QStringLiteral("manifest: nodeLinuxX8664Sha256 is missing");
        QTest::newRow("short sha") << changed(QStringLiteral("nodeLinuxX8664Sha256"), QStringLiteral("ab").repeated(31))
                                   << QStringLiteral("linux-x86_64")
                                   << QStringLiteral("manifest: nodeLinuxX8664Sha256 must be 64 hex digits");
        QTest::newRow("unknown platform") << published << QStringLiteral("linux-riscv64")
                                          << QStringLiteral("the manifest has no node build for linux-riscv64");
    }

    void refusesBadNodeBuilds()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, platform);
        QFETCH(QString, message);
        QString error;
        const auto m = parseCompatibilityManifest(json, &error);
        QVERIFY2(m.has_value(), qPrintable(error));   // a bad build refuses the build, not the file
        QVERIFY(!m->nodeBuild(platform, &error).has_value());
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    }

    // A later manifest with an aarch64 build: taken for linux-aarch64, and a
    // loopback mirror (http://127.0.0.1) with an uppercase digest is fine.
    void choosesTheAarch64BuildWhenPublished()
    {
        const QByteArray sha = QByteArray("AB").repeated(32);
        const QJsonObject o = qm::test::publishedManifestWithNode(
            QStringLiteral("http://127.0.0.1:8080/quantus-node-v0.10.0-aarch64-unknown-linux-gnu.tar.gz"), sha,
            QStringLiteral("nodeLinuxAarch64"));
        QString error;
        const auto m = parseCompatibilityManifest(manifestJson(o), &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        const auto build = m->nodeBuild(QStringLiteral("linux-aarch64"), &error);
        QVERIFY2(build.has_value(), qPrintable(error));
        QCOMPARE(build->key, QStringLiteral("nodeLinuxAarch64"));
        QCOMPARE(build->sha256, QByteArray::fromHex(sha));
        // The x86_64 build is still the published one.
        QVERIFY(m->nodeBuild(QStringLiteral("linux-x86_64"), &error)->url.host() == QStringLiteral("github.com"));
    }

    void hostPlatformAndKeys()
    {
#if defined(Q_OS_LINUX)
        const QString arch = QSysInfo::currentCpuArchitecture();
        if (arch == QLatin1String("x86_64"))
            QCOMPARE(hostPlatform(), QStringLiteral("linux-x86_64"));
        else if (arch == QLatin1String("arm64"))
            QCOMPARE(hostPlatform(), QStringLiteral("linux-aarch64"));
        else
            QVERIFY(hostPlatform().isEmpty());
#endif
        QCOMPARE(manifestKeyFor(QStringLiteral("linux-x86_64")), QStringLiteral("nodeLinuxX8664"));
        QCOMPARE(manifestKeyFor(QStringLiteral("linux-aarch64")), QStringLiteral("nodeLinuxAarch64"));
        QCOMPARE(manifestKeyFor(QStringLiteral("windows-x86_64")), QStringLiteral("nodeWindowsX8664"));
        QVERIFY(manifestKeyFor(QStringLiteral("plan9-mips")).isEmpty());
        // An empty platform is this machine's.
        QString error;
        const auto m = parseCompatibilityManifest(qm::test::publishedManifestBytes(), &error);
        QVERIFY(m.has_value());
        QCOMPARE(m->nodeBuild(QString(), &error).has_value(), hostPlatform() == QLatin1String("linux-x86_64"));
    }

    void addressRules()
    {
        const QUrl u = defaultManifestUrl();
        QCOMPARE(u, QUrl(QStringLiteral("https://docs.quantus.com/mining-compatibility.json")));
        QVERIFY(checkReleaseUrl(u).isEmpty());
        QVERIFY(checkReleaseUrl(QUrl(QStringLiteral("https://example.org/x.tar.gz"))).isEmpty());
        QVERIFY(checkReleaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/x.tar.gz"))).isEmpty());
        QVERIFY(checkReleaseUrl(QUrl(QStringLiteral("http://localhost/x.tar.gz"))).isEmpty());
        QVERIFY(checkReleaseUrl(QUrl(QStringLiteral("http://[::1]:9000/x.tar.gz"))).isEmpty());
        QVERIFY(!checkReleaseUrl(QUrl(QStringLiteral("http://example.org/x.tar.gz"))).isEmpty());
        QVERIFY(!checkReleaseUrl(QUrl(QStringLiteral("http://127.0.0.2/x.tar.gz"))).isEmpty());
        QVERIFY(!checkReleaseUrl(QUrl(QStringLiteral("http://localhost.example.org/x.tar.gz"))).isEmpty());
        QVERIFY(!checkReleaseUrl(QUrl(QStringLiteral("file:///tmp/x.tar.gz"))).isEmpty());
        QVERIFY(!checkReleaseUrl(QUrl(QStringLiteral("x.tar.gz"))).isEmpty());
        // A password in an address never reaches a message.
        const QString m = checkReleaseUrl(QUrl(QStringLiteral("http://user:hunter2@example.org/x")), QStringLiteral("the mirror"));
        QVERIFY2(m.startsWith(QStringLiteral("the mirror must be an https:// address")), qPrintable(m));
        QVERIFY(!m.contains(QStringLiteral("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestCompatibilityManifest)
#include "tst_compatibility_manifest.moc"

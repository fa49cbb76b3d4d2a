// `quantus-miner node install` as an operator runs it: the real executable
// against the published manifest (tests/data) and copies of it, and end to
// end against a server on 127.0.0.1 serving that manifest with its Linux
// build pointing at a tar.gz of the fake quantus-node. Exit codes 0/1/2, the
// key named in each refusal, nothing left behind after a failed download,
// and the progress line's figures.
#include "app/node_install_command.h"
#include "localnode/compatibility_manifest.h"
#include "localnode/node_release.h"
#include "tests/support/loopback_file_server.h"
#include "tests/support/published_manifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace qm;

namespace {

using FileServer = qm::test::LoopbackFileServer;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The miner with `args`, the event loop running (the server lives here).
Run miner(const QStringList& args, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QM_MINER_EXE), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray nodeArchive(const QString& workDir)
{
    const QString folder = QStringLiteral("quantus-node-v0.10.0-x86_64-unknown-linux-gnu");
    const QString dir = workDir + QLatin1Char('/') + folder;
    if (!QDir().mkpath(dir) || !QFile::copy(QStringLiteral(QM_FAKE_NODE_EXE), dir + QStringLiteral("/quantus-node")))
        return {};
    const QString archive = workDir + QStringLiteral("/node.tar.gz");
    if (QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"), workDir, folder}) != 0)
        return {};
    QFile f(archive);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestNodeInstallCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    QString writeManifest(const QString& name, const QJsonObject& o)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(qm::test::manifestJson(o)) < 0)
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (hostPlatform() != QLatin1String("linux-x86_64"))
            QSKIP("the published manifest's Linux node build is for x86_64; this machine is another");
    }

    // The published file as it is: the version, URL and SHA-256 it carries,
    // without a network.
    void dryRunOnThePublishedFile()
    {
        const Run r = miner({QStringLiteral("node"), QStringLiteral("install"), QStringLiteral("--dry-run"),
                             QStringLiteral("--manifest"), qm::test::publishedManifestPath()},
                            m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("network:      Planck testnet (planck): a test network, its tokens have no value")));
        QVERIFY(r.out.contains(QStringLiteral("node version: v0.10.0")));
        QVERIFY(r.out.contains(QStringLiteral("(updated 2026-09-03T07:00:00Z)")));
        QVERIFY(r.out.contains(QStringLiteral(
            "url:          https://github.com/Quantus-Network/chain/releases/download/v0.10.0/"
            "quantus-node-v0.10.0-x86_64-unknown-linux-gnu.tar.gz")));
        QVERIFY(r.out.contains(QStringLiteral("sha256:       de1a3aa85fb83780b8880b74516824c95b42d4e081c06d7a32d477c78a160bcc")));
        QVERIFY(r.out.contains(QStringLiteral("dry run: nothing downloaded")));
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("data/quantus-miner/node"))));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("changedKey");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        const QStringList dry{QStringLiteral("--dry-run")};
        QTest::newRow("schema") << dry << QStringLiteral("schemaVersion") << QJsonValue(QStringLiteral("2")) << 2
                                << QStringLiteral("manifest schema 2 (schemaVersion) is not supported by this miner (it reads 1)");
        QTest::newRow("status") << dry << QStringLiteral("status") << QJsonValue(QStringLiteral("paused")) << 2
                                << QStringLiteral("has status \"paused\" (status)");
        QTest::newRow("protocol") << dry << QStringLiteral("minerProtocol") << QJsonValue(QStringLiteral("quantus-miner/3"))
                                  << 2 << QStringLiteral("the network needs quantus-miner/3 (minerProtocol); this miner "
                                                         "speaks quantus-miner/2: update the miner");
        QTest::newRow("missing key") << dry << QStringLiteral("nodeVersion") << QJsonValue(QJsonValue::Undefined) << 2
                                     << QStringLiteral("manifest: nodeVersion is missing");
        QTest::newRow("non-https") << dry << QStringLiteral("nodeLinuxX8664Url")
                                   << QJsonValue(QStringLiteral("http://example.org/quantus-node.tar.gz")) << 2
                                   << QStringLiteral("manifest: nodeLinuxX8664Url must be an https:// address");
        QTest::newRow("zip") << dry << QStringLiteral("nodeLinuxX8664Url")
                             << QJsonValue(QStringLiteral("https://example.org/quantus-node.zip")) << 2
                             << QStringLiteral("manifest: nodeLinuxX8664Url names a .zip archive");
        QTest::newRow("no file") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--manifest"),
                                                QStringLiteral("/nonexistent/m.json")}
                                 << QString() << QJsonValue() << 2 << QStringLiteral("cannot read the manifest");
        QTest::newRow("bad option") << QStringList{QStringLiteral("--frob")} << QString() << QJsonValue() << 2
                                    << QStringLiteral("node install takes no option '--frob'");
        QTest::newRow("remote http manifest")
            << QStringList{QStringLiteral("--manifest"), QStringLiteral("http://example.org/m.json")} << QString()
            << QJsonValue() << 2 << QStringLiteral("--manifest must be an https:// address");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("--dry-run")} << QStringLiteral("-") << QJsonValue()
                                       << 2 << QStringLiteral("node needs a subcommand: install");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, changedKey);
        QFETCH(QJsonValue, value);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QStringList command{QStringLiteral("node"), QStringLiteral("install")};
        if (changedKey == QLatin1String("-"))
            command = {QStringLiteral("node")};
        command += args;
        if (!changedKey.isEmpty() && changedKey != QLatin1String("-")) {
            QJsonObject o = qm::test::publishedManifest();
            if (value.isUndefined())
                o.remove(changedKey);
            else
                o.insert(changedKey, value);
            const QString file = writeManifest(QStringLiteral("changed.json"), o);
            QVERIFY(!file.isEmpty());
            command << QStringLiteral("--manifest") << file;
        }
        const Run r = miner(command, m_home.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);   // one line
    }

    // The download path: a local mirror serving a copy of the published
    // manifest whose Linux build is the fake node's archive.
    void installsFromALocalMirror()
    {
        QTemporaryDir work;
        const QByteArray archive = nodeArchive(work.path());
        QVERIFY(!archive.isEmpty());
        FileServer server;
        QVERIFY(server.listen());
        const QString archivePath = QStringLiteral("/quantus-node-v0.10.0-x86_64-unknown-linux-gnu.tar.gz");
        server.files[archivePath] = archive;
        server.files[QStringLiteral("/mining-compatibility.json")] = qm::test::manifestJson(qm::test::publishedManifestWithNode(
            server.url(archivePath), QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex()));
        const QString dir = work.filePath(QStringLiteral("bin"));

        // --dry-run over the network fetches the manifest only.
        Run r = miner({QStringLiteral("node"), QStringLiteral("install"), QStringLiteral("--dry-run"),
                       QStringLiteral("--manifest"), server.url(QStringLiteral("/mining-compatibility.json")),
                       QStringLiteral("--dir"), dir},
                      m_home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server.requests, 1);
        QVERIFY(!QFileInfo::exists(dir));

        r = miner({QStringLiteral("node"), QStringLiteral("install"), QStringLiteral("--manifest"),
                   server.url(QStringLiteral("/mining-compatibility.json")), QStringLiteral("--dir"), dir},
                  m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString binary = dir + QStringLiteral("/quantus-node");
        QVERIFY(QFileInfo(binary).isExecutable());
        QVERIFY2(r.out.contains(QStringLiteral("installed:    ") + binary), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("version:      ")) && r.out.contains(QStringLiteral("fake")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--chain planck")));
        // Not a terminal: no progress line.
        QVERIFY2(!r.err.contains(QLatin1Char('\r')), qPrintable(r.err));
        QFile installed(binary);
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QFile fake(QStringLiteral(QM_FAKE_NODE_EXE));
        QVERIFY(fake.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(installed.readAll(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(fake.readAll(), QCryptographicHash::Sha256));

        // The default folder: <XDG_DATA_HOME>/quantus-miner/node/bin.
        r = miner({QStringLiteral("node"), QStringLiteral("install"), QStringLiteral("--manifest"),
                   server.url(QStringLiteral("/mining-compatibility.json"))},
                  m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(QFileInfo(m_home.filePath(QStringLiteral("data/quantus-miner/node/bin/quantus-node"))).isExecutable());
    }

    // A failed download is exit 1 and leaves nothing: a checksum that does
    // not match, an archive the server does not have, no server at all.
    void failedDownloads()
    {
        QTemporaryDir work;
        const QByteArray archive = nodeArchive(work.path());
        QVERIFY(!archive.isEmpty());
        FileServer server;
        QVERIFY(server.listen());
        server.files[QStringLiteral("/node.tar.gz")] = archive;
        server.files[QStringLiteral("/wrong-sha.json")] = qm::test::manifestJson(
            qm::test::publishedManifestWithNode(server.url(QStringLiteral("/node.tar.gz")), QByteArray(64, 'a')));
        server.files[QStringLiteral("/missing.json")] = qm::test::manifestJson(qm::test::publishedManifestWithNode(
            server.url(QStringLiteral("/gone.tar.gz")), QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex()));

        const QString dir = work.filePath(QStringLiteral("bin"));
        for (const QString& name : {QStringLiteral("/wrong-sha.json"), QStringLiteral("/missing.json")}) {
            const Run r = miner({QStringLiteral("node"), QStringLiteral("install"), QStringLiteral("--manifest"),
                                 server.url(name), QStringLiteral("--dir"), dir},
                                m_home.path());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith(QStringLiteral("quantus-miner node install: ")), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/quantus-node")));
            QVERIFY(!QFileInfo::exists(NodeDownloader::partPath(dir)));
        }
        // The manifest's server is not there: 1, not 2 (nothing wrong with
        // the manifest).
        const Run r = miner({QStringLiteral("node"), QStringLiteral("install"), QStringLiteral("--dry-run"),
                             QStringLiteral("--manifest"), QStringLiteral("http://127.0.0.1:9/m.json")},
                            m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot fetch the manifest")), qPrintable(r.err));
    }

    void progressLine()
    {
        const qint64 mib = 1024 * 1024;
        QCOMPARE(nodeInstallProgressLine(0, 40 * mib, 0), QStringLiteral("0 B of 40.0 MiB"));
        QCOMPARE(nodeInstallProgressLine(10 * mib, 40 * mib, 2000),
                 QStringLiteral("10.0 MiB of 40.0 MiB, 5.0 MiB/s, 6 s left"));
        QCOMPARE(nodeInstallProgressLine(1 * mib, 201 * mib, 1000),
                 QStringLiteral("1.0 MiB of 201.0 MiB, 1.0 MiB/s, 3 min 20 s left"));
        QCOMPARE(nodeInstallProgressLine(512 * 1024, -1, 1000), QStringLiteral("512.0 KiB, 512.0 KiB/s"));
        QCOMPARE(nodeInstallProgressLine(40 * mib, 40 * mib, 4000),
                 QStringLiteral("40.0 MiB of 40.0 MiB, 10.0 MiB/s, 0 s left"));
    }

    void documented()
    {
        const Run r = miner({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("quantus-miner node install [--manifest URL|FILE] [--dir DIR] [--dry-run]")));
        QFile man(QStringLiteral(QM_SOURCE_DIR "/packaging/quantus-miner.1"));
        QVERIFY(man.open(QIODevice::ReadOnly));
        const QByteArray page = man.readAll();
        QVERIFY(page.contains("node install"));
        QVERIFY(page.contains("\\-\\-dry\\-run"));
    }
};

QTEST_GUILESS_MAIN(TestNodeInstallCommand)
#include "tst_node_install_command.moc"

// NodeDownloader against a small HTTP server on 127.0.0.1 (port 0) in this
// test: fetching the published manifest (its parsing is
// tst_compatibility_manifest's), a verified download and install, a checksum or size that
// does not match, a transfer that breaks half way and resumes with a Range
// request (or starts over when the server ignores it), timeouts, unsafe
// archives (names, links, special files, two binaries, too much content),
// and cancelling. Archives are built here with tar (and the gzip bomb by
// hand, from gzip members).
#include "localnode/node_release.h"
#include "tests/support/published_manifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace qm;

namespace {

constexpr int kWaitMs = 60000;

// An HTTP/1.1 server with one behaviour per path. Every answer closes its
// connection, so each request is a new one the test can count.
class ReleaseServer {
public:
    enum class Mode {
        Normal,              // 200, or 206 for "Range: bytes=N-"
        DropHalfOnce,        // first request: half the body, then the connection closes
        DropHalfIgnoreRange, // the same, and later requests ignore Range (200)
        Stall,               // headers and the first 64 KiB, then nothing
        Paced,               // the body in 32 KiB pieces, one every 5 ms
        Redirect,            // 302 to the address in the body
    };
    struct Route {
        QByteArray body;
        Mode mode = Mode::Normal;
        int requests = 0;
        QList<QByteArray> ranges;   // each request's Range header ("" when none)
    };

    ReleaseServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                accept(s);
        });
    }
    ~ReleaseServer() { closeAll(); }

    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0); }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void add(const QString& path, const QByteArray& body, Mode mode = Mode::Normal)
    {
        Route r;
        r.body = body;
        r.mode = mode;
        m_routes.insert(path, r);
    }
    const Route& route(const QString& path) const { return m_routes.find(path).value(); }
    void closeAll()
    {
        for (const QPointer<QTcpSocket>& s : std::as_const(m_sockets)) {
            if (s)
                s->abort();
        }
        m_sockets.clear();
    }

private:
    void accept(QTcpSocket* socket)
    {
        m_sockets << socket;
        auto head = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
            if (head->endsWith("\r\n\r\n!"))
                return;   // answered already
            *head += socket->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray request = head->left(end);
            *head = "\r\n\r\n!";
            answer(socket, request);
        });
    }

    static QByteArray headers(int status, qint64 length, qint64 start, qint64 total)
    {
        QByteArray h = status == 206 ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
        h += "Content-Type: application/octet-stream\r\nAccept-Ranges: bytes\r\nConnection: close\r\n";
        h += "Content-Length: " + QByteArray::number(length) + "\r\n";
        if (status == 206)
            h += "Content-Range: bytes " + QByteArray::number(start) + '-' + QByteArray::number(total - 1) + '/'
                 + QByteArray::number(total) + "\r\n";
        return h + "\r\n";
    }

    void answer(QTcpSocket* socket, const QByteArray& request)
    {
        const QList<QByteArray> lines = request.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        const QString path = QString::fromLatin1(first.value(1));
        QByteArray range;
        for (const QByteArray& l : lines) {
            if (l.toLower().startsWith("range:"))
                range = l.mid(6).trimmed();
        }
        auto it = m_routes.find(path);
        if (it == m_routes.end()) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
            socket->disconnectFromHost();
            return;
        }
        Route& r = it.value();
        ++r.requests;
        r.ranges << range;
        const QByteArray& body = r.body;
        if (r.mode == Mode::Redirect) {
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + body + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const bool firstRequest = r.requests == 1;

        if ((r.mode == Mode::DropHalfOnce || r.mode == Mode::DropHalfIgnoreRange) && firstRequest) {
            socket->write(headers(200, body.size(), 0, body.size()));
            socket->write(body.left(body.size() / 2));
            socket->disconnectFromHost();   // after the half is written
            return;
        }
        qint64 start = 0;
        if (r.mode != Mode::DropHalfIgnoreRange && range.startsWith("bytes=") && range.endsWith('-'))
            start = range.mid(6, range.size() - 7).toLongLong();
        const bool partial = start > 0 && start < body.size();
        const QByteArray payload = partial ? body.mid(start) : body;
        socket->write(headers(partial ? 206 : 200, payload.size(), start, body.size()));

        switch (r.mode) {
        case Mode::Stall:
            socket->write(payload.left(64 * 1024));
            return;   // open, silent
        case Mode::Paced: {
            auto* timer = new QTimer(socket);
            auto offset = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, payload, offset] {
                socket->write(payload.mid(*offset, 32 * 1024));
                *offset += 32 * 1024;
                if (*offset >= payload.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                }
            });
            timer->start(5);
            return;
        }
        default:
            socket->write(payload);
            socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    QMap<QString, Route> m_routes;
    QList<QPointer<QTcpSocket>> m_sockets;
};

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = static_cast<char>(QRandomGenerator::global()->generate() & 0xff);
    return b;
}

bool writeFile(const QString& path, const QByteArray& data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray nodeScript(const QByteArray& version)
{
    return "#!/bin/sh\necho 'quantus-node " + version + "'\n";
}

// A manifest in the documented format; `files` replaces the default list.
// The published manifest with its Linux x86_64 build at `url`.
QJsonObject manifestObject(const QString& url, const QByteArray& sha)
{
    return qm::test::publishedManifestWithNode(url, sha.toHex());
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList dirEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// `data` as one gzip member (gzip files may hold several, one after another).
QByteArray gzip(const QByteArray& data)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-c"), QStringLiteral("-n")});
    if (!p.waitForStarted(30000))
        return {};
    p.write(data);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// A ustar header for a regular file `name` (0755) of `size` bytes.
QByteArray tarHeader(const QByteArray& name, qint64 size)
{
    QByteArray h(512, '\0');
    const auto put = [&h](int at, const QByteArray& v) { std::copy(v.begin(), v.end(), h.begin() + at); };
    put(0, name);
    put(100, "0000755");
    put(108, "0000000");
    put(116, "0000000");
    put(124, QByteArray::number(size, 8).rightJustified(11, '0'));
    put(136, "00000000000");
    put(148, "        ");   // the checksum counts its own field as spaces
    h[156] = '0';
    put(257, "ustar");
    put(263, "00");
    unsigned sum = 0;
    for (const char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    return h;
}

// A .tar.gz whose quantus-node is `mib` MiB of zeros: about 1 KiB per MiB,
// one gzip member per MiB.
QByteArray zeroBomb(int mib)
{
    const QByteArray header = gzip(tarHeader("quantus-node", qint64(mib) * 1024 * 1024));
    const QByteArray block = gzip(QByteArray(1024 * 1024, '\0'));
    const QByteArray end = gzip(QByteArray(1024, '\0'));   // two zero blocks end a tar
    if (header.isEmpty() || block.isEmpty() || end.isEmpty())
        return {};
    return header + block.repeated(mib) + end;
}

} // namespace

class TestNodeRelease : public QObject {
    Q_OBJECT

    QTemporaryDir m_work;
    std::unique_ptr<ReleaseServer> m_server;
    QByteArray m_good;        // quantus-node-v0.10.2-test/quantus-node + padding
    QByteArray m_flat;        // quantus-node at the top + padding
    QByteArray m_traversal;   // ../evil
    QByteArray m_absolute;    // /.../abs-evil
    QByteArray m_symlink;     // quantus-node -> /bin/sh
    QByteArray m_noBinary;    // README only
    QByteArray m_hardlink;    // quantus-node, a hard link to real
    QByteArray m_fifo;        // quantus-node and a fifo
    QByteArray m_twoFolders;  // a/quantus-node and b/quantus-node
    QByteArray m_twice;       // quantus-node, twice
    QByteArray m_empty;       // no members
    QByteArray m_notArchive;  // random bytes
    QByteArray m_threeZeros;  // quantus-node and three 1 MiB files of zeros
    QByteArray m_bomb;        // quantus-node of 600 MiB of zeros
    std::unique_ptr<QTemporaryDir> m_dest;

    // tar with `args` in `dir`; the archive's bytes.
    QByteArray makeArchive(const QString& dir, const QStringList& args)
    {
        const QString out = m_work.filePath(QStringLiteral("archive-%1.tar.gz").arg(QRandomGenerator::global()->generate()));
        QProcess tar;
        tar.setWorkingDirectory(dir);
        tar.start(QStringLiteral("tar"), QStringList{QStringLiteral("-czf"), out} + args);
        if (!tar.waitForFinished(60000) || tar.exitCode() != 0) {
            qWarning("tar failed: %s", tar.readAllStandardError().constData());
            return {};
        }
        return readFile(out);
    }

    QString destDir() const { return m_dest->filePath(QStringLiteral("node")); }

    NodeReleaseFile fileFor(const QString& path, const QByteArray& body, qint64 size = -1)
    {
        NodeReleaseFile f;
        f.platform = QStringLiteral("linux-x86_64");
        f.key = QStringLiteral("nodeLinuxX8664");
        f.url = m_server->url(path);
        f.sha256 = sha256(body);
        f.size = size < 0 ? body.size() : size;
        return f;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
            QSKIP("tar is not installed; this test builds its archives with it");
        QVERIFY(m_work.isValid());
        const QString src = m_work.filePath(QStringLiteral("src"));

        QVERIFY(writeFile(src + QStringLiteral("/good/quantus-node-v0.10.2-test/quantus-node"),
                          nodeScript("0.10.2-good"), true));
        QVERIFY(writeFile(src + QStringLiteral("/good/quantus-node-v0.10.2-test/padding.bin"), randomBytes(1536 * 1024)));
        m_good = makeArchive(src + QStringLiteral("/good"), {QStringLiteral("quantus-node-v0.10.2-test")});
        QVERIFY(m_good.size() > 1024 * 1024);

        QVERIFY(writeFile(src + QStringLiteral("/flat/quantus-node"), nodeScript("0.10.2-flat"), true));
        QVERIFY(writeFile(src + QStringLiteral("/flat/padding.bin"), randomBytes(1024 * 1024)));
        m_flat = makeArchive(src + QStringLiteral("/flat"), {QStringLiteral("quantus-node"), QStringLiteral("padding.bin")});
        QVERIFY(m_flat.size() > 512 * 1024);

        // "../evil" beside a good binary: -P keeps the name as given.
        QVERIFY(writeFile(src + QStringLiteral("/evil"), "evil\n"));
        QVERIFY(writeFile(src + QStringLiteral("/trav/quantus-node"), nodeScript("0.10.2-trav"), true));
        m_traversal = makeArchive(src + QStringLiteral("/trav"),
                                  {QStringLiteral("-P"), QStringLiteral("quantus-node"), QStringLiteral("../evil")});
        QVERIFY(!m_traversal.isEmpty());

        m_absolute = makeArchive(src + QStringLiteral("/trav"),
                                 {QStringLiteral("-P"), QStringLiteral("quantus-node"), src + QStringLiteral("/evil")});
        QVERIFY(!m_absolute.isEmpty());

        QDir().mkpath(src + QStringLiteral("/sym"));
        QVERIFY(QFile::link(QStringLiteral("/bin/sh"), src + QStringLiteral("/sym/quantus-node")));
        m_symlink = makeArchive(src + QStringLiteral("/sym"), {QStringLiteral("quantus-node")});
        QVERIFY(!m_symlink.isEmpty());

        QVERIFY(writeFile(src + QStringLiteral("/none/README"), "no node here\n"));
        m_noBinary = makeArchive(src + QStringLiteral("/none"), {QStringLiteral("README")});
        QVERIFY(!m_noBinary.isEmpty());

        // The second name of a file becomes a hard link member.
        QVERIFY(writeFile(src + QStringLiteral("/hard/real"), nodeScript("0.10.2-hard"), true));
        QCOMPARE(::link(QFile::encodeName(src + QStringLiteral("/hard/real")).constData(),
                        QFile::encodeName(src + QStringLiteral("/hard/quantus-node")).constData()),
                 0);
        m_hardlink = makeArchive(src + QStringLiteral("/hard"), {QStringLiteral("real"), QStringLiteral("quantus-node")});
        QVERIFY(!m_hardlink.isEmpty());

        QVERIFY(writeFile(src + QStringLiteral("/fifo/quantus-node"), nodeScript("0.10.2-fifo"), true));
        QCOMPARE(::mkfifo(QFile::encodeName(src + QStringLiteral("/fifo/pipe")).constData(), 0644), 0);
        m_fifo = makeArchive(src + QStringLiteral("/fifo"), {QStringLiteral("quantus-node"), QStringLiteral("pipe")});
        QVERIFY(!m_fifo.isEmpty());

        QVERIFY(writeFile(src + QStringLiteral("/two/a/quantus-node"), nodeScript("0.10.2-a"), true));
        QVERIFY(writeFile(src + QStringLiteral("/two/b/quantus-node"), nodeScript("0.10.2-b"), true));
        m_twoFolders = makeArchive(src + QStringLiteral("/two"), {QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(!m_twoFolders.isEmpty());

        // The same name twice, both regular files (not a link to the first).
        m_twice = makeArchive(src + QStringLiteral("/flat"), {QStringLiteral("--hard-dereference"),
                                                             QStringLiteral("quantus-node"), QStringLiteral("quantus-node")});
        QVERIFY(!m_twice.isEmpty());

        m_empty = makeArchive(src, {QStringLiteral("-T"), QStringLiteral("/dev/null")});
        QVERIFY(!m_empty.isEmpty());
        m_notArchive = randomBytes(4096);

        QVERIFY(writeFile(src + QStringLiteral("/zeros/quantus-node"), nodeScript("0.10.2-zeros"), true));
        for (const char* name : {"z1", "z2", "z3"})
            QVERIFY(writeFile(src + QStringLiteral("/zeros/") + QLatin1String(name), QByteArray(1024 * 1024, '\0')));
        m_threeZeros = makeArchive(src + QStringLiteral("/zeros"), {QStringLiteral(".")});
        QVERIFY(!m_threeZeros.isEmpty());

        m_bomb = zeroBomb(600);
        QVERIFY(!m_bomb.isEmpty());
        QVERIFY2(m_bomb.size() < 2 * 1024 * 1024, qPrintable(QString::number(m_bomb.size())));
    }

    void init()
    {
        m_server = std::make_unique<ReleaseServer>();
        QVERIFY(m_server->listen());
        m_dest = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dest->isValid());
    }

    void cleanup()
    {
        m_server.reset();
        m_dest.reset();
    }

    // --- fetching the manifest -------------------------------------------

    void fetchesTheManifest()
    {
        const QString fileUrl = m_server->url(QStringLiteral("/quantus-node-v0.10.2-x86_64-unknown-linux-gnu.tar.gz")).toString();
        m_server->add(QStringLiteral("/mining-compatibility.json"), toJson(manifestObject(fileUrl, sha256(m_good))));
        NodeDownloader d;
        QSignalSpy ready(&d, &NodeDownloader::manifestReady);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.fetchManifest(m_server->url(QStringLiteral("/mining-compatibility.json")));
        QVERIFY(d.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        const auto m = ready.at(0).at(0).value<CompatibilityManifest>();
        QCOMPARE(m.networkId, QStringLiteral("planck"));
        QCOMPARE(m.nodeVersion, QStringLiteral("v0.10.0"));
        QString error;
        const auto build = m.nodeBuild(QStringLiteral("linux-x86_64"), &error);
        QVERIFY2(build.has_value(), qPrintable(error));
        QCOMPARE(build->url.toString(), fileUrl);
        QCOMPARE(build->sha256, sha256(m_good));
        QVERIFY(!d.isBusy());
    }

    void manifestFetchFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("too large") << QStringLiteral("/huge.json") << QByteArray(2 * 1024 * 1024, ' ')
                                   << QStringLiteral("the manifest at %1 is larger than 1 MiB; check the address");
        QTest::newRow("not found") << QStringLiteral("/missing.json") << QByteArray()
                                   << QStringLiteral("cannot fetch the manifest from %1: HTTP 404 Not Found");
        QJsonObject bad = qm::test::publishedManifest();
        bad.insert(QStringLiteral("status"), QStringLiteral("retired"));
        QTest::newRow("refused") << QStringLiteral("/bad.json") << toJson(bad)
                                 << QStringLiteral("the network's manifest has status \"retired\" (status): this miner "
                                                   "installs a node only from one marked \"supported\" (from %1)");
    }

    void manifestFetchFailures()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        if (!body.isEmpty())
            m_server->add(path, body);
        NodeDownloader d;
        QSignalSpy ready(&d, &NodeDownloader::manifestReady);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        const QUrl url = m_server->url(path);
        d.fetchManifest(url);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QCOMPARE(failed.at(0).at(0).toString(), message.arg(url.toString()));
        QCOMPARE(ready.count(), 0);
        QVERIFY(!d.isBusy());
    }

    void refusesRemotePlainHttp()
    {
        NodeDownloader d;
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.fetchManifest(QUrl(QStringLiteral("http://example.org/mining-compatibility.json")));
        QCOMPARE(failed.count(), 0);   // never from inside the call
        QVERIFY(!d.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QVERIFY2(failed.at(0).at(0).toString().startsWith(QStringLiteral("the manifest address must be an https:// address")),
                 qPrintable(failed.at(0).at(0).toString()));

        NodeReleaseFile f;
        f.url = QUrl(QStringLiteral("http://example.org/quantus-node.tar.gz"));
        f.sha256 = sha256("x");
        d.download(f, destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kWaitMs);
        QVERIFY2(failed.at(1).at(0).toString().startsWith(QStringLiteral("the node download address must be an https:// address")),
                 qPrintable(failed.at(1).at(0).toString()));
        QVERIFY(!QFileInfo::exists(destDir()));
    }

    // --- downloading and installing --------------------------------------

    void downloadsVerifiesAndInstalls()
    {
        m_server->add(QStringLiteral("/good.tar.gz"), m_good, ReleaseServer::Mode::Paced);
        // An older binary is replaced.
        QVERIFY(writeFile(destDir() + QStringLiteral("/quantus-node"), nodeScript("0.9.0-old"), true));

        NodeDownloader d;
        QSignalSpy progress(&d, &NodeDownloader::progress);
        QSignalSpy verifying(&d, &NodeDownloader::verifying);
        QSignalSpy retrying(&d, &NodeDownloader::retrying);
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/good.tar.gz"), m_good), destDir());
        QVERIFY(d.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(installed.count() + failed.count() > 0, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!d.isBusy());

        const QString binary = QDir(destDir()).filePath(QStringLiteral("quantus-node"));
        QCOMPARE(installed.at(0).at(0).toString(), binary);
        QCOMPARE(verifying.count(), 1);
        QCOMPARE(retrying.count(), 0);

        // Progress: several steps, never backwards, ending at the total.
        QVERIFY2(progress.count() >= 3, qPrintable(QString::number(progress.count())));
        qint64 last = 0;
        for (const QList<QVariant>& p : std::as_const(progress)) {
            const qint64 received = p.at(0).toLongLong();
            QVERIFY(received >= last);
            QCOMPARE(p.at(1).toLongLong(), qint64(m_good.size()));
            last = received;
        }
        QCOMPARE(last, qint64(m_good.size()));

        // The new binary, executable (0755), and nothing else left over.
        QCOMPARE(readFile(binary), nodeScript("0.10.2-good"));
        const QFile::Permissions perUser = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
        QCOMPARE(QFile::permissions(binary) & ~perUser,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                     | QFile::ReadOther | QFile::ExeOther);
        QCOMPARE(dirEntries(destDir()), QStringList{QStringLiteral("quantus-node")});
        QProcess run;
        run.start(binary, {});
        QVERIFY(run.waitForFinished(30000));
        QCOMPARE(run.readAllStandardOutput().trimmed(), QByteArray("quantus-node 0.10.2-good"));
    }

    void checksumMismatchDeletesTheFile()
    {
        QByteArray corrupted = m_good;
        corrupted[corrupted.size() / 2] = static_cast<char>(corrupted.at(corrupted.size() / 2) ^ 0x5a);
        m_server->add(QStringLiteral("/corrupted.tar.gz"), corrupted);
        NodeDownloader d;
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/corrupted.tar.gz"), m_good), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("the download's SHA-256 %1 does not match the manifest's %2; the file was deleted")
                     .arg(QString::fromLatin1(sha256(corrupted).toHex()), QString::fromLatin1(sha256(m_good).toHex())));
        QCOMPARE(installed.count(), 0);
        QCOMPARE(dirEntries(destDir()), QStringList());
    }

    void sizeMismatchDeletesTheFile()
    {
        m_server->add(QStringLiteral("/good.tar.gz"), m_good);
        NodeDownloader d;
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/good.tar.gz"), m_good, m_good.size() + 1), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("the download is %1 bytes but the manifest says %2; the file was deleted")
                     .arg(m_good.size())
                     .arg(m_good.size() + 1));
        QCOMPARE(dirEntries(destDir()), QStringList());

        // Smaller than the server sends: stopped as soon as it is exceeded.
        failed.clear();
        d.download(fileFor(QStringLiteral("/good.tar.gz"), m_good, 1000), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QVERIFY2(failed.at(0).at(0).toString().startsWith(QStringLiteral("the server sent more than 1000 bytes for ")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(dirEntries(destDir()), QStringList());
    }

    void resumesAfterABrokenTransfer()
    {
        m_server->add(QStringLiteral("/flat.tar.gz"), m_flat, ReleaseServer::Mode::DropHalfOnce);
        NodeDownloader d;
        d.setRetryDelayMs(50);
        QSignalSpy progress(&d, &NodeDownloader::progress);
        QSignalSpy retrying(&d, &NodeDownloader::retrying);
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/flat.tar.gz"), m_flat), destDir());
        QTRY_VERIFY_WITH_TIMEOUT(installed.count() + failed.count() > 0, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));

        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0).at(0).toInt(), 2);
        QVERIFY(!retrying.at(0).at(1).toString().isEmpty());
        const ReleaseServer::Route& r = m_server->route(QStringLiteral("/flat.tar.gz"));
        QCOMPARE(r.requests, 2);
        QCOMPARE(r.ranges.at(0), QByteArray());
        // The second request asked for the rest only.
        QVERIFY2(r.ranges.at(1).startsWith("bytes="), r.ranges.at(1).constData());
        const qint64 resumedAt = r.ranges.at(1).mid(6).chopped(1).toLongLong();
        QVERIFY(resumedAt > 0 && resumedAt <= m_flat.size() / 2);
        // Progress went on from there rather than from zero.
        qint64 last = 0;
        for (const QList<QVariant>& p : std::as_const(progress)) {
            QVERIFY(p.at(0).toLongLong() >= last);
            last = p.at(0).toLongLong();
        }
        QCOMPARE(last, qint64(m_flat.size()));

        QCOMPARE(readFile(installed.at(0).at(0).toString()), nodeScript("0.10.2-flat"));
        QCOMPARE(dirEntries(destDir()), QStringList{QStringLiteral("quantus-node")});
    }

    void startsOverWhenTheServerIgnoresRange()
    {
        m_server->add(QStringLiteral("/flat.tar.gz"), m_flat, ReleaseServer::Mode::DropHalfIgnoreRange);
        NodeDownloader d;
        d.setRetryDelayMs(50);
        QSignalSpy retrying(&d, &NodeDownloader::retrying);
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/flat.tar.gz"), m_flat), destDir());
        QTRY_VERIFY_WITH_TIMEOUT(installed.count() + failed.count() > 0, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(retrying.count(), 1);
        const ReleaseServer::Route& r = m_server->route(QStringLiteral("/flat.tar.gz"));
        QCOMPARE(r.requests, 2);
        QVERIFY(r.ranges.at(1).startsWith("bytes="));   // asked, answered 200 with everything
        QCOMPARE(readFile(installed.at(0).at(0).toString()), nodeScript("0.10.2-flat"));
        QCOMPARE(dirEntries(destDir()), QStringList{QStringLiteral("quantus-node")});
    }

    void givesUpAfterMaxTries()
    {
        m_server->add(QStringLiteral("/stall.tar.gz"), m_good, ReleaseServer::Mode::Stall);
        NodeDownloader d;
        d.setMaxTries(2);
        d.setRetryDelayMs(50);
        d.setTransferTimeoutMs(1500);
        QSignalSpy retrying(&d, &NodeDownloader::retrying);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/stall.tar.gz"), m_good), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        const QString url = m_server->url(QStringLiteral("/stall.tar.gz")).toString();
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("cannot download %1: nothing arrived for 1.5 s (tried 2 times); the partial file was deleted")
                     .arg(url));
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0).at(0).toInt(), 2);
        QCOMPARE(retrying.at(0).at(1).toString(), QStringLiteral("nothing arrived for 1.5 s"));
        const ReleaseServer::Route& r = m_server->route(QStringLiteral("/stall.tar.gz"));
        QCOMPARE(r.requests, 2);
        QCOMPARE(r.ranges.at(1), QByteArray("bytes=65536-"));
        QCOMPARE(dirEntries(destDir()), QStringList());
    }

    void followsRedirects()
    {
        m_server->add(QStringLiteral("/good.tar.gz"), m_good);
        m_server->add(QStringLiteral("/moved.tar.gz"), m_server->url(QStringLiteral("/good.tar.gz")).toEncoded(),
                      ReleaseServer::Mode::Redirect);
        NodeDownloader d;
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/moved.tar.gz"), m_good), destDir());
        QTRY_VERIFY_WITH_TIMEOUT(installed.count() + failed.count() > 0, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(m_server->route(QStringLiteral("/moved.tar.gz")).requests, 1);
        QCOMPARE(m_server->route(QStringLiteral("/good.tar.gz")).requests, 1);
        QCOMPARE(readFile(installed.at(0).at(0).toString()), nodeScript("0.10.2-good"));
    }

    void refusesRedirectsOffTheRules()
    {
        // Checked before it is followed: nothing leaves the loopback here.
        m_server->add(QStringLiteral("/away.tar.gz"), "http://example.org/quantus-node.tar.gz",
                      ReleaseServer::Mode::Redirect);
        NodeDownloader d;
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/away.tar.gz"), m_good), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("cannot download %1: it redirects to http://example.org/quantus-node.tar.gz, which is "
                                "not an https:// address")
                     .arg(m_server->url(QStringLiteral("/away.tar.gz")).toString()));
        QCOMPARE(dirEntries(destDir()), QStringList());

        m_server->add(QStringLiteral("/away.json"), "http://example.org/mining-compatibility.json",
                      ReleaseServer::Mode::Redirect);
        d.fetchManifest(m_server->url(QStringLiteral("/away.json")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kWaitMs);
        QVERIFY2(failed.at(1).at(0).toString().endsWith(
                     QStringLiteral("it redirects to http://example.org/mining-compatibility.json, which is not an "
                                    "https:// address")),
                 qPrintable(failed.at(1).at(0).toString()));
    }

    void notFoundIsNotRetried()
    {
        NodeDownloader d;
        d.setRetryDelayMs(50);
        QSignalSpy retrying(&d, &NodeDownloader::retrying);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/gone.tar.gz"), m_good), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("cannot download %1: HTTP 404 Not Found").arg(m_server->url(QStringLiteral("/gone.tar.gz")).toString()));
        QCOMPARE(retrying.count(), 0);
        QCOMPARE(dirEntries(destDir()), QStringList());
    }

    void refusesUnsafeArchives_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("../ member") << 0
                                    << QStringLiteral("the node archive holds \"../evil\", a name outside its own folder; "
                                                      "it was refused, nothing was unpacked and the file was deleted");
        QTest::newRow("absolute member") << 1 << QStringLiteral("the node archive holds \"/");
        QTest::newRow("symlink") << 2
                                 << QStringLiteral("the node archive holds \"quantus-node\", which is a link or a special "
                                                   "file; it was refused, nothing was unpacked and the file was deleted");
        QTest::newRow("no binary") << 3
                                   << QStringLiteral("the node archive has no quantus-node at its top or in its top-level "
                                                     "folder; the file was deleted");
        QTest::newRow("hard link") << 4
                                   << QStringLiteral("the node archive holds \"quantus-node\", which is a link or a "
                                                     "special file; it was refused, nothing was unpacked and the file "
                                                     "was deleted");
        QTest::newRow("fifo") << 5
                              << QStringLiteral("the node archive holds \"pipe\", which is a link or a special file; it "
                                                "was refused, nothing was unpacked and the file was deleted");
        QTest::newRow("two folders") << 6
                                     << QStringLiteral("the node archive holds more than one quantus-node "
                                                       "(a/quantus-node, b/quantus-node); it was refused and the file "
                                                       "was deleted");
        QTest::newRow("one name twice") << 7
                                        << QStringLiteral("the node archive holds more than one quantus-node "
                                                          "(quantus-node, quantus-node); it was refused and the file "
                                                          "was deleted");
        QTest::newRow("empty") << 8 << QStringLiteral("the node archive is empty; the file was deleted");
        QTest::newRow("not an archive") << 9 << QStringLiteral("the node archive cannot be unpacked (");
    }

    void refusesUnsafeArchives()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        const QByteArray archive = QList<QByteArray>{m_traversal, m_absolute, m_symlink,    m_noBinary, m_hardlink,
                                                     m_fifo,      m_twoFolders, m_twice, m_empty,    m_notArchive}
                                       .at(which);
        m_server->add(QStringLiteral("/unsafe.tar.gz"), archive);
        NodeDownloader d;
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/unsafe.tar.gz"), archive), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QVERIFY2(failed.at(0).at(0).toString().startsWith(message), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(installed.count(), 0);
        // Nothing unpacked anywhere: not in the folder, not beside it.
        QCOMPARE(dirEntries(destDir()), QStringList());
        QVERIFY(!QFileInfo::exists(m_dest->filePath(QStringLiteral("evil"))));
    }

    void refusesArchivesThatUnpackTooLarge_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<qint64>("limit");   // 0: the default
        QTest::addColumn<QString>("message");
        QTest::newRow("gzip bomb") << 0 << qint64(0)
                                   << QStringLiteral("the node archive unpacks to more than 512 MiB, far more than a node "
                                                     "release; it was refused, nothing was unpacked and the file was "
                                                     "deleted");
        // Each member is under the limit; together they are not.
        QTest::newRow("members together") << 1 << qint64(2560 * 1024)
                                          << QStringLiteral("the node archive unpacks to more than 2.5 MiB, far more "
                                                            "than a node release; it was refused, nothing was unpacked "
                                                            "and the file was deleted");
    }

    void refusesArchivesThatUnpackTooLarge()
    {
        QFETCH(int, which);
        QFETCH(qint64, limit);
        QFETCH(QString, message);
        QCOMPARE(NodeDownloader::kMaxUnpackedBytes, qint64(512) * 1024 * 1024);
        const QByteArray archive = QList<QByteArray>{m_bomb, m_threeZeros}.at(which);
        m_server->add(QStringLiteral("/big.tar.gz"), archive);
        QVERIFY(writeFile(destDir() + QStringLiteral("/quantus-node"), nodeScript("0.9.0-old"), true));
        NodeDownloader d;
        if (limit > 0)
            d.setMaxUnpackedBytes(limit);
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/big.tar.gz"), archive), destDir());
        // Either end: an install (no limit) fails at once rather than by timeout.
        QTRY_VERIFY_WITH_TIMEOUT(installed.count() + failed.count() > 0, kWaitMs);
        QCOMPARE(installed.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), message);
        QCOMPARE(dirEntries(destDir()), QStringList{QStringLiteral("quantus-node")});
        QCOMPARE(readFile(destDir() + QStringLiteral("/quantus-node")), nodeScript("0.9.0-old"));
    }

    void unpacksWithinTheLimit()
    {
        // The archive the limit refused above, with room for it.
        m_server->add(QStringLiteral("/zeros.tar.gz"), m_threeZeros);
        NodeDownloader d;
        d.setMaxUnpackedBytes(4 * 1024 * 1024);
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/zeros.tar.gz"), m_threeZeros), destDir());
        QTRY_VERIFY_WITH_TIMEOUT(installed.count() + failed.count() > 0, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        // "./quantus-node" counts as the top.
        QCOMPARE(readFile(installed.at(0).at(0).toString()), nodeScript("0.10.2-zeros"));
        QCOMPARE(dirEntries(destDir()), QStringList{QStringLiteral("quantus-node")});
    }

    void cancelCleansUp()
    {
        m_server->add(QStringLiteral("/stall.tar.gz"), m_good, ReleaseServer::Mode::Stall);
        NodeDownloader d;
        QSignalSpy progress(&d, &NodeDownloader::progress);
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        d.download(fileFor(QStringLiteral("/stall.tar.gz"), m_good), destDir());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), kWaitMs);
        QVERIFY(QFileInfo::exists(NodeDownloader::partPath(destDir())));

        // A second request while busy is refused and leaves the first alone.
        d.download(fileFor(QStringLiteral("/stall.tar.gz"), m_good), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("the node download is busy; wait for it or cancel it first"));
        QVERIFY(d.isBusy());

        d.cancel();
        QVERIFY(!d.isBusy());
        QVERIFY(!QFileInfo::exists(NodeDownloader::partPath(destDir())));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kWaitMs);
        QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("cancelled"));
        QCOMPARE(installed.count(), 0);
        QCOMPARE(dirEntries(destDir()), QStringList());

        // Idle: nothing to cancel, nothing said.
        d.cancel();
        QTest::qWait(50);
        QCOMPARE(failed.count(), 2);
    }

    void cancelWhileUnpackingKeepsTheOldBinary()
    {
        m_server->add(QStringLiteral("/good.tar.gz"), m_good);
        QVERIFY(writeFile(destDir() + QStringLiteral("/quantus-node"), nodeScript("0.9.0-old"), true));
        NodeDownloader d;
        QSignalSpy installed(&d, &NodeDownloader::installed);
        QSignalSpy failed(&d, &NodeDownloader::failed);
        // Verified, the unpacking about to start: cancel on the next turn of the loop.
        connect(&d, &NodeDownloader::verifying, this, [&d] { QTimer::singleShot(0, &d, [&d] { d.cancel(); }); });
        d.download(fileFor(QStringLiteral("/good.tar.gz"), m_good), destDir());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("cancelled"));
        QCOMPARE(installed.count(), 0);
        QCOMPARE(dirEntries(destDir()), QStringList{QStringLiteral("quantus-node")});
        QCOMPARE(readFile(destDir() + QStringLiteral("/quantus-node")), nodeScript("0.9.0-old"));
    }

    void destroyingWhileUnpackingCleansUp()
    {
        // The bomb keeps the worker busy for a while; the destructor stops it
        // and removes what it wrote.
        m_server->add(QStringLiteral("/bomb.tar.gz"), m_bomb);
        QVERIFY(writeFile(destDir() + QStringLiteral("/quantus-node"), nodeScript("0.9.0-old"), true));
        QPointer<NodeDownloader> d = new NodeDownloader;
        QSignalSpy verifying(d.data(), &NodeDownloader::verifying);
        d->download(fileFor(QStringLiteral("/bomb.tar.gz"), m_bomb), destDir());
        QTRY_VERIFY_WITH_TIMEOUT(!verifying.isEmpty(), kWaitMs);
        QVERIFY(d->isBusy());
        QTest::qWait(20);
        delete d.data();
        QCOMPARE(dirEntries(destDir()), QStringList{QStringLiteral("quantus-node")});
        QCOMPARE(readFile(destDir() + QStringLiteral("/quantus-node")), nodeScript("0.9.0-old"));
    }

    void destroyingMidTransferCleansUp()
    {
        m_server->add(QStringLiteral("/stall.tar.gz"), m_good, ReleaseServer::Mode::Stall);
        {
            NodeDownloader d;
            QSignalSpy progress(&d, &NodeDownloader::progress);
            d.download(fileFor(QStringLiteral("/stall.tar.gz"), m_good), destDir());
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), kWaitMs);
            QVERIFY(QFileInfo::exists(NodeDownloader::partPath(destDir())));
        }
        QCOMPARE(dirEntries(destDir()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestNodeRelease)
#include "tst_node_release.moc"

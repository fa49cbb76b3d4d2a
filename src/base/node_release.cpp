#include "base/node_release.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace qm {

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;
// A manifest without a size still has a ceiling: no node release comes near
// it, and a server that streams forever must not fill the disk.
constexpr qint64 kMaxUnsizedDownload = 4 * kGiB;
// Listing and unpacking a release takes seconds; a tar that runs this long
// is stuck (or unpacking something that is not a node release).
constexpr int kTarTimeoutMs = 5 * 60 * 1000;
const QLatin1String kBinaryName("quantus-node");
const QLatin1String kUnpackPrefix(".quantus-node-unpack-");
const QLatin1String kUserAgent("quantus-miner");

// "HTTP 404 Not Found", "the server closed the connection early", ...
QString describeReply(QNetworkReply* reply, int timeoutMs)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() >= 400) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        return phrase.isEmpty() ? QStringLiteral("HTTP %1").arg(status.toInt())
                                : QStringLiteral("HTTP %1 %2").arg(status.toInt()).arg(phrase);
    }
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Only the transfer timeout cancels a reply that this class has not
        // abandoned (those are disconnected first).
        return QStringLiteral("nothing arrived for %1 s").arg(timeoutMs / 1000.0);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the server closed the connection early");
    default:
        return reply->errorString();
    }
}

// Errors a later try may not see: the connection, the server's load, a
// timeout. Refusals (404, TLS, a bad address) stay the same on every try.
bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

QNetworkRequest makeRequest(const QUrl& url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    // Releases live behind redirects (GitHub sends them to its storage);
    // each one is checked (followRedirects) before it is followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(kUserAgent));
    // The bytes as stored: the checksum is over the .tar.gz itself, and a
    // resumed range must count the same bytes.
    request.setRawHeader("Accept-Encoding", "identity");
    return request;
}

// Why a redirect from `origin` to `to` is not followed; empty when it is.
// The address rules hold for every hop, and https never leads to http (not
// even to a loopback mirror).
QString redirectProblem(const QUrl& origin, const QUrl& to)
{
    const QString shown = to.toDisplayString(QUrl::RemoveUserInfo);
    if (origin.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("it redirects to %1, which is not an https:// address").arg(shown);
    const QString bad = checkReleaseUrl(to, QStringLiteral("the redirect"));
    return bad.isEmpty() ? QString() : QStringLiteral("it redirects to %1, which is not an https:// address").arg(shown);
}

// "bytes 100-199/200" -> 100; -1 when it cannot be read.
qint64 rangeStart(const QByteArray& contentRange)
{
    const QByteArray t = contentRange.trimmed();
    if (!t.startsWith("bytes "))
        return -1;
    const qsizetype dash = t.indexOf('-');
    if (dash < 0)
        return -1;
    bool ok = false;
    const qint64 start = t.mid(6, dash - 6).trimmed().toLongLong(&ok);
    return ok ? start : -1;
}

// Removes a folder tar filled: archive modes may have left folders without
// write permission, which removeRecursively cannot empty.
void removeTree(const QString& path)
{
    if (path.isEmpty() || !QFileInfo(path).isDir())
        return;
    const auto fix = [](const QString& dir) {
        QFile::setPermissions(dir, QFile::permissions(dir) | QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    };
    fix(path);
    QDirIterator it(path, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        fix(it.next());
    QDir(path).removeRecursively();
}

QString firstLine(const QByteArray& text)
{
    const QString s = QString::fromLocal8Bit(text).trimmed();
    const qsizetype nl = s.indexOf(QLatin1Char('\n'));
    return (nl < 0 ? s : s.left(nl)).trimmed();
}

QStringList lines(const QByteArray& text)
{
    QStringList out;
    for (const QByteArray& l : text.split('\n')) {
        if (!l.isEmpty())
            out << QString::fromLocal8Bit(l);
    }
    return out;
}

// A member name that would land outside the folder it is unpacked into.
bool isUnsafeMember(const QString& name)
{
    if (name.startsWith(QLatin1Char('/')))
        return true;
    const QStringList parts = name.split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

} // namespace

// ---------------------------------------------------------------------------

NodeDownloader::NodeDownloader(QObject* parent)
    : QObject(parent), m_net(new QNetworkAccessManager(this)), m_retryTimer(new QTimer(this)), m_tarGuard(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &NodeDownloader::startTry);
    m_tarGuard->setSingleShot(true);
    connect(m_tarGuard, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("unpacking the node took longer than %1 minutes and was stopped; the file was deleted")
                 .arg(kTarTimeoutMs / 60000));
    });
}

NodeDownloader::~NodeDownloader()
{
    cleanup();
}

QString NodeDownloader::partPath(const QString& destDir)
{
    return QDir(destDir).filePath(QStringLiteral(".quantus-node-download.part"));
}

bool NodeDownloader::isBusy() const
{
    return m_phase != Phase::Idle;
}

void NodeDownloader::rejectLater(const QString& reason)
{
    QTimer::singleShot(0, this, [this, reason] { emit failed(reason); });
}

void NodeDownloader::fail(const QString& reason)
{
    cleanup();
    if (!reason.isNull())
        rejectLater(reason);
}

void NodeDownloader::cleanup()
{
    m_retryTimer->stop();
    m_tarGuard->stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    if (m_tar) {
        QProcess* tar = m_tar;
        m_tar = nullptr;
        disconnect(tar, nullptr, this, nullptr);
        tar->kill();
        tar->waitForFinished(5000);
        tar->deleteLater();
    }
    if (m_out) {
        m_out->close();
        delete m_out;
        m_out = nullptr;
    }
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
    m_partPath.clear();
    removeTree(m_unpackDir);
    m_unpackDir.clear();
    m_hash.reset();
    m_members.clear();
    m_manifestBody.clear();
    m_phase = Phase::Idle;
}

void NodeDownloader::cancel()
{
    if (!isBusy())
        return;
    fail(QStringLiteral("cancelled"));
}

void NodeDownloader::fetchManifest(const QUrl& url)
{
    if (isBusy()) {
        rejectLater(QStringLiteral("the node download is busy; wait for it or cancel it first"));
        return;
    }
    const QString bad = checkReleaseUrl(url, QStringLiteral("the manifest address"));
    if (!bad.isEmpty()) {
        rejectLater(bad);
        return;
    }
    m_phase = Phase::Manifest;
    m_manifestRefused = false;
    m_manifestUrl = url;
    m_manifestBody.clear();
    m_reply = m_net->get(makeRequest(url, m_timeoutMs));
    followRedirects(m_reply, url, QStringLiteral("cannot fetch the manifest from %1: %2"));
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_manifestBody += m_reply->read(kMaxManifestBytes + 1 - m_manifestBody.size());
        if (m_manifestBody.size() > kMaxManifestBytes)
            fail(QStringLiteral("the manifest at %1 is larger than 1 MiB; check the address")
                     .arg(m_manifestUrl.toDisplayString(QUrl::RemoveUserInfo)));
    });
    connect(m_reply, &QNetworkReply::finished, this, &NodeDownloader::onManifestFinished);
}

void NodeDownloader::followRedirects(QNetworkReply* reply, const QUrl& origin, const QString& failure)
{
    connect(reply, &QNetworkReply::redirected, this, [this, reply, origin, failure](const QUrl& to) {
        if (reply != m_reply)
            return;
        const QString problem = redirectProblem(origin, to);
        if (!problem.isEmpty()) {
            fail(failure.arg(origin.toDisplayString(QUrl::RemoveUserInfo), problem));
            return;
        }
        emit reply->redirectAllowed();
    });
}

void NodeDownloader::onManifestFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_phase != Phase::Manifest)
        return;
    const QString shown = m_manifestUrl.toDisplayString(QUrl::RemoveUserInfo);
    if (reply->isOpen())   // (a timed-out reply is closed)
        m_manifestBody += reply->read(kMaxManifestBytes + 1 - m_manifestBody.size());
    if (m_manifestBody.size() > kMaxManifestBytes) {
        fail(QStringLiteral("the manifest at %1 is larger than 1 MiB; check the address").arg(shown));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(QStringLiteral("cannot fetch the manifest from %1: %2").arg(shown, describeReply(reply, m_timeoutMs)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        fail(QStringLiteral("cannot fetch the manifest from %1: HTTP %2").arg(shown, QString::number(status)));
        return;
    }
    QString error;
    const std::optional<CompatibilityManifest> manifest = parseCompatibilityManifest(m_manifestBody, &error);
    if (!manifest) {
        m_manifestRefused = true;
        fail(QStringLiteral("%1 (from %2)").arg(error, shown));
        return;
    }
    cleanup();
    emit manifestReady(*manifest);
}

void NodeDownloader::download(const NodeReleaseFile& file, const QString& destDir)
{
    if (isBusy()) {
        rejectLater(QStringLiteral("the node download is busy; wait for it or cancel it first"));
        return;
    }
    const QString bad = checkReleaseUrl(file.url, QStringLiteral("the node download address"));
    if (!bad.isEmpty()) {
        rejectLater(bad);
        return;
    }
    if (file.sha256.size() != 32) {
        rejectLater(QStringLiteral("the node download %1 has no SHA-256 to check it against; use a manifest that gives one")
                        .arg(file.url.toDisplayString(QUrl::RemoveUserInfo)));
        return;
    }
    if (destDir.trimmed().isEmpty()) {
        rejectLater(QStringLiteral("no folder for quantus-node was given"));
        return;
    }
    const QString dir = QDir(destDir).absolutePath();
    if (!QDir().mkpath(dir)) {
        rejectLater(QStringLiteral("cannot create the folder %1 for quantus-node; pick a folder you can write to").arg(dir));
        return;
    }

    // What an interrupted earlier run left behind is of unknown state.
    const QStringList leftovers =
        QDir(dir).entryList({kUnpackPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : leftovers)
        removeTree(QDir(dir).filePath(name));

    m_file = file;
    m_destDir = dir;
    m_partPath = partPath(dir);
    m_phase = Phase::Transfer;
    QFile::remove(m_partPath);
    m_out = new QFile(m_partPath);
    if (!m_out->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString why = m_out->errorString();
        fail(QStringLiteral("cannot write %1: %2; pick a folder you can write to").arg(m_partPath, why));
        return;
    }
    m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    m_received = 0;
    m_total = file.size > 0 ? file.size : -1;
    m_try = 0;
    startTry();
}

void NodeDownloader::truncatePart()
{
    m_out->resize(0);
    m_out->seek(0);
    m_hash->reset();
    m_received = 0;
}

void NodeDownloader::startTry()
{
    ++m_try;
    m_phase = Phase::Transfer;
    m_bodyAccepted = false;
    m_bodyIgnored = false;
    m_tryError.clear();
    QNetworkRequest request = makeRequest(m_file.url, m_timeoutMs);
    if (m_received > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    m_reply = m_net->get(request);
    followRedirects(m_reply, m_file.url, QStringLiteral("cannot download %1: %2"));
    connect(m_reply, &QNetworkReply::readyRead, this, &NodeDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &NodeDownloader::onFinished);
}

void NodeDownloader::onReadyRead()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_phase != Phase::Transfer || !reply->isOpen())
        return;   // (a timed-out reply is closed)
    if (!m_bodyAccepted) {
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int status = statusAttr.toInt();
        if (!statusAttr.isValid() || (status >= 300 && status < 400)) {
            reply->readAll();   // a redirect's body; the target's follows
            return;
        }
        m_bodyAccepted = true;
        if (status == 206) {
            const qint64 start = rangeStart(reply->rawHeader("Content-Range"));
            if (start != m_received) {
                // Not the bytes asked for: start over on the next try.
                m_bodyIgnored = true;
                m_tryError = QStringLiteral("the server resumed at byte %1 instead of %2").arg(start).arg(m_received);
                truncatePart();
                reply->abort();
                return;
            }
        } else if (status == 200) {
            if (m_received > 0)
                truncatePart();   // the server ignored the Range: the whole file again
        } else {
            m_bodyIgnored = true; // an error page, not the file
        }
        if (!m_bodyIgnored && m_file.size <= 0) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid())
                m_total = m_received + length.toLongLong();
        }
    }
    if (m_bodyIgnored) {
        reply->readAll();
        return;
    }
    const QByteArray chunk = reply->readAll();
    if (chunk.isEmpty())
        return;
    const qint64 limit = m_file.size > 0 ? m_file.size : kMaxUnsizedDownload;
    if (m_received + chunk.size() > limit) {
        fail(QStringLiteral("the server sent more than %1 bytes for %2; the file was deleted")
                 .arg(limit)
                 .arg(m_file.url.toDisplayString(QUrl::RemoveUserInfo)));
        return;
    }
    if (m_out->write(chunk) != chunk.size()) {
        const QString why = m_out->errorString();
        fail(QStringLiteral("cannot write %1: %2; the file was deleted").arg(m_partPath, why));
        return;
    }
    m_hash->addData(chunk);
    m_received += chunk.size();
    emit progress(m_received, m_total);
}

void NodeDownloader::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_phase != Phase::Transfer)
        return;
    onReadyRead();   // whatever is still buffered
    if (m_reply != reply)
        return;      // that failed the download
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString reason;
    bool retry = false;
    if (!m_tryError.isEmpty()) {
        reason = m_tryError;
        retry = true;
    } else if (status == 416) {
        // The part is as long as (or longer than) the file: start over.
        truncatePart();
        reason = QStringLiteral("the server could not resume (HTTP 416)");
        retry = true;
    } else if (reply->error() != QNetworkReply::NoError) {
        reason = describeReply(reply, m_timeoutMs);
        retry = isTransient(reply->error());
    } else if (m_bodyIgnored || (status != 200 && status != 206)) {
        reason = QStringLiteral("HTTP %1").arg(status);
    }
    if (reason.isEmpty()) {
        finishDownload();
        return;
    }
    const QString shown = m_file.url.toDisplayString(QUrl::RemoveUserInfo);
    if (!retry) {
        fail(QStringLiteral("cannot download %1: %2").arg(shown, reason));
        return;
    }
    if (m_try >= m_maxTries) {
        fail(QStringLiteral("cannot download %1: %2 (tried %3 times); the partial file was deleted")
                 .arg(shown, reason, QString::number(m_try)));
        return;
    }
    m_out->flush();
    m_phase = Phase::RetryWait;
    emit retrying(m_try + 1, reason);
    if (m_phase == Phase::RetryWait)   // unless a slot cancelled
        m_retryTimer->start(m_retryDelayMs);
}

void NodeDownloader::finishDownload()
{
    m_phase = Phase::Unpack;
    const bool flushed = m_out->flush();
    m_out->close();
    delete m_out;
    m_out = nullptr;
    if (!flushed) {
        fail(QStringLiteral("cannot write %1; the file was deleted").arg(m_partPath));
        return;
    }
    emit verifying();
    if (m_phase != Phase::Unpack)
        return;   // cancelled from a slot
    if (m_file.size > 0 && m_received != m_file.size) {
        fail(QStringLiteral("the download is %1 bytes but the manifest says %2; the file was deleted")
                 .arg(m_received)
                 .arg(m_file.size));
        return;
    }
    const QByteArray got = m_hash->result();
    if (got != m_file.sha256) {
        fail(QStringLiteral("the download's SHA-256 %1 does not match the manifest's %2; the file was deleted")
                 .arg(QString::fromLatin1(got.toHex()), QString::fromLatin1(m_file.sha256.toHex())));
        return;
    }

    m_tarPath = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (m_tarPath.isEmpty()) {
        fail(QStringLiteral("unpacking quantus-node needs the tar program; install it (apt install tar) and try again"));
        return;
    }
    QTemporaryDir unpack(QDir(m_destDir).filePath(kUnpackPrefix + QStringLiteral("XXXXXX")));
    if (!unpack.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder in %1: %2").arg(m_destDir, unpack.errorString()));
        return;
    }
    unpack.setAutoRemove(false);
    m_unpackDir = unpack.path();

    runTar({QStringLiteral("-tzf"), m_partPath}, [this](const QByteArray& out) { inspectArchive(out); });
}

void NodeDownloader::runTar(const QStringList& args, std::function<void(const QByteArray&)> next)
{
    m_tar = new QProcess(this);
    m_tar->setProgram(m_tarPath);
    m_tar->setArguments(args);
    m_tar->setWorkingDirectory(m_unpackDir);
    m_tar->setStandardInputFile(QProcess::nullDevice());
    connect(m_tar, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_tar)
            return;
        fail(QStringLiteral("cannot run %1 (%2); the file was deleted").arg(m_tarPath, m_tar->errorString()));
    });
    connect(m_tar, &QProcess::finished, this, [this, next](int code, QProcess::ExitStatus exitStatus) {
        QProcess* tar = m_tar;
        if (!tar)
            return;
        const auto then = next;   // outlives the disconnect below
        m_tar = nullptr;
        m_tarGuard->stop();
        disconnect(tar, nullptr, this, nullptr);
        tar->deleteLater();
        const QByteArray out = tar->readAllStandardOutput();
        if (exitStatus != QProcess::NormalExit || code != 0) {
            const QString why = firstLine(tar->readAllStandardError());
            fail(QStringLiteral("the node archive cannot be unpacked (tar: %1); the file was deleted")
                     .arg(why.isEmpty() ? QStringLiteral("exit code %1").arg(code) : why));
            return;
        }
        then(out);
    });
    m_tarGuard->start(kTarTimeoutMs);
    m_tar->start();
}

void NodeDownloader::inspectArchive(const QByteArray& names)
{
    m_members = lines(names);
    if (m_members.isEmpty()) {
        fail(QStringLiteral("the node archive is empty; the file was deleted"));
        return;
    }
    for (const QString& name : std::as_const(m_members)) {
        if (isUnsafeMember(name)) {
            fail(QStringLiteral("the node archive holds \"%1\", a name outside its own folder; it was refused, "
                                "nothing was unpacked and the file was deleted")
                     .arg(name));
            return;
        }
    }
    // The verbose listing's first column is the member's type, as ls shows
    // it: '-' a file, 'd' a folder; links and devices are refused.
    runTar({QStringLiteral("-tvzf"), m_partPath}, [this](const QByteArray& out) {
        const QStringList verbose = lines(out);
        if (verbose.size() != m_members.size()) {
            fail(QStringLiteral("the node archive's listing cannot be read; it was refused and the file was deleted"));
            return;
        }
        for (qsizetype i = 0; i < verbose.size(); ++i) {
            const QChar type = verbose.at(i).at(0);
            if (type != QLatin1Char('-') && type != QLatin1Char('d')) {
                fail(QStringLiteral("the node archive holds \"%1\", which is a link or a special file; it was refused, "
                                    "nothing was unpacked and the file was deleted")
                         .arg(m_members.at(i)));
                return;
            }
        }
        extractArchive();
    });
}

void NodeDownloader::extractArchive()
{
    runTar({QStringLiteral("-xzf"), m_partPath, QStringLiteral("-C"), m_unpackDir, QStringLiteral("--no-same-owner"),
            QStringLiteral("--no-same-permissions")},
           [this](const QByteArray&) { installBinary(); });
}

void NodeDownloader::installBinary()
{
    // quantus-node at the archive's top or in one top-level folder.
    const QDir root(m_unpackDir);
    QStringList found;
    QDirIterator it(m_unpackDir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileName() != kBinaryName || (it.fileInfo().isDir() && !it.fileInfo().isSymLink()))
            continue;   // a folder may carry the name too
        const qsizetype depth = root.relativeFilePath(path).count(QLatin1Char('/'));
        if (depth <= 1)
            found << path;
    }
    if (found.isEmpty()) {
        fail(QStringLiteral("the node archive has no quantus-node at its top or in its top-level folder; "
                            "the file was deleted"));
        return;
    }
    std::sort(found.begin(), found.end(), [&root](const QString& a, const QString& b) {
        return root.relativeFilePath(a).count(QLatin1Char('/')) < root.relativeFilePath(b).count(QLatin1Char('/'));
    });
    if (found.size() > 1
        && root.relativeFilePath(found.at(0)).count(QLatin1Char('/'))
               == root.relativeFilePath(found.at(1)).count(QLatin1Char('/'))) {
        fail(QStringLiteral("the node archive holds more than one quantus-node (%1, %2); it was refused and the file "
                            "was deleted")
                 .arg(root.relativeFilePath(found.at(0)), root.relativeFilePath(found.at(1))));
        return;
    }
    const QString binary = found.first();
    const QFileInfo info(binary);
    if (info.isSymLink() || !info.isFile()) {
        fail(QStringLiteral("the node archive's %1 is not a regular file; it was refused and the file was deleted")
                 .arg(root.relativeFilePath(binary)));
        return;
    }
    const QFile::Permissions mode755 = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                                       | QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup
                                       | QFile::ReadOther | QFile::ExeOther;
    if (!QFile::setPermissions(binary, mode755)) {
        fail(QStringLiteral("cannot make %1 executable; the file was deleted").arg(binary));
        return;
    }
    const QString target = QDir(m_destDir).filePath(kBinaryName);
    if (QFileInfo(target).isDir()) {
        fail(QStringLiteral("%1 is a folder; remove it or pick another folder for quantus-node").arg(target));
        return;
    }
    // rename(2) replaces an older binary in one step: a running node keeps
    // its old file, and no half-written binary is ever visible.
    if (std::rename(QFile::encodeName(binary).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        fail(QStringLiteral("cannot put quantus-node in %1: %2").arg(m_destDir, why));
        return;
    }
    cleanup();
    emit installed(target);
}

} // namespace qm

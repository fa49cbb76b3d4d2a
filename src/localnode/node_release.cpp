#include "localnode/node_release.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>
#include <QTimer>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>

namespace qm {

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;
// A manifest without a size still has a ceiling: no node release comes near
// it, and a server that streams forever must not fill the disk.
constexpr qint64 kMaxUnsizedDownload = 4 * kGiB;
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

// Removes an unpacking folder an older version of this class left (it ran
// tar): archive modes may have left folders without write permission, which
// removeRecursively cannot empty.
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

// A member name that would land outside the folder it is unpacked into.
bool isUnsafeMember(const QString& name)
{
    if (name.startsWith(QLatin1Char('/')))
        return true;
    const QStringList parts = name.split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

// ---------------------------------------------------------------------------
// Unpacking (runs on the worker thread: no QObject, only the files and the
// stop flag it is handed).

constexpr size_t kReadBlock = 64 * 1024;
const QString kStopped = QStringLiteral("stopped");   // never shown: the run is abandoned

QString unpackFailure(const QString& why)
{
    return QStringLiteral("the node archive cannot be unpacked (%1); the file was deleted").arg(why);
}

QString refusedMember(const QString& name, const QString& what)
{
    return QStringLiteral("the node archive holds \"%1\", %2; it was refused, nothing was unpacked and the file was "
                          "deleted")
        .arg(name, what);
}

QString tooLarge(qint64 limit)
{
    return QStringLiteral("the node archive unpacks to more than %1 MiB, far more than a node release; it was refused, "
                          "nothing was unpacked and the file was deleted")
        .arg(limit / (1024.0 * 1024.0));
}

// One reading of the archive (gzip-compressed or plain tar, in any of tar's
// formats: ustar, GNU, pax); freed with its scope.
class ArchiveReader {
public:
    explicit ArchiveReader(const QString& path) : m_a(archive_read_new())
    {
        if (!m_a) {
            m_error = QStringLiteral("out of memory");
            return;
        }
        archive_read_support_filter_gzip(m_a);
        archive_read_support_format_tar(m_a);
        if (archive_read_open_filename(m_a, QFile::encodeName(path).constData(), kReadBlock) != ARCHIVE_OK)
            m_error = errorString();
    }
    ~ArchiveReader()
    {
        if (m_a)
            archive_read_free(m_a);
    }
    ArchiveReader(const ArchiveReader&) = delete;
    ArchiveReader& operator=(const ArchiveReader&) = delete;

    archive* get() const { return m_a; }
    // Why opening failed; empty when it did not.
    const QString& openError() const { return m_error; }
    QString errorString() const
    {
        const char* e = m_a ? archive_error_string(m_a) : nullptr;
        return e ? QString::fromLocal8Bit(e) : QStringLiteral("unreadable data");
    }

private:
    archive* m_a;
    QString m_error;
};

// Reads the current member's content block by block, adding each block's
// decompressed bytes to `*total` and handing it to `sink` (when given, with
// its offset in the member). Returns an error, kStopped, or empty.
QString readMember(const ArchiveReader& reader, qint64* total, qint64 limit, const std::atomic_bool& stop,
                   const std::function<QString(const char* data, size_t size, qint64 offset)>& sink = {})
{
    for (;;) {
        if (stop.load())
            return kStopped;
        const void* data = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int r = archive_read_data_block(reader.get(), &data, &size, &offset);
        if (r == ARCHIVE_EOF)
            return {};
        if (r < ARCHIVE_WARN)
            return unpackFailure(reader.errorString());
        *total += qint64(size);
        // A sparse member's offsets skip its holes: its end counts too.
        if (*total > limit || offset < 0 || offset > limit - qint64(size))
            return tooLarge(limit);
        if (sink) {
            const QString bad = sink(static_cast<const char*>(data), size, offset);
            if (!bad.isEmpty())
                return bad;
        }
    }
}

// The member's name without "." parts and empty ones ("./a//b" -> "a/b").
QStringList nameParts(const QString& name)
{
    QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("."));
    return parts;
}

// Checks every member of `archivePath`, then writes its quantus-node to
// `tempPath` (an existing empty file). Returns why it was refused, kStopped,
// or empty when tempPath holds the binary.
QString unpackNode(const QString& archivePath, const QString& tempPath, qint64 limit, const std::atomic_bool& stop)
{
    // First reading: names, types and decompressed sizes, nothing written.
    struct Candidate {
        int index;
        QString name;
        qsizetype depth;
    };
    QList<Candidate> candidates;
    int members = 0;
    {
        ArchiveReader reader(archivePath);
        if (!reader.openError().isEmpty())
            return unpackFailure(reader.openError());
        qint64 total = 0;
        for (;;) {
            if (stop.load())
                return kStopped;
            archive_entry* entry = nullptr;
            const int r = archive_read_next_header(reader.get(), &entry);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN)
                return unpackFailure(reader.errorString());
            const int index = members++;
            const char* raw = archive_entry_pathname(entry);
            if (!raw || !*raw)
                return QStringLiteral("the node archive holds a member without a name; it was refused, nothing was "
                                      "unpacked and the file was deleted");
            const QString name = QString::fromUtf8(raw);
            if (isUnsafeMember(name))
                return refusedMember(name, QStringLiteral("a name outside its own folder"));
            const mode_t type = archive_entry_filetype(entry);
            if (archive_entry_hardlink(entry) || archive_entry_symlink(entry) || (type != AE_IFREG && type != AE_IFDIR))
                return refusedMember(name, QStringLiteral("which is a link or a special file"));
            if (const QString bad = readMember(reader, &total, limit, stop); !bad.isEmpty())
                return bad;
            // quantus-node at the top or in a top-level folder; a folder may
            // carry the name too.
            const QStringList parts = nameParts(name);
            if (type == AE_IFREG && !parts.isEmpty() && parts.size() <= 2 && parts.last() == kBinaryName)
                candidates.append({index, parts.join(QLatin1Char('/')), parts.size() - 1});
        }
    }
    if (members == 0)
        return QStringLiteral("the node archive is empty; the file was deleted");
    if (candidates.isEmpty())
        return QStringLiteral("the node archive has no quantus-node at its top or in its top-level folder; "
                              "the file was deleted");
    // The shallowest one; two at that depth (or one name twice) is ambiguous.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.depth < b.depth; });
    if (candidates.size() > 1 && candidates.at(0).depth == candidates.at(1).depth)
        return QStringLiteral("the node archive holds more than one quantus-node (%1, %2); it was refused and the file "
                              "was deleted")
            .arg(candidates.at(0).name, candidates.at(1).name);
    const Candidate chosen = candidates.first();

    // Second reading: up to the chosen member, whose content alone is written.
    QFile out(tempPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1: %2; the file was deleted").arg(tempPath, out.errorString());
    ArchiveReader reader(archivePath);
    if (!reader.openError().isEmpty())
        return unpackFailure(reader.openError());
    qint64 total = 0;
    for (int index = 0;; ++index) {
        archive_entry* entry = nullptr;
        const int r = archive_read_next_header(reader.get(), &entry);
        if (r < ARCHIVE_WARN || r == ARCHIVE_EOF)
            return unpackFailure(r == ARCHIVE_EOF ? QStringLiteral("it changed while it was read") : reader.errorString());
        if (index < chosen.index) {
            if (const QString bad = readMember(reader, &total, limit, stop); !bad.isEmpty())
                return bad;
            continue;
        }
        const char* raw = archive_entry_pathname(entry);
        if (!raw || nameParts(QString::fromUtf8(raw)).join(QLatin1Char('/')) != chosen.name
            || archive_entry_filetype(entry) != AE_IFREG)
            return unpackFailure(QStringLiteral("it changed while it was read"));
        const QString bad =
            readMember(reader, &total, limit, stop, [&out, &tempPath](const char* data, size_t size, qint64 offset) {
                // A sparse member's holes stay holes (read back as zeros).
                if ((offset != out.pos() && !out.seek(offset)) || out.write(data, qint64(size)) != qint64(size))
                    return QStringLiteral("cannot write %1: %2; the file was deleted").arg(tempPath, out.errorString());
                return QString();
            });
        if (!bad.isEmpty())
            return bad;
        break;
    }
    const bool flushed = out.flush();
    const QString why = out.errorString();
    out.close();
    if (!flushed)
        return QStringLiteral("cannot write %1: %2; the file was deleted").arg(tempPath, why);
    return {};
}

} // namespace

// ---------------------------------------------------------------------------

NodeDownloader::NodeDownloader(QObject* parent)
    : QObject(parent), m_net(new QNetworkAccessManager(this)), m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &NodeDownloader::startTry);
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
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    // The worker stops within one block of the archive; its files are
    // removed only once it no longer writes them.
    if (m_unpackStop)
        m_unpackStop->store(true);
    if (m_unpackThread.joinable())
        m_unpackThread.join();
    m_unpackStop.reset();
    if (m_out) {
        m_out->close();
        delete m_out;
        m_out = nullptr;
    }
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
    m_partPath.clear();
    if (!m_unpackPath.isEmpty())
        QFile::remove(m_unpackPath);
    m_unpackPath.clear();
    m_hash.reset();
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
    const QFileInfoList leftovers = QDir(dir).entryInfoList({kUnpackPrefix + QLatin1Char('*')},
                                                           QDir::Dirs | QDir::Files | QDir::Hidden | QDir::System
                                                               | QDir::NoDotAndDotDot);
    for (const QFileInfo& info : leftovers) {
        if (info.isDir() && !info.isSymLink())
            removeTree(info.filePath());
        else
            QFile::remove(info.filePath());
    }

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

    QTemporaryFile temp(QDir(m_destDir).filePath(kUnpackPrefix + QStringLiteral("XXXXXX")));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        fail(QStringLiteral("cannot create a temporary file in %1: %2; the file was deleted")
                 .arg(m_destDir, temp.errorString()));
        return;
    }
    m_unpackPath = temp.fileName();
    temp.close();
    startUnpack();
}

void NodeDownloader::startUnpack()
{
    const quint64 run = ++m_unpackRun;
    m_unpackStop = std::make_shared<std::atomic_bool>(false);
    // The thread owns copies of what it reads; the object outlives it
    // (cleanup joins it), and a result posted for a run that was stopped
    // meanwhile is dropped by onUnpacked (or with the object).
    m_unpackThread = std::thread([this, run, stop = m_unpackStop, archive = m_partPath, temp = m_unpackPath,
                                  limit = m_maxUnpackedBytes] {
        const QString error = unpackNode(archive, temp, limit, *stop);
        if (!stop->load())
            QMetaObject::invokeMethod(this, [this, run, error] { onUnpacked(run, error); }, Qt::QueuedConnection);
    });
}

void NodeDownloader::onUnpacked(quint64 run, const QString& error)
{
    if (run != m_unpackRun || m_phase != Phase::Unpack || !m_unpackThread.joinable())
        return;   // stopped since
    m_unpackThread.join();
    m_unpackStop.reset();
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    const QString binary = m_unpackPath;
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
    m_unpackPath.clear();   // it is the installed binary now
    cleanup();
    emit installed(target);
}

} // namespace qm

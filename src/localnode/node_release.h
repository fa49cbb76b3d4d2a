// Getting the node release the network's compatibility manifest names
// (localnode/compatibility_manifest.h): the manifest itself, then the archive,
// verified before anything is unpacked. The archive goes to a temporary file
// beside the destination; its SHA-256 must match the manifest (a mismatch
// deletes it and says so); only then is it unpacked (in process, with
// libarchive, on a worker thread) and the quantus-node inside made
// executable. An interrupted transfer is retried (three tries, resuming with
// a Range request when the server allows it).
//
// Every address (the manifest's own, the archive's) must pass
// checkReleaseUrl: https://, plain http only for 127.0.0.1, localhost and
// ::1 (tests and local mirrors), and so must every redirect, which never
// leads from https to http. A release archive is a .tar.gz holding the
// quantus-node executable at its top or inside one top-level folder. The
// archive is read twice: first every member is checked (and its bytes
// counted as they are decompressed), then only quantus-node is written, to a
// temporary file beside the destination. An archive with absolute or ".."
// member names, links, devices, fifos or sockets, no quantus-node or more
// than one at the same depth, or more than kMaxUnpackedBytes of content is
// refused before anything is written.
//
// Lives on the main thread; its signals are emitted there. failed() always
// comes from the event loop, never from inside the call that caused it
// (download, fetchManifest, cancel), and after the temporary files are gone.
#pragma once

#include "localnode/compatibility_manifest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

class QCryptographicHash;
class QFile;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace qm {

class NodeDownloader : public QObject {
    Q_OBJECT
public:
    // The most an archive may unpack to, all members together, counted in
    // bytes actually decompressed (not the sizes its headers claim). A node
    // release is well under 200 MiB; the limit keeps a crafted archive (a
    // gzip bomb) from filling the disk or keeping the worker busy for long.
    static constexpr qint64 kMaxUnpackedBytes = 512LL * 1024 * 1024;

    explicit NodeDownloader(QObject* parent = nullptr);
    // Stops whatever runs and removes its temporary files, without signals.
    ~NodeDownloader() override;

    // GET the manifest (at most kMaxManifestBytes); manifestReady or failed.
    void fetchManifest(const QUrl& url);
    // Downloads `file` and installs its quantus-node into `destDir`
    // (made when missing): installed(path to the binary) or failed(reason).
    // The binary appears only complete and verified (an older one is
    // replaced in one rename); a failure leaves none behind.
    void download(const NodeReleaseFile& file, const QString& destDir);
    // Stops a transfer; the partial file is deleted; failed("cancelled").
    // Does nothing when idle.
    void cancel();
    // A fetch, a transfer, a wait before the next try or the unpacking runs.
    // A call while busy is answered with failed() and leaves the running
    // work alone.
    bool isBusy() const;
    // The last failed() was the manifest's content (it arrived but this miner
    // cannot use it), not the transfer: `node install` exits 2 for it, 1 for
    // a network failure.
    bool manifestRefused() const { return m_manifestRefused; }

    void setMaxTries(int tries) { m_maxTries = tries < 1 ? 1 : tries; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms < 0 ? 0 : ms; }
    // A transfer that receives nothing for this long is broken (and tried
    // again); QNetworkRequest's default is 30 s.
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms < 1 ? 1 : ms; }
    // kMaxUnpackedBytes unless set (tests use a small one).
    void setMaxUnpackedBytes(qint64 bytes) { m_maxUnpackedBytes = bytes < 1 ? 1 : bytes; }

    // The temporary download: <destDir>/.quantus-node-download.part.
    static QString partPath(const QString& destDir);

signals:
    void manifestReady(const qm::CompatibilityManifest& manifest);
    void progress(qint64 received, qint64 total);   // total -1 when unknown
    // A transfer broke and is tried again (try of maxTries).
    void retrying(int attempt, const QString& reason);
    void verifying();
    void installed(const QString& binaryPath);
    void failed(const QString& reason);

private:
    enum class Phase { Idle, Manifest, Transfer, RetryWait, Unpack };

    void startTry();
    void onReadyRead();
    void onFinished();
    void onManifestFinished();
    // Follows `reply`'s redirects that keep to the address rules; fails
    // with `failure` (%1 origin, %2 why) on one that does not.
    void followRedirects(QNetworkReply* reply, const QUrl& origin, const QString& failure);
    void finishDownload();
    // Checks and unpacks the verified archive on a worker thread, which
    // posts its result to onUnpacked.
    void startUnpack();
    void onUnpacked(quint64 run, const QString& error);
    // Ends the current work: stops the reply, the timer and the unpacking
    // (waiting for its thread), removes the temporary files. Emits
    // failed(reason) later unless `reason` is null.
    void fail(const QString& reason);
    void cleanup();
    void rejectLater(const QString& reason);
    void truncatePart();

    QNetworkAccessManager* m_net = nullptr;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_retryTimer = nullptr;
    std::thread m_unpackThread;
    std::shared_ptr<std::atomic_bool> m_unpackStop;   // set to stop the worker
    quint64 m_unpackRun = 0;    // which unpacking a posted result belongs to
    Phase m_phase = Phase::Idle;
    bool m_manifestRefused = false;

    QUrl m_manifestUrl;
    QByteArray m_manifestBody;

    NodeReleaseFile m_file;
    QString m_destDir;
    QString m_partPath;
    QFile* m_out = nullptr;
    std::unique_ptr<QCryptographicHash> m_hash;
    QString m_unpackPath;       // the temporary quantus-node beside the destination
    qint64 m_maxUnpackedBytes = kMaxUnpackedBytes;
    qint64 m_received = 0;      // bytes in the part file
    qint64 m_total = -1;        // expected size, -1 unknown
    bool m_bodyAccepted = false;// this try's response status was checked
    bool m_bodyIgnored = false; // ...and its body is not the file
    QString m_tryError;         // why this try's body was refused
    int m_try = 0;
    int m_maxTries = 3;
    int m_retryDelayMs = 1000;
    int m_timeoutMs = 30000;
};

} // namespace qm

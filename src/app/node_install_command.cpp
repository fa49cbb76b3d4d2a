#include "app/node_install_command.h"

#include "app/signal_watcher.h"
#include "localnode/compatibility_manifest.h"
#include "localnode/local_node.h"
#include "localnode/node_keys.h"
#include "localnode/node_release.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <unistd.h>

namespace qm {

namespace {

void write(std::FILE* to, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), to);
    std::fflush(to);
}

void line(std::FILE* to, const QString& text)
{
    write(to, text + QLatin1Char('\n'));
}

// "12.5 MiB": binary units with one decimal, whole bytes below 1 KiB.
QString dataSize(double bytes)
{
    static const char* const units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(qint64(bytes));
    int unit = -1;
    while (bytes >= 1024 && unit < 3) {
        bytes /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(bytes, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

// "9 s", "3 min 20 s", "1 h 05 min".
QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

struct Manifest {
    std::optional<CompatibilityManifest> manifest;
    QString source;     // as shown
    QString error;
    int exitCode = 0;   // when !manifest
};

// A manifest named as a file (a path, or file://): read here, no network.
Manifest readManifestFile(const QString& path)
{
    Manifest r;
    r.source = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("cannot read the manifest %1: %2").arg(r.source, f.errorString());
        r.exitCode = 2;
        return r;
    }
    if (f.size() > kMaxManifestBytes) {
        r.error = QStringLiteral("the manifest %1 is larger than 1 MiB; is it the right file?").arg(r.source);
        r.exitCode = 2;
        return r;
    }
    QString error;
    r.manifest = parseCompatibilityManifest(f.readAll(), &error);
    if (!r.manifest) {
        r.error = QStringLiteral("%1 (from %2)").arg(error, r.source);
        r.exitCode = 2;
    }
    return r;
}

Manifest fetchManifest(NodeDownloader& downloader, const QUrl& url)
{
    Manifest r;
    r.source = url.toDisplayString(QUrl::RemoveUserInfo);
    if (const QString bad = checkReleaseUrl(url, QStringLiteral("--manifest")); !bad.isEmpty()) {
        r.error = bad;
        r.exitCode = 2;
        return r;
    }
    QEventLoop loop;
    const auto ready = QObject::connect(&downloader, &NodeDownloader::manifestReady, &loop,
                                        [&](const CompatibilityManifest& m) {
                                            r.manifest = m;
                                            loop.quit();
                                        });
    const auto failed = QObject::connect(&downloader, &NodeDownloader::failed, &loop, [&](const QString& reason) {
        r.error = reason;
        r.exitCode = downloader.manifestRefused() ? 2 : 1;
        loop.quit();
    });
    downloader.fetchManifest(url);
    loop.exec();
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    return r;
}

} // namespace

QString nodeInstallProgressLine(qint64 received, qint64 total, qint64 elapsedMs)
{
    QString text = total > 0 ? QStringLiteral("%1 of %2").arg(dataSize(double(received)), dataSize(double(total)))
                             : dataSize(double(received));
    if (received <= 0 || elapsedMs <= 0)
        return text;
    const double rate = double(received) * 1000.0 / double(elapsedMs);
    text += QStringLiteral(", %1/s").arg(dataSize(rate));
    if (total > 0 && rate > 0) {
        const qint64 left = total > received ? qint64((double(total - received) / rate) + 0.5) : 0;
        text += QStringLiteral(", %1 left").arg(duration(left));
    }
    return text;
}

int runNodeInstallCommand(const NodeInstallOptions& options, std::FILE* out, std::FILE* err)
{
    NodeDownloader downloader;
    const auto failWith = [err](int code, const QString& message) {
        line(err, QStringLiteral("quantus-miner node install: %1").arg(message));
        return code;
    };

    // --manifest: an address when it has one of the schemes the downloader
    // takes (any other scheme is refused by name), else a file.
    const QString source = options.manifest.trimmed();
    Manifest m;
    if (source.isEmpty()) {
        m = fetchManifest(downloader, defaultManifestUrl());
    } else if (source.startsWith(QLatin1String("file://"))) {
        m = readManifestFile(QUrl(source).toLocalFile());
    } else if (source.contains(QLatin1String("://"))) {
        m = fetchManifest(downloader, QUrl(source, QUrl::StrictMode));
    } else {
        m = readManifestFile(source);
    }
    if (!m.manifest)
        return failWith(m.exitCode, m.error);
    const CompatibilityManifest& manifest = *m.manifest;

    QString problem;
    const std::optional<NodeReleaseFile> build = manifest.nodeBuild(hostPlatform(), &problem);
    if (!build)
        return failWith(2, problem);

    QString network = QStringLiteral("%1 (%2)").arg(manifest.networkLabel, manifest.networkId);
    if (manifest.tokensHaveNoValue())
        network += QStringLiteral(": a test network, its tokens have no value");
    line(out, QStringLiteral("network:      %1").arg(network));
    line(out, QStringLiteral("manifest:     %1%2")
                  .arg(m.source, manifest.updatedAt.isEmpty() ? QString()
                                                              : QStringLiteral(" (updated %1)").arg(manifest.updatedAt)));
    line(out, QStringLiteral("node version: %1").arg(manifest.nodeVersion));
    line(out, QStringLiteral("platform:     %1 (%2Url)").arg(build->platform, build->key));
    line(out, QStringLiteral("url:          %1").arg(build->url.toDisplayString(QUrl::RemoveUserInfo)));
    line(out, QStringLiteral("sha256:       %1").arg(QString::fromLatin1(build->sha256.toHex())));
    if (options.dryRun) {
        line(out, QStringLiteral("dry run: nothing downloaded"));
        return 0;
    }

    const QString dir = QDir::cleanPath(QDir(options.dir.isEmpty() ? QDir(defaultNodeHome()).filePath(QStringLiteral("bin"))
                                                                   : options.dir)
                                            .absolutePath());
    line(out, QStringLiteral("installing into %1").arg(QDir::toNativeSeparators(dir)));

    // Ctrl-C or SIGTERM cancels: the partial download is removed.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::shutdownRequested, &downloader, [&downloader] { downloader.cancel(); });

    const bool terminal = ::isatty(::fileno(err)) == 1;
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 lastShown = -1000;
    bool progressShown = false;
    const auto endProgress = [&] {
        if (progressShown)
            write(err, QStringLiteral("\n"));
        progressShown = false;
    };

    QEventLoop loop;
    QString installed;
    QString failure;
    QObject::connect(&downloader, &NodeDownloader::progress, &loop, [&](qint64 received, qint64 total) {
        if (!terminal)
            return;
        const qint64 now = elapsed.elapsed();
        if (now - lastShown < 200 && received != total)
            return;
        lastShown = now;
        // \r and a clear to the end of the line: the line is rewritten in place.
        write(err, QStringLiteral("\r\x1b[K  %1").arg(nodeInstallProgressLine(received, total, now)));
        progressShown = true;
    });
    QObject::connect(&downloader, &NodeDownloader::retrying, &loop, [&](int attempt, const QString& reason) {
        endProgress();
        line(err, QStringLiteral("the download broke off (%1); trying again (%2)").arg(reason).arg(attempt));
    });
    QObject::connect(&downloader, &NodeDownloader::verifying, &loop, [&] {
        endProgress();
        line(out, QStringLiteral("checking the SHA-256 checksum"));
    });
    QObject::connect(&downloader, &NodeDownloader::installed, &loop, [&](const QString& path) {
        installed = path;
        loop.quit();
    });
    QObject::connect(&downloader, &NodeDownloader::failed, &loop, [&](const QString& reason) {
        failure = reason;
        loop.quit();
    });
    downloader.download(*build, dir);
    loop.exec();
    endProgress();
    if (installed.isEmpty())
        return failWith(1, failure);

    QString versionError;
    const QString version = NodeKeyTool(installed, 15000).version(&versionError);
    line(out, QStringLiteral("installed:    %1").arg(QDir::toNativeSeparators(installed)));
    if (version.isEmpty())
        return failWith(1, QStringLiteral("the installed node does not run: %1").arg(versionError));
    line(out, QStringLiteral("version:      %1").arg(version));
    line(out, QStringLiteral("next: quantus-miner serve --node-binary %1 --node-base-path DIR --chain %2 "
                             "--rewards-inner-hash 0x...")
                  .arg(QDir::toNativeSeparators(installed), manifest.chain()));
    return 0;
}

} // namespace qm

// The compatibility manifest as the Quantus Network published it
// (tests/data/mining-compatibility.planck-2026-09-03.json, a copy of
// Quantus-Network/docs static/mining-compatibility.json), and copies of it
// with one key changed, so tests read the real keys and values rather than
// a manifest written here. Header-only; needs QM_TEST_DATA_DIR.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace qm::test {

inline QString publishedManifestPath()
{
    return QStringLiteral(QM_TEST_DATA_DIR "/mining-compatibility.planck-2026-09-03.json");
}

// The published file's bytes; empty when it cannot be read.
inline QByteArray publishedManifestBytes()
{
    QFile f(publishedManifestPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonObject publishedManifest()
{
    return QJsonDocument::fromJson(publishedManifestBytes()).object();
}

inline QByteArray manifestJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// The published manifest with this machine's Linux x86_64 node build
// pointing at `url` with `sha256Hex` (how a local mirror serves it).
inline QJsonObject publishedManifestWithNode(const QString& url, const QByteArray& sha256Hex,
                                             const QString& stem = QStringLiteral("nodeLinuxX8664"))
{
    QJsonObject o = publishedManifest();
    o.insert(stem + QStringLiteral("Url"), url);
    o.insert(stem + QStringLiteral("Sha256"), QString::fromLatin1(sha256Hex));
    return o;
}

} // namespace qm::test

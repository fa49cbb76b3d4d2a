#include "gui/local_node_settings.h"

#include "gui/gui_settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace qm::gui {

namespace {

const QString kEnabled = QStringLiteral("localNode/enabled");
const QString kSetupDone = QStringLiteral("localNode/setupDone");
const QString kBinary = QStringLiteral("localNode/binary");
const QString kBasePath = QStringLiteral("localNode/basePath");
const QString kChain = QStringLiteral("localNode/chain");
const QString kInnerHash = QStringLiteral("localNode/rewardsInnerHash");
const QString kAddress = QStringLiteral("localNode/rewardsAddress");
const QString kName = QStringLiteral("localNode/name");
const QString kMinerPort = QStringLiteral("localNode/minerPort");
const QString kRpcPort = QStringLiteral("localNode/rpcPort");
const QString kPrometheusPort = QStringLiteral("localNode/prometheusPort");
const QString kMinedTotal = QStringLiteral("localNode/minedTotal");
const QString kMinedKey = QStringLiteral("localNode/minedFor");
const QString kLastMined = QStringLiteral("localNode/lastMinedBlock");
const QString kManifest = QStringLiteral("localNode/manifestUrl");
// Written by versions that took a block explorer from the manifest (the
// published one names none): removed on save.
const QString kExplorer = QStringLiteral("localNode/explorer");

quint16 port(const QSettings& s, const QString& key, quint16 fallback)
{
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    return ok && v > 0 && v <= 65535 ? static_cast<quint16>(v) : fallback;
}

} // namespace

LocalNodeSettings LocalNodeSettings::load()
{
    const auto s = openSettings();
    LocalNodeSettings l;
    l.enabled = s->value(kEnabled, false).toBool();
    l.setupDone = s->value(kSetupDone, false).toBool();
    l.node.binary = s->value(kBinary).toString();
    l.node.basePath = s->value(kBasePath).toString();
    l.node.chain = s->value(kChain).toString();
    QString hash;
    if (parseInnerHash(s->value(kInnerHash).toString(), &hash))
        l.node.rewardsInnerHash = hash;
    l.node.nodeName = s->value(kName).toString();
    l.node.minerPort = port(*s, kMinerPort, l.node.minerPort);
    l.node.rpcPort = port(*s, kRpcPort, l.node.rpcPort);
    l.node.prometheusPort = port(*s, kPrometheusPort, l.node.prometheusPort);
    l.node.enabled = !l.node.binary.isEmpty();
    l.rewardsAddress = s->value(kAddress).toString();
    l.minedTotal = s->value(kMinedTotal, 0).toULongLong();
    l.minedKey = s->value(kMinedKey).toString();
    l.lastMinedBlock = s->value(kLastMined, 0).toULongLong();
    l.manifestUrl = s->value(kManifest).toUrl();
    return l;
}

LocalNodeSettings LocalNodeSettings::forRun(const LocalNodeConfig& fromCommandLine)
{
    LocalNodeSettings l = load();
    if (!fromCommandLine.enabled)
        return l;
    // The saved address belongs to the saved inner hash only.
    if (fromCommandLine.rewardsInnerHash != l.node.rewardsInnerHash)
        l.rewardsAddress.clear();
    l.node = fromCommandLine;
    l.enabled = true;
    l.setupDone = true;
    l.transient = true;
    return l;
}

void LocalNodeSettings::save() const
{
    if (transient)
        return;
    const auto s = openSettings();
    s->setValue(kEnabled, enabled);
    s->setValue(kSetupDone, setupDone);
    s->setValue(kBinary, node.binary);
    s->setValue(kBasePath, node.basePath);
    s->setValue(kChain, node.chain);
    s->setValue(kInnerHash, node.rewardsInnerHash);
    s->setValue(kAddress, rewardsAddress);
    s->setValue(kName, node.nodeName);
    s->setValue(kMinerPort, node.minerPort);
    s->setValue(kRpcPort, node.rpcPort);
    s->setValue(kPrometheusPort, node.prometheusPort);
    s->setValue(kMinedTotal, minedTotal);
    s->setValue(kMinedKey, minedKey);
    s->setValue(kLastMined, lastMinedBlock);
    if (manifestUrl.isEmpty())
        s->remove(kManifest);
    else
        s->setValue(kManifest, manifestUrl);
    s->remove(kExplorer);
    s->sync();
}

void LocalNodeSettings::saveMinedCount(const LocalNodeSettings& settings)
{
    const auto s = openSettings();
    s->setValue(kMinedTotal, settings.minedTotal);
    s->setValue(kMinedKey, settings.minedKey);
    s->setValue(kLastMined, settings.lastMinedBlock);
    s->sync();
}

} // namespace qm::gui

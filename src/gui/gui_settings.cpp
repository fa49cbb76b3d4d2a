#include "gui/gui_settings.h"

#include "service/system_info.h"

#include <QHostAddress>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace qm::gui {

namespace {

const QString kBind = QStringLiteral("service/bindAddress");
const QString kPort = QStringLiteral("service/port");
const QString kMetricsEnabled = QStringLiteral("service/metricsEnabled");
const QString kMetricsPort = QStringLiteral("service/metricsPort");
const QString kEngine = QStringLiteral("service/engine");
const QString kWorkers = QStringLiteral("service/workers");
const QString kNodeEnabled = QStringLiteral("node/enabled");
const QString kNodeAddress = QStringLiteral("node/address");
const QString kNodeDir = QStringLiteral("node/directory");
const QString kNodeTokenFile = QStringLiteral("node/authTokenFile");
const QString kNodePinFile = QStringLiteral("node/certSha256File");
// An array beside the node's keys: node/backups/1/address, ... (QSettings'
// array form, with node/backups/size).
const QString kNodeGroup = QStringLiteral("node");
const QString kBackups = QStringLiteral("backups");
const QString kBackupAddress = QStringLiteral("address");
const QString kBackupDir = QStringLiteral("directory");
const QString kBackupTokenFile = QStringLiteral("authTokenFile");
const QString kBackupPinFile = QStringLiteral("certSha256File");
const QString kLanguage = QStringLiteral("interface/language");
const QString kTheme = QStringLiteral("interface/theme");
const QString kStartMinimized = QStringLiteral("interface/startMinimized");
const QString kCloseToTray = QStringLiteral("interface/closeToTray");
const QString kStartOnLogin = QStringLiteral("interface/startOnLogin");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kJobsHeader = QStringLiteral("window/jobsHeader");
const QString kTab = QStringLiteral("window/tab");
const QString kChartWindow = QStringLiteral("window/chartWindowMs");

std::optional<quint16> portValue(const QSettings& s, const QString& key)
{
    if (!s.contains(key))
        return std::nullopt;
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    if (!ok || v < 0 || v > 65535)
        return std::nullopt;
    return static_cast<quint16>(v);
}

} // namespace

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("Quantus"), QStringLiteral("Quantus Miner"));
}

GuiSettings GuiSettings::load()
{
    const auto s = openSettings();
    GuiSettings g;
    if (s->contains(kBind)) {
        const QString bind = s->value(kBind).toString().trimmed();
        if (!QHostAddress(bind).isNull())
            g.bindAddress = bind;
    }
    g.port = portValue(*s, kPort);
    if (s->contains(kMetricsEnabled))
        g.metricsEnabled = s->value(kMetricsEnabled).toBool();
    g.metricsPort = portValue(*s, kMetricsPort);
    if (s->contains(kEngine)) {
        const QString engine = s->value(kEngine).toString();
        if (engineNames().contains(engine))
            g.engine = engine;
    }
    if (s->contains(kWorkers)) {
        bool ok = false;
        const int w = s->value(kWorkers).toInt(&ok);
        if (ok && w >= 1)
            g.workers = w;
    }
    if (s->contains(kNodeEnabled))
        g.nodeEnabled = s->value(kNodeEnabled).toBool();
    g.node.address = s->value(kNodeAddress).toString();
    g.node.nodeDir = s->value(kNodeDir).toString();
    g.node.tokenFile = s->value(kNodeTokenFile).toString();
    g.node.pinFile = s->value(kNodePinFile).toString();
    s->beginGroup(kNodeGroup);
    const int backups = s->beginReadArray(kBackups);
    for (int i = 0; i < backups; ++i) {
        s->setArrayIndex(i);
        NodeSource b;
        b.address = s->value(kBackupAddress).toString();
        b.nodeDir = s->value(kBackupDir).toString();
        b.tokenFile = s->value(kBackupTokenFile).toString();
        b.pinFile = s->value(kBackupPinFile).toString();
        // An entry without an address (edited by hand) names no node.
        if (!b.address.trimmed().isEmpty())
            g.backupNodes << b;
    }
    s->endArray();
    s->endGroup();
    g.language = s->value(kLanguage).toString();
    g.theme = parseThemeChoice(s->value(kTheme).toString());
    g.startMinimized = s->value(kStartMinimized, false).toBool();
    g.closeToTray = s->value(kCloseToTray, true).toBool();
    g.startOnLogin = s->value(kStartOnLogin, false).toBool();
    g.windowGeometry = s->value(kGeometry).toByteArray();
    g.windowState = s->value(kState).toByteArray();
    g.splitterState = s->value(kSplitter).toByteArray();
    g.jobsHeaderState = s->value(kJobsHeader).toByteArray();
    g.currentTab = s->value(kTab, 0).toInt();
    g.chartWindowMs = s->value(kChartWindow, g.chartWindowMs).toLongLong();
    return g;
}

void GuiSettings::save() const
{
    const auto s = openSettings();
    const auto put = [&](const QString& key, const auto& value) {
        if (value)
            s->setValue(key, *value);
        else
            s->remove(key);
    };
    put(kBind, bindAddress);
    put(kPort, port);
    put(kMetricsEnabled, metricsEnabled);
    put(kMetricsPort, metricsPort);
    put(kEngine, engine);
    put(kWorkers, workers);
    put(kNodeEnabled, nodeEnabled);
    const auto putText = [&](const QString& key, const QString& value) {
        if (value.isEmpty())
            s->remove(key);
        else
            s->setValue(key, value);
    };
    putText(kNodeAddress, node.address);
    putText(kNodeDir, node.nodeDir);
    putText(kNodeTokenFile, node.tokenFile);
    putText(kNodePinFile, node.pinFile);
    // Rewritten whole, so that a shorter list leaves no stale entries.
    s->beginGroup(kNodeGroup);
    s->remove(kBackups);
    if (!backupNodes.isEmpty()) {
        s->beginWriteArray(kBackups, static_cast<int>(backupNodes.size()));
        for (int i = 0; i < backupNodes.size(); ++i) {
            s->setArrayIndex(i);
            const NodeSource& b = backupNodes[i];
            putText(kBackupAddress, b.address);
            putText(kBackupDir, b.nodeDir);
            putText(kBackupTokenFile, b.tokenFile);
            putText(kBackupPinFile, b.pinFile);
        }
        s->endArray();
    }
    s->endGroup();
    s->setValue(kLanguage, language);
    s->setValue(kTheme, themeChoiceKey(theme));
    s->setValue(kStartMinimized, startMinimized);
    s->setValue(kCloseToTray, closeToTray);
    s->setValue(kStartOnLogin, startOnLogin);
    s->sync();
}

void GuiSettings::saveLayout() const
{
    const auto s = openSettings();
    s->setValue(kGeometry, windowGeometry);
    s->setValue(kState, windowState);
    s->setValue(kSplitter, splitterState);
    s->setValue(kJobsHeader, jobsHeaderState);
    s->setValue(kTab, currentTab);
    s->setValue(kChartWindow, chartWindowMs);
    s->sync();
}

QSet<ServiceSetting> explicitServiceSettings(const ConfigOverrides& cli, const EnvLookup& env)
{
    QSet<ServiceSetting> out;
    const auto given = [&](const std::optional<QString>& option, const char* var) {
        return option.has_value() || (env && env(var).has_value());
    };
    if (given(cli.bind, kEnvBind))
        out.insert(ServiceSetting::BindAddress);
    if (given(cli.port, kEnvPort))
        out.insert(ServiceSetting::Port);
    if (given(cli.metricsPort, kEnvMetricsPort))
        out.insert(ServiceSetting::Metrics);
    if (given(cli.engine, kEnvEngine))
        out.insert(ServiceSetting::Engine);
    if (given(cli.workers, kEnvWorkers))
        out.insert(ServiceSetting::Workers);
    // Any node option: a partial one is resolveConfig's to refuse.
    const NodeOverrides& n = cli.node;
    if (given(n.nodeAddr, kEnvNodeAddr) || given(n.nodeDir, kEnvNodeDir) || given(n.authToken, kEnvAuthToken) ||
        given(n.authTokenFile, kEnvAuthTokenFile) || given(n.certSha256, kEnvCertSha256) ||
        given(n.certSha256File, kEnvCertSha256File) || n.nodes.has_value() || (env && env(kEnvNodes).has_value()))
        out.insert(ServiceSetting::Node);
    return out;
}

QStringList applySavedServiceSettings(const GuiSettings& saved, const QSet<ServiceSetting>& explicitOnes,
                                      MinerConfig& config)
{
    QStringList applied;
    if (saved.bindAddress && !explicitOnes.contains(ServiceSetting::BindAddress)) {
        config.bindAddress = *saved.bindAddress;
        applied << QStringLiteral("bind %1").arg(config.bindAddress);
    }
    if (saved.port && !explicitOnes.contains(ServiceSetting::Port)) {
        config.port = *saved.port;
        applied << QStringLiteral("port %1").arg(config.port);
    }
    if (saved.metricsEnabled && !explicitOnes.contains(ServiceSetting::Metrics)) {
        config.metricsEnabled = *saved.metricsEnabled;
        if (saved.metricsPort)
            config.metricsPort = *saved.metricsPort;
        applied << (config.metricsEnabled ? QStringLiteral("metrics port %1").arg(config.metricsPort)
                                          : QStringLiteral("metrics off"));
    }
    if (saved.engine && !explicitOnes.contains(ServiceSetting::Engine)) {
        // Only an engine this build and machine really run: gpu-cuda without
        // CUDA would silently mine with cpu-fast. Asked of the service's
        // registry without opening any device.
        if (probeEngine(*saved.engine, config.backends).available) {
            config.engine = *saved.engine;
            applied << QStringLiteral("engine %1").arg(config.engine);
        }
    }
    if (saved.workers && !explicitOnes.contains(ServiceSetting::Workers)) {
        const int available = std::max(1, config.cpus.count);
        config.workers = std::clamp(*saved.workers, 1, available);
        config.workersOrigin = QStringLiteral("dashboard settings");
        applied << QStringLiteral("workers %1").arg(config.workers);
    }
    if (saved.nodeEnabled && !explicitOnes.contains(ServiceSetting::Node)) {
        config.fallbackNodes.clear();
        if (!*saved.nodeEnabled) {
            config.node = NodeSettings{};
            applied << QStringLiteral("no node");
        } else {
            config.node = nodeFromSource(saved.node);
            const QString& problem = config.node.problem;
            applied << (problem.isEmpty() ? QStringLiteral("node %1").arg(config.node.address())
                                          : QStringLiteral("node %1 (%2)").arg(saved.node.address, problem));
            // A backup that no longer resolves waits as a stopped node with
            // its reason, like the first one.
            for (const NodeSource& source : saved.backupNodes) {
                const NodeSettings backup = nodeFromSource(source);
                config.fallbackNodes << backup;
                applied << (backup.problem.isEmpty()
                                ? QStringLiteral("backup node %1").arg(backup.address())
                                : QStringLiteral("backup node %1 (%2)").arg(source.address, backup.problem));
            }
        }
    }
    return applied;
}

} // namespace qm::gui

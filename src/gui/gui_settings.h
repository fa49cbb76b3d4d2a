// What the dashboard remembers between runs (QSettings, organisation
// "Quantus", application "Quantus Miner"): the service settings the user chose
// in the dashboard, the interface preferences and the window layout.
//
// Service settings are stored only once the user changes them in the
// dashboard; at start-up they fill in what the command line and environment
// left open (an option given there wins for that run).
#pragma once

#include "gui/theme.h"
#include "miner/miner_config.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

class QSettings;

namespace qm::gui {

// The service settings a dashboard can persist.
enum class ServiceSetting { BindAddress, Port, Metrics, Engine, Workers, Node };

struct GuiSettings {
    // Service (absent: never changed in the dashboard).
    std::optional<QString> bindAddress;
    std::optional<quint16> port;
    // Metrics endpoint: enabled flag and port travel together.
    std::optional<bool> metricsEnabled;
    std::optional<quint16> metricsPort;
    std::optional<QString> engine;
    std::optional<int> workers;
    // The QUIC node: whether to mine for one, and where its address and
    // files are. Only paths are stored, never the token or the pin.
    std::optional<bool> nodeEnabled;
    NodeSource node;
    // The backup nodes behind `node`, in priority order (the miner fails
    // over to them and returns to a higher one). Paths only, as for `node`;
    // they apply with the node and only while it is enabled.
    QList<NodeSource> backupNodes;

    // Interface.
    QString language;              // "" follows the system
    ThemeChoice theme = ThemeChoice::System;
    bool startMinimized = false;
    bool closeToTray = true;
    bool startOnLogin = false;

    // Layout.
    QByteArray windowGeometry;
    QByteArray windowState;
    QByteArray splitterState;
    QByteArray jobsHeaderState;
    int currentTab = 0;
    qint64 chartWindowMs = 15 * 60 * 1000;

    static GuiSettings load();
    // Writes the service and interface keys; the layout keys are left as stored.
    void save() const;
    // Writes only the layout keys (when the window closes).
    void saveLayout() const;
};

// The QSettings every part of the dashboard uses.
std::unique_ptr<QSettings> openSettings();

// The service settings given on the command line or in the environment for
// this run, which saved dashboard settings do not override.
QSet<ServiceSetting> explicitServiceSettings(const ConfigOverrides& cli, const EnvLookup& env);

// Applies the saved service settings to `config`, except those in `explicitOnes`.
// Workers are clamped to the effective CPUs. A saved node whose files cannot
// be read any more is applied with the reason in NodeSettings::problem (the
// window shows it); so is each saved backup node, into config.fallbackNodes.
// Nodes given on the command line or in the environment (any of them) win
// whole: no saved node or backup is mixed in. Returns what was applied, for
// the log.
QStringList applySavedServiceSettings(const GuiSettings& saved, const QSet<ServiceSetting>& explicitOnes,
                                      MinerConfig& config);

} // namespace qm::gui

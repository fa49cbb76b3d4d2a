// The settings dialog's round trip, the third part of MainWindow: the values
// the dialog opens with, and applying the accepted ones to the interface, the
// saved settings, the service (restarted on a new address) and the node. Kept
// apart from main_window.cpp because what a change restarts, and what is
// saved, is a subject of its own.
#include "gui/main_window.h"

#include "gui/autostart.h"
#include "gui/models/local_node_model.h"
#include "miner/miner_service.h"

#include <QMessageBox>

namespace qm::gui {

SettingsDialog::Values MainWindow::currentSettingsValues() const
{
    const MinerConfig& c = m_service.config();
    SettingsDialog::Values v;
    v.bindAddress = c.bindAddress;
    v.port = c.port;
    v.metricsEnabled = c.metricsEnabled;
    v.metricsPort = c.metricsPort != 0 ? c.metricsPort : m_settings.metricsPort.value_or(9900);
    v.language = m_settings.language;
    v.theme = m_settings.theme;
    v.startMinimized = m_settings.startMinimized;
    v.closeToTray = m_settings.closeToTray;
    v.startOnLogin = isStartOnLoginEnabled();
    // The node in use, else the one saved last (to switch it on again).
    const NodeSettings& node = m_localNode->hasMiner() ? m_localNode->remoteNode() : c.node;
    v.nodeEnabled = node.enabled;
    v.node = node.enabled ? node.source : m_settings.node;
    // The backups stand behind whichever node has the miner (the local one
    // keeps them); with no node, the ones saved last.
    if (c.node.enabled) {
        for (const NodeSettings& backup : c.fallbackNodes)
            v.backupNodes << backup.source;
    } else {
        v.backupNodes = m_settings.backupNodes;
    }
    return v;
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(currentSettingsValues(), m_trayAvailable, m_explicit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->values()); });
    connect(dialog, &SettingsDialog::localNodeRequested, this, &MainWindow::showNodeWizard);
    dialog->open();
}

void MainWindow::applySettings(const SettingsDialog::Values& values)
{
    const SettingsDialog::Values before = currentSettingsValues();

    // Interface.
    const bool lookChanged = values.theme != m_settings.theme || values.language != m_settings.language;
    m_settings.language = values.language;
    m_settings.theme = values.theme;
    m_settings.startMinimized = values.startMinimized;
    m_settings.closeToTray = values.closeToTray;
    m_settings.startOnLogin = values.startOnLogin;
    if (values.startOnLogin != before.startOnLogin) {
        QString error;
        if (!setStartOnLogin(values.startOnLogin, &error)) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Start on login"),
                                        tr("Could not change the autostart entry: %1").arg(error), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }

    // Service: only what changed is stored, so an option given on the
    // command line is not saved as a preference by an unrelated change.
    MinerConfig config = m_service.config();
    bool restart = false;
    if (values.bindAddress != before.bindAddress) {
        config.bindAddress = values.bindAddress;
        m_settings.bindAddress = values.bindAddress;
        restart = true;
    }
    if (values.port != before.port) {
        config.port = values.port;
        m_settings.port = values.port;
        restart = true;
    }
    if (values.metricsEnabled != before.metricsEnabled ||
        (values.metricsEnabled && values.metricsPort != before.metricsPort)) {
        config.metricsEnabled = values.metricsEnabled;
        config.metricsPort = values.metricsPort;
        m_settings.metricsEnabled = values.metricsEnabled;
        m_settings.metricsPort = values.metricsPort;
        restart = true;
    }
    const bool nodeChanged =
        values.nodeEnabled != before.nodeEnabled || (values.nodeEnabled && values.node != before.node);
    const bool backupsChanged = values.nodeEnabled && values.backupNodes != before.backupNodes;
    if (nodeChanged || backupsChanged) {
        m_settings.nodeEnabled = values.nodeEnabled;
        if (values.nodeEnabled) {
            m_settings.node = values.node;
            m_settings.backupNodes = values.backupNodes;
        }
    }
    m_settings.save();
    if (nodeChanged || backupsChanged) {
        // The dialog checked the files; one that vanished since is shown as
        // that node's stop reason.
        const NodeSettings first = values.nodeEnabled ? nodeFromSource(values.node) : NodeSettings{};
        QList<NodeSettings> backups;
        if (values.nodeEnabled)
            for (const NodeSource& source : values.backupNodes)
                backups << nodeFromSource(source);
        if (m_localNode->hasMiner()) {
            // The local node keeps the miner and this node waits for it; the
            // backups stand behind the local node from now on.
            m_localNode->setRemoteNode(first);
            if (values.nodeEnabled != before.nodeEnabled || backupsChanged)
                m_service.setNodes(m_service.config().node, backups);
        } else {
            m_service.setNodes(first, backups);
        }
    }
    if (restart) {
        const bool wasRunning = m_service.isRunning();
        const bool hadFailed = !m_startError.isEmpty();
        if (wasRunning)
            m_service.stop();
        QString error;
        if (!m_service.setConfig(config, &error)) {
            m_startError = error;
        } else if (wasRunning || hadFailed) {
            // A service stopped by hand stays stopped; a running one, or one
            // that could not start, starts on the new address.
            startService();
        }
        updateServiceState();
    }
    if (lookChanged)
        emit interfaceSettingsChanged();
}

} // namespace qm::gui

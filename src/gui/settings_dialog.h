// The settings dialog (ui/settings_dialog.ui): the service's address and
// ports, the QUIC node to mine for (its address, and its directory or its two
// files) with its backup nodes in priority order (each edited in a
// BackupNodeDialog), and the interface preferences. It edits a copy of the values; the
// caller applies what accept() leaves in values().
#pragma once

#include "gui/gui_settings.h"

#include <QDialog>
#include <QLineEdit>
#include <QSet>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace qm::gui {

class NodeSourceFields;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct Values {
        QString bindAddress = QStringLiteral("127.0.0.1");
        quint16 port = 9833;
        bool metricsEnabled = false;
        quint16 metricsPort = 9900;
        bool nodeEnabled = false;
        // Either nodeDir or the two files, as the form's choice says.
        NodeSource node;
        // The nodes after `node`, in priority order; used only with it.
        QList<NodeSource> backupNodes;
        QString language;   // "" follows the system
        ThemeChoice theme = ThemeChoice::System;
        bool startMinimized = false;
        bool closeToTray = true;
        bool startOnLogin = false;
        friend bool operator==(const Values&, const Values&) = default;
    };

    // trayAvailable: without a system tray, closing to it is not offered.
    // fromCommandLine: settings given for this run on the command line or in
    // the environment (a note says the saved value applies without them).
    SettingsDialog(const Values& values, bool trayAvailable, const QSet<ServiceSetting>& fromCommandLine,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    Values values() const;
    void accept() override;

    // The address as typed, validated: "localhost" becomes 127.0.0.1; empty
    // when it is not an IP address.
    static QString normalizedAddress(const QString& text);
    // Why these node settings cannot be used, in words for the form (empty:
    // they can). fromDirectory: the form's choice (the directory, or the two
    // files). Reads the files, as the miner will.
    static QString nodeProblem(const NodeSource& node, bool fromDirectory);
    // Where a file picker for the node starts: what is typed, else the
    // node's default base path (~/.local/share/quantus-node/chains) when it
    // exists, else the home folder.
    static QString nodeBrowseStart(const QString& typed);

signals:
    // "Set up..." in the local node group: the window opens the assistant.
    void localNodeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillCombos();
    void updateNotes();
    void fitToScreen();
    // The backup list: entries carry their NodeSource; the buttons follow
    // the selection.
    void addBackupItem(const NodeSource& node, int row = -1);
    QList<NodeSource> backupNodes() const;
    void editBackup(int row);
    void moveBackup(int by);
    void updateBackupButtons();
    // The addresses of the main node and of every backup but `exceptRow`.
    QStringList takenAddresses(int exceptRow) const;
    // Why the list cannot be used: a node listed twice (the first node
    // included), or an entry new since the dialog opened whose files the
    // miner could not read. Empty when it can.
    QString backupProblem() const;

    std::unique_ptr<Ui::SettingsDialog> ui;
    std::unique_ptr<NodeSourceFields> m_nodeFields;
    Values m_initial;
    bool m_trayAvailable;
    QSet<ServiceSetting> m_fromCommandLine;
};

} // namespace qm::gui

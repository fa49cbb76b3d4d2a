// The settings dialog (ui/settings_dialog.ui): the service's address and
// ports, and the interface preferences. It edits a copy of the values; the
// caller applies what accept() leaves in values().
#pragma once

#include "gui/gui_settings.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace qm::gui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct Values {
        QString bindAddress = QStringLiteral("127.0.0.1");
        quint16 port = 9833;
        bool metricsEnabled = false;
        quint16 metricsPort = 9900;
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillCombos();
    void updateNotes();

    std::unique_ptr<Ui::SettingsDialog> ui;
    Values m_initial;
    bool m_trayAvailable;
    QSet<ServiceSetting> m_fromCommandLine;
};

} // namespace qm::gui

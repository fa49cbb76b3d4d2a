// The dashboard as a whole: the main window, the system tray icon, the
// single-instance socket, and the one-shot jobs the command line can ask for
// (--screenshot, --measure-stall). createDashboard() returns one of these.
#pragma once

#include "gui/dashboard_entry.h"
#include "gui/gui_settings.h"
#include "gui/stall_monitor.h"
#include "service/job.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace qm {
class MinerService;
}

namespace qm::gui {

class MainWindow;
class SingleInstanceServer;

class Dashboard : public QObject {
    Q_OBJECT
public:
    Dashboard(MinerService& service, const DashboardOptions& options, QObject* parent = nullptr);
    ~Dashboard() override;

    MainWindow* window() const { return m_window.get(); }
    QSystemTrayIcon* tray() const { return m_tray; }
    SingleInstanceServer* instanceServer() const { return m_instance; }

    // Saves the window as PNG (the --screenshot option). Returns false with
    // *error when the file cannot be written.
    bool saveScreenshot(const QString& path, QString* error = nullptr) const;

private:
    void setUpTray();
    void retranslateTray();
    void updateTray();
    void onSolution(const JobSnapshot& job);
    void applyLook();
    void scheduleScreenshot();
    void scheduleStallReport();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MinerService& m_service;
    DashboardOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    std::unique_ptr<QMenu> m_trayMenu;
    QAction* m_showAction = nullptr;
    QAction* m_startStopAction = nullptr;
    QAction* m_quitAction = nullptr;
    SingleInstanceServer* m_instance = nullptr;
    StallMonitor* m_stall = nullptr;
    QString m_languageSetting;   // the saved choice ("" follows the system)
};

} // namespace qm::gui

// The dashboard's window: controls (start/stop, engine, workers, settings),
// the figures, the hash rate chart, and the Jobs, Log, System, Node and
// Rewards tabs, with the status strip at the bottom. It observes the
// MinerService and its JobManager through their signals and changes them
// through their slots; it never hashes and never polls the HTTP API.
// Implemented in main_window.cpp, main_window_tabs.cpp (the tabs) and
// main_window_settings.cpp (the settings dialog's round trip); the control
// row and the status strip are presented by ControlBar and StatusStrip.
#pragma once

#include "gui/gui_settings.h"
#include "gui/models/job_table_model.h"
#include "gui/settings_dialog.h"
#include "service/hashrate.h"
#include "service/job.h"
#include "service/job_manager.h"
#include "service/system_info.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace qm {
class MinerService;
}

namespace qm::gui {

class ControlBar;
class HashrateChart;
class LogConsole;
class SystemPanel;
class NodePanel;
class RewardsPanel;
class LocalNodeModel;
class NodeWizard;
class StatusStrip;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `explicitSettings`: service settings given on the command line or in
    // the environment for this run (not overridden by saved ones).
    MainWindow(MinerService& service, const GuiSettings& settings, const QSet<ServiceSetting>& explicitSettings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    MinerService& service() const { return m_service; }

    // Whether a system tray exists to hide into; set by the dashboard.
    void setTrayAvailable(bool available);
    bool trayAvailable() const { return m_trayAvailable; }

    // One or two lines for the tray tooltip: hash rate, running jobs, state.
    QString summaryText() const;
    // The status strip's service text ("Listening on 127.0.0.1:9833", ...).
    QString serviceStateText() const;
    QString lastStartError() const { return m_startError; }

    // Pieces the tests and the dashboard look at.
    JobTableModel* jobsModel() const { return m_jobs; }
    QSortFilterProxyModel* jobsProxy() const { return m_jobsProxy; }
    HashrateChart* chart() const;
    LogConsole* logConsole() const;
    SystemPanel* systemPanel() const;
    NodePanel* nodePanel() const;
    RewardsPanel* rewardsPanel() const;
    // The node this dashboard runs itself (set up by the assistant).
    LocalNodeModel* localNode() const { return m_localNode; }
    const GuiSettings& settings() const { return m_settings; }

    // Controls, as if used by hand.
    void chooseEngine(const QString& name);
    void chooseWorkers(int workers);
    // Applies values as if accepted in the settings dialog.
    void applySettings(const SettingsDialog::Values& values);
    SettingsDialog::Values currentSettingsValues() const;

public slots:
    void startService();
    void stopService();
    void toggleService();
    void showSettings();
    void showAbout();
    // Opens the node assistant (first run, the Node tab, Mining > Set up a
    // local node); its result is saved and applied.
    void showNodeWizard();
    // Shows, raises and activates the window (tray click, second instance).
    void bringToFront();
    void toggleVisible();
    // Quits the application, saving the layout (tray menu, Mining > Quit).
    void quit();

signals:
    void summaryChanged(const QString& summary);
    void serviceStateChanged(bool running);
    void solutionFound(const qm::JobSnapshot& job);
    // The assistant closed (accepted or not); tests wait for it.
    void nodeWizardClosed(bool accepted);
    // The window went to the tray instead of closing (first time: a hint).
    void hiddenToTray();
    // The settings asked for another theme or language (the dashboard applies them).
    void interfaceSettingsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setUpCards();
    void setUpJobs();
    // The System, Node and Rewards tabs and the View menu (the Log tab
    // attaches to the logger earlier, before the local node can log).
    void setUpTabs();
    void setUpStatusStrip();
    void setUpControls();
    void applyIcons();
    void retranslate();
    void restoreLayout();
    void saveLayout();

    void onHashrateSampled(const HashrateSample& sample);
    void onServiceStarted();
    void onServiceStopped();
    void onEngineChanged(const QString& name, const QString& backend);
    void onWorkersChanged(int workers);
    void onSystemProbe(const SystemProbe& probe);
    void onCountersChanged(const qm::JobCounters& counts);
    void onSolution(const JobSnapshot& job);
    void showJobsMenu(const QPoint& pos);

    void updateServiceState();
    void updateNodeState();
    // Follows the service's node miner: at start and after every setNode().
    void onNodeChanged();
    // The banner's retry for the node: reads the node's files again (the
    // node may have rewritten them) and connects.
    void retryNode();
    void updateJobsPlaceholder();
    bool nodeStoppedForGood() const;
    void updateUptime();
    void updateCounters();
    void updateSummary();
    void updateErrorBanner();

    MinerService& m_service;
    std::unique_ptr<Ui::MainWindow> ui;
    GuiSettings m_settings;
    QSet<ServiceSetting> m_explicit;
    bool m_trayAvailable = false;
    bool m_quitting = false;
    bool m_toldAboutTray = false;

    JobTableModel* m_jobs = nullptr;
    QSortFilterProxyModel* m_jobsProxy = nullptr;

    std::unique_ptr<ControlBar> m_controls;
    std::unique_ptr<StatusStrip> m_statusStrip;

    QString m_startError;
    QElapsedTimer m_uptime;
    QTimer m_uptimeTimer;

    // The last sample, for the current rate (hashes between two samples).
    HashrateSample m_lastSample;
    bool m_haveSample = false;
    JobCounters m_counters;
    quint64 m_solutions = 0;
    QString m_lastSolutionTime;

    QPointer<SettingsDialog> m_settingsDialog;
    LocalNodeModel* m_localNode = nullptr;
    QPointer<NodeWizard> m_nodeWizard;
};

} // namespace qm::gui

#include "gui/dashboard.h"

#include "gui/format.h"
#include "gui/icons.h"
#include "gui/local_node_settings.h"
#include "gui/main_window.h"
#include "gui/single_instance.h"
#include "gui/theme.h"
#include "miner/miner_service.h"
#include "service/job_manager.h"
#include "service/logger.h"
#include "service/translations.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>

namespace qm::gui {

Dashboard::Dashboard(MinerService& service, const DashboardOptions& options, QObject* parent)
    : QObject(parent), m_service(service), m_options(options)
{
    const GuiSettings settings = GuiSettings::load();
    m_languageSetting = settings.language;
    const QSet<ServiceSetting> explicitOnes = explicitServiceSettings(options.overrides, options.environment);
    m_window = std::make_unique<MainWindow>(service, settings, explicitOnes);

    m_instance = new SingleInstanceServer(this);
    m_instance->listen(service.config().port);
    connect(m_instance, &SingleInstanceServer::showRequested, m_window.get(), &MainWindow::bringToFront);
    // A new port from the settings: the instance socket follows it.
    connect(&service, &MinerService::started, this, [this] {
        if (m_instance->serverName() != instanceServerName(m_service.config().port))
            m_instance->listen(m_service.config().port);
    });

    if (QSystemTrayIcon::isSystemTrayAvailable())
        setUpTray();
    m_window->setTrayAvailable(m_tray != nullptr);

    connect(m_window.get(), &MainWindow::solutionFound, this, &Dashboard::onSolution);
    connect(m_window.get(), &MainWindow::interfaceSettingsChanged, this, &Dashboard::applyLook);
    connect(m_window.get(), &MainWindow::hiddenToTray, this, [this] {
        if (m_tray && QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(tr("Quantus Miner keeps mining"),
                                tr("The window is hidden; mining goes on. Use the tray icon to show it again or "
                                   "to quit."),
                                QSystemTrayIcon::Information, 6000);
    });

    const bool oneShot = !options.screenshotFile.isEmpty() || options.measureStallSeconds > 0;
    if (oneShot) {
        // A fixed size, so the README image and the measurement do not depend
        // on a saved window geometry.
        m_window->resize(1280, 720);
        m_window->move(0, 0);
        m_window->show();
    } else if (settings.startMinimized) {
        if (m_tray)
            m_window->hide();
        else
            m_window->showMinimized();
    } else {
        m_window->show();
    }

    // First run: no node to mine for yet, so the assistant sets one up. It
    // is offered once; the Mining menu and the Node tab open it later.
    if (!oneShot && !service.config().node.enabled && !service.config().localNode.enabled &&
        !LocalNodeSettings::load().setupDone)
        QTimer::singleShot(0, m_window.get(), &MainWindow::showNodeWizard);
    if (!options.screenshotFile.isEmpty())
        scheduleScreenshot();
    if (options.measureStallSeconds > 0)
        scheduleStallReport();
}

Dashboard::~Dashboard()
{
    // The tray icon goes before the menu it shows and the window it controls.
    if (m_tray) {
        m_tray->hide();
        delete m_tray;
        m_tray = nullptr;
    }
    m_window.reset();
}

void Dashboard::setUpTray()
{
    m_tray = new QSystemTrayIcon(applicationIcon(), this);
    m_trayMenu = std::make_unique<QMenu>();
    m_showAction = m_trayMenu->addAction(themedIcon(QStringLiteral("window")), QString());
    m_startStopAction = m_trayMenu->addAction(QString());
    m_trayMenu->addSeparator();
    m_quitAction = m_trayMenu->addAction(themedIcon(QStringLiteral("quit")), QString());
    m_tray->setContextMenu(m_trayMenu.get());
    m_trayMenu->installEventFilter(this);

    connect(m_showAction, &QAction::triggered, m_window.get(), &MainWindow::toggleVisible);
    connect(m_startStopAction, &QAction::triggered, m_window.get(), &MainWindow::toggleService);
    connect(m_quitAction, &QAction::triggered, m_window.get(), &MainWindow::quit);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window->toggleVisible();
    });
    connect(m_window.get(), &MainWindow::summaryChanged, this, &Dashboard::updateTray);
    connect(m_window.get(), &MainWindow::serviceStateChanged, this, &Dashboard::updateTray);
    // The menu's first entry says what it will do when the menu opens.
    connect(m_trayMenu.get(), &QMenu::aboutToShow, this, &Dashboard::retranslateTray);
    retranslateTray();
    updateTray();
    m_tray->show();
}

void Dashboard::retranslateTray()
{
    if (!m_tray)
        return;
    m_showAction->setText(m_window->isVisible() && !m_window->isMinimized() ? tr("&Hide window")
                                                                            : tr("&Show window"));
    const bool running = m_service.isRunning();
    m_startStopAction->setText(running ? tr("S&top mining") : tr("S&tart mining"));
    m_startStopAction->setIcon(running ? tintedIcon(QStringLiteral("stop"), serviceErrorColor())
                                       : tintedIcon(QStringLiteral("start"), serviceRunningColor()));
    m_quitAction->setText(tr("&Quit"));
}

void Dashboard::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(m_window->summaryText());
    const bool busy = m_service.isRunning() && m_service.jobs()->runningJobCount() > 0;
    const QString key = busy ? QStringLiteral("busy") : (m_service.isRunning() ? QStringLiteral("idle")
                                                                               : QStringLiteral("stopped"));
    if (m_tray->property("qmIconState").toString() != key) {
        m_tray->setProperty("qmIconState", key);
        if (busy)
            m_tray->setIcon(applicationIconWithBadge(serviceRunningColor()));
        else if (m_service.isRunning())
            m_tray->setIcon(applicationIcon());
        else
            m_tray->setIcon(applicationIconWithBadge(serviceStoppedColor()));
    }
    retranslateTray();
}

void Dashboard::onSolution(const JobSnapshot& job)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    m_tray->showMessage(tr("Solution found"),
                        tr("Job %1 found a nonce after %2 hashes in %3.")
                            .arg(job.id.left(8))
                            .arg(QLocale().toString(static_cast<qulonglong>(job.hashCount)))
                            .arg(QLocale().toString(job.elapsedSeconds, 'f', 1) + QStringLiteral(" s")),
                        QSystemTrayIcon::Information, 8000);
}

void Dashboard::applyLook()
{
    const GuiSettings& s = m_window->settings();
    applyTheme(s.theme);
    // Only a changed choice reloads the translations: a language given with
    // --lang stays until the user picks another one here.
    if (s.language != m_languageSetting) {
        m_languageSetting = s.language;
        installTranslations(s.language);
        retranslateTray();
    }
}

bool Dashboard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_trayMenu.get() && event->type() == QEvent::LanguageChange)
        retranslateTray();
    return QObject::eventFilter(watched, event);
}

bool Dashboard::saveScreenshot(const QString& path, QString* error) const
{
    const QPixmap shot = m_window->grab();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    if (!shot.save(path, "PNG")) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

void Dashboard::scheduleScreenshot()
{
    const int delayMs = static_cast<int>(m_options.screenshotDelaySeconds * 1000.0);
    QTimer::singleShot(delayMs, this, [this] {
        QString error;
        if (saveScreenshot(m_options.screenshotFile, &error)) {
            const QSize size = m_window->size() * m_window->devicePixelRatio();
            logInfo(QStringLiteral("screenshot saved to %1 (%2x%3)")
                        .arg(m_options.screenshotFile)
                        .arg(size.width())
                        .arg(size.height()));
            QCoreApplication::exit(0);
        } else {
            logError(QStringLiteral("screenshot failed: %1").arg(error));
            QCoreApplication::exit(1);
        }
    });
}

void Dashboard::scheduleStallReport()
{
    m_stall = new StallMonitor(10, this);
    m_stall->start();
    const int ms = static_cast<int>(m_options.measureStallSeconds * 1000.0);
    QTimer::singleShot(ms, this, [this] {
        m_stall->stop();
        const StallMonitor::Report r = m_stall->report();
        const HashrateSample sample = m_service.jobs()->lastHashrate();
        const QString line =
            QStringLiteral("event-loop stall over %1 s: max %2 ms, p99 %3 ms, mean %4 ms (%5 ticks of 10 ms, "
                           "%6 late by more than 16 ms, %7 by more than 50 ms); GUI thread CPU %8 %; "
                           "%9 workers, %10 job(s) running, 10 s rate %11")
                .arg(r.seconds, 0, 'f', 1)
                .arg(r.maxLatenessMs, 0, 'f', 1)
                .arg(r.p99LatenessMs, 0, 'f', 1)
                .arg(r.meanLatenessMs, 0, 'f', 2)
                .arg(r.ticks)
                .arg(r.ticksLateOver16Ms)
                .arg(r.ticksLateOver50Ms)
                .arg(r.guiThreadCpuPercent, 0, 'f', 1)
                .arg(m_service.jobs()->workers())
                .arg(sample.activeJobs)
                .arg(formatHashrate(sample.total.tenSeconds));
        logInfo(line);
        std::printf("%s\n", line.toLocal8Bit().constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace qm::gui

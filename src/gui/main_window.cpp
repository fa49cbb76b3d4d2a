// The dashboard's window: the service's state and controls, the figures, the
// error banner, the layout and the tray. Its tabs are in main_window_tabs.cpp,
// the settings dialog's round trip in main_window_settings.cpp; the control
// row and the status strip present through gui/widgets/control_bar.h and
// gui/widgets/status_strip.h.
#include "gui/main_window.h"

#include "gui/about_dialog.h"
#include "gui/format.h"
#include "gui/icons.h"
#include "gui/local_node_settings.h"
#include "gui/models/local_node_model.h"
#include "gui/theme.h"
#include "gui/widgets/control_bar.h"
#include "gui/widgets/hashrate_chart.h"
#include "gui/widgets/log_console.h"
#include "gui/widgets/node_panel.h"
#include "gui/widgets/rewards_panel.h"
#include "gui/widgets/status_strip.h"
#include "gui/widgets/system_panel.h"
#include "miner/miner_service.h"
#include "node/node_miner.h"
#include "service/job_manager.h"
#include "service/logger.h"
#include "service/system_info.h"
#include "ui_main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QMessageBox>
#include <QScreen>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace qm::gui {

namespace {

QString coloredDot(const QColor& color)
{
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>").arg(color.name());
}

// Chart ranges offered, in minutes.
constexpr int kChartRanges[] = {1, 5, 15};

} // namespace

MainWindow::MainWindow(MinerService& service, const GuiSettings& settings,
                       const QSet<ServiceSetting>& explicitSettings, QWidget* parent)
    : QMainWindow(parent), m_service(service), ui(std::make_unique<Ui::MainWindow>()), m_settings(settings),
      m_explicit(explicitSettings)
{
    ui->setupUi(this);
    setWindowIcon(applicationIcon());
    setObjectName(QStringLiteral("MainWindow"));

    setUpCards();
    setUpJobs();
    setUpStatusStrip();
    setUpControls();
    applyIcons();

    ui->logTab->attach(Logger::instance());
    m_localNode = new LocalNodeModel(m_service, LocalNodeSettings::forRun(m_service.config().localNode), this);
    setUpTabs();

    // A node set up to run starts with the window (its own settings say so).
    if (m_localNode->settings().enabled && m_localNode->settings().node.enabled)
        QTimer::singleShot(0, this, [this] {
            QString error;
            if (!m_localNode->startNode(&error))
                logWarn(QStringLiteral("local node: %1").arg(error));
        });

    JobManager* jobs = m_service.jobs();
    connect(jobs, &JobManager::hashrateSampled, this, &MainWindow::onHashrateSampled);
    connect(jobs, &JobManager::engineChanged, this, &MainWindow::onEngineChanged);
    connect(jobs, &JobManager::workersChanged, this, &MainWindow::onWorkersChanged);
    connect(&m_service, &MinerService::started, this, &MainWindow::onServiceStarted);
    connect(&m_service, &MinerService::stopped, this, &MainWindow::onServiceStopped);
    connect(jobs, &JobManager::countersChanged, this, &MainWindow::onCountersChanged);
    m_counters = jobs->counters();
    connect(&m_service, &MinerService::nodeChanged, this, &MainWindow::onNodeChanged);
    onNodeChanged();

    m_uptimeTimer.setInterval(1000);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &MainWindow::updateUptime);
    m_uptimeTimer.start();
    if (m_service.isRunning())
        m_uptime.start();
    else
        m_startError = m_service.startError().isEmpty() ? tr("the service did not start (see the log)")
                                                        : m_service.startError();

    // Which engines this machine can run: the service probes (the CUDA
    // probe may take a moment) and the window shows what it finds.
    SystemInfo* system = m_service.systemInfo();
    connect(system, &SystemInfo::probed, this, &MainWindow::onSystemProbe);
    connect(system, &SystemInfo::healthSampled, ui->systemTab, &SystemPanel::setGpuHealth);
    if (system->hasProbe())
        onSystemProbe(system->lastProbe());
    else
        system->probe();

    retranslate();
    restoreLayout();
    updateServiceState();
}

MainWindow::~MainWindow()
{
    // The local node stops while the window is whole: the miner lets go of
    // the node first (MinerService::setNode), and the status strip this
    // window still observes hears of it.
    delete m_localNode;
    m_localNode = nullptr;
}

NodePanel* MainWindow::nodePanel() const
{
    return ui->nodeTab;
}

RewardsPanel* MainWindow::rewardsPanel() const
{
    return ui->rewardsTab;
}

HashrateChart* MainWindow::chart() const
{
    return ui->chart;
}

LogConsole* MainWindow::logConsole() const
{
    return ui->logTab;
}

SystemPanel* MainWindow::systemPanel() const
{
    return ui->systemTab;
}

// --- setup ---------------------------------------------------------------------

void MainWindow::setUpCards()
{
    ui->hashrateCard->setAccent(engineColor(m_service.jobs()->engineName()));
    ui->avg10Card->setAccent(QColor(0x5b, 0x8d, 0xef));
    ui->avg60Card->setAccent(QColor(0x7b, 0x6c, 0xe0));
    ui->avg15Card->setAccent(QColor(0xa2, 0x5f, 0xd0));
    ui->jobsCard->setAccent(statusColor(JobStatus::Running));
    ui->solutionsCard->setAccent(statusColor(JobStatus::Completed));
    for (StatCard* card : {ui->hashrateCard, ui->avg10Card, ui->avg60Card, ui->avg15Card})
        card->setValue(formatHashrate(std::nan("")));

    QFont title = ui->chartTitle->font();
    title.setWeight(QFont::DemiBold);
    ui->chartTitle->setFont(title);

    ui->chart->setWindowMs(m_settings.chartWindowMs);
}

void MainWindow::setUpStatusStrip()
{
    m_statusStrip = std::make_unique<StatusStrip>(ui->statusBar, this);
}

void MainWindow::setUpControls()
{
    // Engines in the order users see them; unavailable ones are greyed out
    // with the reason once the probe reports.
    m_controls = std::make_unique<ControlBar>(ControlBar::Controls{ui->startStopButton, ui->actionStartStop,
                                                                   ui->engineCombo, ui->workersSpin, ui->workersHint});
    m_controls->setUp(engineNames(), m_service.jobs()->engineName(), std::max(1, m_service.config().cpus.count),
                      m_service.jobs()->workers());

    connect(ui->engineCombo, &QComboBox::activated, this,
            [this](int index) { chooseEngine(m_controls->engineAt(index)); });
    connect(ui->workersSpin, &QSpinBox::valueChanged, this, &MainWindow::chooseWorkers);
    connect(ui->startStopButton, &QPushButton::clicked, this, &MainWindow::toggleService);
    connect(ui->actionStartStop, &QAction::triggered, this, &MainWindow::toggleService);
    connect(ui->settingsButton, &QToolButton::clicked, this, &MainWindow::showSettings);
    connect(ui->aboutButton, &QToolButton::clicked, this, &MainWindow::showAbout);
    connect(ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(ui->actionHide, &QAction::triggered, this, [this] {
        if (m_trayAvailable)
            hide();
        else
            showMinimized();
    });
    connect(ui->errorRetryButton, &QPushButton::clicked, this, [this] {
        // A node that refused this miner is asked again; a service that did
        // not start is started.
        if (nodeStoppedForGood())
            retryNode();
        else
            startService();
    });
    connect(ui->errorSettingsButton, &QPushButton::clicked, this, &MainWindow::showSettings);

    for (const int minutes : kChartRanges)
        ui->chartRangeCombo->addItem(QString(), minutes);
    const int currentMinutes = static_cast<int>(m_settings.chartWindowMs / 60'000);
    ui->chartRangeCombo->setCurrentIndex(std::max(0, ui->chartRangeCombo->findData(currentMinutes)));
    connect(ui->chartRangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.chartWindowMs = qint64{ui->chartRangeCombo->currentData().toInt()} * 60'000;
        ui->chart->setWindowMs(m_settings.chartWindowMs);
    });
}

void MainWindow::applyIcons()
{
    ui->settingsButton->setIcon(themedIcon(QStringLiteral("settings")));
    ui->aboutButton->setIcon(themedIcon(QStringLiteral("about")));
    ui->actionSettings->setIcon(themedIcon(QStringLiteral("settings")));
    ui->actionAbout->setIcon(themedIcon(QStringLiteral("about")));
    ui->actionQuit->setIcon(themedIcon(QStringLiteral("quit")));
    ui->actionHide->setIcon(themedIcon(QStringLiteral("window")));
    const int side = ui->errorRetryButton->sizeHint().height() - 6;
    ui->errorIcon->setPixmap(fullColorIcon(QStringLiteral("warning")).pixmap(QSize(side, side)));
    m_controls->showRunning(m_service.isRunning());
}

void MainWindow::retranslate()
{
    ui->hashrateCard->setTitle(tr("Hash rate"));
    ui->avg10Card->setTitle(tr("10 s average"));
    ui->avg60Card->setTitle(tr("60 s average"));
    ui->avg15Card->setTitle(tr("15 min average"));
    ui->jobsCard->setTitle(tr("Jobs"));
    ui->solutionsCard->setTitle(tr("Solutions found"));
    for (int i = 0; i < ui->chartRangeCombo->count(); ++i) {
        switch (ui->chartRangeCombo->itemData(i).toInt()) {
        case 1:
            ui->chartRangeCombo->setItemText(i, tr("Last minute"));
            break;
        case 5:
            ui->chartRangeCombo->setItemText(i, tr("Last 5 minutes"));
            break;
        default:
            ui->chartRangeCombo->setItemText(i, tr("Last 15 minutes"));
            break;
        }
    }
    m_controls->retranslate(std::max(1, m_service.config().cpus.count));
    updateJobsPlaceholder();
    m_jobs->retranslate();
    updateCounters();
    m_controls->showRunning(m_service.isRunning());
    updateServiceState();
    onCountersChanged(m_counters);
    if (m_haveSample)
        onHashrateSampled(m_lastSample);
    else {
        ui->hashrateCard->setCaption(tr("waiting for the first samples"));
        for (StatCard* card : {ui->avg10Card, ui->avg60Card, ui->avg15Card})
            card->setCaption(QString());
    }
    ui->actionHide->setText(m_trayAvailable ? tr("&Hide to tray") : tr("&Minimise"));
}

void MainWindow::restoreLayout()
{
    bool placed = false;
    if (!m_settings.windowGeometry.isEmpty())
        placed = restoreGeometry(m_settings.windowGeometry);
    if (!placed) {
        // First start: a comfortable size that fits a 1280×720 screen.
        QSize size(1180, 680);
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            size = size.boundedTo(avail.size() * 0.95);
            resize(size);
            move(avail.center() - rect().center());
        } else {
            resize(size);
        }
    }
    if (!m_settings.windowState.isEmpty())
        restoreState(m_settings.windowState);
    if (!m_settings.splitterState.isEmpty())
        ui->splitter->restoreState(m_settings.splitterState);
    else
        ui->splitter->setSizes({300, 320});
    if (!m_settings.jobsHeaderState.isEmpty())
        ui->jobsView->horizontalHeader()->restoreState(m_settings.jobsHeaderState);
    ui->tabs->setCurrentIndex(std::clamp(m_settings.currentTab, 0, ui->tabs->count() - 1));
}

void MainWindow::saveLayout()
{
    m_settings.windowGeometry = saveGeometry();
    m_settings.windowState = saveState();
    m_settings.splitterState = ui->splitter->saveState();
    m_settings.jobsHeaderState = ui->jobsView->horizontalHeader()->saveState();
    m_settings.currentTab = ui->tabs->currentIndex();
    m_settings.saveLayout();
}

// --- service -------------------------------------------------------------------

void MainWindow::startService()
{
    if (m_service.isRunning())
        return;
    QString error;
    MinerService::StartError kind = MinerService::StartError::None;
    if (m_service.start(&error, &kind)) {
        m_startError.clear();
    } else {
        m_startError = error.isEmpty() ? tr("the service did not start (see the log)") : error;
    }
    updateServiceState();
}

void MainWindow::stopService()
{
    if (!m_service.isRunning())
        return;
    m_service.stop();
    m_startError.clear();
    updateServiceState();
}

void MainWindow::toggleService()
{
    if (m_service.isRunning())
        stopService();
    else
        startService();
}

void MainWindow::onServiceStarted()
{
    m_uptime.start();
    m_startError.clear();
    updateServiceState();
}

void MainWindow::onServiceStopped()
{
    m_uptime.invalidate();
    updateServiceState();
}

void MainWindow::updateServiceState()
{
    const bool running = m_service.isRunning();
    QColor color;
    if (running)
        color = serviceRunningColor();
    else if (!m_startError.isEmpty())
        color = serviceErrorColor();
    else
        color = serviceStoppedColor();
    m_statusStrip->showService(color, serviceStateText());
    m_controls->showRunning(running);
    updateErrorBanner();
    updateUptime();
    updateSummary();
    emit serviceStateChanged(running);
}

QString MainWindow::serviceStateText() const
{
    const MinerConfig& c = m_service.config();
    if (m_service.isRunning()) {
        const QString host = c.bindAddress.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(c.bindAddress)
                                                                       : c.bindAddress;
        QString text = tr("Listening on %1:%2").arg(host).arg(m_service.apiPort());
        if (m_service.metricsPort() != 0)
            text += QStringLiteral(" · ") + tr("metrics on port %1").arg(m_service.metricsPort());
        return text;
    }
    if (!m_startError.isEmpty())
        return tr("Error: %1").arg(m_startError);
    return tr("Stopped");
}

void MainWindow::updateErrorBanner()
{
    const bool serviceDown = !m_service.isRunning() && !m_startError.isEmpty();
    const bool nodeDown = nodeStoppedForGood();
    const bool show = serviceDown || nodeDown;
    if (nodeDown) {
        // The client's own words name what to fix (the token file, the pin).
        const NodeMiner* node = m_service.nodeMiner();
        if (node->nodeCount() == 1) {
            ui->errorText->setText(tr("<b>Not mining for the node at %1.</b> %2")
                                       .arg(node->settings().address().toHtmlEscaped(),
                                            node->client()->stateDetail().toHtmlEscaped()));
        } else {
            const NodeMiner::Counters c = node->counters();
            QStringList reasons;
            for (int i = 0; i < node->nodeCount(); ++i)
                reasons << QStringLiteral("%1: %2").arg(c.nodes.value(i).address, node->clientAt(i)->stateDetail());
            ui->errorText->setText(tr("<b>Not mining for any of the %1 nodes.</b> %2")
                                       .arg(node->nodeCount())
                                       .arg(reasons.join(QStringLiteral("; ")).toHtmlEscaped()));
        }
    }
    if (serviceDown) {
        const MinerConfig& c = m_service.config();
        QString reason = m_startError;
        if (!reason.isEmpty())
            reason[0] = reason[0].toUpper();
        ui->errorText->setText(tr("<b>Not mining on %1:%2.</b> %3")
                                   .arg(c.bindAddress.toHtmlEscaped())
                                   .arg(c.port)
                                   .arg(reason.toHtmlEscaped()));
    }
    if (show) {
        QPalette p = ui->errorBanner->palette();
        const QColor base = palette().color(QPalette::Window);
        const QColor error = serviceErrorColor();
        const auto mix = [](int a, int b) { return (a * 82 + b * 18) / 100; };
        p.setColor(QPalette::Window,
                   QColor(mix(base.red(), error.red()), mix(base.green(), error.green()), mix(base.blue(), error.blue())));
        ui->errorBanner->setPalette(p);
        ui->errorBanner->setAutoFillBackground(true);
    }
    ui->errorBanner->setVisible(show);
}

bool MainWindow::nodeStoppedForGood() const
{
    // With backup nodes the miner goes on while any of them can be used: the
    // banner is for the case where none can (the strip's tooltip names each).
    const NodeMiner* node = m_service.nodeMiner();
    if (!node || !m_service.isRunning())
        return false;
    for (int i = 0; i < node->nodeCount(); ++i)
        if (node->clientAt(i)->state() != NodeClient::State::Stopped)
            return false;
    return true;
}

void MainWindow::onNodeChanged()
{
    // The previous node miner's connections went with it.
    if (NodeMiner* node = m_service.nodeMiner()) {
        connect(node, &NodeMiner::countersChanged, this, &MainWindow::updateNodeState);
        // The strip names the node being mined for: a switch changes it.
        connect(node, &NodeMiner::activeNodeChanged, this, &MainWindow::updateNodeState);
        for (int i = 0; i < node->nodeCount(); ++i)
            connect(node->clientAt(i), &NodeClient::stateChanged, this, [this] {
                updateNodeState();
                updateErrorBanner();
            });
    }
    m_statusStrip->setNodeVisible(m_service.nodeMiner() != nullptr);
    updateJobsPlaceholder();
    updateNodeState();
    updateErrorBanner();
}

void MainWindow::retryNode()
{
    const NodeSettings& current = m_service.config().node;
    if (m_service.nodeMiner()->nodeCount() > 1) {
        // Each node reads its own files again when they change; asking again
        // is connecting again, each with what it has.
        for (int i = 0; i < m_service.nodeMiner()->nodeCount(); ++i)
            m_service.nodeMiner()->clientAt(i)->start();
        return;
    }
    if (!current.fromFiles && current.problem.isEmpty()) {
        // A token or pin given as a value: nothing to read again.
        m_service.nodeMiner()->client()->start();
        return;
    }
    m_service.setNode(nodeFromSource(current.source));
}

void MainWindow::updateNodeState()
{
    const NodeMiner* node = m_service.nodeMiner();
    if (!node || !m_statusStrip)
        return;
    m_statusStrip->showNode(*node, m_service.isRunning());
}

void MainWindow::updateUptime()
{
    updateNodeState();
    m_statusStrip->showUptime(m_uptime);
}

// --- controls --------------------------------------------------------------------

void MainWindow::chooseEngine(const QString& name)
{
    if (name == m_service.jobs()->engineName())
        return;
    QString error;
    if (!m_service.setEngine(name, &error)) {
        m_controls->showEngine(m_service.jobs()->engineName());
        // Not modal: the window keeps updating while the message is shown.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Engine"), tr("Cannot switch to %1: %2").arg(name, error),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_settings.engine = name;
    m_settings.save();
}

void MainWindow::chooseWorkers(int workers)
{
    if (workers == m_service.jobs()->workers())
        return;
    m_service.setWorkers(workers);
    m_settings.workers = workers;
    m_settings.save();
}

void MainWindow::onEngineChanged(const QString& name, const QString& backend)
{
    m_controls->showEngine(name);
    ui->hashrateCard->setAccent(engineColor(name));
    ui->systemTab->setEngineBackend(name, backend);
    m_statusStrip->showEngine(name, backend);
    updateSummary();
}

void MainWindow::onWorkersChanged(int workers)
{
    m_controls->showWorkers(workers);
    m_statusStrip->showWorkers(workers);
}

void MainWindow::onSystemProbe(const SystemProbe& probe)
{
    ui->systemTab->setSystemProbe(probe);
    if (!probe.gpus.isEmpty())
        m_service.systemInfo()->startHealthSampling();
    m_controls->showProbe(probe.engines, m_service.jobs()->engineName());
}

// --- figures -----------------------------------------------------------------------

void MainWindow::onHashrateSampled(const HashrateSample& sample)
{
    // The service measures the rate since its previous sample; the window
    // plots it (a repeated sample, when the retranslation replays the last
    // one, adds no point).
    if (!std::isnan(sample.current) && (!m_haveSample || sample.timestampMs != m_lastSample.timestampMs))
        ui->chart->addSample(QDateTime::currentMSecsSinceEpoch(), m_service.jobs()->engineName(), sample.current);
    m_lastSample = sample;
    m_haveSample = true;

    ui->hashrateCard->setValue(formatHashrate(sample.current));
    ui->hashrateCard->setCaption(sample.highestTenSeconds > 0
                                     ? tr("peak %1 (10 s)").arg(formatHashrate(sample.highestTenSeconds))
                                     : tr("total %1 hashes").arg(formatCount(sample.totalHashes)));
    ui->avg10Card->setValue(formatHashrate(sample.total.tenSeconds));
    ui->avg60Card->setValue(formatHashrate(sample.total.oneMinute));
    ui->avg15Card->setValue(formatHashrate(sample.total.fifteenMinutes));
    const int workers = std::max<int>(1, static_cast<int>(sample.perWorker.size()));
    const auto perWorker = [workers](double v) {
        return std::isnan(v) ? QString() : tr("%1 per worker").arg(formatHashrate(v / workers));
    };
    ui->avg10Card->setCaption(perWorker(sample.total.tenSeconds));
    ui->avg60Card->setCaption(perWorker(sample.total.oneMinute));
    ui->avg15Card->setCaption(std::isnan(sample.total.fifteenMinutes)
                                  ? QString()
                                  : tr("total %1 hashes").arg(formatCount(sample.totalHashes)));
    ui->systemTab->setWorkerRates(sample.perWorker);
    updateSummary();
}

void MainWindow::onCountersChanged(const JobCounters& counts)
{
    m_counters = counts;
    ui->jobsCard->setValue(tr("%1 running").arg(counts.running));
    ui->jobsCard->setCaption(tr("%1 accepted · %2 completed").arg(counts.accepted).arg(counts.completed));
    updateCounters();
    updateSummary();
}

void MainWindow::updateCounters()
{
    const JobCounters& c = m_counters;
    ui->acceptedLabel->setText(tr("Accepted %1").arg(c.accepted));
    ui->runningLabel->setText(coloredDot(statusColor(JobStatus::Running)) + QLatin1Char(' ') +
                              tr("Running %1").arg(c.running));
    ui->completedLabel->setText(coloredDot(statusColor(JobStatus::Completed)) + QLatin1Char(' ') +
                                tr("Completed %1").arg(c.completed));
    ui->failedLabel->setText(coloredDot(statusColor(JobStatus::Failed)) + QLatin1Char(' ') +
                             tr("Failed %1").arg(c.failed));
    ui->cancelledLabel->setText(coloredDot(statusColor(JobStatus::Cancelled)) + QLatin1Char(' ') +
                                tr("Cancelled %1").arg(c.cancelled));
    ui->jobsHint->setText(tr("Finished jobs leave the list %1 min after the node has fetched them")
                              .arg(m_service.config().retentionMs / 60'000));

    m_solutions = c.completed;
    ui->solutionsCard->setValue(QLocale().toString(static_cast<qulonglong>(m_solutions)));
    ui->solutionsCard->setCaption(m_lastSolutionTime.isEmpty() ? tr("none yet this session")
                                                               : tr("last at %1").arg(m_lastSolutionTime));
}

void MainWindow::onSolution(const JobSnapshot& job)
{
    m_lastSolutionTime = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    updateCounters();
    emit solutionFound(job);
}

QString MainWindow::summaryText() const
{
    QString state;
    if (m_service.isRunning())
        state = tr("%1 · running jobs: %2")
                    .arg(formatHashrate(m_haveSample && !std::isnan(m_lastSample.current) ? m_lastSample.current : 0))
                    .arg(m_counters.running);
    else if (!m_startError.isEmpty())
        state = tr("Not mining: %1").arg(m_startError);
    else
        state = tr("Stopped");
    return tr("Quantus Miner") + QLatin1Char('\n') + state;
}

void MainWindow::updateSummary()
{
    m_statusStrip->showEngine(m_service.jobs()->engineName(), m_service.jobs()->engineBackend());
    m_statusStrip->showWorkers(m_service.jobs()->workers());
    emit summaryChanged(summaryText());
}

// --- dialogs -------------------------------------------------------------------------

void MainWindow::showAbout()
{
    AboutDialog about(this);
    about.exec();
}

// --- window --------------------------------------------------------------------------

void MainWindow::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    ui->actionHide->setText(available ? tr("&Hide to tray") : tr("&Minimise"));
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::toggleVisible()
{
    if (isVisible() && !isMinimized())
        hide();
    else
        bringToFront();
}

void MainWindow::quit()
{
    m_quitting = true;
    saveLayout();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    // Only the user's own close (the window manager's close button, a
    // spontaneous event) goes to the tray. Qt closes every window when the
    // application quits (SIGINT/SIGTERM, Quit) and refusing that close would
    // cancel the quit.
    if (!m_quitting && event->spontaneous() && m_trayAvailable && m_settings.closeToTray) {
        hide();
        event->ignore();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            emit hiddenToTray();
        }
        return;
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        ui->retranslateUi(this);
        retranslate();
        break;
    case QEvent::PaletteChange:
        updateErrorBanner();
        updateServiceState();
        updateCounters();
        break;
    default:
        break;
    }
    QMainWindow::changeEvent(event);
}

} // namespace qm::gui

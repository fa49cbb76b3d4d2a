#include "gui/main_window.h"

#include "base/job_manager.h"
#include "base/logger.h"
#include "base/miner_service.h"
#include "base/node_miner.h"
#include "base/system_info.h"
#include "base/translations.h"
#include "gui/about_dialog.h"
#include "gui/autostart.h"
#include "gui/format.h"
#include "gui/icons.h"
#include "gui/theme.h"
#include "ui_main_window.h"
#include "gui/widgets/hashrate_chart.h"
#include "gui/widgets/elided_label.h"
#include "gui/widgets/job_item_delegate.h"
#include "gui/widgets/log_console.h"
#include "gui/widgets/system_panel.h"
#include "gui/local_node_settings.h"
#include "gui/models/local_node_model.h"
#include "gui/widgets/node_panel.h"
#include "gui/widgets/rewards_panel.h"
#include "gui/wizard/node_wizard.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QHostAddress>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace qm::gui {

namespace {

QPixmap dotPixmap(const QColor& color, int size, qreal dpr)
{
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pm;
}

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
    ui->nodeTab->setModel(m_localNode);
    ui->rewardsTab->setModel(m_localNode);
    connect(ui->nodeTab, &NodePanel::setUpRequested, this, &MainWindow::showNodeWizard);
    connect(ui->rewardsTab, &RewardsPanel::setUpRequested, this, &MainWindow::showNodeWizard);
    connect(ui->actionSetUpNode, &QAction::triggered, this, &MainWindow::showNodeWizard);
    connect(ui->actionShowNode, &QAction::triggered, this, [this] { ui->tabs->setCurrentWidget(ui->nodeTab); });
    connect(ui->actionShowRewards, &QAction::triggered, this,
            [this] { ui->tabs->setCurrentWidget(ui->rewardsTab); });
    // A node set up to run starts with the window (its own settings say so).
    if (m_localNode->settings().enabled && m_localNode->settings().node.enabled)
        QTimer::singleShot(0, this, [this] {
            QString error;
            if (!m_localNode->startNode(&error))
                logWarn(QStringLiteral("local node: %1").arg(error));
        });
    ui->systemTab->setCpu(m_service.systemInfo()->cpu());
    ui->systemTab->setEngineBackend(m_service.jobs()->engineName(), m_service.jobs()->engineBackend());

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

void MainWindow::showNodeWizard()
{
    if (m_nodeWizard) {
        m_nodeWizard->raise();
        m_nodeWizard->activateWindow();
        return;
    }
    // From the settings dialog the assistant sits on top of it.
    QWidget* parent = m_settingsDialog ? static_cast<QWidget*>(m_settingsDialog.data()) : this;
    auto* wizard = new NodeWizard(m_localNode->settings(), parent);
    m_nodeWizard = wizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
        const bool accepted = result == QDialog::Accepted;
        if (accepted) {
            // A running node restarts with its new settings (or stops); the
            // miner follows it.
            m_localNode->setSettings(wizard->result());
            ui->tabs->setCurrentWidget(ui->nodeTab);
        } else {
            // Closed on first run: not offered again at start-up (the menu
            // and the Node tab still open it).
            m_localNode->markSetupDone();
        }
        emit nodeWizardClosed(accepted);
    });
    wizard->open();
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

void MainWindow::setUpJobs()
{
    m_jobs = new JobTableModel(this);
    m_jobsProxy = new QSortFilterProxyModel(this);
    m_jobsProxy->setSourceModel(m_jobs);
    m_jobsProxy->setSortRole(JobTableModel::SortRole);
    m_jobsProxy->setDynamicSortFilter(true);
    ui->jobsView->setModel(m_jobsProxy);
    ui->jobsView->setItemDelegate(new JobItemDelegate(ui->jobsView));
    ui->jobsView->sortByColumn(JobTableModel::ColumnStarted, Qt::DescendingOrder);
    ui->jobsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui->jobsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);

    QHeaderView* header = ui->jobsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobTableModel::ColumnNonce, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    const struct {
        int column;
        int chars;
    } widths[] = {
        {JobTableModel::ColumnJob, 12},        {JobTableModel::ColumnStatus, 14},
        {JobTableModel::ColumnStarted, 11},    {JobTableModel::ColumnDifficulty, 16},
        {JobTableModel::ColumnNonces, 15},     {JobTableModel::ColumnRate, 13},
        {JobTableModel::ColumnElapsed, 10},    {JobTableModel::ColumnEngine, 13},
    };
    for (const auto& w : widths)
        header->resizeSection(w.column, w.chars * ch + 16);

    connect(ui->jobsView, &QWidget::customContextMenuRequested, this, &MainWindow::showJobsMenu);
    connect(m_jobs, &JobTableModel::solutionFound, this, &MainWindow::onSolution);
    m_jobs->attach(m_service.jobs());
    updateCounters();
}

void MainWindow::setUpStatusStrip()
{
    QStatusBar* bar = ui->statusBar;
    bar->setSizeGripEnabled(true);
    auto* state = new QWidget(bar);
    auto* layout = new QHBoxLayout(state);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_stateDot = new QLabel(state);
    // Elided: a long error must not widen the window; the banner and the
    // tooltip carry the whole text.
    m_stateText = new ElidedLabel(state);
    layout->addWidget(m_stateDot);
    layout->addWidget(m_stateText, 1);
    bar->addWidget(state, 1);

    // The node comes first among the permanent fields: whether mining works
    // at all is what a home miner looks for. Hidden without a node.
    m_nodeField = new QWidget(bar);
    auto* nodeLayout = new QHBoxLayout(m_nodeField);
    nodeLayout->setContentsMargins(8, 0, 8, 0);
    nodeLayout->setSpacing(6);
    m_nodeDot = new QLabel(m_nodeField);
    m_nodeText = new ElidedLabel(m_nodeField);
    m_nodeText->setObjectName(QStringLiteral("nodeStateText"));
    m_nodeText->setMinimumWidth(fontMetrics().horizontalAdvance(QString(44, QLatin1Char('m'))));
    nodeLayout->addWidget(m_nodeDot);
    nodeLayout->addWidget(m_nodeText, 1);
    bar->addPermanentWidget(m_nodeField, 1);
    m_nodeField->setVisible(false);
    m_engineText = new QLabel(bar);
    m_workersText = new QLabel(bar);
    m_uptimeText = new QLabel(bar);
    for (QLabel* l : {m_engineText, m_workersText, m_uptimeText}) {
        l->setContentsMargins(8, 0, 8, 0);
        bar->addPermanentWidget(l);
    }
}

void MainWindow::setUpControls()
{
    // Engines in the order users see them; unavailable ones are greyed out
    // with the reason once the probe reports.
    const QSignalBlocker block(ui->engineCombo);
    for (const QString& name : engineNames())
        ui->engineCombo->addItem(name, name);
    ui->engineCombo->setCurrentIndex(std::max(0, ui->engineCombo->findData(m_service.jobs()->engineName())));
    if (auto* model = qobject_cast<QStandardItemModel*>(ui->engineCombo->model())) {
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->item(i)->data(Qt::UserRole).toString() == u"gpu-cuda") {
                model->item(i)->setEnabled(false);
                model->item(i)->setToolTip(tr("Checking for CUDA devices…"));
            }
        }
    }

    const int cpus = std::max(1, m_service.config().cpus.count);
    const QSignalBlocker blockWorkers(ui->workersSpin);
    ui->workersSpin->setRange(1, std::max(cpus, m_service.jobs()->workers()));
    ui->workersSpin->setValue(m_service.jobs()->workers());

    connect(ui->engineCombo, &QComboBox::activated, this,
            [this](int index) { chooseEngine(ui->engineCombo->itemData(index).toString()); });
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
    connect(ui->actionShowJobs, &QAction::triggered, this, [this] { ui->tabs->setCurrentIndex(0); });
    connect(ui->actionShowLog, &QAction::triggered, this, [this] { ui->tabs->setCurrentIndex(1); });
    connect(ui->actionShowSystem, &QAction::triggered, this, [this] { ui->tabs->setCurrentIndex(2); });
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
    updateStartStop();
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
    ui->workersHint->setText(tr("of %1 CPUs").arg(std::max(1, m_service.config().cpus.count)));
    updateJobsPlaceholder();
    m_jobs->retranslate();
    updateCounters();
    updateStartStop();
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
    const int side = fontMetrics().height() * 2 / 3;
    m_stateDot->setPixmap(dotPixmap(color, side, devicePixelRatioF()));
    m_stateText->setFullText(serviceStateText());
    updateStartStop();
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

void MainWindow::updateStartStop()
{
    const bool running = m_service.isRunning();
    ui->startStopButton->setText(running ? tr("Stop mining") : tr("Start mining"));
    ui->startStopButton->setIcon(running ? tintedIcon(QStringLiteral("stop"), serviceErrorColor())
                                         : tintedIcon(QStringLiteral("start"), serviceRunningColor()));
    ui->actionStartStop->setText(running ? tr("&Stop mining") : tr("&Start mining"));
    ui->actionStartStop->setIcon(ui->startStopButton->icon());
}

void MainWindow::updateErrorBanner()
{
    const bool serviceDown = !m_service.isRunning() && !m_startError.isEmpty();
    const bool nodeDown = nodeStoppedForGood();
    const bool show = serviceDown || nodeDown;
    if (nodeDown) {
        // The client's own words name what to fix (the token file, the pin).
        const NodeMiner* node = m_service.nodeMiner();
        ui->errorText->setText(tr("<b>Not mining for the node at %1.</b> %2")
                                   .arg(node->settings().address().toHtmlEscaped(),
                                        node->client()->stateDetail().toHtmlEscaped()));
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
    const NodeMiner* node = m_service.nodeMiner();
    return node && m_service.isRunning() && node->client()->state() == NodeClient::State::Stopped;
}

QString MainWindow::nodeStateText() const
{
    const NodeMiner* node = m_service.nodeMiner();
    const NodeMiner::Counters c = node->counters();
    QString state;
    switch (node->client()->state()) {
    case NodeClient::State::Idle:
    case NodeClient::State::Connecting:
        state = tr("connecting");
        break;
    case NodeClient::State::Authenticating:
        state = tr("authenticating");
        break;
    case NodeClient::State::Connected:
        state = c.nodeJobId.isEmpty() ? tr("connected, waiting for a job") : tr("mining job %1").arg(c.nodeJobId);
        break;
    case NodeClient::State::Retrying:
        state = tr("retrying in %1 s").arg(node->client()->retryInSeconds());
        break;
    case NodeClient::State::Stopped:
        state = m_service.isRunning() ? tr("stopped: %1").arg(node->client()->stateDetail()) : tr("stopped");
        break;
    }
    QString text = tr("Node %1: %2").arg(node->settings().address(), state);
    if (c.jobs > 0) {
        const qint64 ago = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - c.lastJobEpochMs) / 1000;
        text += QStringLiteral(" · ") + tr("%1 jobs, %2 blocks submitted, last job %3 ago")
                                           .arg(c.jobs)
                                           .arg(c.results)
                                           .arg(formatDuration(static_cast<double>(ago)));
    }
    return text;
}

void MainWindow::updateJobsPlaceholder()
{
    if (const NodeMiner* node = m_service.nodeMiner())
        ui->jobsView->setPlaceholderText(
            tr("No jobs yet.\nThe node at %1 sends a job once it has peers and is in sync; its state is in the "
               "status bar below.")
                .arg(node->settings().address()));
    else
        ui->jobsView->setPlaceholderText(
            tr("No jobs yet.\nA Quantus node sends jobs to this miner over HTTP; point its external miner "
               "setting at the address in the status bar below."));
}

void MainWindow::onNodeChanged()
{
    // The previous node miner's connections went with it.
    if (NodeMiner* node = m_service.nodeMiner()) {
        connect(node, &NodeMiner::countersChanged, this, &MainWindow::updateNodeState);
        connect(node->client(), &NodeClient::stateChanged, this, [this] {
            updateNodeState();
            updateErrorBanner();
        });
    }
    m_nodeField->setVisible(m_service.nodeMiner() != nullptr);
    updateJobsPlaceholder();
    updateNodeState();
    updateErrorBanner();
}

void MainWindow::retryNode()
{
    const NodeSettings& current = m_service.config().node;
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
    if (!node || !m_nodeText)
        return;
    QColor color;
    switch (node->client()->state()) {
    case NodeClient::State::Connected:
        color = serviceRunningColor();
        break;
    case NodeClient::State::Stopped:
        color = m_service.isRunning() ? serviceErrorColor() : palette().color(QPalette::PlaceholderText);
        break;
    default:
        color = statusColor(JobStatus::Cancelled);
        break;
    }
    m_nodeDot->setPixmap(dotPixmap(color, fontMetrics().height() * 2 / 3, devicePixelRatioF()));
    const QString text = nodeStateText();
    m_nodeText->setText(text);
    m_nodeText->setToolTip(text + QLatin1Char('\n') + node->client()->stateDetail());
}

void MainWindow::updateUptime()
{
    updateNodeState();
    if (m_uptime.isValid())
        m_uptimeText->setText(tr("Uptime %1").arg(formatDuration(static_cast<double>(m_uptime.elapsed()) / 1000.0)));
    else
        m_uptimeText->setText(tr("Uptime —"));
}

// --- controls --------------------------------------------------------------------

void MainWindow::chooseEngine(const QString& name)
{
    if (name == m_service.jobs()->engineName())
        return;
    QString error;
    if (!m_service.setEngine(name, &error)) {
        const QSignalBlocker block(ui->engineCombo);
        ui->engineCombo->setCurrentIndex(std::max(0, ui->engineCombo->findData(m_service.jobs()->engineName())));
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
    {
        const QSignalBlocker block(ui->engineCombo);
        ui->engineCombo->setCurrentIndex(std::max(0, ui->engineCombo->findData(name)));
    }
    ui->hashrateCard->setAccent(engineColor(name));
    ui->systemTab->setEngineBackend(name, backend);
    m_engineText->setText(tr("Engine %1 (%2)").arg(name, backend));
    updateSummary();
}

void MainWindow::onWorkersChanged(int workers)
{
    {
        const QSignalBlocker block(ui->workersSpin);
        ui->workersSpin->setMaximum(std::max(ui->workersSpin->maximum(), workers));
        ui->workersSpin->setValue(workers);
    }
    m_workersText->setText(tr("Workers %1").arg(workers));
}

void MainWindow::onSystemProbe(const SystemProbe& probe)
{
    ui->systemTab->setSystemProbe(probe);
    if (!probe.gpus.isEmpty())
        m_service.systemInfo()->startHealthSampling();
    auto* model = qobject_cast<QStandardItemModel*>(ui->engineCombo->model());
    if (!model)
        return;
    for (const EngineProbe& p : probe.engines) {
        const int i = ui->engineCombo->findData(p.name);
        if (i < 0)
            continue;
        QStandardItem* item = model->item(i);
        item->setEnabled(p.available);
        item->setToolTip(p.available ? tr("%1 — %2").arg(p.name, p.backend)
                                     : tr("%1 unavailable: %2").arg(p.name, p.reason));
        item->setText(p.available || p.name == m_service.jobs()->engineName()
                          ? p.name
                          : tr("%1 (unavailable)").arg(p.name));
    }
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
    m_engineText->setText(tr("Engine %1 (%2)").arg(m_service.jobs()->engineName(), m_service.jobs()->engineBackend()));
    m_workersText->setText(tr("Workers %1").arg(m_service.jobs()->workers()));
    emit summaryChanged(summaryText());
}

// --- jobs menu ---------------------------------------------------------------------

void MainWindow::showJobsMenu(const QPoint& pos)
{
    const QModelIndex proxyIndex = ui->jobsView->indexAt(pos);
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_jobsProxy->mapToSource(proxyIndex);
    const std::optional<JobSnapshot> job = m_jobs->jobAt(source.row());
    if (!job)
        return;
    QMenu menu(this);
    QAction* cancel = menu.addAction(tr("&Cancel job"));
    cancel->setEnabled(!job->isEnded());
    QAction* copyId = menu.addAction(themedIcon(QStringLiteral("copy")), tr("Copy job &ID"));
    QAction* copyNonce = menu.addAction(tr("Copy found &nonce"));
    copyNonce->setEnabled(job->nonce.has_value());
    QAction* chosen = menu.exec(ui->jobsView->viewport()->mapToGlobal(pos));
    if (chosen == cancel)
        m_service.jobs()->cancel(job->id);
    else if (chosen == copyId)
        QApplication::clipboard()->setText(job->id);
    else if (chosen == copyNonce && job->nonce)
        QApplication::clipboard()->setText(QString::fromStdString(job->nonce->toHex128()));
}

// --- settings ------------------------------------------------------------------------

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
    if (nodeChanged) {
        m_settings.nodeEnabled = values.nodeEnabled;
        if (values.nodeEnabled)
            m_settings.node = values.node;
    }
    m_settings.save();
    if (nodeChanged) {
        // The dialog checked the files; one that vanished since is shown as
        // the node's stop reason.
        // While the local node has the miner, this node waits for it.
        m_localNode->setRemoteNode(values.nodeEnabled ? nodeFromSource(values.node) : NodeSettings{});
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

// The window's tabs, the second part of MainWindow: the Jobs tab (its model,
// columns, placeholder and context menu), the System, Node and Rewards tabs,
// the View menu that switches between them, and the node assistant the Node
// and Rewards tabs open. Kept apart from main_window.cpp so that the
// window's own file reads as the service, the figures and the window.
#include "gui/main_window.h"

#include "gui/icons.h"
#include "gui/models/local_node_model.h"
#include "gui/widgets/job_item_delegate.h"
#include "gui/widgets/node_panel.h"
#include "gui/widgets/rewards_panel.h"
#include "gui/widgets/system_panel.h"
#include "gui/wizard/node_wizard.h"
#include "miner/miner_service.h"
#include "node/node_miner.h"
#include "service/system_info.h"
#include "ui_main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

namespace qm::gui {

// --- jobs tab ------------------------------------------------------------------

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

// --- the other tabs -------------------------------------------------------------

void MainWindow::setUpTabs()
{
    ui->nodeTab->setModel(m_localNode);
    ui->rewardsTab->setModel(m_localNode);
    connect(ui->nodeTab, &NodePanel::setUpRequested, this, &MainWindow::showNodeWizard);
    connect(ui->rewardsTab, &RewardsPanel::setUpRequested, this, &MainWindow::showNodeWizard);
    connect(ui->actionSetUpNode, &QAction::triggered, this, &MainWindow::showNodeWizard);
    ui->systemTab->setCpu(m_service.systemInfo()->cpu());
    ui->systemTab->setEngineBackend(m_service.jobs()->engineName(), m_service.jobs()->engineBackend());

    // The View menu.
    connect(ui->actionShowJobs, &QAction::triggered, this, [this] { ui->tabs->setCurrentIndex(0); });
    connect(ui->actionShowLog, &QAction::triggered, this, [this] { ui->tabs->setCurrentIndex(1); });
    connect(ui->actionShowSystem, &QAction::triggered, this, [this] { ui->tabs->setCurrentIndex(2); });
    connect(ui->actionShowNode, &QAction::triggered, this, [this] { ui->tabs->setCurrentWidget(ui->nodeTab); });
    connect(ui->actionShowRewards, &QAction::triggered, this,
            [this] { ui->tabs->setCurrentWidget(ui->rewardsTab); });
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

} // namespace qm::gui

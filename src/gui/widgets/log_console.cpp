#include "gui/widgets/log_console.h"

#include "gui/icons.h"
#include "gui/models/log_filter_model.h"
#include "gui/models/log_model.h"
#include "ui_log_console.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>

#include <algorithm>

namespace qm::gui {

LogConsole::LogConsole(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::LogConsole>()), m_model(new LogModel(this)),
      m_filter(new LogFilterModel(this))
{
    ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    ui->view->setModel(m_filter);
    ui->view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QHeaderView* header = ui->view->horizontalHeader();
    header->setSectionResizeMode(LogModel::ColumnTime, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LogModel::ColumnLevel, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LogModel::ColumnMessage, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    ui->view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui->view->verticalHeader()->setDefaultSectionSize(ui->view->fontMetrics().height() + 6);

    fillLevelCombo();
    applyIcons();

    connect(ui->levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMaximumLevel(static_cast<LogLevel>(ui->levelCombo->currentData().toInt()));
        updateCount();
    });
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(ui->copyButton, &QToolButton::clicked, this, &LogConsole::copyToClipboard);
    connect(ui->saveButton, &QToolButton::clicked, this, &LogConsole::saveWithDialog);
    connect(ui->clearButton, &QToolButton::clicked, this, [this] { m_model->clear(); });
    connect(m_model, &LogModel::modelReset, this, &LogConsole::updateCount);

    // Follow the newest line only while the user has not scrolled up.
    QScrollBar* bar = ui->view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_followTail = value >= bar->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        if (m_followTail)
            ui->view->scrollToBottom();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LogConsole::updateCount);
    updateCount();
}

LogConsole::~LogConsole() = default;

void LogConsole::attach(Logger& logger)
{
    m_model->attach(logger);
    ui->view->scrollToBottom();
}

void LogConsole::setModel(LogModel* model)
{
    if (model == m_model)
        return;
    if (m_model->parent() == this)
        m_model->deleteLater();
    m_model = model;
    m_filter->setSourceModel(model);
    connect(m_model, &LogModel::modelReset, this, &LogConsole::updateCount);
    updateCount();
    ui->view->scrollToBottom();
}

void LogConsole::fillLevelCombo()
{
    const int current = ui->levelCombo->currentIndex();
    const QSignalBlocker block(ui->levelCombo);
    ui->levelCombo->clear();
    ui->levelCombo->addItem(tr("Errors"), static_cast<int>(LogLevel::Error));
    ui->levelCombo->addItem(tr("Warnings and errors"), static_cast<int>(LogLevel::Warn));
    ui->levelCombo->addItem(tr("Information"), static_cast<int>(LogLevel::Info));
    ui->levelCombo->addItem(tr("Debug"), static_cast<int>(LogLevel::Debug));
    ui->levelCombo->addItem(tr("Everything"), static_cast<int>(LogLevel::Trace));
    ui->levelCombo->setCurrentIndex(current >= 0 ? current : 4);
}

void LogConsole::applyIcons()
{
    ui->copyButton->setIcon(themedIcon(QStringLiteral("copy")));
    ui->saveButton->setIcon(themedIcon(QStringLiteral("save")));
    ui->clearButton->setIcon(themedIcon(QStringLiteral("clear")));
    ui->searchEdit->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
}

void LogConsole::setMaximumLevel(LogLevel level)
{
    const int i = ui->levelCombo->findData(static_cast<int>(level));
    if (i >= 0)
        ui->levelCombo->setCurrentIndex(i);
}

void LogConsole::setSearchText(const QString& text)
{
    ui->searchEdit->setText(text);
}

void LogConsole::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    ui->countLabel->setText(shown == total ? tr("Lines: %1").arg(total) : tr("Shown: %1 of %2").arg(shown).arg(total));
}

QString LogConsole::shownText(bool selectionOnly) const
{
    QStringList lines;
    QList<int> rows;
    if (selectionOnly && ui->view->selectionModel()) {
        for (const QModelIndex& idx : ui->view->selectionModel()->selectedRows())
            rows << idx.row();
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty()) {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows << r;
    }
    for (int r : std::as_const(rows))
        lines << m_filter->index(r, 0).data(LogModel::LineRole).toString();
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void LogConsole::copyToClipboard()
{
    QApplication::clipboard()->setText(shownText(true));
}

bool LogConsole::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(shownText(false).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogConsole::saveWithDialog()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("quantus-miner-%1.log")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save log"), suggested, tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save log"), tr("Could not save the log to %1: %2").arg(path, error));
}

void LogConsole::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillLevelCombo();
        m_model->retranslate();
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace qm::gui

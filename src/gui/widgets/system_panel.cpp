#include "gui/widgets/system_panel.h"

#include "gui/format.h"
#include "ui_system_panel.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace qm::gui {

namespace {

void setCell(QTableWidget* t, int row, int column, const QString& text, Qt::Alignment align)
{
    QTableWidgetItem* item = t->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setTextAlignment(align | Qt::AlignVCenter);
        t->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
}

QString orDash(double v, const QString& text)
{
    return std::isnan(v) ? QStringLiteral("—") : text;
}

} // namespace

SystemPanel::SystemPanel(QWidget* parent) : QWidget(parent), ui(std::make_unique<Ui::SystemPanel>())
{
    ui->setupUi(this);
    // One line each: selectable labels in a form layout otherwise wrap at a
    // width the layout guesses before the panel is sized.
    for (QLabel* l : {ui->cpuModel, ui->logicalCpus, ui->effectiveCpus, ui->isaFlags, ui->fastPaths})
        l->setWordWrap(false);
    for (QTableWidget* t : {ui->workersTable, ui->gpuTable}) {
        t->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    }
    ui->workersTable->setColumnCount(4);
    ui->workersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui->gpuTable->setColumnCount(6);
    ui->gpuTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->gpuTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->gpuTable->hide();
    refresh();
}

SystemPanel::~SystemPanel() = default;

void SystemPanel::setCpu(const CpuProbe& cpu)
{
    m_cpu = cpu;
    refresh();
}

void SystemPanel::setEngineBackend(const QString& engine, const QString& backend)
{
    m_engine = engine;
    m_backend = backend;
    refresh();
}

void SystemPanel::setSystemProbe(const SystemProbe& probe)
{
    m_cpu = probe.cpu;
    m_probe = probe;
    m_probed = true;
    refresh();
}

void SystemPanel::setGpuHealth(const QList<GpuHealthReading>& gpus)
{
    m_health = gpus;
    refreshGpuTable();
}

void SystemPanel::setWorkerRates(const QList<HashrateWindows>& perWorker)
{
    m_rates = perWorker;
    QTableWidget* t = ui->workersTable;
    if (t->rowCount() != perWorker.size())
        t->setRowCount(static_cast<int>(perWorker.size()));
    for (int r = 0; r < perWorker.size(); ++r) {
        const HashrateWindows& w = perWorker[r];
        setCell(t, r, 0, tr("Worker %1").arg(r), Qt::AlignLeft);
        setCell(t, r, 1, formatHashrate(w.tenSeconds), Qt::AlignRight);
        setCell(t, r, 2, formatHashrate(w.oneMinute), Qt::AlignRight);
        setCell(t, r, 3, formatHashrate(w.fifteenMinutes), Qt::AlignRight);
    }
}

QString SystemPanel::gpuText() const
{
    return ui->gpuText->text();
}

void SystemPanel::refresh()
{
    QString model = m_cpu.model;
    if (model.isEmpty())
        model = tr("unknown");
    if (!m_cpu.vendor.isEmpty())
        model += QStringLiteral(" (%1)").arg(m_cpu.vendor);
    ui->cpuModel->setText(model);
    ui->logicalCpus->setText(QString::number(m_cpu.logicalCpus));
    const EffectiveCpus& cpus = m_cpu.effective;
    ui->effectiveCpus->setText(cpus.source.isEmpty() ? QString::number(cpus.count)
                                                     : tr("%1 (%2)").arg(cpus.count).arg(cpus.source));

    ui->isaFlags->setText(m_cpu.flags.isEmpty() ? tr("none of AVX2, BMI2, AVX-512 (scalar code only)")
                                                : m_cpu.flags.join(QStringLiteral(", ")));

    QString pathText = m_cpu.fastPaths.join(QStringLiteral(", "));
    if (m_engine == u"cpu-fast" && !m_backend.isEmpty())
        pathText = tr("%1; in use: %2").arg(pathText, m_backend);
    else if (!m_cpu.fastPathSelected.isEmpty())
        pathText = tr("%1; would use %2").arg(pathText, m_cpu.fastPathSelected);
    ui->fastPaths->setText(pathText);

    QString gpu;
    if (!m_probed) {
        gpu = tr("Looking for CUDA devices…");
    } else if (m_probe.cudaAvailable) {
        int usable = 0;
        for (const GpuDevice& d : std::as_const(m_probe.gpus))
            usable += d.usable ? 1 : 0;
        gpu = tr("gpu-cuda can use %1 of %2 GPUs (driver CUDA %3.%4; %5)")
                  .arg(usable)
                  .arg(m_probe.gpus.size())
                  .arg(m_probe.cudaDriverVersion / 1000)
                  .arg((m_probe.cudaDriverVersion % 1000) / 10)
                  .arg(m_probe.cudaBuildSummary);
    } else {
        gpu = tr("gpu-cuda unavailable: %1").arg(m_probe.cudaReason);
    }
    ui->gpuText->setText(gpu);

    ui->workersTable->setHorizontalHeaderLabels({tr("Worker"), tr("10 s"), tr("60 s"), tr("15 min")});
    ui->gpuTable->setHorizontalHeaderLabels(
        {tr("GPU"), tr("Memory"), tr("Compute"), tr("Temperature"), tr("Power"), tr("Load")});
    // Names read from the left, figures from the right.
    for (QTableWidget* t : {ui->workersTable, ui->gpuTable})
        if (QTableWidgetItem* first = t->horizontalHeaderItem(0))
            first->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    refreshGpuTable();
}

void SystemPanel::refreshGpuTable()
{
    QTableWidget* t = ui->gpuTable;
    const QList<GpuDevice>& gpus = m_probe.gpus;
    t->setVisible(!gpus.isEmpty());
    if (gpus.isEmpty())
        return;
    if (t->rowCount() != gpus.size())
        t->setRowCount(static_cast<int>(gpus.size()));
    const QLocale locale;
    for (int r = 0; r < gpus.size(); ++r) {
        const GpuDevice& d = gpus[r];
        // NVML counts every GPU of the machine; CUDA the visible ones: match by UUID.
        const GpuHealthReading* h = nullptr;
        for (const GpuHealthReading& reading : m_health)
            if (!d.uuid.isEmpty() && reading.uuid == d.uuid)
                h = &reading;
        QString name = tr("%1: %2").arg(d.index).arg(d.name);
        if (!d.usable)
            name += QStringLiteral(" — ") + tr("not usable: %1").arg(d.problem);
        setCell(t, r, 0, name, Qt::AlignLeft);
        QString memory = locale.formattedDataSize(static_cast<qint64>(d.memoryBytes), 0);
        if (h && h->memoryTotalBytes > 0)
            memory = tr("%1 of %2").arg(locale.formattedDataSize(static_cast<qint64>(h->memoryUsedBytes), 1),
                                         locale.formattedDataSize(static_cast<qint64>(h->memoryTotalBytes), 0));
        setCell(t, r, 1, memory, Qt::AlignRight);
        setCell(t, r, 2, tr("%1, %2 SMs").arg(d.computeCapability).arg(d.multiprocessors), Qt::AlignRight);
        setCell(t, r, 3, h ? orDash(h->temperatureC, tr("%1 °C").arg(h->temperatureC, 0, 'f', 0)) : QStringLiteral("—"),
                Qt::AlignRight);
        QString power = QStringLiteral("—");
        if (h && !std::isnan(h->powerWatts))
            power = std::isnan(h->powerLimitWatts)
                        ? tr("%1 W").arg(h->powerWatts, 0, 'f', 0)
                        : tr("%1 / %2 W").arg(h->powerWatts, 0, 'f', 0).arg(h->powerLimitWatts, 0, 'f', 0);
        setCell(t, r, 4, power, Qt::AlignRight);
        setCell(t, r, 5, h ? orDash(h->utilizationPercent, tr("%1 %").arg(h->utilizationPercent, 0, 'f', 0))
                           : QStringLiteral("—"),
                Qt::AlignRight);
    }
    t->setFixedHeight(t->horizontalHeader()->height() + t->verticalHeader()->length() + 2 * t->frameWidth());
}

void SystemPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        refresh();
        setWorkerRates(m_rates);
    }
    QWidget::changeEvent(event);
}

} // namespace qm::gui

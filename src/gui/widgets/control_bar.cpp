#include "gui/widgets/control_bar.h"

#include "gui/icons.h"
#include "gui/theme.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>

#include <algorithm>

namespace qm::gui {

ControlBar::ControlBar(const Controls& controls) : m_controls(controls) {}

void ControlBar::setUp(const QStringList& engines, const QString& current, int cpus, int workers)
{
    // Unavailable engines are greyed out with the reason once the probe
    // reports.
    QComboBox* combo = m_controls.engines;
    const QSignalBlocker block(combo);
    for (const QString& name : engines)
        combo->addItem(name, name);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->item(i)->data(Qt::UserRole).toString() == u"gpu-cuda") {
                model->item(i)->setEnabled(false);
                model->item(i)->setToolTip(tr("Checking for CUDA devices…"));
            }
        }
    }

    const QSignalBlocker blockWorkers(m_controls.workers);
    m_controls.workers->setRange(1, std::max(cpus, workers));
    m_controls.workers->setValue(workers);
}

QString ControlBar::engineAt(int index) const
{
    return m_controls.engines->itemData(index).toString();
}

void ControlBar::showEngine(const QString& name)
{
    const QSignalBlocker block(m_controls.engines);
    m_controls.engines->setCurrentIndex(std::max(0, m_controls.engines->findData(name)));
}

void ControlBar::showWorkers(int workers)
{
    QSpinBox* spin = m_controls.workers;
    const QSignalBlocker block(spin);
    spin->setMaximum(std::max(spin->maximum(), workers));
    spin->setValue(workers);
}

void ControlBar::showProbe(const QList<EngineProbe>& engines, const QString& current)
{
    auto* model = qobject_cast<QStandardItemModel*>(m_controls.engines->model());
    if (!model)
        return;
    for (const EngineProbe& p : engines) {
        const int i = m_controls.engines->findData(p.name);
        if (i < 0)
            continue;
        QStandardItem* item = model->item(i);
        item->setEnabled(p.available);
        item->setToolTip(p.available ? tr("%1 — %2").arg(p.name, p.backend)
                                     : tr("%1 unavailable: %2").arg(p.name, p.reason));
        item->setText(p.available || p.name == current ? p.name : tr("%1 (unavailable)").arg(p.name));
    }
}

void ControlBar::showRunning(bool running)
{
    QPushButton* button = m_controls.startStop;
    button->setText(running ? tr("Stop mining") : tr("Start mining"));
    button->setIcon(running ? tintedIcon(QStringLiteral("stop"), serviceErrorColor())
                            : tintedIcon(QStringLiteral("start"), serviceRunningColor()));
    m_controls.startStopAction->setText(running ? tr("&Stop mining") : tr("&Start mining"));
    m_controls.startStopAction->setIcon(button->icon());
}

void ControlBar::retranslate(int cpus)
{
    m_controls.workersHint->setText(tr("of %1 CPUs").arg(cpus));
}

} // namespace qm::gui

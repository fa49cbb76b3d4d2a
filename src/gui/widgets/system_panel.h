// The System tab: the processor (model, logical and usable CPUs, instruction
// sets, cpu-fast's paths), the graphics cards with their health or why
// gpu-cuda is unavailable, and each worker thread's hash rate. It renders what
// the service reports (service/system_info.h) and probes nothing itself.
#pragma once

#include "service/hashrate.h"
#include "service/system_info.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SystemPanel;
}

namespace qm::gui {

class SystemPanel : public QWidget {
    Q_OBJECT
public:
    explicit SystemPanel(QWidget* parent = nullptr);
    ~SystemPanel() override;

    // What the service found about the processor (MinerService::systemInfo()).
    void setCpu(const CpuProbe& cpu);
    void setEngineBackend(const QString& engine, const QString& backend);
    void setSystemProbe(const SystemProbe& probe);
    void setGpuHealth(const QList<GpuHealthReading>& gpus);
    void setWorkerRates(const QList<HashrateWindows>& perWorker);

    QString gpuText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refreshGpuTable();

    std::unique_ptr<Ui::SystemPanel> ui;
    CpuProbe m_cpu;
    QString m_engine;
    QString m_backend;
    SystemProbe m_probe;
    bool m_probed = false;
    QList<GpuHealthReading> m_health;
    QList<HashrateWindows> m_rates;
};

} // namespace qm::gui

// The control row at the top of the window (the form's start/stop button,
// engine list and workers box, ui/main_window.ui) and the Mining menu's
// start/stop entry: it fills the engine list, greys out the engines this
// machine cannot run with the reason, and shows the service's engine, workers
// and running state without re-emitting the controls' signals. The window
// connects the controls to the service; this class only presents. Its texts
// keep the window's translation context (qm::gui::MainWindow), so the
// translations in translations/*.ts still find them.
#pragma once

#include "service/system_info.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace qm::gui {

class ControlBar {
    Q_DECLARE_TR_FUNCTIONS(qm::gui::MainWindow)
public:
    struct Controls {
        QPushButton* startStop = nullptr;
        QAction* startStopAction = nullptr;
        QComboBox* engines = nullptr;
        QSpinBox* workers = nullptr;
        QLabel* workersHint = nullptr;
    };
    explicit ControlBar(const Controls& controls);

    // The engines in the order users see them, `current` chosen; gpu-cuda
    // waits greyed out for the probe. Workers range from 1 to the CPUs (or
    // more, when the service already runs more).
    void setUp(const QStringList& engines, const QString& current, int cpus, int workers);
    // The engine an entry of the list stands for.
    QString engineAt(int index) const;
    void showEngine(const QString& name);
    void showWorkers(int workers);
    // Each probed engine enabled or not, with its backend or the reason as
    // tooltip; `current` keeps its plain name even when unavailable.
    void showProbe(const QList<EngineProbe>& engines, const QString& current);
    void showRunning(bool running);
    void retranslate(int cpus);

private:
    Controls m_controls;
};

} // namespace qm::gui

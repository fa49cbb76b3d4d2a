// The Node tab: the local node in plain words ("Node is syncing (63 %) -
// mining starts when it is done"), sync progress with blocks per second,
// peers, best block, chain and version, time since the last imported block,
// blocks mined for the rewards key, restarts, the buttons to start, stop and
// set up the node, and the node's own log (filter, search, level colours).
// Observes a LocalNodeModel.
#pragma once

#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace qm::gui {

class LocalNodeModel;
class LogConsole;

class NodePanel : public QWidget {
    Q_OBJECT
public:
    explicit NodePanel(QWidget* parent = nullptr);

    void setModel(LocalNodeModel* model);

    QString stateText() const;
    QString fieldText(const QString& name) const;   // "peers", "best", ... for tests
    QProgressBar* syncBar() const { return m_syncBar; }
    LogConsole* console() const { return m_console; }
    QPushButton* startStopButton() const { return m_startStop; }
    QPushButton* setUpButton() const { return m_setUp; }

signals:
    // The user asked for the assistant.
    void setUpRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    QLabel* addField(QFormLayout* form, const QString& name);

    LocalNodeModel* m_model = nullptr;
    QLabel* m_dot;
    QLabel* m_state;
    QPushButton* m_startStop;
    QPushButton* m_setUp;
    QProgressBar* m_syncBar;
    QLabel* m_rate;
    QList<QPair<QLabel*, QLabel*>> m_fields;   // (caption, value) by name order
    QStringList m_fieldNames;
    LogConsole* m_console;
    QTimer m_tick;   // "12 s ago" keeps counting between polls
};

} // namespace qm::gui

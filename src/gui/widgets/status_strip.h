// The window's status strip, the fields of its QStatusBar: the service's state,
// the QUIC node's state with its counts, the engine, the workers and the
// uptime. It lives apart from the window so that what the strip shows, and the
// node's state in words, read in one place; the window says when to show it.
// Its texts keep the window's translation context (qm::gui::MainWindow), so
// the translations in translations/*.ts still find them.
#pragma once

#include <QCoreApplication>
#include <QString>

class QColor;
class QElapsedTimer;
class QLabel;
class QStatusBar;
class QWidget;

namespace qm {
class NodeClient;
class NodeMiner;
}

namespace qm::gui {

class ElidedLabel;

class StatusStrip {
    Q_DECLARE_TR_FUNCTIONS(qm::gui::MainWindow)
public:
    // Adds the fields to `bar`, which owns them. `window` lends its font,
    // palette and pixel ratio to the dots and the node field's width.
    StatusStrip(QStatusBar* bar, const QWidget* window);

    // The service's state: a coloured dot and the text (elided; the tooltip
    // and the error banner carry the whole text).
    void showService(const QColor& color, const QString& text);
    // The node field is shown only while the service mines for a node.
    void setNodeVisible(bool visible);
    void showNode(const NodeMiner& node, bool serviceRunning);
    void showEngine(const QString& name, const QString& backend);
    void showWorkers(int workers);
    // Since the service started; invalid while it is stopped.
    void showUptime(const QElapsedTimer& uptime);

    // The node's state in words ("Node 127.0.0.1:9833: mining job 7 · ...").
    // With several nodes it names the one being mined for and its place in
    // the list ("Node 10.0.0.2:9833 (2 of 2): mining job 3"), or the first
    // node while none can be mined for.
    static QString nodeStateText(const NodeMiner& node, bool serviceRunning);
    // Every node's state, one line each, the active one marked (the node
    // field's tooltip); one node: its state detail.
    static QString nodeListText(const NodeMiner& node, bool serviceRunning);

private:
    static int shownNodeIndex(const NodeMiner& node);
    static QString clientStateText(const NodeClient& client, bool serviceRunning, const QString& jobId);

    const QWidget* m_window;
    QLabel* m_stateDot = nullptr;
    ElidedLabel* m_stateText = nullptr;
    QWidget* m_nodeField = nullptr;
    QLabel* m_nodeDot = nullptr;
    ElidedLabel* m_nodeText = nullptr;
    QLabel* m_engineText = nullptr;
    QLabel* m_workersText = nullptr;
    QLabel* m_uptimeText = nullptr;
};

} // namespace qm::gui

#include "gui/widgets/status_strip.h"

#include "gui/format.h"
#include "gui/theme.h"
#include "gui/widgets/elided_label.h"
#include "node/node_client.h"
#include "node/node_miner.h"
#include "service/job.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStatusBar>

#include <algorithm>

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

} // namespace

StatusStrip::StatusStrip(QStatusBar* bar, const QWidget* window) : m_window(window)
{
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
    m_nodeText->setMinimumWidth(m_window->fontMetrics().horizontalAdvance(QString(44, QLatin1Char('m'))));
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

void StatusStrip::showService(const QColor& color, const QString& text)
{
    const int side = m_window->fontMetrics().height() * 2 / 3;
    m_stateDot->setPixmap(dotPixmap(color, side, m_window->devicePixelRatioF()));
    m_stateText->setFullText(text);
}

void StatusStrip::setNodeVisible(bool visible)
{
    m_nodeField->setVisible(visible);
}

void StatusStrip::showNode(const NodeMiner& node, bool serviceRunning)
{
    const NodeClient& shown = *node.clientAt(shownNodeIndex(node));
    QColor color;
    switch (shown.state()) {
    case NodeClient::State::Connected:
        color = serviceRunningColor();
        break;
    case NodeClient::State::Stopped:
        color = serviceRunning ? serviceErrorColor() : m_window->palette().color(QPalette::PlaceholderText);
        break;
    default:
        color = statusColor(JobStatus::Cancelled);
        break;
    }
    m_nodeDot->setPixmap(dotPixmap(color, m_window->fontMetrics().height() * 2 / 3, m_window->devicePixelRatioF()));
    const QString text = nodeStateText(node, serviceRunning);
    m_nodeText->setText(text);
    m_nodeText->setToolTip(text + QLatin1Char('\n') + nodeListText(node, serviceRunning));
}

void StatusStrip::showEngine(const QString& name, const QString& backend)
{
    m_engineText->setText(tr("Engine %1 (%2)").arg(name, backend));
}

void StatusStrip::showWorkers(int workers)
{
    m_workersText->setText(tr("Workers %1").arg(workers));
}

void StatusStrip::showUptime(const QElapsedTimer& uptime)
{
    if (uptime.isValid())
        m_uptimeText->setText(tr("Uptime %1").arg(formatDuration(static_cast<double>(uptime.elapsed()) / 1000.0)));
    else
        m_uptimeText->setText(tr("Uptime —"));
}

int StatusStrip::shownNodeIndex(const NodeMiner& node)
{
    return node.activeIndex() >= 0 ? node.activeIndex() : 0;
}

QString StatusStrip::clientStateText(const NodeClient& client, bool serviceRunning, const QString& jobId)
{
    switch (client.state()) {
    case NodeClient::State::Idle:
    case NodeClient::State::Connecting:
        return tr("connecting");
    case NodeClient::State::Authenticating:
        return tr("authenticating");
    case NodeClient::State::Connected:
        return jobId.isEmpty() ? tr("connected, waiting for a job") : tr("mining job %1").arg(jobId);
    case NodeClient::State::Retrying:
        return tr("retrying in %1 s").arg(client.retryInSeconds());
    case NodeClient::State::Stopped:
        return serviceRunning ? tr("stopped: %1").arg(client.stateDetail()) : tr("stopped");
    }
    return {};
}

QString StatusStrip::nodeStateText(const NodeMiner& node, bool serviceRunning)
{
    const NodeMiner::Counters c = node.counters();
    const int shown = shownNodeIndex(node);
    // Only the node being mined for has a job in the miner; a standby
    // node that is connected is "waiting" from the miner's point of view.
    const QString state =
        clientStateText(*node.clientAt(shown), serviceRunning, shown == node.activeIndex() ? c.nodeJobId : QString());
    const QString address = c.nodes.value(shown).address;
    QString text = node.nodeCount() == 1
                       ? tr("Node %1: %2").arg(address, state)
                       : tr("Node %1 (%2 of %3): %4").arg(address).arg(shown + 1).arg(node.nodeCount()).arg(state);
    if (c.jobs > 0) {
        const qint64 ago = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - c.lastJobEpochMs) / 1000;
        text += QStringLiteral(" · ") + tr("%1 jobs, %2 blocks submitted, last job %3 ago")
                                           .arg(c.jobs)
                                           .arg(c.results)
                                           .arg(formatDuration(static_cast<double>(ago)));
    }
    return text;
}

QString StatusStrip::nodeListText(const NodeMiner& node, bool serviceRunning)
{
    if (node.nodeCount() == 1)
        return node.client()->stateDetail();
    const NodeMiner::Counters c = node.counters();
    QStringList lines;
    for (int i = 0; i < node.nodeCount(); ++i) {
        const NodeClient& client = *node.clientAt(i);
        const bool active = i == node.activeIndex();
        QString line = tr("%1. %2: %3").arg(i + 1).arg(c.nodes.value(i).address,
                                                      clientStateText(client, serviceRunning,
                                                                      active ? c.nodeJobId : QString()));
        if (active)
            line += QStringLiteral(" ◀ ") + tr("mining for this node");
        lines << line;
    }
    // English has one plural form for them; %n lets other languages use theirs.
    if (c.switches == 1)
        lines << tr("1 switch between nodes since the start");
    else if (c.switches > 1)
        lines << tr("%n switches between nodes since the start", nullptr, static_cast<int>(c.switches));
    return lines.join(QLatin1Char('\n'));
}

} // namespace qm::gui

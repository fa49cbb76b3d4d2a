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
    QColor color;
    switch (node.client()->state()) {
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
    m_nodeText->setToolTip(text + QLatin1Char('\n') + node.client()->stateDetail());
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

QString StatusStrip::nodeStateText(const NodeMiner& node, bool serviceRunning)
{
    const NodeMiner::Counters c = node.counters();
    QString state;
    switch (node.client()->state()) {
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
        state = tr("retrying in %1 s").arg(node.client()->retryInSeconds());
        break;
    case NodeClient::State::Stopped:
        state = serviceRunning ? tr("stopped: %1").arg(node.client()->stateDetail()) : tr("stopped");
        break;
    }
    QString text = tr("Node %1: %2").arg(node.settings().address(), state);
    if (c.jobs > 0) {
        const qint64 ago = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - c.lastJobEpochMs) / 1000;
        text += QStringLiteral(" · ") + tr("%1 jobs, %2 blocks submitted, last job %3 ago")
                                           .arg(c.jobs)
                                           .arg(c.results)
                                           .arg(formatDuration(static_cast<double>(ago)));
    }
    return text;
}

} // namespace qm::gui

#include "gui/widgets/node_panel.h"

#include "gui/format.h"
#include "gui/models/local_node_model.h"
#include "gui/theme.h"
#include "gui/widgets/log_console.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace qm::gui {

namespace {

// Amber: the node works towards mining (starting, waiting, syncing).
const QColor kBusyColor(0xe0, 0x9a, 0x1b);

const char* const kFields[] = {"chain", "version", "peers", "best", "lastBlock", "mined", "restarts", "peerId"};

} // namespace

NodePanel::NodePanel(QWidget* parent) : QWidget(parent)
{
    m_dot = new QLabel(this);
    m_dot->setFixedSize(12, 12);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("localNodeState"));
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_state->setFont(bold);
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("nodeStartStopButton"));
    m_setUp = new QPushButton(this);
    m_setUp->setObjectName(QStringLiteral("nodeSetUpButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_dot);
    top->addWidget(m_state, 1);
    top->addWidget(m_startStop);
    top->addWidget(m_setUp);

    m_syncBar = new QProgressBar(this);
    m_syncBar->setObjectName(QStringLiteral("nodeSyncBar"));
    m_syncBar->setRange(0, 100);
    m_rate = new QLabel(this);
    auto* sync = new QHBoxLayout;
    sync->addWidget(m_syncBar, 1);
    sync->addWidget(m_rate);

    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        m_fieldNames << QLatin1String(kFields[i]);
        addField(i < 4 ? left : right, QLatin1String(kFields[i]));
    }
    auto* facts = new QHBoxLayout;
    facts->addLayout(left, 1);
    facts->addSpacing(24);
    facts->addLayout(right, 1);

    m_console = new LogConsole(this);
    m_console->setObjectName(QStringLiteral("nodeLog"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sync);
    layout->addLayout(facts);
    layout->addWidget(m_console, 1);

    connect(m_setUp, &QPushButton::clicked, this, &NodePanel::setUpRequested);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (!m_model)
            return;
        if (!m_model->settings().node.enabled) {
            emit setUpRequested();
        } else if (m_model->isRunning()) {
            m_model->stopNode();
        } else {
            QString error;
            if (!m_model->startNode(&error))
                QMessageBox::warning(this, tr("The node cannot start"), error);
        }
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &NodePanel::refresh);
    m_tick.start();
    retranslate();
}

QLabel* NodePanel::addField(QFormLayout* form, const QString& name)
{
    auto* caption = new QLabel(this);
    auto* value = new QLabel(this);
    value->setObjectName(QStringLiteral("nodeField_") + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(caption, value);
    m_fields.append(qMakePair(caption, value));
    return value;
}

void NodePanel::setModel(LocalNodeModel* model)
{
    m_model = model;
    m_console->setModel(model->log());
    connect(model, &LocalNodeModel::changed, this, &NodePanel::refresh);
    refresh();
}

QString NodePanel::stateText() const
{
    return m_state->text();
}

QString NodePanel::fieldText(const QString& name) const
{
    const int i = m_fieldNames.indexOf(name);
    return i < 0 ? QString() : m_fields[i].second->text();
}

void NodePanel::retranslate()
{
    const QStringList captions = {tr("Chain:"),       tr("Node version:"), tr("Peers:"),    tr("Best block:"),
                                  tr("Last block:"), tr("Blocks mined:"), tr("Restarts:"), tr("Peer id:")};
    for (int i = 0; i < m_fields.size(); ++i)
        m_fields[i].first->setText(captions[i]);
    m_setUp->setText(tr("Set &up…"));
    refresh();
}

void NodePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NodePanel::refresh()
{
    if (!m_model)
        return;
    const LocalNodeModel::Phase phase = m_model->phase();
    m_state->setText(m_model->phaseText());
    QColor dot = serviceStoppedColor();
    switch (phase) {
    case LocalNodeModel::Phase::Mining: dot = serviceRunningColor(); break;
    case LocalNodeModel::Phase::Failed: dot = serviceErrorColor(); break;
    case LocalNodeModel::Phase::Synced:
    case LocalNodeModel::Phase::Syncing:
    case LocalNodeModel::Phase::WaitingForFreshTip:
    case LocalNodeModel::Phase::WaitingForPeers:
    case LocalNodeModel::Phase::Starting:
    case LocalNodeModel::Phase::Restarting: dot = kBusyColor; break;
    default: break;
    }
    // A style sheet change re-polishes the widget: only when the colour does.
    const QString dotStyle = QStringLiteral("background:%1;border-radius:6px;").arg(dot.name());
    if (m_dot->styleSheet() != dotStyle)
        m_dot->setStyleSheet(dotStyle);

    const bool setUp = m_model->settings().node.enabled;
    m_startStop->setText(!setUp ? tr("Set up a node…") : m_model->isRunning() ? tr("S&top node") : tr("S&tart node"));
    m_setUp->setVisible(setUp);

    const NodeChainStatus& c = m_model->chainStatus();
    const bool live = m_model->isRunning() && c.reachable;
    const QLocale locale;
    m_syncBar->setEnabled(live);
    m_syncBar->setValue(live ? c.syncPercent() : 0);
    m_syncBar->setFormat(live ? tr("%1 of %2 blocks (%3 %)")
                                    .arg(locale.toString(static_cast<qulonglong>(c.currentBlock)),
                                         locale.toString(static_cast<qulonglong>(qMax(c.highestBlock, c.currentBlock))))
                                    .arg(c.syncPercent())
                              : tr("not running"));
    m_rate->setText(live ? tr("%1 blocks/s").arg(locale.toString(c.blocksPerSecond, 'f', 1)) : QString());

    const auto set = [this](const char* name, const QString& text) {
        m_fields[m_fieldNames.indexOf(QLatin1String(name))].second->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    set("chain", live ? c.chain : QString());
    set("version", live ? c.version : QString());
    set("peers", live ? locale.toString(c.peers) : QString());
    set("best", live ? QStringLiteral("#%1").arg(locale.toString(static_cast<qulonglong>(c.bestBlock))) : QString());
    QString last;
    if (live && c.lastImport.isValid()) {
        const qint64 secs = qMax<qint64>(0, c.lastImport.secsTo(QDateTime::currentDateTimeUtc()));
        last = secs < 60 ? tr("%n s ago", nullptr, static_cast<int>(secs))
                         : tr("%1 ago").arg(formatDuration(static_cast<double>(secs)));
    }
    set("lastBlock", last);
    set("mined", tr("%1 this run, %2 in total")
                     .arg(locale.toString(static_cast<qulonglong>(m_model->minedThisRun())),
                          locale.toString(static_cast<qulonglong>(m_model->minedTotal()))));
    set("restarts", locale.toString(m_model->supervisor()->restartCount()));
    set("peerId", m_model->supervisor()->peerId());
}

} // namespace qm::gui

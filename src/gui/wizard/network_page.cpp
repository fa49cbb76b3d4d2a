#include "gui/wizard/network_page.h"

#include "gui/wizard/node_wizard.h"
#include "localnode/local_node.h"
#include "localnode/node_supervisor.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStorageInfo>
#include <QVBoxLayout>

namespace qm::gui {

namespace {

QSpinBox* portSpin(QWidget* parent, const char* name)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(1, 65535);
    return spin;
}

// The nearest existing folder at or above `path`, for the disk it will be on.
QString existingAncestor(QString path)
{
    while (!path.isEmpty() && !QFileInfo(path).exists()) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    return path;
}

} // namespace

NetworkPage::NetworkPage(NodeWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Network"));
    setSubTitle(tr("The network your node joins, and the ports it uses on this computer only."));
    m_chain = new QLineEdit(this);
    m_chain->setObjectName(QStringLiteral("chainEdit"));
    m_chainNote = new QLabel(this);
    m_chainNote->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nodeNameEdit"));
    m_name->setPlaceholderText(tr("optional; shown to other nodes"));
    m_minerPort = portSpin(this, "minerPortSpin");
    m_rpcPort = portSpin(this, "rpcPortSpin");
    m_prometheusPort = portSpin(this, "prometheusPortSpin");
    m_disk = new QLabel(this);
    m_disk->setObjectName(QStringLiteral("diskState"));
    m_disk->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Chain:"), m_chain);
    form->addRow(QString(), m_chainNote);
    form->addRow(tr("Node name:"), m_name);
    form->addRow(tr("Miner port (QUIC):"), m_minerPort);
    form->addRow(tr("RPC port:"), m_rpcPort);
    form->addRow(tr("Prometheus port:"), m_prometheusPort);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_disk);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_chain, &QLineEdit::textChanged, this, &NetworkPage::completeChanged);
}

void NetworkPage::initializePage()
{
    const LocalNodeSettings& s = m_wizard->settings();
    const auto& manifest = m_wizard->manifest();
    QString chain = s.node.chain;
    if (manifest && !manifest->networkId.isEmpty()) {
        // The node just downloaded is the release for this network: its
        // chain replaces one saved before (the field stays editable).
        chain = manifest->chain();
        QString note = tr("The manifest names %1 (%2) for node %3.")
                           .arg(manifest->chain(), manifest->networkLabel, manifest->nodeVersion);
        if (manifest->tokensHaveNoValue())
            note += QLatin1Char(' ') + tr("A test network: its tokens have no value.");
        m_chainNote->setText(note);
    } else {
        m_chainNote->setText(tr("The chain the network's compatibility manifest names: mainnet, or a test "
                                "network such as planck."));
    }
    m_chain->setText(chain.isEmpty() ? QStringLiteral("mainnet") : chain);
    m_name->setText(s.node.nodeName);
    // The name the node gets when the field stays empty.
    m_name->setPlaceholderText(tr("optional; empty: %1").arg(defaultNodeName(s.node.basePath)));
    m_minerPort->setValue(s.node.minerPort);
    m_rpcPort->setValue(s.node.rpcPort);
    m_prometheusPort->setValue(s.node.prometheusPort);
    updateDisk();
}

void NetworkPage::updateDisk()
{
    const qint64 needed = kDefaultRequiredDiskBytes;
    const QString base = m_wizard->settings().node.basePath;
    const QStorageInfo storage(existingAncestor(base));
    const QLocale locale;
    if (!storage.isValid()) {
        m_disk->setText(tr("Cannot tell how much space is free at %1.").arg(QDir::toNativeSeparators(base)));
        return;
    }
    const qint64 free = storage.bytesAvailable();
    if (free < needed) {
        m_disk->setText(tr("⚠ Only %1 free on the data folder's disk; a node of this network needs about %2. "
                           "Choose another data folder or free some space, or the node will stop when the "
                           "disk is full.")
                            .arg(locale.formattedDataSize(free), locale.formattedDataSize(needed)));
        m_disk->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    } else {
        m_disk->setText(tr("%1 free on the data folder's disk; the network needs about %2.")
                            .arg(locale.formattedDataSize(free), locale.formattedDataSize(needed)));
        m_disk->setStyleSheet(QString());
    }
}

bool NetworkPage::isComplete() const
{
    // What a chain may be is checkLocalNode's to say (validatePage).
    return !m_chain->text().trimmed().isEmpty();
}

bool NetworkPage::validatePage()
{
    LocalNodeSettings& s = m_wizard->settings();
    LocalNodeConfig c = s.node;
    c.enabled = true;
    c.chain = m_chain->text().trimmed();
    c.nodeName = m_name->text().trimmed();
    c.minerPort = static_cast<quint16>(m_minerPort->value());
    c.rpcPort = static_cast<quint16>(m_rpcPort->value());
    c.prometheusPort = static_cast<quint16>(m_prometheusPort->value());
    if (const QString problem = checkLocalNode(c); !problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    // A port taken by another program is said now. Ports the node set up
    // before already uses may be taken by that node itself: left to its
    // start, which tells the two apart.
    const bool samePorts = !s.node.binary.isEmpty() && c.minerPort == s.node.minerPort &&
                           c.rpcPort == s.node.rpcPort && c.prometheusPort == s.node.prometheusPort;
    if (!samePorts) {
        if (const QString ports = NodeSupervisor::portProblem(c); !ports.isEmpty()) {
            m_status->setText(ports);
            return false;
        }
    }
    s.node = c;
    m_status->clear();
    return true;
}

ReadyPage::ReadyPage(NodeWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Ready to mine"));
    setSubTitle(tr("Finish starts your node. It first catches up with the chain; the miner starts by itself "
                   "when the node is in sync and has peers."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("readySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start = new QCheckBox(tr("&Start the node and mine now"), this);
    m_start->setObjectName(QStringLiteral("startNowCheck"));
    m_start->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_start);
    setFinalPage(true);
}

void ReadyPage::initializePage()
{
    const LocalNodeSettings& s = m_wizard->settings();
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Node program"), QDir::toNativeSeparators(s.node.binary));
    html += row(tr("Data folder"), QDir::toNativeSeparators(s.node.basePath));
    html += row(tr("Chain"), s.node.chain);
    html += row(tr("Rewards address"), s.rewardsAddress.isEmpty() ? tr("(not given)") : s.rewardsAddress);
    html += row(tr("Inner hash"), s.node.rewardsInnerHash);
    html += row(tr("Ports"), tr("miner %1, RPC %2, Prometheus %3")
                                 .arg(s.node.minerPort)
                                 .arg(s.node.rpcPort)
                                 .arg(s.node.prometheusPort));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

bool ReadyPage::startNow() const
{
    return m_start->isChecked();
}

} // namespace qm::gui

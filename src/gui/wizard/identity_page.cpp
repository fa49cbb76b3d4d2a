#include "gui/wizard/identity_page.h"

#include "gui/wizard/node_wizard.h"
#include "localnode/node_keys.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qm::gui {

IdentityPage::IdentityPage(NodeWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Node data and identity"));
    setSubTitle(tr("The node stores the chain in its data folder and needs an identity of its own on the "
                   "network. Nothing here is secret, but keep the identity to keep your node's name among "
                   "its peers."));

    m_basePath = new QLineEdit(this);
    m_basePath->setObjectName(QStringLiteral("basePathEdit"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_basePath, 1);
    row->addWidget(m_browse);
    m_keyState = new QLabel(this);
    m_keyState->setObjectName(QStringLiteral("identityState"));
    m_keyState->setWordWrap(true);
    m_keyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generate = new QPushButton(tr("&Create the identity now"), this);
    m_generate->setObjectName(QStringLiteral("generateKeyButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("Data folder:"), row);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_keyState);
    layout->addWidget(m_generate, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_basePath, &QLineEdit::textChanged, this, &IdentityPage::updateKeyState);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the node's data folder"),
                                                              m_basePath->text());
        if (!dir.isEmpty())
            m_basePath->setText(dir);
    });
    connect(m_generate, &QPushButton::clicked, this, [this] { generateKey(); });
}

void IdentityPage::initializePage()
{
    const LocalNodeSettings& s = m_wizard->settings();
    m_basePath->setText(s.node.basePath.isEmpty() ? QDir(defaultNodeHome()).filePath(QStringLiteral("data"))
                                                   : s.node.basePath);
    updateKeyState();
}

void IdentityPage::updateKeyState()
{
    LocalNodeConfig probe;
    probe.basePath = QDir::cleanPath(QFileInfo(m_basePath->text().trimmed()).absoluteFilePath());
    const QString keyFile = probe.nodeKeyFile();
    if (m_basePath->text().trimmed().isEmpty()) {
        m_keyState->setText(tr("Choose a folder with room for the chain."));
        m_generate->setEnabled(false);
    } else if (QFileInfo::exists(keyFile)) {
        m_keyState->setText(m_peerId.isEmpty()
                                ? tr("The node identity is ready: %1").arg(QDir::toNativeSeparators(keyFile))
                                : tr("The node identity is ready: %1\nPeer id: %2")
                                      .arg(QDir::toNativeSeparators(keyFile), m_peerId));
        m_generate->setEnabled(false);
    } else {
        m_keyState->setText(tr("There is no node identity yet; it will be created at %1 by the node program.")
                                .arg(QDir::toNativeSeparators(keyFile)));
        m_generate->setEnabled(true);
    }
    emit completeChanged();
}

bool IdentityPage::generateKey()
{
    LocalNodeConfig probe;
    probe.basePath = QDir::cleanPath(QFileInfo(m_basePath->text().trimmed()).absoluteFilePath());
    if (!QDir().mkpath(probe.basePath)) {
        m_keyState->setText(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(probe.basePath)));
        return false;
    }
    QString peerId;
    const NodeKeyResult r = NodeKeyTool(m_wizard->settings().node.binary).generateNodeKey(probe.nodeKeyFile(), &peerId);
    if (!r.ok) {
        m_keyState->setText(tr("The node program could not create the identity: %1").arg(r.error));
        return false;
    }
    m_peerId = peerId;
    updateKeyState();
    return true;
}

bool IdentityPage::isComplete() const
{
    return !m_basePath->text().trimmed().isEmpty();
}

bool IdentityPage::validatePage()
{
    const QString base = QDir::cleanPath(QFileInfo(m_basePath->text().trimmed()).absoluteFilePath());
    LocalNodeConfig probe;
    probe.basePath = base;
    if (!QFileInfo::exists(probe.nodeKeyFile()) && !generateKey())
        return false;
    m_wizard->settings().node.basePath = base;
    return true;
}

} // namespace qm::gui

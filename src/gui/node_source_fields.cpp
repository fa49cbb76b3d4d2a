#include "gui/node_source_fields.h"

#include "gui/settings_dialog.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>

namespace qm::gui {

NodeSourceFields::NodeSourceFields(QWidget* owner, const NodeSourceWidgets& widgets) : m_owner(owner), m_w(widgets)
{
    auto* mode = new QButtonGroup(owner);
    mode->addButton(m_w.dirRadio);
    mode->addButton(m_w.filesRadio);
    QObject::connect(m_w.dirRadio, &QRadioButton::toggled, owner, [this] { updateMode(); });
    QObject::connect(m_w.dirBrowse, &QToolButton::clicked, owner, [this] { browseDir(); });
    QObject::connect(m_w.tokenBrowse, &QToolButton::clicked, owner,
                     [this] { browseFile(m_w.tokenFile, tr("The node's auth token file")); });
    QObject::connect(m_w.pinBrowse, &QToolButton::clicked, owner,
                     [this] { browseFile(m_w.pinFile, tr("The node's certificate pin file")); });
    for (QLineEdit* edit : {m_w.address, m_w.dir, m_w.tokenFile, m_w.pinFile})
        QObject::connect(edit, &QLineEdit::textEdited, m_w.error, &QWidget::hide);
}

void NodeSourceFields::setSource(const NodeSource& node)
{
    m_w.address->setText(node.address);
    m_w.dir->setText(node.nodeDir);
    m_w.tokenFile->setText(node.tokenFile);
    m_w.pinFile->setText(node.pinFile);
    const bool filesOnly = node.nodeDir.isEmpty() && (!node.tokenFile.isEmpty() || !node.pinFile.isEmpty());
    m_w.filesRadio->setChecked(filesOnly);
    m_w.dirRadio->setChecked(!filesOnly);
    updateMode();
}

NodeSource NodeSourceFields::source() const
{
    NodeSource n;
    n.address = m_w.address->text().trimmed();
    if (fromDirectory()) {
        n.nodeDir = m_w.dir->text().trimmed();
    } else {
        n.tokenFile = m_w.tokenFile->text().trimmed();
        n.pinFile = m_w.pinFile->text().trimmed();
    }
    return n;
}

bool NodeSourceFields::fromDirectory() const
{
    return m_w.dirRadio->isChecked();
}

void NodeSourceFields::updateMode()
{
    const bool dir = fromDirectory();
    m_w.dir->setEnabled(dir);
    m_w.dirBrowse->setEnabled(dir);
    for (QWidget* w : {static_cast<QWidget*>(m_w.tokenLabel), static_cast<QWidget*>(m_w.tokenFile),
                       static_cast<QWidget*>(m_w.tokenBrowse), static_cast<QWidget*>(m_w.pinLabel),
                       static_cast<QWidget*>(m_w.pinFile), static_cast<QWidget*>(m_w.pinBrowse)})
        w->setEnabled(!dir);
    m_w.error->hide();
}

void NodeSourceFields::browseDir()
{
    const QString dir = QFileDialog::getExistingDirectory(m_owner, tr("The node's directory (chains/<chain>)"),
                                                          SettingsDialog::nodeBrowseStart(m_w.dir->text()));
    if (!dir.isEmpty()) {
        m_w.dir->setText(QDir::toNativeSeparators(dir));
        m_w.error->hide();
    }
}

void NodeSourceFields::browseFile(QLineEdit* edit, const QString& title)
{
    // The node's files have no extension: every file is offered.
    const QString file = QFileDialog::getOpenFileName(m_owner, title, SettingsDialog::nodeBrowseStart(edit->text()));
    if (!file.isEmpty()) {
        edit->setText(QDir::toNativeSeparators(file));
        m_w.error->hide();
    }
}

} // namespace qm::gui

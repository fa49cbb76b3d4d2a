#include "gui/wizard/node_wizard.h"

#include "gui/icons.h"
#include "gui/wizard/identity_page.h"
#include "gui/wizard/network_page.h"
#include "gui/wizard/program_page.h"
#include "gui/wizard/rewards_page.h"

#include <QLabel>

namespace qm::gui {

NodeWizard::NodeWizard(const LocalNodeSettings& current, QWidget* parent) : QWizard(parent), m_settings(current)
{
    setObjectName(QStringLiteral("nodeWizard"));
    setWindowTitle(tr("Set up your Quantus node"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, applicationIcon().pixmap(48, 48));
    setPage(ProgramPage, new qm::gui::ProgramPage(this));
    setPage(IdentityPage, new qm::gui::IdentityPage(this));
    setPage(RewardsPage, new qm::gui::RewardsPage(this));
    setPage(PhrasePage, new qm::gui::PhrasePage(this));
    setPage(CheckPage, new qm::gui::CheckPage(this));
    setPage(NetworkPage, new qm::gui::NetworkPage(this));
    setPage(ReadyPage, new qm::gui::ReadyPage(this));
    setStartId(ProgramPage);
    resize(720, 560);
}

NodeWizard::~NodeWizard()
{
    wipePhrase();
}

void NodeWizard::wipePhrase()
{
    m_phrase.fill(QLatin1Char(' '));
    m_phrase.clear();
    // The page that showed the words keeps them in its label otherwise.
    if (QWizardPage* shown = page(PhrasePage))
        if (auto* words = shown->findChild<QLabel*>(QStringLiteral("phraseWords")))
            words->clear();
}

bool NodeWizard::startWhenDone() const
{
    const auto* ready = qobject_cast<const qm::gui::ReadyPage*>(page(ReadyPage));
    return ready && ready->startNow();
}

void NodeWizard::setManifestUrl(const QUrl& url)
{
    m_settings.manifestUrl = url;
}

void NodeWizard::done(int result)
{
    wipePhrase();
    if (result == QDialog::Accepted) {
        m_settings.node.enabled = true;
        m_settings.setupDone = true;
        // Set up here: saved, even when this run's node came from the
        // command line.
        m_settings.transient = false;
        m_settings.enabled = startWhenDone();
    }
    QWizard::done(result);
}

} // namespace qm::gui

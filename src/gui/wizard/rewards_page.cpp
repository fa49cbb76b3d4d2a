#include "gui/wizard/rewards_page.h"

#include "gui/wizard/node_wizard.h"
#include "localnode/local_node.h"
#include "localnode/node_keys.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace qm::gui {

namespace {

// Overwrites a string's characters before it is released, so the phrase does
// not linger in freed memory.
void wipe(QString& text)
{
    text.fill(QLatin1Char(' '));
    text.clear();
}

// A line edit's own buffer is overwritten the same way before it empties.
void wipe(QLineEdit* edit)
{
    edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
    edit->clear();
}

} // namespace

RewardsPage::RewardsPage(NodeWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Your rewards"));
    setSubTitle(tr("Blocks your node mines pay a wormhole address. The node needs only the address's inner "
                   "hash; your 24 secret words never leave this computer and are not stored."));

    m_paste = new QRadioButton(tr("I have the &inner hash of my rewards address"), this);
    m_phrase = new QRadioButton(tr("I have the &24 words of an existing key"), this);
    m_new = new QRadioButton(tr("Create a &new key for me"), this);
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_paste, m_phrase, m_new})
        group->addButton(b);

    m_innerHash = new QLineEdit(this);
    m_innerHash->setObjectName(QStringLiteral("innerHashEdit"));
    m_innerHash->setPlaceholderText(QStringLiteral("0x…"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("qz… (optional, for the QR code)"));
    m_phraseEdit = new QLineEdit(this);
    m_phraseEdit->setObjectName(QStringLiteral("phraseEdit"));
    m_phraseEdit->setEchoMode(QLineEdit::Password);
    m_phraseEdit->setPlaceholderText(tr("word1 word2 … word24"));
    // The words are not dragged out of the field (a password field already
    // refuses copy and cut).
    m_phraseEdit->setDragEnabled(false);
    m_phraseCount = new QLabel(this);
    auto* showWords = new QCheckBox(tr("Show the words"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rewardsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_paste);
    auto* pasteForm = new QFormLayout;
    pasteForm->setContentsMargins(24, 0, 0, 8);
    pasteForm->addRow(tr("Inner hash:"), m_innerHash);
    pasteForm->addRow(tr("Address:"), m_address);
    layout->addLayout(pasteForm);
    layout->addWidget(m_phrase);
    auto* phraseForm = new QFormLayout;
    phraseForm->setContentsMargins(24, 0, 0, 8);
    phraseForm->addRow(tr("Words:"), m_phraseEdit);
    phraseForm->addRow(m_phraseCount, showWords);
    layout->addLayout(phraseForm);
    layout->addWidget(m_new);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addStretch(1);

    for (QRadioButton* b : {m_paste, m_phrase, m_new})
        connect(b, &QRadioButton::toggled, this, &RewardsPage::updateEnabled);
    connect(m_innerHash, &QLineEdit::textChanged, this, &RewardsPage::completeChanged);
    connect(m_phraseEdit, &QLineEdit::textChanged, this, [this] {
        int words = 0;
        QString normal = normalisePhrase(m_phraseEdit->text(), &words);
        wipe(normal);
        m_phraseCount->setText(tr("%n of 24 words", nullptr, words));
        emit completeChanged();
    });
    connect(showWords, &QCheckBox::toggled, this, [this](bool show) {
        m_phraseEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
}

void RewardsPage::initializePage()
{
    const LocalNodeSettings& s = m_wizard->settings();
    m_innerHash->setText(s.node.rewardsInnerHash);
    m_address->setText(s.rewardsAddress);
    (s.node.rewardsInnerHash.isEmpty() ? m_new : m_paste)->setChecked(true);
    m_phraseCount->setText(tr("%n of 24 words", nullptr, 0));
    updateEnabled();
}

void RewardsPage::updateEnabled()
{
    m_innerHash->setEnabled(m_paste->isChecked());
    m_address->setEnabled(m_paste->isChecked());
    m_phraseEdit->setEnabled(m_phrase->isChecked());
    if (!m_phrase->isChecked())
        wipe(m_phraseEdit);
    emit completeChanged();
}

bool RewardsPage::isComplete() const
{
    if (m_paste->isChecked())
        return parseInnerHash(m_innerHash->text().trimmed());
    if (m_phrase->isChecked()) {
        int words = 0;
        QString normal = normalisePhrase(m_phraseEdit->text(), &words);
        wipe(normal);
        return words == 24;
    }
    return m_new->isChecked();
}

bool RewardsPage::validatePage()
{
    LocalNodeSettings& s = m_wizard->settings();
    const NodeKeyTool tool(s.node.binary);
    if (m_paste->isChecked()) {
        QString hash;
        if (!parseInnerHash(m_innerHash->text().trimmed(), &hash)) {
            m_status->setText(tr("The inner hash is 0x followed by 64 hexadecimal digits."));
            return false;
        }
        const QString address = m_address->text().trimmed();
        if (!address.isEmpty() && !address.startsWith(QLatin1String("qz"))) {
            m_status->setText(tr("A Quantus rewards address starts with qz."));
            return false;
        }
        s.node.rewardsInnerHash = hash;
        s.rewardsAddress = address;
        return true;
    }
    RewardsKey key;
    if (m_phrase->isChecked()) {
        QString phrase = m_phraseEdit->text();
        // The field is emptied whatever the outcome: the words are typed again
        // rather than kept on screen.
        wipe(m_phraseEdit);
        const NodeKeyResult r = tool.rewardsKeyFromPhrase(phrase, key);
        wipe(phrase);
        if (!r.ok) {
            m_status->setText(tr("The node program did not accept the words: %1").arg(r.error));
            return false;
        }
    } else {
        const NodeKeyResult r = tool.newRewardsKey(key);
        if (!r.ok) {
            m_status->setText(tr("The node program could not create a key: %1").arg(r.error));
            return false;
        }
        m_wizard->newPhrase() = key.secretPhrase;
        wipe(key.secretPhrase);
    }
    s.node.rewardsInnerHash = key.innerHash;
    s.rewardsAddress = key.address;
    m_status->setText(tr("Rewards go to %1").arg(key.address));
    return true;
}

int RewardsPage::nextId() const
{
    return m_new->isChecked() ? NodeWizard::PhrasePage : NodeWizard::NetworkPage;
}

void RewardsPage::cleanupPage()
{
    wipe(m_phraseEdit);
}

PhrasePage::PhrasePage(NodeWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Write down your 24 words"));
    setSubTitle(tr("These words are your rewards key. Write them on paper, in order, and keep it safe."));
    auto* warning = new QLabel(tr("Anyone with these words can take your rewards; without them you cannot recover "
                                  "the key. They are shown only now and are not stored anywhere."),
                               this);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #e09a1b; border-radius: 4px; padding: 6px; }"));
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("phraseWords"));
    m_words->setTextFormat(Qt::RichText);
    m_words->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address = new QLabel(this);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm = new QCheckBox(tr("I have &written the 24 words down"), this);
    m_confirm->setObjectName(QStringLiteral("phraseConfirm"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addSpacing(6);
    layout->addWidget(m_words);
    layout->addWidget(m_address);
    layout->addStretch(1);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &PhrasePage::completeChanged);
}

void PhrasePage::initializePage()
{
    const QStringList words = m_wizard->newPhrase().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Four columns of six, numbered, as on a recovery sheet.
    QString html = QStringLiteral("<table cellspacing='6'>");
    for (int row = 0; row < 6; ++row) {
        html += QStringLiteral("<tr>");
        for (int col = 0; col < 4; ++col) {
            const int i = col * 6 + row;
            html += QStringLiteral("<td align='right'>%1.</td><td><b>%2</b>&nbsp;&nbsp;&nbsp;</td>")
                        .arg(i + 1)
                        .arg(i < words.size() ? words[i].toHtmlEscaped() : QString());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    m_words->setText(html);
    wipe(html);
    m_address->setText(tr("Address: %1").arg(m_wizard->settings().rewardsAddress));
    m_confirm->setChecked(false);
}

void PhrasePage::cleanupPage()
{
    // Back to the rewards page: this phrase is abandoned.
    m_words->clear();
    m_wizard->wipePhrase();
}

bool PhrasePage::isComplete() const
{
    return m_confirm->isChecked();
}

CheckPage::CheckPage(NodeWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check your words"));
    setSubTitle(tr("Type two of the words from your sheet, so a mistake in writing them down shows now and "
                   "not when you need them."));
    m_firstLabel = new QLabel(this);
    m_secondLabel = new QLabel(this);
    m_firstEdit = new QLineEdit(this);
    m_firstEdit->setObjectName(QStringLiteral("checkFirstEdit"));
    m_secondEdit = new QLineEdit(this);
    m_secondEdit->setObjectName(QStringLiteral("checkSecondEdit"));
    auto* form = new QFormLayout(this);
    form->addRow(m_firstLabel, m_firstEdit);
    form->addRow(m_secondLabel, m_secondEdit);
    connect(m_firstEdit, &QLineEdit::textChanged, this, &CheckPage::completeChanged);
    connect(m_secondEdit, &QLineEdit::textChanged, this, &CheckPage::completeChanged);
}

void CheckPage::initializePage()
{
    m_first = QRandomGenerator::global()->bounded(24);
    do
        m_second = QRandomGenerator::global()->bounded(24);
    while (m_second == m_first);
    if (m_second < m_first)
        std::swap(m_first, m_second);
    m_firstLabel->setText(tr("Word %1:").arg(m_first + 1));
    m_secondLabel->setText(tr("Word %1:").arg(m_second + 1));
    m_firstEdit->clear();
    m_secondEdit->clear();
}

bool CheckPage::isComplete() const
{
    const QStringList words = m_wizard->newPhrase().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() != 24)
        return false;
    return m_firstEdit->text().trimmed().toLower() == words[m_first] &&
           m_secondEdit->text().trimmed().toLower() == words[m_second];
}

bool CheckPage::validatePage()
{
    // Checked: from here on nothing needs the words.
    m_wizard->wipePhrase();
    wipe(m_firstEdit);
    wipe(m_secondEdit);
    return true;
}

} // namespace qm::gui

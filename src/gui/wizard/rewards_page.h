// The assistant's rewards page: where the node sends what it mines. Three
// ways: paste the inner hash of a wormhole address (the address optional),
// enter the 24 words of an existing key -- given to the node program on its
// stdin only, the field cleared at once -- or make a new key, whose phrase the
// next two pages show and check. Only the address and the inner hash are
// kept.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace qm::gui {

class NodeWizard;

class RewardsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RewardsPage(NodeWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void cleanupPage() override;

    QRadioButton* pasteChoice() const { return m_paste; }
    QRadioButton* phraseChoice() const { return m_phrase; }
    QRadioButton* newChoice() const { return m_new; }
    QLineEdit* innerHashEdit() const { return m_innerHash; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* phraseEdit() const { return m_phraseEdit; }

private:
    void updateEnabled();

    NodeWizard* m_wizard;
    QRadioButton* m_paste;
    QRadioButton* m_phrase;
    QRadioButton* m_new;
    QLineEdit* m_innerHash;
    QLineEdit* m_address;
    QLineEdit* m_phraseEdit;
    QLabel* m_phraseCount;
    QLabel* m_status;
};

// Shows a new phrase once, with a "written down" confirmation.
class PhrasePage : public QWizardPage {
    Q_OBJECT
public:
    explicit PhrasePage(NodeWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    NodeWizard* m_wizard;
    QLabel* m_words;
    QLabel* m_address;
    QCheckBox* m_confirm;
};

// Asks for two of the words; the phrase is wiped when they match.
class CheckPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CheckPage(NodeWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The 1-based positions asked for.
    int firstPosition() const { return m_first + 1; }
    int secondPosition() const { return m_second + 1; }
    QLineEdit* firstEdit() const { return m_firstEdit; }
    QLineEdit* secondEdit() const { return m_secondEdit; }

private:
    NodeWizard* m_wizard;
    int m_first = 0;
    int m_second = 1;
    QLabel* m_firstLabel;
    QLabel* m_secondLabel;
    QLineEdit* m_firstEdit;
    QLineEdit* m_secondEdit;
};

} // namespace qm::gui

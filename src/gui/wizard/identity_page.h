// The assistant's second page: where the node keeps its data (the base path)
// and its identity, the node key the node binary makes at
// <base path>/node-key. A node started with --validator refuses to run
// without one, so the page makes it when it is missing.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace qm::gui {

class NodeWizard;

class IdentityPage : public QWizardPage {
    Q_OBJECT
public:
    explicit IdentityPage(NodeWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* basePathEdit() const { return m_basePath; }

private:
    void updateKeyState();
    bool generateKey();

    NodeWizard* m_wizard;
    QLineEdit* m_basePath;
    QPushButton* m_browse;
    QPushButton* m_generate;
    QLabel* m_keyState;
    QString m_peerId;
};

} // namespace qm::gui

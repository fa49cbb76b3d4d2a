// The assistant's network page: the chain (from the compatibility manifest
// when one was read; editable), the node's name and its three local ports
// (free ones checked), and the free space on the data folder's disk against
// what the network needs. Then the Ready page: a summary and whether to
// start now.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qm::gui {

class NodeWizard;

class NetworkPage : public QWizardPage {
    Q_OBJECT
public:
    explicit NetworkPage(NodeWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* chainEdit() const { return m_chain; }
    QSpinBox* minerPortSpin() const { return m_minerPort; }
    QSpinBox* rpcPortSpin() const { return m_rpcPort; }
    QSpinBox* prometheusPortSpin() const { return m_prometheusPort; }
    QLabel* diskLabel() const { return m_disk; }

    // Bytes a full node needs (the network's published minimum; the
    // manifest does not say).
    static constexpr qint64 kDefaultRequiredDiskBytes = 100LL * 1000 * 1000 * 1000;

private:
    void updateDisk();

    NodeWizard* m_wizard;
    QLineEdit* m_chain;
    QLabel* m_chainNote;
    QLineEdit* m_name;
    QSpinBox* m_minerPort;
    QSpinBox* m_rpcPort;
    QSpinBox* m_prometheusPort;
    QLabel* m_disk;
    QLabel* m_status;
};

class ReadyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReadyPage(NodeWizard* wizard);
    void initializePage() override;
    bool startNow() const;

private:
    NodeWizard* m_wizard;
    QLabel* m_summary;
    QCheckBox* m_start;
};

} // namespace qm::gui

// The assistant's first page: which quantus-node to run. Either a program
// the user already has (checked by running it with --version), or the
// release the compatibility manifest names, downloaded into the user's data
// folder with a progress bar and verified against the manifest's SHA-256
// before it is unpacked (NodeDownloader).
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace qm {
class NodeDownloader;
struct CompatibilityManifest;
}

namespace qm::gui {

class NodeWizard;

class ProgramPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProgramPage(NodeWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* manifestEdit() const { return m_manifestUrl; }
    QPushButton* downloadButton() const { return m_download; }
    QRadioButton* downloadChoice() const { return m_useDownload; }
    QLabel* networkLabel() const { return m_network; }
    QLabel* testnetNote() const { return m_testnetNote; }
    QLabel* statusLabel() const { return m_status; }

private:
    void checkBinary();
    void startDownload();
    void setBusy(bool busy);
    // The network the manifest names, its node version and date, and a note
    // when its tokens have no value (a testnet).
    void showNetwork(const CompatibilityManifest& manifest);

    NodeWizard* m_wizard;
    NodeDownloader* m_downloader;
    QRadioButton* m_useExisting;
    QRadioButton* m_useDownload;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_manifestUrl;
    QPushButton* m_download;
    QProgressBar* m_progress;
    QLabel* m_network;
    QLabel* m_testnetNote;
    QLabel* m_status;
    QString m_checkedVersion;   // non-empty when m_path runs
    bool m_busy = false;
};

} // namespace qm::gui

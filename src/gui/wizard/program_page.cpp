#include "gui/wizard/program_page.h"

#include "gui/wizard/node_wizard.h"
#include "localnode/node_keys.h"
#include "localnode/node_release.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace qm::gui {

ProgramPage::ProgramPage(NodeWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_downloader(new NodeDownloader(this))
{
    setTitle(tr("The node program"));
    setSubTitle(tr("Your miner mines for a Quantus node on this computer. Choose the node program you have, "
                   "or download the release the network expects."));

    m_useExisting = new QRadioButton(tr("Use a &quantus-node I already have"), this);
    m_useDownload = new QRadioButton(tr("&Download the node the network names"), this);
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_useExisting);
    choice->addButton(m_useDownload);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("nodeBinaryEdit"));
    m_path->setPlaceholderText(tr("Path to quantus-node"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_manifestUrl = new QLineEdit(this);
    m_manifestUrl->setObjectName(QStringLiteral("manifestUrlEdit"));
    m_manifestUrl->setToolTip(tr("The compatibility manifest lists the node release for each network with "
                                 "its SHA-256 checksum."));
    m_download = new QPushButton(tr("Down&load"), this);
    m_download->setObjectName(QStringLiteral("downloadButton"));
    auto* manifestRow = new QHBoxLayout;
    manifestRow->addWidget(m_manifestUrl, 1);
    manifestRow->addWidget(m_download);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_network = new QLabel(this);
    m_network->setObjectName(QStringLiteral("manifestNetwork"));
    m_network->setWordWrap(true);
    m_network->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_network->setVisible(false);
    m_testnetNote = new QLabel(this);
    m_testnetNote->setObjectName(QStringLiteral("testnetNote"));
    m_testnetNote->setWordWrap(true);
    m_testnetNote->setStyleSheet(QStringLiteral("QLabel { color: #b9770e; font-weight: bold; }"));
    m_testnetNote->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("programStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_useExisting);
    auto* indent1 = new QFormLayout;
    indent1->setContentsMargins(24, 0, 0, 8);
    indent1->addRow(pathRow);
    layout->addLayout(indent1);
    layout->addWidget(m_useDownload);
    auto* indent2 = new QFormLayout;
    indent2->setContentsMargins(24, 0, 0, 8);
    indent2->addRow(tr("Manifest:"), manifestRow);
    indent2->addRow(m_progress);
    indent2->addRow(m_network);
    indent2->addRow(m_testnetNote);
    layout->addLayout(indent2);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_useExisting, &QRadioButton::toggled, this, [this](bool on) {
        m_path->setEnabled(on);
        m_browse->setEnabled(on);
        m_manifestUrl->setEnabled(!on);
        m_download->setEnabled(!on && !m_busy);
        emit completeChanged();
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ProgramPage::checkBinary);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_checkedVersion.clear();
        emit completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose quantus-node"),
                                                          QFileInfo(m_path->text()).absolutePath());
        if (!file.isEmpty()) {
            m_path->setText(file);
            checkBinary();
        }
    });
    connect(m_download, &QPushButton::clicked, this, &ProgramPage::startDownload);

    connect(m_downloader, &NodeDownloader::manifestReady, this, [this](const CompatibilityManifest& manifest) {
        m_wizard->manifest() = manifest;
        showNetwork(manifest);
        QString problem;
        const std::optional<NodeReleaseFile> file = manifest.nodeBuild(hostPlatform(), &problem);
        if (!file) {
            setBusy(false);
            m_progress->setVisible(false);
            m_status->setText(tr("The download failed: %1").arg(problem));
            return;
        }
        m_status->setText(tr("Downloading quantus-node %1 for %2…").arg(manifest.nodeVersion, manifest.networkLabel));
        m_downloader->download(*file, QDir(defaultNodeHome()).filePath(QStringLiteral("bin")));
    });
    connect(m_downloader, &NodeDownloader::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setVisible(true);
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(received * 1000 / total));
            m_progress->setFormat(QStringLiteral("%1 / %2").arg(QLocale().formattedDataSize(received), QLocale().formattedDataSize(total)));
        } else {
            m_progress->setRange(0, 0);
        }
    });
    connect(m_downloader, &NodeDownloader::retrying, this, [this](int attempt, const QString& reason) {
        m_status->setText(tr("The download broke off (%1); trying again (%2)…").arg(reason).arg(attempt));
    });
    connect(m_downloader, &NodeDownloader::verifying, this,
            [this] { m_status->setText(tr("Checking the SHA-256 checksum…")); });
    connect(m_downloader, &NodeDownloader::installed, this, [this](const QString& path) {
        setBusy(false);
        m_path->setText(path);
        checkBinary();
        if (!m_checkedVersion.isEmpty())
            m_status->setText(tr("Downloaded and verified: %1").arg(m_checkedVersion));
    });
    connect(m_downloader, &NodeDownloader::failed, this, [this](const QString& reason) {
        setBusy(false);
        m_progress->setVisible(false);
        m_status->setText(tr("The download failed: %1").arg(reason));
    });
}

void ProgramPage::initializePage()
{
    const LocalNodeSettings& s = m_wizard->settings();
    m_manifestUrl->setText((s.manifestUrl.isEmpty() ? defaultManifestUrl() : s.manifestUrl).toString());
    m_path->setText(s.node.binary);
    const bool have = !s.node.binary.isEmpty();
    (have ? m_useExisting : m_useDownload)->setChecked(true);
    if (have)
        checkBinary();
}

void ProgramPage::showNetwork(const CompatibilityManifest& manifest)
{
    QString text = tr("Network: %1 (%2), node %3").arg(manifest.networkLabel, manifest.networkId, manifest.nodeVersion);
    if (!manifest.updatedAt.isEmpty())
        text += QLatin1Char('\n') + tr("Manifest updated %1").arg(manifest.updatedAt);
    m_network->setText(text);
    m_network->setVisible(true);
    m_testnetNote->setText(tr("%1 is a test network: its tokens have no value.").arg(manifest.networkLabel));
    m_testnetNote->setVisible(manifest.tokensHaveNoValue());
}

void ProgramPage::setBusy(bool busy)
{
    m_busy = busy;
    m_download->setEnabled(!busy && m_useDownload->isChecked());
    m_useExisting->setEnabled(!busy);
    m_manifestUrl->setReadOnly(busy);
    emit completeChanged();
}

void ProgramPage::startDownload()
{
    const QUrl url = QUrl::fromUserInput(m_manifestUrl->text().trimmed());
    if (!url.isValid()) {
        m_status->setText(tr("The manifest address is not a valid URL."));
        return;
    }
    m_wizard->settings().manifestUrl = url == defaultManifestUrl() ? QUrl() : url;
    setBusy(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_network->setVisible(false);
    m_testnetNote->setVisible(false);
    m_status->setText(tr("Reading the compatibility manifest…"));
    m_downloader->fetchManifest(url);
}

void ProgramPage::checkBinary()
{
    const QString path = m_path->text().trimmed();
    m_checkedVersion.clear();
    if (path.isEmpty()) {
        m_status->clear();
        emit completeChanged();
        return;
    }
    QString error;
    const QString version = NodeKeyTool(QFileInfo(path).absoluteFilePath(), 10000).version(&error);
    if (version.isEmpty()) {
        m_status->setText(tr("This is not a usable quantus-node: %1").arg(error));
    } else {
        m_checkedVersion = version;
        m_status->setText(tr("Found %1.").arg(version));
    }
    emit completeChanged();
}

bool ProgramPage::isComplete() const
{
    return !m_busy && !m_checkedVersion.isEmpty();
}

bool ProgramPage::validatePage()
{
    m_wizard->settings().node.binary = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    return true;
}

} // namespace qm::gui

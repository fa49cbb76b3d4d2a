#include "gui/settings_dialog.h"

#include "gui/theme.h"
#include "service/translations.h"
#include "ui_settings_dialog.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QPushButton>

namespace qm::gui {

SettingsDialog::SettingsDialog(const Values& values, bool trayAvailable,
                               const QSet<ServiceSetting>& fromCommandLine, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::SettingsDialog>()), m_initial(values), m_trayAvailable(trayAvailable),
      m_fromCommandLine(fromCommandLine)
{
    ui->setupUi(this);
    // Port 0 asks the system for any free port (a port taken by the node's
    // own tools, tests); shown as words rather than a number.
    ui->portSpin->setMinimum(0);
    fillCombos();

    ui->bindCombo->setCurrentText(values.bindAddress);
    ui->portSpin->setValue(values.port);
    ui->metricsCheck->setChecked(values.metricsEnabled);
    ui->metricsPortSpin->setValue(values.metricsPort == 0 ? 9900 : values.metricsPort);
    ui->metricsPortSpin->setEnabled(values.metricsEnabled);
    ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(values.language)));
    ui->themeCombo->setCurrentIndex(std::max(0, ui->themeCombo->findData(themeChoiceKey(values.theme))));
    ui->startMinimizedCheck->setChecked(values.startMinimized);
    ui->closeToTrayCheck->setChecked(values.closeToTray && trayAvailable);
    ui->closeToTrayCheck->setEnabled(trayAvailable);
    if (!trayAvailable)
        ui->closeToTrayCheck->setToolTip(tr("This desktop has no system tray."));
    ui->startOnLoginCheck->setChecked(values.startOnLogin);
    ui->nodeGroup->setChecked(values.nodeEnabled);
    ui->nodeAddressEdit->setText(values.node.address);
    ui->nodeDirEdit->setText(values.node.nodeDir);
    ui->tokenFileEdit->setText(values.node.tokenFile);
    ui->pinFileEdit->setText(values.node.pinFile);
    // The directory unless only files were given.
    const bool filesOnly = values.node.nodeDir.isEmpty() &&
                           (!values.node.tokenFile.isEmpty() || !values.node.pinFile.isEmpty());
    auto* nodeMode = new QButtonGroup(this);
    nodeMode->addButton(ui->nodeDirRadio);
    nodeMode->addButton(ui->nodeFilesRadio);
    ui->nodeFilesRadio->setChecked(filesOnly);
    ui->nodeDirRadio->setChecked(!filesOnly);
    updateNodeMode();
    ui->errorLabel->hide();
    ui->portSpin->setSpecialValueText(tr("any free port"));

    // Room for an IPv6 address and for the port's "any free port".
    const int ch = fontMetrics().averageCharWidth();
    ui->bindCombo->setMinimumWidth(ch * 26);
    ui->portSpin->setMinimumWidth(ch * 18);
    ui->metricsPortSpin->setMinimumWidth(ch * 18);
    connect(ui->metricsCheck, &QCheckBox::toggled, ui->metricsPortSpin, &QWidget::setEnabled);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(ui->localNodeButton, &QPushButton::clicked, this, &SettingsDialog::localNodeRequested);
    connect(ui->bindCombo, &QComboBox::currentTextChanged, this, [this] { ui->errorLabel->hide(); });
    connect(ui->nodeDirRadio, &QRadioButton::toggled, this, &SettingsDialog::updateNodeMode);
    connect(ui->nodeDirBrowse, &QToolButton::clicked, this, &SettingsDialog::browseNodeDir);
    connect(ui->tokenFileBrowse, &QToolButton::clicked, this,
            [this] { browseNodeFile(ui->tokenFileEdit, tr("The node's auth token file")); });
    connect(ui->pinFileBrowse, &QToolButton::clicked, this,
            [this] { browseNodeFile(ui->pinFileEdit, tr("The node's certificate pin file")); });
    for (QLineEdit* edit : {ui->nodeAddressEdit, ui->nodeDirEdit, ui->tokenFileEdit, ui->pinFileEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { ui->errorLabel->hide(); });
    updateNotes();
    ui->serviceNote->setMinimumWidth(ch * 72);
    ui->nodeNote->setMinimumWidth(ch * 72);
    adjustSize();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillCombos()
{
    const QString bind = ui->bindCombo->currentText();
    ui->bindCombo->clear();
    ui->bindCombo->addItem(QStringLiteral("127.0.0.1"));
    ui->bindCombo->addItem(QStringLiteral("0.0.0.0"));
    ui->bindCombo->addItem(QStringLiteral("::1"));
    ui->bindCombo->addItem(QStringLiteral("::"));
    ui->bindCombo->setItemData(0, tr("This computer only"), Qt::ToolTipRole);
    ui->bindCombo->setItemData(1, tr("Every IPv4 network interface"), Qt::ToolTipRole);
    ui->bindCombo->setItemData(2, tr("This computer only (IPv6)"), Qt::ToolTipRole);
    ui->bindCombo->setItemData(3, tr("Every network interface"), Qt::ToolTipRole);
    if (!bind.isEmpty())
        ui->bindCombo->setCurrentText(bind);

    const QVariant language = ui->languageCombo->currentData();
    ui->languageCombo->clear();
    ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString& code : availableLanguages())
        ui->languageCombo->addItem(languageNativeName(code), code);
    if (language.isValid())
        ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(language)));

    const QVariant theme = ui->themeCombo->currentData();
    ui->themeCombo->clear();
    ui->themeCombo->addItem(tr("Follow the system"), themeChoiceKey(ThemeChoice::System));
    ui->themeCombo->addItem(tr("Light"), themeChoiceKey(ThemeChoice::Light));
    ui->themeCombo->addItem(tr("Dark"), themeChoiceKey(ThemeChoice::Dark));
    if (theme.isValid())
        ui->themeCombo->setCurrentIndex(std::max(0, ui->themeCombo->findData(theme)));
}

void SettingsDialog::updateNotes()
{
    QString note = tr("Changing the address or a port restarts the service; running jobs are cancelled.");
    QStringList given;
    if (m_fromCommandLine.contains(ServiceSetting::BindAddress))
        given << tr("address");
    if (m_fromCommandLine.contains(ServiceSetting::Port))
        given << tr("API port");
    if (m_fromCommandLine.contains(ServiceSetting::Metrics))
        given << tr("metrics port");
    if (!given.isEmpty())
        note += QLatin1Char(' ') + tr("This run was started with the %1 on the command line or in the environment; "
                                      "those win over what is saved here at the next start.")
                                       .arg(given.join(QStringLiteral(", ")));
    ui->serviceNote->setText(note);

    QString nodeNote = tr("The node writes %1 and %2 into its <base-path>/chains/<chain>/ folder when it runs with "
                          "--miner-listen-port. Only these paths are saved, never the token.")
                           .arg(QString::fromLatin1(kNodeTokenFileName), QString::fromLatin1(kNodePinFileName));
    if (m_fromCommandLine.contains(ServiceSetting::Node))
        nodeNote += QLatin1Char(' ') + tr("This run's node was given on the command line or in the environment; "
                                          "that wins over what is saved here at the next start.");
    ui->nodeNote->setText(nodeNote);
    for (QLabel* label : {ui->serviceNote, ui->nodeNote}) {
        QPalette p = label->palette();
        QColor c = p.color(QPalette::WindowText);
        c.setAlpha(170);
        p.setColor(QPalette::WindowText, c);
        label->setPalette(p);
    }
}

void SettingsDialog::updateNodeMode()
{
    const bool dir = ui->nodeDirRadio->isChecked();
    ui->nodeDirEdit->setEnabled(dir);
    ui->nodeDirBrowse->setEnabled(dir);
    for (QWidget* w : {static_cast<QWidget*>(ui->tokenFileLabel), static_cast<QWidget*>(ui->tokenFileEdit),
                       static_cast<QWidget*>(ui->tokenFileBrowse), static_cast<QWidget*>(ui->pinFileLabel),
                       static_cast<QWidget*>(ui->pinFileEdit), static_cast<QWidget*>(ui->pinFileBrowse)})
        w->setEnabled(!dir);
    ui->errorLabel->hide();
}

QString SettingsDialog::nodeBrowseStart(const QString& typed)
{
    const QString t = typed.trimmed();
    if (!t.isEmpty()) {
        const QFileInfo info(t);
        if (info.isDir())
            return info.absoluteFilePath();
        if (info.dir().exists())
            return info.absolutePath();
    }
    const QString nodeChains = QDir::home().filePath(QStringLiteral(".local/share/quantus-node/chains"));
    return QFileInfo(nodeChains).isDir() ? nodeChains : QDir::homePath();
}

void SettingsDialog::browseNodeDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("The node's directory (chains/<chain>)"),
                                                          nodeBrowseStart(ui->nodeDirEdit->text()));
    if (!dir.isEmpty()) {
        ui->nodeDirEdit->setText(QDir::toNativeSeparators(dir));
        ui->errorLabel->hide();
    }
}

void SettingsDialog::browseNodeFile(QLineEdit* edit, const QString& title)
{
    // The node's files have no extension: every file is offered.
    const QString file = QFileDialog::getOpenFileName(this, title, nodeBrowseStart(edit->text()));
    if (!file.isEmpty()) {
        edit->setText(QDir::toNativeSeparators(file));
        ui->errorLabel->hide();
    }
}

QString SettingsDialog::nodeProblem(const NodeSource& node, bool fromDirectory)
{
    QString host;
    quint16 port = 0;
    if (node.address.trimmed().isEmpty())
        return tr("Enter the node's address, e.g. 127.0.0.1:9833 (the port of its --miner-listen-port).");
    if (!parseNodeAddress(node.address, host, port))
        return tr("“%1” is not a node address: use HOST:PORT, e.g. 127.0.0.1:9833.").arg(node.address.trimmed());
    const auto missingFile = [](const QString& path) {
        return tr("The file “%1” does not exist.").arg(QDir::toNativeSeparators(path));
    };
    if (fromDirectory) {
        const QString dir = node.nodeDir.trimmed();
        if (dir.isEmpty())
            return tr("Choose the node's directory: <base-path>/chains/<chain>/, where it writes %1.")
                .arg(QString::fromLatin1(kNodeTokenFileName));
        if (!QFileInfo(dir).isDir())
            return tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(dir));
        if (!QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(kNodeTokenFileName))))
            return tr("“%1” has no %2 file: choose the node's chains/<chain>/ folder, and start the node with "
                      "--miner-listen-port so that it writes the file.")
                .arg(QDir::toNativeSeparators(dir), QString::fromLatin1(kNodeTokenFileName));
    } else {
        if (node.tokenFile.trimmed().isEmpty() || node.pinFile.trimmed().isEmpty())
            return tr("Choose both files: the node's %1 and its %2.")
                .arg(QString::fromLatin1(kNodeTokenFileName), QString::fromLatin1(kNodePinFileName));
        for (const QString& file : {node.tokenFile.trimmed(), node.pinFile.trimmed()})
            if (!QFileInfo::exists(file))
                return missingFile(file);
    }
    NodeSettings settings;
    const QString why = resolveNodeSource(node, settings);
    return why.isEmpty() ? QString() : tr("These node settings cannot be used: %1.").arg(why);
}

QString SettingsDialog::normalizedAddress(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("127.0.0.1");
    const QHostAddress address(t);
    return address.isNull() ? QString() : address.toString();
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.bindAddress = normalizedAddress(ui->bindCombo->currentText());
    if (v.bindAddress.isEmpty())
        v.bindAddress = m_initial.bindAddress;
    v.port = static_cast<quint16>(ui->portSpin->value());
    v.metricsEnabled = ui->metricsCheck->isChecked();
    v.metricsPort = static_cast<quint16>(ui->metricsPortSpin->value());
    v.language = ui->languageCombo->currentData().toString();
    v.theme = parseThemeChoice(ui->themeCombo->currentData().toString());
    v.startMinimized = ui->startMinimizedCheck->isChecked();
    v.closeToTray = m_trayAvailable ? ui->closeToTrayCheck->isChecked() : m_initial.closeToTray;
    v.startOnLogin = ui->startOnLoginCheck->isChecked();
    v.nodeEnabled = ui->nodeGroup->isChecked();
    v.node.address = ui->nodeAddressEdit->text().trimmed();
    if (ui->nodeDirRadio->isChecked()) {
        v.node.nodeDir = ui->nodeDirEdit->text().trimmed();
    } else {
        v.node.tokenFile = ui->tokenFileEdit->text().trimmed();
        v.node.pinFile = ui->pinFileEdit->text().trimmed();
    }
    return v;
}

void SettingsDialog::accept()
{
    QString problem;
    if (normalizedAddress(ui->bindCombo->currentText()).isEmpty())
        problem = tr("“%1” is not an IP address. Use 127.0.0.1 (this computer), 0.0.0.0 or :: (every interface).")
                      .arg(ui->bindCombo->currentText().trimmed());
    else if (ui->metricsCheck->isChecked() && ui->metricsPortSpin->value() == ui->portSpin->value())
        problem = tr("The metrics port must differ from the API port.");
    // Node settings are checked when they change: the node a run was
    // started with may have a token given as a value, which no file here shows.
    else if (ui->nodeGroup->isChecked() && (values().node != m_initial.node || !m_initial.nodeEnabled))
        problem = nodeProblem(values().node, ui->nodeDirRadio->isChecked());
    if (!problem.isEmpty()) {
        ui->errorLabel->setText(problem);
        QPalette p = ui->errorLabel->palette();
        p.setColor(QPalette::WindowText, serviceErrorColor());
        ui->errorLabel->setPalette(p);
        ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillCombos();
        updateNotes();
    }
    QDialog::changeEvent(event);
}

} // namespace qm::gui

#include "gui/settings_dialog.h"

#include "gui/backup_node_dialog.h"
#include "gui/node_source_fields.h"
#include "gui/theme.h"
#include "service/translations.h"
#include "ui_settings_dialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>

#include <algorithm>

namespace qm::gui {

namespace {

// Each backup entry keeps its NodeSource in these item roles.
constexpr int kAddressRole = Qt::UserRole;
constexpr int kDirRole = Qt::UserRole + 1;
constexpr int kTokenFileRole = Qt::UserRole + 2;
constexpr int kPinFileRole = Qt::UserRole + 3;

NodeSource backupSource(const QListWidgetItem* item)
{
    NodeSource n;
    n.address = item->data(kAddressRole).toString();
    n.nodeDir = item->data(kDirRole).toString();
    n.tokenFile = item->data(kTokenFileRole).toString();
    n.pinFile = item->data(kPinFileRole).toString();
    return n;
}

// One line a home miner can read: where the node is and where its files are.
QString backupText(const NodeSource& n)
{
    if (!n.nodeDir.isEmpty() && n.tokenFile.isEmpty() && n.pinFile.isEmpty())
        return SettingsDialog::tr("%1 — folder %2").arg(n.address, QDir::toNativeSeparators(n.nodeDir));
    if (n.nodeDir.isEmpty())
        return SettingsDialog::tr("%1 — files %2 and %3")
            .arg(n.address, QDir::toNativeSeparators(n.tokenFile), QDir::toNativeSeparators(n.pinFile));
    // Given on the command line with both (a file wins over the folder's).
    return SettingsDialog::tr("%1 — folder %2, files %3 and %4")
        .arg(n.address, QDir::toNativeSeparators(n.nodeDir), QDir::toNativeSeparators(n.tokenFile),
             QDir::toNativeSeparators(n.pinFile));
}

} // namespace

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
    m_nodeFields = std::make_unique<NodeSourceFields>(
        this, NodeSourceWidgets{ui->nodeAddressEdit, ui->nodeDirRadio, ui->nodeFilesRadio, ui->nodeDirEdit,
                                ui->nodeDirBrowse, ui->tokenFileLabel, ui->tokenFileEdit, ui->tokenFileBrowse,
                                ui->pinFileLabel, ui->pinFileEdit, ui->pinFileBrowse, ui->errorLabel});
    m_nodeFields->setSource(values.node);
    for (const NodeSource& backup : values.backupNodes)
        addBackupItem(backup);
    updateBackupButtons();
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
    connect(ui->backupList, &QListWidget::currentRowChanged, this, &SettingsDialog::updateBackupButtons);
    connect(ui->backupList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { editBackup(ui->backupList->row(item)); });
    connect(ui->backupAddButton, &QPushButton::clicked, this, [this] { editBackup(-1); });
    connect(ui->backupEditButton, &QPushButton::clicked, this, [this] { editBackup(ui->backupList->currentRow()); });
    connect(ui->backupRemoveButton, &QPushButton::clicked, this, [this] {
        delete ui->backupList->takeItem(ui->backupList->currentRow());
        ui->errorLabel->hide();
        updateBackupButtons();
    });
    connect(ui->backupUpButton, &QPushButton::clicked, this, [this] { moveBackup(-1); });
    connect(ui->backupDownButton, &QPushButton::clicked, this, [this] { moveBackup(1); });
    updateNotes();
    ui->serviceNote->setMinimumWidth(ch * 72);
    ui->nodeNote->setMinimumWidth(ch * 72);
    ui->backupNote->setMinimumWidth(ch * 72);
    fitToScreen();
}

void SettingsDialog::fitToScreen()
{
    // The form scrolls rather than squeezes where the screen is shorter than
    // it (a 768-pixel laptop, with the node's backup list): the dialog opens
    // as tall as the form needs, or as the screen allows.
    const QSize form = ui->formContent->sizeHint();
    const int scrollBar = ui->formScroll->verticalScrollBar()->sizeHint().width();
    ui->formScroll->setMinimumWidth(ui->formContent->minimumSizeHint().width() + scrollBar);
    const QMargins margins = ui->layout->contentsMargins();
    int height = form.height() + margins.top() + margins.bottom() + ui->layout->spacing() * 2 +
                 ui->buttons->sizeHint().height();
    if (const QScreen* s = screen())
        height = std::min(height, s->availableGeometry().height() * 9 / 10);
    resize(form.width() + scrollBar + margins.left() + margins.right(), height);
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
    QString backupNote = tr("The miner mines for the first node in this order that is reachable and has a job. "
                            "When that node goes, it switches to the next one within seconds, and it returns to a "
                            "higher one when that is back.");
    if (m_fromCommandLine.contains(ServiceSetting::Node))
        backupNote += QLatin1Char(' ') + tr("The backup nodes of this run came with its node from the command line "
                                            "or the environment; they win over this list at the next start.");
    ui->backupNote->setText(backupNote);
    for (QLabel* label : {ui->serviceNote, ui->nodeNote, ui->backupNote}) {
        QPalette p = label->palette();
        QColor c = p.color(QPalette::WindowText);
        c.setAlpha(170);
        p.setColor(QPalette::WindowText, c);
        label->setPalette(p);
    }
}

void SettingsDialog::addBackupItem(const NodeSource& node, int row)
{
    auto* item = new QListWidgetItem(backupText(node));
    item->setData(kAddressRole, node.address);
    item->setData(kDirRole, node.nodeDir);
    item->setData(kTokenFileRole, node.tokenFile);
    item->setData(kPinFileRole, node.pinFile);
    ui->backupList->insertItem(row < 0 ? ui->backupList->count() : row, item);
}

QList<NodeSource> SettingsDialog::backupNodes() const
{
    QList<NodeSource> out;
    for (int i = 0; i < ui->backupList->count(); ++i)
        out << backupSource(ui->backupList->item(i));
    return out;
}

QStringList SettingsDialog::takenAddresses(int exceptRow) const
{
    QStringList taken;
    if (!ui->nodeAddressEdit->text().trimmed().isEmpty())
        taken << BackupNodeDialog::canonicalAddress(ui->nodeAddressEdit->text());
    for (int i = 0; i < ui->backupList->count(); ++i)
        if (i != exceptRow)
            taken << BackupNodeDialog::canonicalAddress(ui->backupList->item(i)->data(kAddressRole).toString());
    return taken;
}

void SettingsDialog::editBackup(int row)
{
    // row -1 adds one at the end. The editor is window-modal and reports
    // back through accepted(), so the dialog stays responsive underneath.
    const bool adding = row < 0 || row >= ui->backupList->count();
    const NodeSource initial = adding ? NodeSource{} : backupSource(ui->backupList->item(row));
    auto* editor = new BackupNodeDialog(initial, takenAddresses(adding ? -1 : row), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(adding ? tr("Add a backup node") : tr("Edit the backup node"));
    connect(editor, &QDialog::accepted, this, [this, editor, adding, row] {
        const int at = adding ? ui->backupList->count() : row;
        if (!adding)
            delete ui->backupList->takeItem(row);
        addBackupItem(editor->node(), at);
        ui->backupList->setCurrentRow(at);
        ui->errorLabel->hide();
        updateBackupButtons();
    });
    editor->open();
}

void SettingsDialog::moveBackup(int by)
{
    const int row = ui->backupList->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= ui->backupList->count())
        return;
    QListWidgetItem* item = ui->backupList->takeItem(row);
    ui->backupList->insertItem(to, item);
    ui->backupList->setCurrentRow(to);
    updateBackupButtons();
}

void SettingsDialog::updateBackupButtons()
{
    const int row = ui->backupList->currentRow();
    const int count = ui->backupList->count();
    ui->backupEditButton->setEnabled(row >= 0);
    ui->backupRemoveButton->setEnabled(row >= 0);
    ui->backupUpButton->setEnabled(row > 0);
    ui->backupDownButton->setEnabled(row >= 0 && row < count - 1);
}

QString SettingsDialog::backupProblem() const
{
    QStringList seen{BackupNodeDialog::canonicalAddress(ui->nodeAddressEdit->text())};
    for (int i = 0; i < ui->backupList->count(); ++i) {
        const NodeSource node = backupSource(ui->backupList->item(i));
        const QString address = BackupNodeDialog::canonicalAddress(node.address);
        if (seen.contains(address))
            return tr("Backup node %1 (%2): this node is already in the list; give each node once.")
                .arg(i + 1)
                .arg(address);
        seen << address;
        // As for the main node: an entry the dialog opened with may carry a
        // run's settings no file here shows; new and changed ones are read.
        if (m_initial.nodeEnabled && m_initial.backupNodes.contains(node))
            continue;
        const QString why = nodeProblem(node, !node.nodeDir.isEmpty() && node.tokenFile.isEmpty());
        if (!why.isEmpty())
            return tr("Backup node %1 (%2): %3").arg(i + 1).arg(node.address, why);
    }
    return {};
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
    v.node = m_nodeFields->source();
    v.backupNodes = backupNodes();
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
        problem = nodeProblem(values().node, m_nodeFields->fromDirectory());
    if (problem.isEmpty() && ui->nodeGroup->isChecked())
        problem = backupProblem();
    if (!problem.isEmpty()) {
        showFormError(ui->errorLabel, problem);
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
        for (int i = 0; i < ui->backupList->count(); ++i)
            ui->backupList->item(i)->setText(backupText(backupSource(ui->backupList->item(i))));
    }
    QDialog::changeEvent(event);
}

} // namespace qm::gui

#include "gui/backup_node_dialog.h"

#include "gui/node_source_fields.h"
#include "gui/settings_dialog.h"
#include "gui/theme.h"
#include "ui_backup_node_dialog.h"


namespace qm::gui {

BackupNodeDialog::BackupNodeDialog(const NodeSource& node, const QStringList& takenAddresses, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::BackupNodeDialog>()), m_taken(takenAddresses)
{
    ui->setupUi(this);
    m_fields = std::make_unique<NodeSourceFields>(
        this, NodeSourceWidgets{ui->nodeAddressEdit, ui->nodeDirRadio, ui->nodeFilesRadio, ui->nodeDirEdit,
                                ui->nodeDirBrowse, ui->tokenFileLabel, ui->tokenFileEdit, ui->tokenFileBrowse,
                                ui->pinFileLabel, ui->pinFileEdit, ui->pinFileBrowse, ui->errorLabel});
    // The directory unless only files were given, as in the main form.
    m_fields->setSource(node);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &BackupNodeDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &BackupNodeDialog::reject);
    const int ch = fontMetrics().averageCharWidth();
    ui->nodeDirEdit->setMinimumWidth(ch * 48);
    adjustSize();
}

BackupNodeDialog::~BackupNodeDialog() = default;

QString BackupNodeDialog::canonicalAddress(const QString& text)
{
    NodeSettings parsed;
    if (!parseNodeAddress(text, parsed.host, parsed.port))
        return text.trimmed();
    return parsed.address().toLower();
}

NodeSource BackupNodeDialog::node() const
{
    return m_fields->source();
}

void BackupNodeDialog::accept()
{
    const NodeSource n = node();
    QString problem = SettingsDialog::nodeProblem(n, m_fields->fromDirectory());
    // The miner refuses a node listed twice; so does the form, at once.
    if (problem.isEmpty() && m_taken.contains(canonicalAddress(n.address)))
        problem = tr("%1 is already in the node list: give each node once.").arg(canonicalAddress(n.address));
    if (!problem.isEmpty()) {
        showFormError(ui->errorLabel, problem);
        return;
    }
    QDialog::accept();
}

} // namespace qm::gui

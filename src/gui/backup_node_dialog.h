// One backup node of the settings dialog's list (ui/backup_node_dialog.ui):
// its address, and its directory or its two files, as for the main node.
// accept() refuses settings the miner could not use (SettingsDialog's
// nodeProblem), and a node already in the list, with one line in the form.
#pragma once

#include "node/node_settings.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class BackupNodeDialog;
}

namespace qm::gui {

class NodeSourceFields;

class BackupNodeDialog : public QDialog {
    Q_OBJECT
public:
    // `takenAddresses`: the other nodes' addresses ("host:port"), which
    // this one may not repeat.
    BackupNodeDialog(const NodeSource& node, const QStringList& takenAddresses, QWidget* parent = nullptr);
    ~BackupNodeDialog() override;

    // The directory or the two files, as the form's choice says.
    NodeSource node() const;
    void accept() override;

    // "host:port" as NodeSettings::address() writes it (so 127.0.0.1:9833
    // and " 127.0.0.1:9833 " compare equal); the text trimmed when it is no
    // address.
    static QString canonicalAddress(const QString& text);

private:
    std::unique_ptr<Ui::BackupNodeDialog> ui;
    std::unique_ptr<NodeSourceFields> m_fields;
    QStringList m_taken;
};

} // namespace qm::gui

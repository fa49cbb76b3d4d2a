// The fields that say where a node's settings are read from — its address,
// and either its directory or its two files, each with a browse button — as
// both the settings dialog (the node) and the backup node dialog show them.
// The forms lay the widgets out; this fills them from a NodeSource, reads
// one back, greys out the choice not taken and runs the file pickers.
// Its texts keep the settings dialog's translation context, where they were
// first translated.
#pragma once

#include "node/node_settings.h"

#include <QCoreApplication>
#include <QString>

class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;
class QWidget;

namespace qm::gui {

struct NodeSourceWidgets {
    QLineEdit* address = nullptr;
    QRadioButton* dirRadio = nullptr;
    QRadioButton* filesRadio = nullptr;
    QLineEdit* dir = nullptr;
    QToolButton* dirBrowse = nullptr;
    QLabel* tokenLabel = nullptr;
    QLineEdit* tokenFile = nullptr;
    QToolButton* tokenBrowse = nullptr;
    QLabel* pinLabel = nullptr;
    QLineEdit* pinFile = nullptr;
    QToolButton* pinBrowse = nullptr;
    QLabel* error = nullptr;   // hidden whenever a field changes
};

class NodeSourceFields {
    Q_DECLARE_TR_FUNCTIONS(qm::gui::SettingsDialog)
public:
    // `owner` (the dialog) parents the file pickers and the connections.
    NodeSourceFields(QWidget* owner, const NodeSourceWidgets& widgets);

    // The directory unless only files are given.
    void setSource(const NodeSource& node);
    // The directory or the two files, as the choice says; trimmed.
    NodeSource source() const;
    bool fromDirectory() const;

private:
    void updateMode();
    void browseDir();
    void browseFile(QLineEdit* edit, const QString& title);

    QWidget* m_owner;
    NodeSourceWidgets m_w;
};

} // namespace qm::gui

// Paints the jobs table: the status column as a coloured pill, and every cell
// of a removed job at the opacity the model gives while the row fades out.
#pragma once

#include <QStyledItemDelegate>

namespace qm::gui {

class JobItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace qm::gui

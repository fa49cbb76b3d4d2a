#include "gui/widgets/job_item_delegate.h"

#include "gui/models/job_table_model.h"
#include "gui/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace qm::gui {

void JobItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const double opacity = index.data(JobTableModel::OpacityRole).isValid()
                               ? index.data(JobTableModel::OpacityRole).toDouble()
                               : 1.0;
    painter->save();
    painter->setOpacity(opacity);
    const QVariant status = index.data(JobTableModel::StatusRole);
    if (index.column() != JobTableModel::ColumnStatus || !status.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        painter->restore();
        return;
    }

    // Background (selection, alternate rows) as any other cell, no text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    const int padX = fm.height() / 2 + 2;
    const int h = fm.height() + 4;
    const int w = fm.horizontalAdvance(text) + 2 * padX;
    const QRect cell = option.rect;
    const QRectF pill(cell.center().x() - w / 2.0, cell.center().y() - h / 2.0 + 0.5, w, h);

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill, h / 2.0, h / 2.0);
    painter->fillPath(path, statusColor(static_cast<JobStatus>(status.toInt())));
    painter->setFont(f);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize JobItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == JobTableModel::ColumnStatus) {
        QFont f = option.font;
        f.setPointSizeF(f.pointSizeF() * 0.9);
        f.setWeight(QFont::DemiBold);
        const QFontMetrics fm(f);
        s.setWidth(std::max(s.width(), fm.horizontalAdvance(index.data().toString()) + fm.height() + 20));
    }
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 10));
    return s;
}

} // namespace qm::gui

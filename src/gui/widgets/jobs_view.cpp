#include "gui/widgets/jobs_view.h"

#include <QPainter>

namespace qm::gui {

void JobsView::setPlaceholderText(const QString& text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void JobsView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter p(viewport());
    QColor c = palette().color(QPalette::Text);
    c.setAlpha(140);
    p.setPen(c);
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace qm::gui

#include "gui/widgets/stat_card.h"

#include "gui/theme.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace qm::gui {

StatCard::StatCard(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_value(new QLabel(this)), m_caption(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setText(QStringLiteral("—"));
    for (QLabel* l : {m_title, m_value, m_caption})
        l->setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    applyFonts();
}

QString StatCard::title() const
{
    return m_title->text();
}

QString StatCard::value() const
{
    return m_value->text();
}

QString StatCard::caption() const
{
    return m_caption->text();
}

void StatCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

void StatCard::setValue(const QString& value)
{
    m_value->setText(value);
}

void StatCard::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

void StatCard::setAccent(const QColor& color)
{
    m_accent = color;
    update();
}

QSize StatCard::minimumSizeHint() const
{
    const QSize s = QWidget::minimumSizeHint();
    return QSize(std::max(s.width(), fontMetrics().averageCharWidth() * 16), s.height());
}

void StatCard::applyFonts()
{
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 0.9);
    m_title->setFont(titleFont);
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 1.65);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    QFont captionFont = font();
    captionFont.setPointSizeF(font().pointSizeF() * 0.85);
    m_caption->setFont(captionFont);

    // Secondary text: the text colour, faded, so it follows light and dark.
    QPalette secondary = palette();
    QColor c = palette().color(QPalette::WindowText);
    c.setAlpha(165);
    secondary.setColor(QPalette::WindowText, c);
    m_title->setPalette(secondary);
    m_caption->setPalette(secondary);
}

void StatCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void StatCard::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlpha(isDarkPalette(palette()) ? 40 : 30);
    QPainterPath path;
    path.addRoundedRect(r, 8, 8);
    p.fillPath(path, palette().brush(QPalette::Base));
    p.setPen(QPen(border, 1));
    p.drawPath(path);

    const QColor accent = m_accent.isValid() ? m_accent : palette().color(QPalette::Highlight);
    p.setClipPath(path);
    p.fillRect(QRectF(r.left(), r.top(), 4, r.height()), accent);
}

} // namespace qm::gui

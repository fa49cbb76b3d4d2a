#include "gui/icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <cmath>
#include <memory>

namespace qm::gui {

namespace {

enum class Tint { Palette, Fixed, None };

class SvgIconEngine final : public QIconEngine {
public:
    SvgIconEngine(QString name, Tint tint, QColor color, QColor badge = QColor())
        : m_name(std::move(name)), m_tint(tint), m_color(std::move(color)), m_badge(std::move(badge))
    {
    }

    QIconEngine* clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("qm-svg"); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, dpr));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QColor color = colorFor(mode);
        const QSize pixels(static_cast<int>(std::ceil(size.width() * scale)),
                           static_cast<int>(std::ceil(size.height() * scale)));
        if (pixels.isEmpty())
            return QPixmap();
        const QString cacheKey = QStringLiteral("qm-icon:%1:%2x%3:%4:%5:%6")
                                     .arg(m_name)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(color.isValid() ? color.name(QColor::HexArgb) : QStringLiteral("-"))
                                     .arg(m_badge.isValid() ? m_badge.name(QColor::HexArgb) : QStringLiteral("-"))
                                     .arg(static_cast<int>(mode));
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;

        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            QSvgRenderer renderer(QStringLiteral(":/icons/%1.svg").arg(m_name));
            // Square icons centred in a non-square request.
            const int side = std::min(pixels.width(), pixels.height());
            const QRect target((pixels.width() - side) / 2, (pixels.height() - side) / 2, side, side);
            renderer.render(&p, target);
            if (color.isValid()) {
                p.setCompositionMode(QPainter::CompositionMode_SourceIn);
                p.fillRect(image.rect(), color);
            } else if (mode == QIcon::Disabled) {
                p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
                p.fillRect(image.rect(), QColor(0, 0, 0, 110));
            }
            if (m_badge.isValid()) {
                p.setCompositionMode(QPainter::CompositionMode_SourceOver);
                const qreal r = side * 0.2;
                const QPointF c(target.right() - r, target.bottom() - r);
                p.setPen(QPen(Qt::white, std::max<qreal>(1.0, side * 0.05)));
                p.setBrush(m_badge);
                p.drawEllipse(c, r, r);
            }
        }
        QPixmap pm = QPixmap::fromImage(image);
        pm.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        switch (m_tint) {
        case Tint::None:
            return QColor();
        case Tint::Fixed:
            if (mode == QIcon::Disabled) {
                QColor c = QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
                return c;
            }
            return m_color;
        case Tint::Palette:
            break;
        }
        const QPalette p = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return p.color(QPalette::Disabled, QPalette::ButtonText);
        case QIcon::Selected:
            return p.color(QPalette::Active, QPalette::HighlightedText);
        default:
            return p.color(QPalette::Active, QPalette::ButtonText);
        }
    }

    QString m_name;
    Tint m_tint;
    QColor m_color;
    QColor m_badge;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    return QIcon(new SvgIconEngine(name, Tint::Palette, QColor()));
}

QIcon tintedIcon(const QString& name, const QColor& color)
{
    return QIcon(new SvgIconEngine(name, Tint::Fixed, color));
}

QIcon fullColorIcon(const QString& name)
{
    return QIcon(new SvgIconEngine(name, Tint::None, QColor()));
}

QIcon applicationIcon()
{
    return fullColorIcon(QStringLiteral("quantus-miner"));
}

QIcon applicationIconWithBadge(const QColor& badge)
{
    return QIcon(new SvgIconEngine(QStringLiteral("quantus-miner"), Tint::None, QColor(), badge));
}

} // namespace qm::gui

// The dashboard's icons, drawn from the SVGs in resources/icons at whatever
// size and scale a widget asks (sharp at 200 %). Monochrome icons take the
// palette's text colour when painted, so they follow light and dark themes.
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace qm::gui {

// ":/icons/<name>.svg" in the palette's text colour (disabled, selected and
// active states get their palette colours).
QIcon themedIcon(const QString& name);
// The same SVG in one fixed colour.
QIcon tintedIcon(const QString& name, const QColor& color);
// The SVG in its own colours (the application icon, the warning sign).
QIcon fullColorIcon(const QString& name);

QIcon applicationIcon();
// The application icon with a small coloured dot in the corner (the tray's
// icon while mining).
QIcon applicationIconWithBadge(const QColor& badge);

} // namespace qm::gui

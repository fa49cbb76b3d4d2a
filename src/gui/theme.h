// Colours and palettes. Widgets take their colours from the application
// palette (light or dark, the system's or the one chosen in the settings); the
// only fixed colours are the status and series colours below, mid-tone hues
// picked to read on light and dark backgrounds alike, with white text on top.
#pragma once

#include "service/job.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;

namespace qm::gui {

enum class ThemeChoice { System, Light, Dark };
QString themeChoiceKey(ThemeChoice choice);            // "system", "light", "dark"
ThemeChoice parseThemeChoice(const QString& key);        // unknown -> System

// Applies Fusion and the chosen palette to the running QApplication. System
// keeps the palette the platform gave at start-up.
void applyTheme(ThemeChoice choice);
// Whether the current application palette is dark (window darker than text).
bool isDarkPalette(const QPalette& palette);

QColor statusColor(JobStatus status);
QColor serviceRunningColor();
QColor serviceStoppedColor();
QColor serviceErrorColor();
// A form's one-line error: `text` in `label`, in the error colour, shown.
void showFormError(QLabel* label, const QString& text);
// A fixed colour per engine name, so a series keeps its colour across restarts.
QColor engineColor(const QString& engine);

} // namespace qm::gui

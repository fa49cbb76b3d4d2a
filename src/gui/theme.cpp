#include "gui/theme.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>

#include <memory>
#include <optional>

namespace qm::gui {

namespace {

// The palette and style the platform gave before any theme was applied, so
// "follow the system" can go back to it after Light or Dark.
struct SystemLook {
    QPalette palette;
    QString styleName;
};

std::optional<SystemLook>& systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette();
}

QPalette darkPalette()
{
    const QColor window(0x23, 0x26, 0x2d);
    const QColor base(0x1b, 0x1d, 0x23);
    const QColor alternate(0x26, 0x29, 0x31);
    const QColor button(0x2d, 0x31, 0x3a);
    const QColor text(0xe6, 0xe8, 0xec);
    const QColor disabledText(0x7c, 0x82, 0x8d);
    const QColor highlight(0x3d, 0x7e, 0xd8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, button.lighter(110));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb1, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x93, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button.lighter(130));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice parseThemeChoice(const QString& key)
{
    if (key == u"light")
        return ThemeChoice::Light;
    if (key == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void applyTheme(ThemeChoice choice)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return;
    if (!systemLook())
        systemLook() = SystemLook{QApplication::palette(), app->style()->name()};
    switch (choice) {
    case ThemeChoice::System:
        QApplication::setStyle(QStyleFactory::create(systemLook()->styleName));
        QApplication::setPalette(systemLook()->palette);
        break;
    case ThemeChoice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor statusColor(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return QColor(0x2f, 0x7c, 0xd6);
    case JobStatus::Completed:
        return QColor(0x23, 0x9a, 0x52);
    case JobStatus::Failed:
        return QColor(0xd1, 0x43, 0x3a);
    case JobStatus::Cancelled:
        return QColor(0x84, 0x8b, 0x96);
    }
    return QColor(0x84, 0x8b, 0x96);
}

QColor serviceRunningColor()
{
    return QColor(0x23, 0x9a, 0x52);
}

QColor serviceStoppedColor()
{
    return QColor(0x84, 0x8b, 0x96);
}

QColor serviceErrorColor()
{
    return QColor(0xd1, 0x43, 0x3a);
}

void showFormError(QLabel* label, const QString& text)
{
    label->setText(text);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, serviceErrorColor());
    label->setPalette(p);
    label->show();
}

QColor engineColor(const QString& engine)
{
    if (engine == u"cpu-fast")
        return QColor(0x2f, 0x8f, 0xe6);
    if (engine == u"cpu-baseline")
        return QColor(0xe8, 0x8a, 0x1e);
    if (engine == u"gpu-cuda")
        return QColor(0x2f, 0xb3, 0x6b);
    // Anything else: a stable hue from the name.
    return QColor::fromHsv(static_cast<int>(qHash(engine) % 360), 170, 210);
}

} // namespace qm::gui

#include "gui/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace qm::gui {

namespace {

// Quoting of the Exec key (Desktop Entry Specification): the argument in
// double quotes, with ", `, $ and \ escaped by a backslash.
QString quoteExecArgument(const QString& arg)
{
    QString out;
    out.reserve(arg.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : arg) {
        // A literal % is written %% (field codes such as %f start with one).
        if (c == u'%') {
            out += QStringLiteral("%%");
            continue;
        }
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
    // The key's value is itself a string with escapes: each backslash doubles.
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return out;
}

} // namespace

QString autostartFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/quantus-miner.desktop");
}

QString autostartEntry(const QString& executable)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Quantus Miner\n"
                          "Comment=Mine Quantus Network blocks on CPUs and GPUs and watch the hashrate\n"
                          "Exec=%1\n"
                          "Icon=quantus-miner\n"
                          "Terminal=false\n"
                          "Categories=Network;P2P;\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quoteExecArgument(executable));
}

bool setStartOnLogin(bool enabled, QString* error)
{
    const QString path = autostartFilePath();
    if (!enabled) {
        if (!QFileInfo::exists(path))
            return true;
        if (QFile::remove(path))
            return true;
        if (error)
            *error = QCoreApplication::translate("qm::gui::Autostart", "cannot remove %1").arg(path);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("qm::gui::Autostart", "cannot create %1")
                         .arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(autostartEntry(QCoreApplication::applicationFilePath()).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool isStartOnLoginEnabled()
{
    return QFileInfo::exists(autostartFilePath());
}

} // namespace qm::gui

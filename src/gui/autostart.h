// "Start on login" on Linux desktops: an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/quantus-miner.desktop (~/.config/autostart/...),
// written when enabled and removed when disabled.
#pragma once

#include <QString>

namespace qm::gui {

QString autostartFilePath();
// The entry's text, starting `executable`.
QString autostartEntry(const QString& executable);
// Writes or removes the entry for the running executable.
bool setStartOnLogin(bool enabled, QString* error = nullptr);
bool isStartOnLoginEnabled();

} // namespace qm::gui

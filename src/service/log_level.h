// Log verbosity levels shared by the configuration, the logger and the GUI's
// log console. Ordered: a level shows itself and everything above it.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace qm {

enum class LogLevel { Error = 0, Warn = 1, Info = 2, Debug = 3, Trace = 4 };

// "error", "warn", "info", "debug", "trace".
QString logLevelName(LogLevel level);
// Accepts the names above in any case, plus "warning" and "off" (= error).
std::optional<LogLevel> parseLogLevel(QStringView text);

} // namespace qm

Q_DECLARE_METATYPE(qm::LogLevel)

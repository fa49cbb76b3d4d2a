#include "service/logger.h"

#include <QFileInfo>
#include <QtGlobal>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qm {

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Error:
        return QStringLiteral("error");
    case LogLevel::Warn:
        return QStringLiteral("warn");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Trace:
        return QStringLiteral("trace");
    }
    return QStringLiteral("info");
}

std::optional<LogLevel> parseLogLevel(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"error" || t == u"off")
        return LogLevel::Error;
    if (t == u"warn" || t == u"warning")
        return LogLevel::Warn;
    if (t == u"info")
        return LogLevel::Info;
    if (t == u"debug")
        return LogLevel::Debug;
    if (t == u"trace")
        return LogLevel::Trace;
    return std::nullopt;
}

namespace {

// Set while this thread is inside Logger::write with the lock held: a
// message Qt raises from there (a failing write to the log file, say) must
// not re-enter the logger, which would wait on its own lock forever. Such
// messages go to stderr directly.
thread_local bool t_insideLogger = false;

const char* levelTag(LogLevel level)
{
    switch (level) {
    case LogLevel::Error:
        return "ERROR";
    case LogLevel::Warn:
        return "WARN ";
    case LogLevel::Info:
        return "INFO ";
    case LogLevel::Debug:
        return "DEBUG";
    case LogLevel::Trace:
        return "TRACE";
    }
    return "INFO ";
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogLevel level = LogLevel::Info;
    switch (type) {
    case QtDebugMsg:
        level = LogLevel::Debug;
        break;
    case QtInfoMsg:
        level = LogLevel::Info;
        break;
    case QtWarningMsg:
        level = LogLevel::Warn;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = LogLevel::Error;
        break;
    }
    // Qt's own categories ("qt.httpserver", ...) keep their name as a prefix.
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    const bool ours = category.isEmpty() || category == u"default";
    const QString text = ours ? message : category + QStringLiteral(": ") + message;
    if (t_insideLogger) {
        const QByteArray bytes = text.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
        return;
    }
    Logger::instance().write(level, text);
}

} // namespace

Logger& Logger::instance()
{
    static Logger logger;
    return logger;
}

Logger::Logger() = default;

void Logger::setLevel(LogLevel level)
{
    std::lock_guard lock(m_mutex);
    m_level = level;
}

LogLevel Logger::level() const
{
    std::lock_guard lock(m_mutex);
    return m_level;
}

bool Logger::isEnabled(LogLevel level) const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(level) <= static_cast<int>(m_level);
}

bool Logger::openFile(const QString& path, QString* error)
{
    // Opened without the lock: QFile may warn while it opens (append mode
    // seeks, which a character device refuses), and the warning comes back
    // here through the Qt message handler.
    auto file = std::make_unique<QFile>(path);
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    bool opened = false;
    if (::stat(native.constData(), &st) == 0 && S_ISFIFO(st.st_mode)) {
        // A FIFO: opening it for writing waits for a reader, which would hang
        // the start-up. Without a reader it is an error instead.
        const int fd = ::open(native.constData(), O_WRONLY | O_NONBLOCK | O_APPEND | O_CLOEXEC);
        if (fd < 0) {
            if (error)
                *error = errno == ENXIO
                             ? QStringLiteral("cannot open log file %1: it is a FIFO with no reader").arg(path)
                             : QStringLiteral("cannot open log file %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        opened = file->open(fd, QIODevice::WriteOnly | QIODevice::Text | QIODevice::Unbuffered,
                            QFileDevice::AutoCloseHandle);
        if (!opened)
            ::close(fd);
    } else {
        // A character device (/dev/null, a terminal) cannot seek: append
        // mode there only makes Qt warn.
        const bool device = ::stat(native.constData(), &st) == 0 && S_ISCHR(st.st_mode);
        opened = file->open(QIODevice::WriteOnly | (device ? QIODevice::NotOpen : QIODevice::Append) |
                            QIODevice::Text | QIODevice::Unbuffered);
    }
    if (!opened) {
        if (error)
            *error = QStringLiteral("cannot open log file %1: %2")
                         .arg(QFileInfo(path).absoluteFilePath(), file->errorString());
        return false;
    }
    std::unique_ptr<QFile> previous;
    {
        std::lock_guard lock(m_mutex);
        previous = std::move(m_file);
        m_file = std::move(file);
    }
    return true;
}

void Logger::closeFile()
{
    std::unique_ptr<QFile> previous;
    std::lock_guard lock(m_mutex);
    previous = std::move(m_file);
}

void Logger::installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

QString Logger::format(const LogLine& line)
{
    return line.timestamp.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + QLatin1String(levelTag(line.level)) +
           QLatin1Char(' ') + line.text;
}

void Logger::write(LogLevel level, const QString& text)
{
    LogLine line{level, QDateTime::currentDateTimeUtc(), text};
    {
        std::lock_guard lock(m_mutex);
        if (static_cast<int>(level) > static_cast<int>(m_level))
            return;
        const QByteArray bytes = (format(line) + QLatin1Char('\n')).toUtf8();
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
        std::fflush(stderr);
        if (m_file && m_file->isOpen()) {
            // A full disk or a FIFO nobody drains loses log lines, never
            // blocks the miner; whatever Qt says about it goes to stderr.
            t_insideLogger = true;
            m_file->write(bytes);
            t_insideLogger = false;
        }
        m_history.push_back(line);
        while (m_history.size() > static_cast<size_t>(historySize()))
            m_history.pop_front();
    }
    emit lineLogged(line.level, line.timestamp, line.text);
}

QList<LogLine> Logger::recentLines() const
{
    std::lock_guard lock(m_mutex);
    return QList<LogLine>(m_history.begin(), m_history.end());
}

void logError(const QString& text)
{
    Logger::instance().write(LogLevel::Error, text);
}
void logWarn(const QString& text)
{
    Logger::instance().write(LogLevel::Warn, text);
}
void logInfo(const QString& text)
{
    Logger::instance().write(LogLevel::Info, text);
}
void logDebug(const QString& text)
{
    Logger::instance().write(LogLevel::Debug, text);
}
void logTrace(const QString& text)
{
    if (Logger::instance().isEnabled(LogLevel::Trace))
        Logger::instance().write(LogLevel::Trace, text);
}

} // namespace qm

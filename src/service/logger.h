// The miner's log: timestamped, levelled lines to stderr and optionally a
// file, kept in a short history and offered as a signal for a log console.
// Qt's own messages (qWarning, ...) are routed here once
// installQtMessageHandler() is called.
#pragma once

#include "service/log_level.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <mutex>

namespace qm {

struct LogLine {
    LogLevel level = LogLevel::Info;
    QDateTime timestamp;   // UTC
    QString text;
};

class Logger : public QObject {
    Q_OBJECT
public:
    static Logger& instance();

    void setLevel(LogLevel level);
    LogLevel level() const;
    bool isEnabled(LogLevel level) const;

    // Appends to `path` as well as stderr. Returns false and sets *error when
    // the file cannot be opened. Never blocks: a FIFO without a reader is an
    // error, not a wait; warnings Qt raises while opening reach the log.
    bool openFile(const QString& path, QString* error = nullptr);
    void closeFile();

    // Routes qDebug/qInfo/qWarning/qCritical through this logger.
    void installQtMessageHandler();

    // Thread-safe. Lines below the current level are dropped.
    void write(LogLevel level, const QString& text);

    // The latest lines (at most historySize()), oldest first: what a log
    // console created after start-up shows first.
    QList<LogLine> recentLines() const;
    static constexpr int historySize() { return 1000; }

    // "2024-05-01T12:00:00.123Z INFO  text"
    static QString format(const LogLine& line);

signals:
    // Emitted on the thread that wrote the line; connect with the default
    // (auto) connection from a GUI object to receive it on the GUI thread.
    void lineLogged(qm::LogLevel level, const QDateTime& timestamp, const QString& text);

private:
    Logger();
    mutable std::mutex m_mutex;
    LogLevel m_level = LogLevel::Info;
    // Replaced whole under the lock: opening happens outside it (see openFile).
    std::unique_ptr<QFile> m_file;
    std::deque<LogLine> m_history;
};

void logError(const QString& text);
void logWarn(const QString& text);
void logInfo(const QString& text);
void logDebug(const QString& text);
void logTrace(const QString& text);

} // namespace qm

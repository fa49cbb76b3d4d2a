// The log console's model: the lines the Logger wrote (the same as stderr),
// the recent history first, then every new line. Lines arrive from any thread
// as queued signals; they are appended in batches a few times a second so a
// burst of logging costs the GUI thread one layout pass, not one per line.
// Bounded: beyond maxLines() the oldest lines go.
#pragma once

#include "service/logger.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <deque>

namespace qm::gui {

class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColumnTime, ColumnLevel, ColumnMessage, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1,  // int(LogLevel)
        LineRole,                      // the line as stderr shows it (Logger::format)
    };

    explicit LogModel(QObject* parent = nullptr);

    // Shows logger.recentLines() and follows lineLogged. Once only.
    void attach(Logger& logger);

    // Queues a line; it appears at the next flush (or at once with flush()).
    void append(const LogLine& line);
    void flush();
    void clear();

    void setMaxLines(int lines);
    int maxLines() const { return m_maxLines; }
    void setFlushIntervalMs(int ms);

    LogLine lineAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelText(LogLevel level);
    void retranslate();

private:
    void trim();

    std::deque<LogLine> m_lines;
    QList<LogLine> m_pending;
    int m_maxLines = 5000;
    QTimer m_flushTimer;
    bool m_attached = false;
};

} // namespace qm::gui

#include "gui/models/log_model.h"

#include "gui/theme.h"

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>

#include <algorithm>

namespace qm::gui {

LogModel::LogModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(150);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::attach(Logger& logger)
{
    if (m_attached)
        return;
    m_attached = true;
    // Connect before reading the history: a line written in between shows up
    // twice at worst, never goes missing.
    connect(&logger, &Logger::lineLogged, this,
            [this](qm::LogLevel level, const QDateTime& timestamp, const QString& text) {
                append(LogLine{level, timestamp, text});
            });
    const QList<LogLine> history = logger.recentLines();
    for (const LogLine& line : history)
        m_pending.append(line);
    flush();
}

void LogModel::append(const LogLine& line)
{
    m_pending.append(line);
    // Bounded even if the GUI thread falls behind a flood of lines.
    if (m_pending.size() > m_maxLines)
        m_pending.erase(m_pending.begin(), m_pending.begin() + (m_pending.size() - m_maxLines));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = static_cast<int>(m_lines.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(m_pending.size()) - 1);
    for (const LogLine& line : std::as_const(m_pending))
        m_lines.push_back(line);
    endInsertRows();
    m_pending.clear();
    trim();
}

void LogModel::trim()
{
    const int excess = static_cast<int>(m_lines.size()) - m_maxLines;
    if (excess <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, excess - 1);
    m_lines.erase(m_lines.begin(), m_lines.begin() + excess);
    endRemoveRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    endResetModel();
}

void LogModel::setMaxLines(int lines)
{
    m_maxLines = std::max(1, lines);
    trim();
}

void LogModel::setFlushIntervalMs(int ms)
{
    m_flushTimer.setInterval(std::max(0, ms));
}

LogLine LogModel::lineAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_lines.size()))
        return {};
    return m_lines[static_cast<size_t>(row)];
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Error:
        return tr("Error");
    case LogLevel::Warn:
        return tr("Warning");
    case LogLevel::Info:
        return tr("Info");
    case LogLevel::Debug:
        return tr("Debug");
    case LogLevel::Trace:
        return tr("Trace");
    }
    return QString();
}

void LogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.empty())
        emit dataChanged(index(0, ColumnLevel), index(static_cast<int>(m_lines.size()) - 1, ColumnLevel));
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_lines.size()))
        return {};
    const LogLine& line = m_lines[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnTime:
            return QLocale().toString(line.timestamp.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
        case ColumnLevel:
            return levelText(line.level);
        case ColumnMessage:
            return line.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ColumnMessage && line.text.size() > 80)
            return line.text;
        if (index.column() == ColumnTime)
            return line.timestamp.toString(Qt::ISODateWithMs);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ColumnLevel) {
            switch (line.level) {
            case LogLevel::Error:
                return serviceErrorColor();
            case LogLevel::Warn:
                return QColor(0xd4, 0x8a, 0x12);
            default:
                break;
            }
        }
        break;
    case Qt::FontRole:
        if (index.column() == ColumnLevel && line.level <= LogLevel::Warn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case LevelRole:
        return static_cast<int>(line.level);
    case LineRole:
        return Logger::format(line);
    default:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnTime:
        return tr("Time");
    case ColumnLevel:
        return tr("Level");
    case ColumnMessage:
        return tr("Message");
    }
    return {};
}

} // namespace qm::gui

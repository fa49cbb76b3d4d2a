#include "gui/models/log_filter_model.h"

#include "gui/models/log_model.h"

namespace qm::gui {

LogFilterModel::LogFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void LogFilterModel::setMaximumLevel(LogLevel level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

void LogFilterModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, LogModel::ColumnMessage, sourceParent);
    if (idx.data(LogModel::LevelRole).toInt() > static_cast<int>(m_level))
        return false;
    if (m_search.isEmpty())
        return true;
    return idx.data(LogModel::LineRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace qm::gui

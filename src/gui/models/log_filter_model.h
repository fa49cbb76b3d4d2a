// What the log console shows of the log: lines at or above a level (Error is
// the highest) that contain the search text, case-insensitively.
#pragma once

#include "service/log_level.h"

#include <QSortFilterProxyModel>

namespace qm::gui {

class LogFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LogFilterModel(QObject* parent = nullptr);

    // Lines more verbose than `level` are hidden.
    void setMaximumLevel(LogLevel level);
    LogLevel maximumLevel() const { return m_level; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    LogLevel m_level = LogLevel::Trace;
    QString m_search;
};

} // namespace qm::gui

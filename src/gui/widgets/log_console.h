// The log console tab: the service's log lines (the same as stderr) with a
// level filter, search, copy, save to file and clear. Follows the newest line
// while scrolled to the bottom.
#pragma once

#include "service/log_level.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LogConsole;
}

namespace qm {
class Logger;
}

namespace qm::gui {

class LogFilterModel;
class LogModel;

class LogConsole : public QWidget {
    Q_OBJECT
public:
    explicit LogConsole(QWidget* parent = nullptr);
    ~LogConsole() override;

    // Shows the logger's history and follows it.
    void attach(Logger& logger);
    // Shows another model's lines instead (the Node tab: the node's own
    // log); the console's own model goes.
    void setModel(LogModel* model);

    LogModel* model() const { return m_model; }
    LogFilterModel* filter() const { return m_filter; }

    void setMaximumLevel(LogLevel level);
    void setSearchText(const QString& text);
    // The shown lines (or the selected ones), as stderr writes them.
    QString shownText(bool selectionOnly) const;
    bool saveTo(const QString& path, QString* error = nullptr) const;

public slots:
    void copyToClipboard();
    void saveWithDialog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLevelCombo();
    void updateCount();
    void applyIcons();

    std::unique_ptr<Ui::LogConsole> ui;
    LogModel* m_model;
    LogFilterModel* m_filter;
    bool m_followTail = true;
};

} // namespace qm::gui

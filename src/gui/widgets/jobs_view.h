// The jobs table view: a QTableView that says what to expect while it is
// empty (where the node should send jobs) instead of showing a blank grid.
#pragma once

#include <QTableView>

namespace qm::gui {

class JobsView : public QTableView {
    Q_OBJECT
public:
    using QTableView::QTableView;
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholder;
};

} // namespace qm::gui

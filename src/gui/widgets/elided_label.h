// A one-line label that elides its text at the right edge instead of asking
// for more width, with the whole text as tooltip (the status strip).
#pragma once

#include <QLabel>

namespace qm::gui {

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    void setFullText(const QString& text);
    QString fullText() const { return m_text; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();
    QString m_text;
};

} // namespace qm::gui

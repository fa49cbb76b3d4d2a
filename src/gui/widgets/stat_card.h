// One figure on the dashboard's top row: a small title, the value in large
// type and a caption under it, on a rounded card in the palette's base colour
// with an accent bar on the left.
#pragma once

#include <QColor>
#include <QWidget>

class QLabel;

namespace qm::gui {

class StatCard : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)
    Q_PROPERTY(QString value READ value WRITE setValue)
    Q_PROPERTY(QString caption READ caption WRITE setCaption)
public:
    explicit StatCard(QWidget* parent = nullptr);

    QString title() const;
    QString value() const;
    QString caption() const;
    void setTitle(const QString& title);
    void setValue(const QString& value);
    void setCaption(const QString& caption);
    // The accent bar; invalid: the palette's highlight colour.
    void setAccent(const QColor& color);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_caption;
    QColor m_accent;
};

} // namespace qm::gui

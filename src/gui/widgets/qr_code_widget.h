// Shows a text as a QR code (gui/qr_code.h), for a phone to scan off the
// screen: dark modules on white with the standard's 4-module quiet zone,
// whatever the theme (scanners expect dark on light), each module a whole
// number of device pixels so edges stay sharp, centred in the widget.
#pragma once

#include "gui/qr_code.h"

#include <QImage>
#include <QString>
#include <QWidget>

#include <optional>

namespace qm::gui {

class QrCodeWidget : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText)
public:
    // Light modules around the symbol on every side ("Quiet zone").
    static constexpr int kQuietZone = 4;

    explicit QrCodeWidget(QWidget* parent = nullptr);

    // The text, as UTF-8. Empty: the widget draws nothing. Too long for any
    // QR code, or libqrencode failing (out of memory): nothing either, and
    // the accessible description says which.
    void setText(const QString& text);
    QString text() const { return m_text; }
    // The symbol shown; nullopt when nothing is shown.
    const std::optional<QrCode>& code() const { return m_code; }

    // The symbol with its quiet zone, `moduleSize` pixels a module, black on
    // white, for saving or copying; a null image when nothing is shown.
    QImage toImage(int moduleSize) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    std::optional<QrCode> m_code;
};

} // namespace qm::gui

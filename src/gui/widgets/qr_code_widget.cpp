#include "gui/widgets/qr_code_widget.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace qm::gui {

namespace {

// Fills the dark modules of `code`, quiet zone included, as squares of
// `moduleSize` from `origin`, on a white square.
void paintCode(QPainter& painter, const QrCode& code, QPoint origin, int moduleSize)
{
    const int side = (code.size() + 2 * QrCodeWidget::kQuietZone) * moduleSize;
    painter.fillRect(QRect(origin, QSize(side, side)), Qt::white);
    const QPoint first = origin + QPoint(QrCodeWidget::kQuietZone, QrCodeWidget::kQuietZone) * moduleSize;
    for (int y = 0; y < code.size(); ++y) {
        // One rectangle for each horizontal run of dark modules.
        int x = 0;
        while (x < code.size()) {
            if (!code.module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.module(x, y))
                ++x;
            painter.fillRect(QRect(first + QPoint(start, y) * moduleSize, QSize(x - start, 1) * moduleSize), Qt::black);
        }
    }
}

} // namespace

QrCodeWidget::QrCodeWidget(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setText(QString());
}

void QrCodeWidget::setText(const QString& text)
{
    // Views refresh it with every status change; the same text is the same code.
    if (!text.isEmpty() && text == m_text && m_code)
        return;
    m_text = text;
    m_code.reset();
    QrCode::Error error = QrCode::Error::None;
    if (!text.isEmpty())
        m_code = QrCode::encode(text.toUtf8(), QrCode::Ecc::Medium, &error);

    if (text.isEmpty()) {
        setAccessibleName(tr("QR code"));
        setAccessibleDescription(tr("Empty: no text to show"));
    } else if (m_code) {
        setAccessibleName(tr("QR code of %1").arg(text));
        setAccessibleDescription(tr("QR code of %1").arg(text));
    } else if (error == QrCode::Error::TooLong) {
        setAccessibleName(tr("QR code of %1").arg(text));
        setAccessibleDescription(tr("Not shown: the text is too long for a QR code (%1 bytes)")
                                     .arg(text.toUtf8().size()));
    } else {
        setAccessibleName(tr("QR code of %1").arg(text));
        setAccessibleDescription(tr("Not shown: the QR code could not be made"));
    }
    updateGeometry();
    update();
}

QImage QrCodeWidget::toImage(int moduleSize) const
{
    if (!m_code || moduleSize < 1)
        return QImage();
    const int side = (m_code->size() + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintCode(painter, *m_code, QPoint(0, 0), moduleSize);
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    return QSize(200, 200);
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // Two pixels a module: the least a phone camera reliably resolves.
    const int modules = m_code ? m_code->size() + 2 * kQuietZone : 0;
    return QSize(2 * modules, 2 * modules);
}

void QrCodeWidget::paintEvent(QPaintEvent* /*event*/)
{
    if (!m_code)
        return;
    // Work in device pixels so a module is whole pixels on the screen too
    // at fractional scale factors (150 %); rectangles need no antialiasing.
    const qreal ratio = devicePixelRatioF();
    const int deviceWidth = int(std::floor(width() * ratio));
    const int deviceHeight = int(std::floor(height() * ratio));
    const int modules = m_code->size() + 2 * kQuietZone;
    const int moduleSize = std::max(1, std::min(deviceWidth, deviceHeight) / modules);
    const int side = modules * moduleSize;

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.scale(1 / ratio, 1 / ratio);
    paintCode(painter, *m_code, QPoint((deviceWidth - side) / 2, (deviceHeight - side) / 2), moduleSize);
}

} // namespace qm::gui

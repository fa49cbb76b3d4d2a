// The Rewards tab's QR code: the module matrix against libqrencode's own
// symbol for the same text and settings, called here directly; the version
// and level choice; the refusals; the widget's rendering sampled module by
// module; and a real decoder (zbarimg) reading back what it draws.
#include "gui/qr_code.h"
#include "gui/widgets/qr_code_widget.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <memory>

using qm::gui::QrCode;
using qm::gui::QrCodeWidget;
using Ecc = QrCode::Ecc;

Q_DECLARE_METATYPE(QrCode::Ecc)
Q_DECLARE_METATYPE(QrCode::Error)

namespace {

// A rewards address: "qz" and 47 base58 characters.
const QByteArray kAddress = "qz5GrnNwGt8ZxE1Pfn7oDKcUEMo6N4AxUJmHsUtYW3bBq8dJr";

struct SymbolFree {
    void operator()(QRcode* symbol) const { QRcode_free(symbol); }
};
using Symbol = std::unique_ptr<QRcode, SymbolFree>;

QRecLevel levelOf(Ecc ecc)
{
    switch (ecc) {
    case Ecc::Low: return QR_ECLEVEL_L;
    case Ecc::Medium: return QR_ECLEVEL_M;
    case Ecc::Quartile: return QR_ECLEVEL_Q;
    case Ecc::High: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

// libqrencode's symbol for `text` with the settings gui/qr_code.h states:
// case sensitive, bytes as bytes (QR_MODE_8), `version` or larger (0: the
// smallest), and data holding a NUL as one byte segment. `errorNumber`: errno
// when it made none.
Symbol reference(const QByteArray& text, int version, Ecc ecc, int* errorNumber = nullptr)
{
    errno = 0;
    Symbol symbol(text.contains('\0')
        ? QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), version, levelOf(ecc))
        : QRcode_encodeString(text.constData(), version, levelOf(ecc), QR_MODE_8, 1));
    if (errorNumber)
        *errorNumber = errno;
    return symbol;
}

bool referenceDark(const QRcode& symbol, int x, int y)
{
    return (symbol.data[size_t(y) * size_t(symbol.width) + size_t(x)] & 1u) != 0;
}

// Empty when `code` has exactly the modules of `symbol`; else the first
// difference.
QString moduleDifference(const QrCode& code, const QRcode& symbol)
{
    if (code.size() != symbol.width)
        return QStringLiteral("size %1, libqrencode's %2").arg(code.size()).arg(symbol.width);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.module(x, y) != referenceDark(symbol, x, y))
                return QStringLiteral("module %1,%2 differs").arg(x).arg(y);
        }
    }
    return QString();
}

// `length` lowercase letters: byte mode throughout (none of them is
// alphanumeric or a digit), so Table 7's byte capacities apply exactly.
QByteArray lowercase(int length)
{
    QByteArray text;
    for (int i = 0; i < length; ++i)
        text += char('a' + (i * 7 + i / 26) % 26);
    return text;
}

QByteArray digits(int length)
{
    QByteArray text;
    for (int i = 0; i < length; ++i)
        text += char('0' + (i * 3 + i / 10) % 10);
    return text;
}

// zbarimg's reading of a PNG: the decoded text, or an error line.
QByteArray decodeWithZbar(const QString& zbarimg, const QImage& image, const QString& dir)
{
    const QString path = dir + QStringLiteral("/code.png");
    if (!image.save(path, "PNG"))
        return QByteArrayLiteral("<could not save the PNG>");
    QProcess process;
    process.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), path});
    if (!process.waitForFinished(120000))
        return QByteArrayLiteral("<zbarimg did not finish>");
    QByteArray out = process.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    if (process.exitCode() != 0)
        return "<zbarimg exit " + QByteArray::number(process.exitCode()) + "> " + process.readAllStandardError();
    return out;
}

} // namespace

class QrCodeTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    // The same modules as libqrencode's symbol at the version and level the
    // code names, and the version and level the standard's capacities give
    // (Table 7; 0: not checked).
    void matchesLibqrencode_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Ecc>("minEcc");
        QTest::addColumn<int>("version");
        QTest::addColumn<Ecc>("ecc");
        // 49 bytes: 4-M holds 62, 4-Q 46. Upper-casing it would make it
        // alphanumeric and fit 3-M: the case must be kept.
        QTest::newRow("address") << kAddress << Ecc::Medium << 4 << Ecc::Medium;
        // At least H: 5-H holds 44 bytes, 6-H 58.
        QTest::newRow("address-H") << kAddress << Ecc::High << 6 << Ecc::High;
        // Spare room goes to a stronger level: 10 bytes fit 1-Q (11), not 1-H (7).
        QTest::newRow("10 bytes") << QByteArray(10, 'a') << Ecc::Medium << 1 << Ecc::Quartile;
        // Alphanumeric and numeric text packs tighter: 20 characters fill 1-M
        // (14 as bytes), and so do 34 digits.
        QTest::newRow("alphanumeric") << QByteArray("HELLO WORLD 01234567") << Ecc::Medium << 1 << Ecc::Medium;
        QTest::newRow("numeric") << digits(34) << Ecc::Medium << 1 << Ecc::Medium;
        // 27 bytes of UTF-8: 3-Q holds 32, 3-H 24.
        QTest::newRow("utf-8") << QStringLiteral(u"Grüße aus Zürich, 世界").toUtf8() << Ecc::Medium << 3 << Ecc::Quartile;
        // A NUL goes in too (10 bytes: 1-Q holds 11).
        QTest::newRow("nul byte") << QByteArray("qz\0rewards", 10) << Ecc::Medium << 1 << Ecc::Quartile;
        // Near capacity: version 40 holds 2331 bytes at M, 1273 at H and
        // 7089 digits at L.
        QTest::newRow("2331 bytes") << lowercase(2331) << Ecc::Medium << 40 << Ecc::Medium;
        QTest::newRow("1273 bytes-H") << lowercase(1273) << Ecc::High << 40 << Ecc::High;
        QTest::newRow("7089 digits-L") << digits(7089) << Ecc::Low << 40 << Ecc::Low;
    }
    void matchesLibqrencode()
    {
        QFETCH(QByteArray, text);
        QFETCH(Ecc, minEcc);
        QFETCH(int, version);
        QFETCH(Ecc, ecc);

        QrCode::Error error = QrCode::Error::TooLong;
        const auto code = QrCode::encode(text, minEcc, &error);
        QVERIFY(code);
        QCOMPARE(error, QrCode::Error::None);
        QCOMPARE(code->version(), version);
        QCOMPARE(code->ecc(), ecc);
        QCOMPARE(code->size(), 4 * code->version() + 17);

        const Symbol symbol = reference(text, code->version(), code->ecc());
        QVERIFY(symbol);
        QCOMPARE(symbol->version, code->version());
        const QString difference = moduleDifference(*code, *symbol);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // The choice, by libqrencode's own answers: the smallest version at
        // the asked level, and no stronger level than the chosen one fits it.
        const Symbol smallest = reference(text, 0, minEcc);
        QVERIFY(smallest);
        QCOMPARE(smallest->version, code->version());
        for (Ecc stronger : {Ecc::Medium, Ecc::Quartile, Ecc::High}) {
            if (stronger <= code->ecc())
                continue;
            const Symbol larger = reference(text, code->version(), stronger);
            QVERIFY(!larger || larger->version > code->version());
        }
    }

    // No symbol, and the reason, where libqrencode makes none either.
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Ecc>("minEcc");
        QTest::addColumn<QrCode::Error>("expected");
        QTest::addColumn<int>("errorNumber");  // libqrencode's errno for the same text
        QTest::newRow("empty") << QByteArray() << Ecc::Medium << QrCode::Error::Empty << EINVAL;
        QTest::newRow("2332 bytes") << lowercase(2332) << Ecc::Medium << QrCode::Error::TooLong << ERANGE;
        QTest::newRow("1274 bytes-H") << lowercase(1274) << Ecc::High << QrCode::Error::TooLong << ERANGE;
        QTest::newRow("2954 bytes-L") << lowercase(2954) << Ecc::Low << QrCode::Error::TooLong << ERANGE;
        QTest::newRow("7090 digits-L") << digits(7090) << Ecc::Low << QrCode::Error::TooLong << ERANGE;
        QTest::newRow("1 MiB") << QByteArray(1 << 20, 'a') << Ecc::Low << QrCode::Error::TooLong << ERANGE;
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(Ecc, minEcc);
        QFETCH(QrCode::Error, expected);
        QFETCH(int, errorNumber);

        QrCode::Error error = QrCode::Error::None;
        QVERIFY(!QrCode::encode(text, minEcc, &error));
        QCOMPARE(error, expected);
        QVERIFY(!QrCode::encode(text, minEcc));  // no error pointer: no crash

        int referenceError = 0;
        QVERIFY(!reference(text, 0, minEcc, &referenceError));
        QCOMPARE(referenceError, errorNumber);
    }

    // A real decoder reads back exactly the text, from the widget's image and
    // from the symbol at a level asked for here.
    void zbarRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Ecc>("ecc");
        QByteArray long300;
        const QByteArray alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789 -_.:/?=&";
        for (int i = 0; i < 300; ++i)
            long300 += alphabet[(i * 7 + i / 3) % alphabet.size()];
        QTest::newRow("address") << kAddress << Ecc::Medium;
        QTest::newRow("address-H") << kAddress << Ecc::High;
        QTest::newRow("300 bytes") << long300 << Ecc::Medium;
        QTest::newRow("alphanumeric") << QByteArray("QZ 12345 $%*+-./:") << Ecc::Quartile;
        QTest::newRow("numeric") << QByteArray("31415926535897932384626433832795028841971") << Ecc::Low;
    }
    void zbarRoundTrip()
    {
        QFETCH(QByteArray, text);
        QFETCH(Ecc, ecc);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg is missing (Debian package zbar-tools): no decoder to read the code back");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const auto code = QrCode::encode(text, ecc);
        QVERIFY(code);
        QrCodeWidget widget;
        widget.setText(QString::fromUtf8(text));
        if (ecc == Ecc::Medium) {
            const QImage image = widget.toImage(4);
            QVERIFY(!image.isNull());
            QCOMPARE(decodeWithZbar(zbarimg, image, dir.path()), text);
        }
        // The symbol at the asked level, drawn here.
        QImage image((code->size() + 8) * 4, (code->size() + 8) * 4, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int y = 0; y < code->size(); ++y) {
            for (int x = 0; x < code->size(); ++x) {
                if (code->module(x, y)) {
                    for (int d = 0; d < 16; ++d)
                        image.setPixel((x + 4) * 4 + d % 4, (y + 4) * 4 + d / 4, qRgb(0, 0, 0));
                }
            }
        }
        QCOMPARE(decodeWithZbar(zbarimg, image, dir.path()), text);
    }

    // The widget: white quiet zone, whole-pixel modules, centred, dark
    // exactly where libqrencode's matrix is; the theme does not reach it.
    void widgetRendering()
    {
        QrCodeWidget widget;
        // A dark theme's palette must not reach the code.
        QPalette dark = widget.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        widget.setPalette(dark);
        widget.setAutoFillBackground(true);
        widget.setText(QString::fromLatin1(kAddress));
        widget.resize(300, 260);
        QVERIFY(widget.code());
        const Symbol symbol = reference(kAddress, 4, Ecc::Medium);
        QVERIFY(symbol);
        QCOMPARE(symbol->width, 33);
        const int n = symbol->width;

        const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), QSize(300, 260));
        const auto isBlack = [&](int x, int y) { return image.pixel(x, y) == qRgb(0, 0, 0); };
        const auto isWhite = [&](int x, int y) { return image.pixel(x, y) == qRgb(255, 255, 255); };

        // The symbol's extent: the bounding box of the black pixels.
        int left = image.width(), top = image.height(), right = -1, bottom = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (isBlack(x, y)) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
            }
        }
        const int width = right - left + 1;
        QCOMPARE(bottom - top + 1, width);
        QCOMPARE(width % n, 0);
        const int module = width / n;
        QCOMPARE(module, 260 / (33 + 8));  // the largest whole size that fits
        // Centred: equal margins (within a pixel) around symbol + quiet zone.
        const int quiet = QrCodeWidget::kQuietZone * module;
        QCOMPARE(QrCodeWidget::kQuietZone, 4);
        QVERIFY(std::abs((left - quiet) - (image.width() - 1 - right - quiet)) <= 1);
        QVERIFY(std::abs((top - quiet) - (image.height() - 1 - bottom - quiet)) <= 1);
        QVERIFY(left - quiet >= 0 && top - quiet >= 0);

        // The quiet zone is white all round ...
        for (int y = top - quiet; y <= bottom + quiet; ++y) {
            for (int x = left - quiet; x <= right + quiet; ++x) {
                const bool inSymbol = x >= left && x <= right && y >= top && y <= bottom;
                if (!inSymbol && !isWhite(x, y))
                    QFAIL(qPrintable(QStringLiteral("quiet zone pixel %1,%2 is not white").arg(x).arg(y)));
            }
        }
        // ... outside it the theme's background shows ...
        QCOMPARE(image.pixel(0, 0), QColor(0x20, 0x22, 0x25).rgb());
        // ... and every module is a uniform square, black where libqrencode's
        // matrix is dark.
        for (int my = 0; my < n; ++my) {
            for (int mx = 0; mx < n; ++mx) {
                for (int py = 0; py < module; ++py) {
                    for (int px = 0; px < module; ++px) {
                        const int x = left + mx * module + px;
                        const int y = top + my * module + py;
                        if (referenceDark(*symbol, mx, my) ? !isBlack(x, y) : !isWhite(x, y))
                            QFAIL(qPrintable(QStringLiteral("module %1,%2 pixel %3,%4").arg(mx).arg(my).arg(x).arg(y)));
                    }
                }
            }
        }

        // toImage: the same modules, quiet zone included, exact size.
        const QImage saved = widget.toImage(3).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(saved.size(), QSize((n + 8) * 3, (n + 8) * 3));
        for (int y = 0; y < saved.height(); ++y) {
            for (int x = 0; x < saved.width(); ++x) {
                const int mx = x / 3 - 4;
                const int my = y / 3 - 4;
                const bool inSymbol = mx >= 0 && my >= 0 && mx < n && my < n;
                const QRgb expected = inSymbol && referenceDark(*symbol, mx, my) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
                if (saved.pixel(x, y) != expected)
                    QFAIL(qPrintable(QStringLiteral("saved image pixel %1,%2").arg(x).arg(y)));
            }
        }
        QVERIFY(widget.toImage(0).isNull());
    }

    void widgetEmptyAndAccessible()
    {
        QrCodeWidget widget;
        widget.resize(220, 220);
        QCOMPARE(widget.sizeHint(), QSize(200, 200));
        QVERIFY(widget.hasHeightForWidth());
        QCOMPARE(widget.heightForWidth(180), 180);
        QVERIFY(widget.sizePolicy().hasHeightForWidth());

        widget.setText(QString::fromLatin1(kAddress));
        QCOMPARE(widget.text(), QString::fromLatin1(kAddress));
        QCOMPARE(widget.accessibleName(), QStringLiteral("QR code of ") + QString::fromLatin1(kAddress));
        QVERIFY(widget.accessibleDescription().contains(QString::fromLatin1(kAddress)));
        QVERIFY(widget.minimumSizeHint().width() >= 2 * (33 + 8));

        // Empty text: no code, nothing drawn (the grab is one flat colour).
        widget.setText(QString());
        QVERIFY(!widget.code());
        QVERIFY(widget.toImage(4).isNull());
        QCOMPARE(widget.minimumSizeHint(), QSize(0, 0));
        const QImage empty = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb background = empty.pixel(0, 0);
        for (int y = 0; y < empty.height(); ++y) {
            for (int x = 0; x < empty.width(); ++x) {
                if (empty.pixel(x, y) != background)
                    QFAIL("an empty QR code widget drew something");
            }
        }

        // Too long for any QR code: nothing shown, and the description says why.
        widget.setText(QString(3000, QLatin1Char('a')));
        QVERIFY(!widget.code());
        QVERIFY(widget.toImage(4).isNull());
        QVERIFY(widget.accessibleDescription().contains(QStringLiteral("too long")));
        QVERIFY(widget.accessibleDescription().contains(QStringLiteral("3000 bytes")));
        const QImage tooLong = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < tooLong.height(); ++y) {
            for (int x = 0; x < tooLong.width(); ++x) {
                if (tooLong.pixel(x, y) != background)
                    QFAIL("a QR code widget with too long a text drew something");
            }
        }

        // Back to the address: shown again.
        widget.setText(QString::fromLatin1(kAddress));
        QVERIFY(widget.code());
        QCOMPARE(widget.code()->size(), 33);
    }
};

QTEST_MAIN(QrCodeTest)
#include "tst_qr_code.moc"

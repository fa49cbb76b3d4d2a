// The QR code encoder against the standard's (ISO/IEC 18004) known answers:
// format and version information, function patterns, capacities and version
// choice, the Reed-Solomon worked example; a real decoder (zbarimg) reading
// what it draws; and the widget's rendering.
#include "gui/qr_code.h"
#include "gui/widgets/qr_code_widget.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using qm::gui::QrCode;
using qm::gui::QrCodeWidget;
using Ecc = QrCode::Ecc;
using Mode = QrCode::Mode;
namespace qr = qm::gui::qr_internal;

Q_DECLARE_METATYPE(QrCode::Ecc)

namespace {

// A rewards address: "qz" and 47 base58 characters.
const QByteArray kAddress = "qz5GrnNwGt8ZxE1Pfn7oDKcUEMo6N4AxUJmHsUtYW3bBq8dJr";

std::vector<std::uint8_t> bytes(std::initializer_list<int> values)
{
    std::vector<std::uint8_t> out;
    for (int v : values)
        out.push_back(std::uint8_t(v));
    return out;
}

QString bitString(int value, int bits)
{
    return QString::number(value, 2).rightJustified(bits, QLatin1Char('0'));
}

// The 15 format bits as read from the symbol, most significant first, from
// the copy around the top left finder (Figure 25) ...
QString formatAroundTopLeft(const QrCode& code)
{
    QString bits;
    for (int x : {0, 1, 2, 3, 4, 5, 7, 8})  // bits 14 .. 7 along row 8
        bits += code.module(x, 8) ? QLatin1Char('1') : QLatin1Char('0');
    for (int y : {7, 5, 4, 3, 2, 1, 0})  // bits 6 .. 0 up column 8
        bits += code.module(8, y) ? QLatin1Char('1') : QLatin1Char('0');
    return bits;
}

// ... and from the copy split between the lower left and top right finders.
QString formatSplitCopy(const QrCode& code)
{
    const int n = code.size();
    QString bits;
    for (int y = n - 1; y >= n - 7; --y)  // bits 14 .. 8 up column 8
        bits += code.module(8, y) ? QLatin1Char('1') : QLatin1Char('0');
    for (int x = n - 8; x < n; ++x)  // bits 7 .. 0 along row 8
        bits += code.module(x, 8) ? QLatin1Char('1') : QLatin1Char('0');
    return bits;
}

bool finderAt(const QrCode& code, int left, int top)
{
    for (int dy = -1; dy <= 7; ++dy) {
        for (int dx = -1; dx <= 7; ++dx) {
            const int x = left + dx;
            const int y = top + dy;
            if (x < 0 || y < 0 || x >= code.size() || y >= code.size())
                continue;
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
            const bool expected = ring <= 1 || ring == 3;  // ring 2 and the separator (4) light
            if (code.module(x, y) != expected)
                return false;
        }
    }
    return true;
}

bool alignmentAt(const QrCode& code, int cx, int cy)
{
    for (int dy = -2; dy <= 2; ++dy) {
        for (int dx = -2; dx <= 2; ++dx) {
            if (code.module(cx + dx, cy + dy) != (std::max(std::abs(dx), std::abs(dy)) != 1))
                return false;
        }
    }
    return true;
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

    // (a) "Format information": the standard's table of the 32 masked
    // 15-bit sequences (Annex C), both copies read back from the symbol.
    void formatInformation_data()
    {
        QTest::addColumn<Ecc>("ecc");
        QTest::addColumn<int>("mask");
        QTest::addColumn<QString>("expected");
        QTest::newRow("L0") << Ecc::Low << 0 << QStringLiteral("111011111000100");
        QTest::newRow("L5") << Ecc::Low << 5 << QStringLiteral("110001100011000");
        QTest::newRow("M0") << Ecc::Medium << 0 << QStringLiteral("101010000010010");
        QTest::newRow("M2") << Ecc::Medium << 2 << QStringLiteral("101111001111100");
        QTest::newRow("M7") << Ecc::Medium << 7 << QStringLiteral("100101010100000");
        QTest::newRow("Q3") << Ecc::Quartile << 3 << QStringLiteral("011101000000110");
        QTest::newRow("Q6") << Ecc::Quartile << 6 << QStringLiteral("010111011011010");
        QTest::newRow("H1") << Ecc::High << 1 << QStringLiteral("001001110111110");
        QTest::newRow("H4") << Ecc::High << 4 << QStringLiteral("000011101100010");
    }
    void formatInformation()
    {
        QFETCH(Ecc, ecc);
        QFETCH(int, mask);
        QFETCH(QString, expected);
        QCOMPARE(bitString(qr::formatBits(ecc, mask), 15), expected);
        for (int version : {1, 7, 25}) {
            const auto code = QrCode::encodeWith(kAddress.left(7), ecc, version, mask);
            QVERIFY(code);
            QCOMPARE(code->mask(), mask);
            QCOMPARE(code->ecc(), ecc);
            QCOMPARE(formatAroundTopLeft(*code), expected);
            QCOMPARE(formatSplitCopy(*code), expected);
        }
    }

    // The mask the penalty rules pick is the one the format information names.
    void chosenMaskIsRecorded()
    {
        for (const QByteArray& text : {kAddress, QByteArray("HELLO WORLD"), QByteArray(200, 'x')}) {
            const auto code = QrCode::encode(text);
            QVERIFY(code);
            QVERIFY(code->mask() >= 0 && code->mask() <= 7);
            QCOMPARE(formatAroundTopLeft(*code), bitString(qr::formatBits(code->ecc(), code->mask()), 15));
        }
    }

    // "Version information" (Annex D): versions 7 and up, both blocks.
    void versionInformation()
    {
        QCOMPARE(bitString(qr::versionBits(7), 18), QStringLiteral("000111110010010100"));
        QCOMPARE(bitString(qr::versionBits(8), 18), QStringLiteral("001000010110111100"));
        QCOMPARE(bitString(qr::versionBits(40), 18), QStringLiteral("101000110001101001"));
        for (int version : {7, 21, 40}) {
            const auto code = QrCode::encodeWith("x", Ecc::Low, version, 3);
            QVERIFY(code);
            const int n = code->size();
            const int bits = qr::versionBits(version);
            for (int i = 0; i < 18; ++i) {
                const bool dark = ((bits >> i) & 1) != 0;
                QCOMPARE(code->module(n - 11 + i % 3, i / 3), dark);  // above the top right finder
                QCOMPARE(code->module(i / 3, n - 11 + i % 3), dark);  // beside the lower left finder
            }
        }
    }

    // (b) Finder, separator, timing and alignment patterns and the dark module.
    void functionPatterns_data()
    {
        QTest::addColumn<int>("version");
        for (int version : {1, 2, 6, 7, 14, 32, 40})
            QTest::addRow("v%d", version) << version;
    }
    void functionPatterns()
    {
        QFETCH(int, version);
        for (int mask = 0; mask < 8; mask += 5) {
            const auto code = QrCode::encodeWith(kAddress.left(14), Ecc::Medium, version, mask);
            QVERIFY(code);
            const int n = code->size();
            QCOMPARE(code->version(), version);
            QCOMPARE(n, 4 * version + 17);
            QVERIFY(finderAt(*code, 0, 0));
            QVERIFY(finderAt(*code, n - 7, 0));
            QVERIFY(finderAt(*code, 0, n - 7));
            for (int i = 8; i <= n - 9; ++i) {
                QCOMPARE(code->module(i, 6), i % 2 == 0);
                QCOMPARE(code->module(6, i), i % 2 == 0);
            }
            QVERIFY(code->module(8, 4 * version + 9));
            const std::vector<int> centres = qr::alignmentPositions(version);
            QCOMPARE(centres.empty(), version == 1);
            if (!centres.empty())
                QCOMPARE(centres.back(), n - 7);
            for (int cx : centres) {
                for (int cy : centres) {
                    const bool onFinder = (cx == 6 && cy == 6) || (cx == 6 && cy == n - 7) || (cx == n - 7 && cy == 6);
                    if (!onFinder)
                        QVERIFY2(alignmentAt(*code, cx, cy), qPrintable(QStringLiteral("alignment at %1,%2").arg(cx).arg(cy)));
                }
            }
            QVERIFY(!code->module(-1, 0));
            QVERIFY(!code->module(0, n));
        }
        // Annex E rows.
        QCOMPARE(qr::alignmentPositions(7), (std::vector<int>{6, 22, 38}));
        QCOMPARE(qr::alignmentPositions(32), (std::vector<int>{6, 34, 60, 86, 112, 138}));
        QCOMPARE(qr::alignmentPositions(40), (std::vector<int>{6, 30, 58, 86, 114, 142, 170}));
    }

    // (c) Table 1 codeword totals and remainder bits, Table 7 capacities.
    void capacities()
    {
        const std::vector<std::pair<int, int>> totals{{1, 26}, {2, 44}, {3, 70}, {7, 196}, {10, 346}, {40, 3706}};
        for (const auto& [version, total] : totals)
            QCOMPARE(qr::totalCodewords(version), total);
        const std::vector<std::pair<int, int>> remainders{{1, 0}, {2, 7}, {6, 7}, {7, 0}, {14, 3}, {21, 4}, {28, 3}, {35, 0}};
        for (const auto& [version, bits] : remainders)
            QCOMPARE(qr::remainderBits(version), bits);

        QCOMPARE(qr::dataCodewordCount(1, Ecc::Medium), 16);
        QCOMPARE(qr::dataCodewordCount(40, Ecc::High), 1276);
        QCOMPARE(qr::capacity(1, Ecc::Medium, Mode::Byte), 14);
        QCOMPARE(qr::capacity(2, Ecc::Medium, Mode::Byte), 26);
        QCOMPARE(qr::capacity(3, Ecc::Medium, Mode::Byte), 42);
        QCOMPARE(qr::capacity(10, Ecc::Medium, Mode::Byte), 213);
        QCOMPARE(qr::capacity(40, Ecc::Medium, Mode::Byte), 2331);
        QCOMPARE(qr::capacity(1, Ecc::Low, Mode::Byte), 17);
        QCOMPARE(qr::capacity(1, Ecc::High, Mode::Byte), 7);
        QCOMPARE(qr::capacity(40, Ecc::Low, Mode::Byte), 2953);
        QCOMPARE(qr::capacity(40, Ecc::Quartile, Mode::Byte), 1663);
        QCOMPARE(qr::capacity(40, Ecc::High, Mode::Byte), 1273);
        QCOMPARE(qr::capacity(1, Ecc::Low, Mode::Numeric), 41);
        QCOMPARE(qr::capacity(1, Ecc::High, Mode::Numeric), 17);
        QCOMPARE(qr::capacity(40, Ecc::Low, Mode::Numeric), 7089);
        QCOMPARE(qr::capacity(1, Ecc::Low, Mode::Alphanumeric), 25);
        QCOMPARE(qr::capacity(1, Ecc::Medium, Mode::Alphanumeric), 20);
        QCOMPARE(qr::capacity(40, Ecc::Low, Mode::Alphanumeric), 4296);
        QCOMPARE(qr::capacity(40, Ecc::High, Mode::Alphanumeric), 1852);
    }

    void versionSelection()
    {
        // 34 bytes with lower case (byte mode): past version 2-M (26), within 3-M (42).
        QCOMPARE(kAddress.size(), 49);
        const QByteArray text34 = kAddress.left(34);
        QCOMPARE(qr::modeFor(text34), Mode::Byte);
        auto code = QrCode::encode(text34, Ecc::Medium);
        QVERIFY(code);
        QCOMPARE(code->version(), 3);
        QCOMPARE(code->ecc(), Ecc::Medium);  // 3-Q holds 32 bytes: no room to raise it
        QCOMPARE(code->mode(), Mode::Byte);

        QCOMPARE(QrCode::encode(QByteArray(42, 'a'))->version(), 3);
        QCOMPARE(QrCode::encode(QByteArray(43, 'a'))->version(), 4);

        // The rewards address: 49 bytes, version 4-M (62) but not 4-Q (46).
        code = QrCode::encode(kAddress);
        QVERIFY(code);
        QCOMPARE(code->version(), 4);
        QCOMPARE(code->ecc(), Ecc::Medium);

        // Spare room in the version goes to a stronger level: 10 bytes fit 1-Q (11).
        code = QrCode::encode(QByteArray(10, 'a'), Ecc::Medium);
        QVERIFY(code);
        QCOMPARE(code->version(), 1);
        QCOMPARE(code->ecc(), Ecc::Quartile);

        // Alphanumeric and numeric text packs tighter: 20 characters fill 1-M
        // (14 as bytes), and so do 34 digits.
        code = QrCode::encode("HELLO WORLD 01234567");
        QVERIFY(code);
        QCOMPARE(code->mode(), Mode::Alphanumeric);
        QCOMPARE(code->version(), 1);
        code = QrCode::encode(QByteArray(34, '7'));
        QVERIFY(code);
        QCOMPARE(code->mode(), Mode::Numeric);
        QCOMPARE(code->version(), 1);

        // Version 40 at High holds 1273 bytes; one more does not fit anywhere.
        code = QrCode::encode(QByteArray(1273, 'a'), Ecc::High);
        QVERIFY(code);
        QCOMPARE(code->version(), 40);
        QVERIFY(!QrCode::encode(QByteArray(1274, 'a'), Ecc::High));
        QVERIFY(!QrCode::encode(QByteArray(2954, 'a'), Ecc::Low));
        QVERIFY(QrCode::encode(QByteArray(2953, 'a'), Ecc::Low));

        // A fixed version the data does not fit, and arguments out of range.
        QVERIFY(!QrCode::encodeWith(QByteArray(15, 'a'), Ecc::Medium, 1, 0));
        QVERIFY(!QrCode::encodeWith("a", Ecc::Medium, 41, 0));
        QVERIFY(!QrCode::encodeWith("a", Ecc::Medium, 1, 8));
    }

    // (d) The standard's worked example, "01234567" as 1-M, and the
    // alphanumeric "HELLO WORLD" as 1-M.
    void reedSolomon()
    {
        const auto data = bytes({0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11});
        QCOMPARE(qr::dataCodewords("01234567", Mode::Numeric, 1, Ecc::Medium), data);
        QCOMPARE(qr::reedSolomonRemainder(data, 10), bytes({0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55}));

        const auto hello = qr::dataCodewords("HELLO WORLD", Mode::Alphanumeric, 1, Ecc::Medium);
        QCOMPARE(hello, bytes({32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17}));
        QCOMPARE(qr::reedSolomonRemainder(hello, 10), bytes({196, 35, 39, 119, 235, 215, 231, 226, 93, 23}));

        // A codeword sequence with its remainder appended is a multiple of the
        // generator: its own remainder is zero.
        std::vector<std::uint8_t> whole = data;
        for (std::uint8_t b : qr::reedSolomonRemainder(data, 10))
            whole.push_back(b);
        QCOMPARE(qr::reedSolomonRemainder(whole, 10), std::vector<std::uint8_t>(10, 0));
    }

    // The whole worked-example symbol, "01234567" as 1-M drawn with mask 2:
    // every module, so data placement and masking are checked without a
    // decoder.
    void wholeSymbol()
    {
        const char* const expected[] = {
            "#######..#.##.#######",
            "#.....#..####.#.....#",
            "#.###.#.#.....#.###.#",
            "#.###.#.##....#.###.#",
            "#.###.#.#.###.#.###.#",
            "#.....#.#...#.#.....#",
            "#######.#.#.#.#######",
            "........#..##........",
            "#.#####..#..#.#####..",
            "...#.#.##.#.#..#.##..",
            "..#...##.#.#.#..#####",
            "....#....#.....####..",
            "...######..#.#..#....",
            "........#.#####..##..",
            "#######..##.#.##.....",
            "#.....#.#.#####...#.#",
            "#.###.#.#...#..#.##..",
            "#.###.#.##..#..#.....",
            "#.###.#.#.##.#..#.#..",
            "#.....#........##.##.",
            "#######.####.#..#.#..",
        };
        const auto code = QrCode::encodeWith("01234567", Ecc::Medium, 1, 2);
        QVERIFY(code);
        QCOMPARE(code->size(), 21);
        for (int y = 0; y < 21; ++y) {
            QString row;
            for (int x = 0; x < 21; ++x)
                row += code->module(x, y) ? QLatin1Char('#') : QLatin1Char('.');
            QCOMPARE(row, QString::fromLatin1(expected[y]));
        }
    }

    // (e) A real decoder reads back exactly the text.
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
        // Also the encoder's own symbol at the asked level, drawn here.
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

    // (f) The widget: white quiet zone, whole-pixel modules, centred, the
    // same modules as the code; nothing for empty text.
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
        const QrCode& code = *widget.code();
        QCOMPARE(code.size(), 33);

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
        QCOMPARE(width % code.size(), 0);
        const int module = width / code.size();
        QCOMPARE(module, 260 / (33 + 8));  // the largest whole size that fits
        // Centred: equal margins (within a pixel) around symbol + quiet zone.
        const int quiet = 4 * module;
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
        // ... and every module is a uniform square of the code's colour.
        for (int my = 0; my < code.size(); ++my) {
            for (int mx = 0; mx < code.size(); ++mx) {
                for (int py = 0; py < module; ++py) {
                    for (int px = 0; px < module; ++px) {
                        const int x = left + mx * module + px;
                        const int y = top + my * module + py;
                        if (code.module(mx, my) ? !isBlack(x, y) : !isWhite(x, y))
                            QFAIL(qPrintable(QStringLiteral("module %1,%2 pixel %3,%4").arg(mx).arg(my).arg(x).arg(y)));
                    }
                }
            }
        }

        // toImage: the same modules, quiet zone included, exact size.
        const QImage saved = widget.toImage(3).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(saved.size(), QSize((33 + 8) * 3, (33 + 8) * 3));
        for (int i = 0; i < saved.width(); ++i) {
            QCOMPARE(saved.pixel(i, 0), qRgb(255, 255, 255));
            QCOMPARE(saved.pixel(0, i), qRgb(255, 255, 255));
            QCOMPARE(saved.pixel(i, saved.height() - 1), qRgb(255, 255, 255));
        }
        for (int my = 0; my < code.size(); ++my) {
            for (int mx = 0; mx < code.size(); ++mx)
                QCOMPARE(saved.pixel((mx + 4) * 3 + 1, (my + 4) * 3 + 1), code.module(mx, my) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
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
    }
};

QTEST_MAIN(QrCodeTest)
#include "tst_qr_code.moc"

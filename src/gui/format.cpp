#include "gui/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace qm::gui {

RateUnit rateUnitFor(double hashesPerSecond)
{
    static const char* const names[] = {"H/s", "kH/s", "MH/s", "GH/s", "TH/s"};
    RateUnit unit;
    int i = 0;
    double v = std::isfinite(hashesPerSecond) ? std::fabs(hashesPerSecond) : 0;
    while (v >= 1000.0 && i < 4) {
        v /= 1000.0;
        unit.divisor *= 1000.0;
        ++i;
    }
    unit.name = QString::fromLatin1(names[i]);
    return unit;
}

QString formatHashrate(double hashesPerSecond)
{
    if (std::isnan(hashesPerSecond))
        return QCoreApplication::translate("qm::gui::Format", "n/a");
    const RateUnit unit = rateUnitFor(hashesPerSecond);
    const double v = hashesPerSecond / unit.divisor;
    // Three significant digits: "950 H/s", "12.3 kH/s", "1.23 MH/s".
    const int decimals = unit.divisor == 1 ? 0 : (v >= 100 ? 1 : 2);
    return QLocale().toString(v, 'f', decimals) + QLatin1Char(' ') + unit.name;
}

QString formatCount(quint64 n)
{
    static const char* const suffixes[] = {"", " k", " M", " G", " T", " P", " E"};
    if (n < 10'000)
        return QLocale().toString(n);
    double v = static_cast<double>(n);
    int i = 0;
    while (v >= 1000.0 && i < 6) {
        v /= 1000.0;
        ++i;
    }
    return QLocale().toString(v, 'f', v >= 100 ? 1 : 2) + QString::fromLatin1(suffixes[i]);
}

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        seconds = 0;
    const qint64 total = static_cast<qint64>(seconds);
    const qint64 days = total / 86400;
    const qint64 h = (total / 3600) % 24;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (days > 0)
        return QCoreApplication::translate("qm::gui::Format", "%1 d %2:%3:%4").arg(days).arg(two(h), two(m), two(s));
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(s));
    return QStringLiteral("%1:%2").arg(m).arg(two(s));
}

QString formatDifficulty(const U512& value)
{
    const QString dec = QString::fromStdString(value.toDecimal());
    if (dec.size() <= 10)
        return QLocale().toString(dec.toULongLong());
    // Mantissa from the leading digits, exponent from the length.
    const double mantissa = dec.left(4).toDouble() / 1000.0;
    return QCoreApplication::translate("qm::gui::Format", "%1 × 10^%2").arg(QLocale().toString(mantissa, 'f', 2)).arg(dec.size() - 1);
}

QString formatNonce(const U512& value, int maxDigits)
{
    const QString hex = QString::fromStdString(value.toHexMinimal());
    if (hex.size() <= maxDigits)
        return QStringLiteral("0x") + hex;
    const int half = maxDigits / 2;
    return QStringLiteral("0x") + hex.left(half) + QChar(0x2026) + hex.right(half);
}

QString shortJobId(const QString& id)
{
    // A UUID's first group tells jobs apart; other ids are shown whole while short.
    if (id.size() <= 12)
        return id;
    return id.left(8) + QChar(0x2026);
}

double toDouble(const U512& value)
{
    double v = 0;
    for (int i = 7; i >= 0; --i)
        v = v * 18446744073709551616.0 + static_cast<double>(value.limb[static_cast<size_t>(i)]);
    return v;
}

} // namespace qm::gui

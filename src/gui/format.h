// How the dashboard writes numbers: hash rates with units, counts, durations,
// 512-bit difficulties and nonces, in the user's locale. Shared by the models,
// the cards, the chart and the tray tooltip so every place reads the same.
#pragma once

#include "core/u512.h"

#include <QString>

namespace qm::gui {

// The unit a hash rate reads best in: H/s, kH/s, MH/s, GH/s, TH/s.
struct RateUnit {
    double divisor = 1;
    QString name;   // "MH/s"
};
RateUnit rateUnitFor(double hashesPerSecond);

// "1.23 MH/s"; "n/a" for NaN (a window without two samples yet).
QString formatHashrate(double hashesPerSecond);
// "950", "12.3 k", "4.56 M", "7.89 G": nonce counts.
QString formatCount(quint64 n);
// "0:07", "12:34", "1:02:03", "2 d 03:04:05".
QString formatDuration(double seconds);
// Difficulty: grouped decimal up to ten digits ("1,000,000"), else "1.23 × 10^25".
QString formatDifficulty(const U512& value);
// Minimal hex with 0x, elided in the middle beyond maxDigits ("0x12ab…ef90").
QString formatNonce(const U512& value, int maxDigits = 16);
// A job id for a narrow column: whole up to 12 characters, else the first 8
// and an ellipsis (UUIDs are long; the tooltip has all).
QString shortJobId(const QString& id);
// An approximation for sorting and charts: U512 as a double.
double toDouble(const U512& value);

} // namespace qm::gui

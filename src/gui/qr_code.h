// A QR code symbol (ISO/IEC 18004) for a short text such as a rewards
// address, so a phone wallet can read it off the screen instead of the user
// typing 49 characters. libqrencode makes the symbol; this class keeps its
// module matrix. No widgets: gui/widgets/qr_code_widget.h draws it.
//
// The text is case sensitive and goes in as it is (no ECI header): segments
// in the modes libqrencode finds most compact (numeric, alphanumeric, byte),
// the smallest version that holds it at the asked error correction level,
// and the mask the standard's penalty rules score lowest.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace qm::gui {

class QrCode {
public:
    // Error correction level: about 7, 15, 25 and 30 % of the codewords may
    // be lost or wrong and the symbol still reads.
    enum class Ecc { Low, Medium, Quartile, High };
    // Why encode() made no symbol.
    enum class Error {
        None,
        Empty,    // no data: a QR code needs at least one character
        TooLong,  // more than version 40 holds at the asked level
        Failed,   // libqrencode failed otherwise (out of memory)
    };

    // The smallest version that holds `data` at `minEcc`; within that version
    // the level is raised as far as the data still fits (a stronger code at
    // no cost in size). nullopt, with the reason in `error` when given, where
    // no symbol can be made.
    static std::optional<QrCode> encode(const QByteArray& data, Ecc minEcc = Ecc::Medium, Error* error = nullptr);

    // Modules per side, 21 (version 1) to 177 (version 40); no quiet zone.
    int size() const { return m_size; }
    // True for a dark module; x is the column, y the row, (0, 0) top left.
    // Outside the symbol: false (light, as the quiet zone).
    bool module(int x, int y) const;
    int version() const { return m_version; }
    Ecc ecc() const { return m_ecc; }

private:
    QrCode() = default;

    int m_version = 0;
    int m_size = 0;
    Ecc m_ecc = Ecc::Medium;
    std::vector<std::uint8_t> m_modules;  // size * size, row by row, 1 = dark
};

} // namespace qm::gui

// A QR code symbol (ISO/IEC 18004 "QR Code bar code symbology specification")
// for a short text such as a rewards address, so a phone wallet can read it
// off the screen instead of the user typing 49 characters. Plain C++ on
// QByteArray: no widgets; gui/widgets/qr_code_widget.h draws it.
//
// One segment in the most compact mode the whole text allows (numeric,
// alphanumeric, else byte), versions 1-40, the four error correction levels,
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
    // Data mode of the one segment ("Modes", Table 2).
    enum class Mode { Numeric, Alphanumeric, Byte };

    // The smallest version that holds `data` at `minEcc`; within that version
    // the level is raised as far as the data still fits (a stronger code at
    // no cost in size). nullopt: too long even for version 40 at `minEcc`.
    static std::optional<QrCode> encode(const QByteArray& data, Ecc minEcc = Ecc::Medium);
    // Exact choices, for tests and for matching a given symbol: `ecc` as is,
    // `version` 1-40 or 0 for the smallest that fits, `mask` 0-7 or -1 for
    // the one the penalty rules choose. nullopt: the data does not fit that
    // version, or an argument is out of range.
    static std::optional<QrCode> encodeWith(const QByteArray& data, Ecc ecc, int version, int mask);

    // Modules per side, 21 (version 1) to 177 (version 40); no quiet zone.
    int size() const { return m_size; }
    // True for a dark module; x is the column, y the row, (0, 0) top left.
    // Outside the symbol: false (light, as the quiet zone).
    bool module(int x, int y) const;
    int version() const { return m_version; }
    Ecc ecc() const { return m_ecc; }
    int mask() const { return m_mask; }
    Mode mode() const { return m_mode; }

private:
    QrCode() = default;

    int m_version = 0;
    int m_size = 0;
    Ecc m_ecc = Ecc::Medium;
    Mode m_mode = Mode::Byte;
    int m_mask = 0;
    std::vector<std::uint8_t> m_modules;  // size * size, row by row, 1 = dark
};

// The pieces of the encoder, open to the tests' known-answer checks.
namespace qr_internal {

// The error correction codewords of one block: the remainder of the data
// polynomial times x^ecCount divided by the generator polynomial
// (x - a^0)(x - a^1)...(x - a^(ecCount-1)) over GF(256) with the field
// polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D). "Error correction coding".
std::vector<std::uint8_t> reedSolomonRemainder(const std::vector<std::uint8_t>& data, int ecCount);

// All codewords of the symbol before error correction (mode, count, data,
// terminator, padding), for one segment in `mode`; empty when it does not
// fit `version` at `ecc` or `mode` cannot hold `data`.
std::vector<std::uint8_t> dataCodewords(const QByteArray& data, QrCode::Mode mode, int version, QrCode::Ecc ecc);

// The most compact mode that can hold every byte of `data`.
QrCode::Mode modeFor(const QByteArray& data);

// Codewords in the symbol ("Table 1": 26 for version 1, 3706 for 40), its
// data codewords at a level ("Table 7") and the bits left over after the
// last codeword.
int totalCodewords(int version);
int dataCodewordCount(int version, QrCode::Ecc ecc);
int remainderBits(int version);

// The largest data length (characters for numeric and alphanumeric, bytes
// for byte mode) that fits, "Table 7".
int capacity(int version, QrCode::Ecc ecc, QrCode::Mode mode);

// The 15 format information bits after the BCH(15,5) code and the 0x5412
// mask, and the 18 version information bits (BCH(18,6), versions 7-40).
int formatBits(QrCode::Ecc ecc, int mask);
int versionBits(int version);

// Centres of the alignment patterns along one axis ("Annex E").
std::vector<int> alignmentPositions(int version);

} // namespace qr_internal

} // namespace qm::gui

#include "gui/qr_code.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace qm::gui {

using Ecc = QrCode::Ecc;

namespace {

// The most characters any QR code holds: 7089 digits in version 40 at level
// L. Longer data is refused before libqrencode spends time splitting it.
constexpr qsizetype kMaxLength = 7089;

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

struct SymbolFree {
    void operator()(QRcode* symbol) const { QRcode_free(symbol); }
};
using Symbol = std::unique_ptr<QRcode, SymbolFree>;

// libqrencode's symbol for `data` at `level` in `version` or, where the data
// does not fit it, the smallest larger one (0: the smallest of all). Null
// with errno set when there is none: ERANGE for data too long for version 40.
Symbol encodeSymbol(const QByteArray& data, int version, QRecLevel level)
{
    errno = 0;
    // QRcode_encodeString stops at the first NUL; data holding one goes in
    // whole as a single byte-mode segment instead.
    if (data.contains('\0')) {
        return Symbol(QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()),
                                        version, level));
    }
    // QR_MODE_8: bytes outside the alphanumeric set stay bytes (QR_MODE_KANJI
    // would read them as Shift JIS); 1: case sensitive, as a base58 address
    // must be (0 would upper-case letters to fit the alphanumeric mode).
    return Symbol(QRcode_encodeString(data.constData(), version, level, QR_MODE_8, 1));
}

} // namespace

std::optional<QrCode> QrCode::encode(const QByteArray& data, Ecc minEcc, Error* error)
{
    const auto refuse = [error](Error why) -> std::optional<QrCode> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (data.isEmpty())
        return refuse(Error::Empty);
    if (data.size() > kMaxLength)
        return refuse(Error::TooLong);

    const Symbol smallest = encodeSymbol(data, 0, levelOf(minEcc));
    if (!smallest)
        return refuse(errno == ERANGE ? Error::TooLong : Error::Failed);

    // The strongest level, down to `minEcc`, whose symbol keeps that version.
    // Each try names the version, so the symbol is exactly libqrencode's for
    // (data, version, level).
    const int version = smallest->version;
    Symbol chosen;
    Ecc chosenEcc = minEcc;
    for (Ecc ecc : {Ecc::High, Ecc::Quartile, Ecc::Medium, Ecc::Low}) {
        if (ecc < minEcc)
            break;
        Symbol trial = encodeSymbol(data, version, levelOf(ecc));
        if (trial && trial->version == version) {
            chosen = std::move(trial);
            chosenEcc = ecc;
            break;
        }
    }
    // libqrencode splits the segments for the version it is given; should the
    // split for `version` itself not fit it, the first symbol stands.
    const QRcode& symbol = chosen ? *chosen : *smallest;

    QrCode code;
    code.m_version = symbol.version;
    code.m_size = symbol.width;
    code.m_ecc = chosenEcc;
    code.m_modules.resize(size_t(symbol.width) * size_t(symbol.width));
    // Each byte of libqrencode's matrix is one module; bit 0 is its colour.
    for (size_t i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = symbol.data[i] & 1u;
    if (error)
        *error = Error::None;
    return code;
}

bool QrCode::module(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[size_t(y) * size_t(m_size) + size_t(x)] != 0;
}

} // namespace qm::gui

#include "gui/qr_code.h"

#include <algorithm>
#include <array>
#include <cstdlib>

// Section names below are those of ISO/IEC 18004 (QR Code bar code
// symbology specification).

namespace qm::gui {

using Ecc = QrCode::Ecc;
using Mode = QrCode::Mode;

namespace {

constexpr int kMinVersion = 1;
constexpr int kMaxVersion = 40;

// "Table 9 — Error correction characteristics for QR Code": for each level
// (L, M, Q, H) and version (index 1-40), the error correction codewords of
// one block and the number of blocks. The data codewords follow from the
// symbol's total; blocks whose share comes out one codeword longer are the
// table's second block group.
constexpr std::array<std::array<std::int8_t, 41>, 4> kEcPerBlock{{
    {0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
     28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
     26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
    {0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
     28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
     30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
}};
constexpr std::array<std::array<std::int8_t, 41>, 4> kBlocks{{
    {0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
     8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
    {0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
     17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
    {0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
     23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
    {0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
     25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
}};

// "Annex E — Position of alignment patterns": row/column coordinates of the
// pattern centres for versions 2-40 (version 1 has none).
constexpr std::array<std::array<std::uint8_t, 7>, 41> kAlignment{{
    {}, {},
    {6, 18}, {6, 22}, {6, 26}, {6, 30}, {6, 34},
    {6, 22, 38}, {6, 24, 42}, {6, 26, 46}, {6, 28, 50}, {6, 30, 54}, {6, 32, 58}, {6, 34, 62},
    {6, 26, 46, 66}, {6, 26, 48, 70}, {6, 26, 50, 74}, {6, 30, 54, 78}, {6, 30, 56, 82},
    {6, 30, 58, 86}, {6, 34, 62, 90},
    {6, 28, 50, 72, 94}, {6, 26, 50, 74, 98}, {6, 30, 54, 78, 102}, {6, 28, 54, 80, 106},
    {6, 32, 58, 84, 110}, {6, 30, 58, 86, 114}, {6, 34, 62, 90, 118},
    {6, 26, 50, 74, 98, 122}, {6, 30, 54, 78, 102, 126}, {6, 26, 52, 78, 104, 130},
    {6, 30, 56, 82, 108, 134}, {6, 34, 60, 86, 112, 138}, {6, 30, 58, 86, 114, 142},
    {6, 34, 62, 90, 118, 146},
    {6, 30, 54, 78, 102, 126, 150}, {6, 24, 50, 76, 102, 128, 154}, {6, 28, 54, 80, 106, 132, 158},
    {6, 32, 58, 84, 110, 136, 162}, {6, 26, 54, 82, 110, 138, 166}, {6, 30, 58, 86, 114, 142, 170},
}};

// "Alphanumeric mode", Table 5: the 45 characters, each worth its index.
constexpr char kAlphanumeric[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int levelIndex(Ecc ecc) { return static_cast<int>(ecc); }

// "Format information": the two bits for the level (Table 12).
int levelBits(Ecc ecc)
{
    switch (ecc) {
    case Ecc::Low: return 0b01;
    case Ecc::Medium: return 0b00;
    case Ecc::Quartile: return 0b11;
    case Ecc::High: return 0b10;
    }
    return 0;
}

int alphanumericValue(char c)
{
    const char* at = std::find(kAlphanumeric, kAlphanumeric + 45, c);
    return at == kAlphanumeric + 45 ? -1 : int(at - kAlphanumeric);
}

// "Mode indicator", Table 2.
int modeIndicator(Mode mode)
{
    switch (mode) {
    case Mode::Numeric: return 0b0001;
    case Mode::Alphanumeric: return 0b0010;
    case Mode::Byte: return 0b0100;
    }
    return 0;
}

// "Character count indicator", Table 3: its length grows in three steps
// (versions 1-9, 10-26, 27-40).
int countBits(Mode mode, int version)
{
    const int step = version <= 9 ? 0 : version <= 26 ? 1 : 2;
    switch (mode) {
    case Mode::Numeric: return std::array{10, 12, 14}[step];
    case Mode::Alphanumeric: return std::array{9, 11, 13}[step];
    case Mode::Byte: return std::array{8, 16, 16}[step];
    }
    return 0;
}

// Bits the data of `length` characters take in `mode`, without mode and count.
int payloadBits(Mode mode, int length)
{
    switch (mode) {
    case Mode::Numeric: return length / 3 * 10 + std::array{0, 4, 7}[length % 3];
    case Mode::Alphanumeric: return length / 2 * 11 + (length % 2) * 6;
    case Mode::Byte: return length * 8;
    }
    return 0;
}

// Arithmetic in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1, through tables of
// powers of the primitive element a = 2 and their logarithms.
struct Galois {
    std::array<std::uint8_t, 255> exp{};
    std::array<std::uint8_t, 256> log{};

    Galois()
    {
        int value = 1;
        for (int i = 0; i < 255; ++i) {
            exp[i] = std::uint8_t(value);
            log[value] = std::uint8_t(i);
            value <<= 1;
            if (value & 0x100)
                value ^= 0x11D;
        }
    }

    std::uint8_t multiply(std::uint8_t a, std::uint8_t b) const
    {
        if (a == 0 || b == 0)
            return 0;
        return exp[(log[a] + log[b]) % 255];
    }
};

const Galois& galois()
{
    static const Galois field;
    return field;
}

// A bit string filled most significant bit first.
class BitWriter {
public:
    void append(std::uint32_t value, int count)
    {
        for (int i = count - 1; i >= 0; --i)
            m_bits.push_back((value >> i) & 1u);
    }
    int size() const { return int(m_bits.size()); }
    std::vector<std::uint8_t> bytes() const
    {
        std::vector<std::uint8_t> out(m_bits.size() / 8, 0);
        for (size_t i = 0; i < out.size() * 8; ++i)
            out[i / 8] |= std::uint8_t(m_bits[i] << (7 - i % 8));
        return out;
    }

private:
    std::vector<std::uint8_t> m_bits;
};

// The remainder of value * x^degree divided by the BCH generator polynomial
// of that degree, polynomials over GF(2) held as bits.
int bchRemainder(int value, int generator, int degree)
{
    // The values here have at most 6 bits, so the quotient has at most 6.
    int rest = value << degree;
    for (int bit = 5; bit >= 0; --bit) {
        if (rest & (1 << (bit + degree)))
            rest ^= generator << bit;
    }
    return rest;
}

// "Data masking", Table 10: the condition under which mask `mask` inverts
// the module in row i, column j.
bool maskInverts(int mask, int i, int j)
{
    switch (mask) {
    case 0: return (i + j) % 2 == 0;
    case 1: return i % 2 == 0;
    case 2: return j % 3 == 0;
    case 3: return (i + j) % 3 == 0;
    case 4: return (i / 2 + j / 3) % 2 == 0;
    case 5: return (i * j) % 2 + (i * j) % 3 == 0;
    case 6: return ((i * j) % 2 + (i * j) % 3) % 2 == 0;
    case 7: return ((i + j) % 2 + (i * j) % 3) % 2 == 0;
    default: return false;
    }
}

// The module matrix while it is built: colours, and which modules belong to
// function patterns (finder, separators, timing, alignment, format and
// version information, the dark module), which data and masking skip.
class Matrix {
public:
    explicit Matrix(int version) : m_version(version), m_size(4 * version + 17),
        m_dark(size_t(m_size) * m_size, 0), m_function(size_t(m_size) * m_size, 0)
    {
        drawFunctionPatterns();
    }

    int size() const { return m_size; }
    bool dark(int x, int y) const { return m_dark[index(x, y)] != 0; }
    bool isFunction(int x, int y) const { return m_function[index(x, y)] != 0; }
    const std::vector<std::uint8_t>& modules() const { return m_dark; }

    // "Codeword placement in matrix": two-module-wide columns from the right
    // edge, upwards then downwards in turn, skipping the vertical timing
    // pattern's column; in each row the right module before the left; every
    // function module is passed over. Bits run most significant first;
    // the remainder bits after the last codeword stay light (0).
    void placeCodewords(const std::vector<std::uint8_t>& codewords)
    {
        const size_t totalBits = codewords.size() * 8;
        size_t bit = 0;
        bool upwards = true;
        for (int right = m_size - 1; right >= 1; right -= 2) {
            if (right == 6)
                right = 5;
            for (int step = 0; step < m_size; ++step) {
                const int y = upwards ? m_size - 1 - step : step;
                for (int x : {right, right - 1}) {
                    if (isFunction(x, y))
                        continue;
                    if (bit < totalBits)
                        m_dark[index(x, y)] = (codewords[bit / 8] >> (7 - bit % 8)) & 1;
                    ++bit;
                }
            }
            upwards = !upwards;
        }
    }

    void applyMask(int mask)
    {
        for (int y = 0; y < m_size; ++y) {
            for (int x = 0; x < m_size; ++x) {
                if (!isFunction(x, y) && maskInverts(mask, y, x))
                    m_dark[index(x, y)] ^= 1;
            }
        }
    }

    // "Format information", Figure 25: bits 0 (least significant) to 14,
    // once around the top left finder and once split between the other two.
    void drawFormat(int bits)
    {
        const auto bitAt = [bits](int i) { return ((bits >> i) & 1) != 0; };
        for (int i = 0; i <= 5; ++i)
            set(8, i, bitAt(i));
        set(8, 7, bitAt(6));
        set(8, 8, bitAt(7));
        set(7, 8, bitAt(8));
        for (int i = 9; i < 15; ++i)
            set(14 - i, 8, bitAt(i));
        for (int i = 0; i < 8; ++i)
            set(m_size - 1 - i, 8, bitAt(i));
        for (int i = 8; i < 15; ++i)
            set(8, m_size - 15 + i, bitAt(i));
        // "Dark module": always dark, beside the lower left format copy.
        set(8, m_size - 8, true);
    }

    // "Number of modules of each type": the free count, as Table 1's
    // "data modules except format and version information".
    int dataModules() const { return int(std::count(m_function.begin(), m_function.end(), 0)); }

private:
    size_t index(int x, int y) const { return size_t(y) * m_size + x; }

    void set(int x, int y, bool isDark)
    {
        m_dark[index(x, y)] = isDark ? 1 : 0;
        m_function[index(x, y)] = 1;
    }

    void drawFunctionPatterns()
    {
        // "Timing pattern": row and column 6 alternate, dark on even
        // positions; the finders drawn next cover both ends.
        for (int i = 0; i < m_size; ++i) {
            set(6, i, i % 2 == 0);
            set(i, 6, i % 2 == 0);
        }
        // "Finder pattern": 7 x 7 rings of 1:1:3:1:1 around three corners,
        // each with its one-module light "separator".
        drawFinder(3, 3);
        drawFinder(m_size - 4, 3);
        drawFinder(3, m_size - 4);
        // "Alignment patterns": 5 x 5 at every pairing of the Annex E
        // coordinates, except the three that would overlap a finder.
        const std::vector<int> centres = qr_internal::alignmentPositions(m_version);
        const int n = int(centres.size());
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                const bool onFinder = (i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0);
                if (!onFinder)
                    drawAlignment(centres[i], centres[j]);
            }
        }
        // Reserve the format information areas; drawn per mask.
        drawFormat(0);
        // "Version information", Figure 27: versions 7 and up carry an
        // 18-bit code twice, 6 rows x 3 columns left of the top right finder
        // and, transposed, 3 x 6 above the lower left finder.
        if (m_version >= 7) {
            const int bits = qr_internal::versionBits(m_version);
            for (int i = 0; i < 18; ++i) {
                const bool bitDark = ((bits >> i) & 1) != 0;
                set(m_size - 11 + i % 3, i / 3, bitDark);
                set(i / 3, m_size - 11 + i % 3, bitDark);
            }
        }
    }

    void drawFinder(int cx, int cy)
    {
        for (int dy = -4; dy <= 4; ++dy) {
            for (int dx = -4; dx <= 4; ++dx) {
                const int x = cx + dx;
                const int y = cy + dy;
                if (x < 0 || y < 0 || x >= m_size || y >= m_size)
                    continue;
                const int ring = std::max(std::abs(dx), std::abs(dy));
                set(x, y, ring != 2 && ring != 4);
            }
        }
    }

    void drawAlignment(int cx, int cy)
    {
        for (int dy = -2; dy <= 2; ++dy) {
            for (int dx = -2; dx <= 2; ++dx)
                set(cx + dx, cy + dy, std::max(std::abs(dx), std::abs(dy)) != 1);
        }
    }

    int m_version;
    int m_size;
    std::vector<std::uint8_t> m_dark;
    std::vector<std::uint8_t> m_function;
};

// "Evaluation of data masking results", Table 11: the penalty points of one
// masked symbol (lower is better). Weights N1 = 3, N2 = 3, N3 = 40, N4 = 10.
int penalty(const std::vector<std::uint8_t>& dark, int size)
{
    constexpr int kN1 = 3, kN2 = 3, kN3 = 40, kN4 = 10;
    // The quiet zone around the symbol is light: a run of light modules
    // reaching the edge continues into it without end.
    constexpr int kOutside = 1 << 20;
    int points = 0;

    const auto scoreLine = [&](auto moduleAt) {
        // Feature 1: a run of 5 + i modules of one colour in a row or column
        // scores N1 + i.
        int runLength = 0;
        bool runDark = false;
        for (int i = 0; i < size; ++i) {
            const bool d = moduleAt(i);
            if (i > 0 && d == runDark) {
                ++runLength;
            } else {
                if (runLength >= 5)
                    points += kN1 + runLength - 5;
                runDark = d;
                runLength = 1;
            }
        }
        if (runLength >= 5)
            points += kN1 + runLength - 5;

        // Feature 3: dark:light:dark:light:dark in the ratio 1:1:3:1:1 (a
        // finder's profile, at any module width), with light 4 widths long
        // before or after it. Runs alternate starting and ending light.
        std::vector<int> runs{kOutside};
        bool current = false;
        for (int i = 0; i < size; ++i) {
            const bool d = moduleAt(i);
            if (d == current) {
                ++runs.back();
            } else {
                runs.push_back(1);
                current = d;
            }
        }
        if (current)
            runs.push_back(kOutside);
        else
            runs.back() += kOutside;
        for (size_t r = 1; r + 5 < runs.size(); r += 2) {
            const int w = runs[r];
            if (runs[r + 1] == w && runs[r + 2] == 3 * w && runs[r + 3] == w && runs[r + 4] == w &&
                (runs[r - 1] >= 4 * w || runs[r + 5] >= 4 * w))
                points += kN3;
        }
    };
    for (int y = 0; y < size; ++y)
        scoreLine([&](int x) { return dark[size_t(y) * size + x] != 0; });
    for (int x = 0; x < size; ++x)
        scoreLine([&](int y) { return dark[size_t(y) * size + x] != 0; });

    // Feature 2: every 2 x 2 block of one colour scores N2; an m x n block
    // thus scores N2 (m - 1)(n - 1).
    for (int y = 0; y + 1 < size; ++y) {
        for (int x = 0; x + 1 < size; ++x) {
            const std::uint8_t c = dark[size_t(y) * size + x];
            if (dark[size_t(y) * size + x + 1] == c && dark[size_t(y + 1) * size + x] == c &&
                dark[size_t(y + 1) * size + x + 1] == c)
                points += kN2;
        }
    }

    // Feature 4: N4 for each full 5 % step the share of dark modules is
    // away from 50 %.
    const long long total = static_cast<long long>(size) * size;
    const long long darkCount = std::count(dark.begin(), dark.end(), std::uint8_t(1));
    points += kN4 * int(std::llabs(20 * darkCount - 10 * total) / total);
    return points;
}

// "Error correction coding" and "Constructing the final message codeword
// sequence": split the data codewords into the level's blocks, append each
// block's error correction codewords, and interleave: the first data
// codeword of every block, then the second, ..., then the same for the
// error correction codewords.
std::vector<std::uint8_t> interleave(const std::vector<std::uint8_t>& data, int version, Ecc ecc)
{
    const int blocks = kBlocks[levelIndex(ecc)][version];
    const int ecLength = kEcPerBlock[levelIndex(ecc)][version];
    const int total = qr_internal::totalCodewords(version);
    const int longBlocks = total % blocks;
    const int shortData = total / blocks - ecLength;

    std::vector<std::vector<std::uint8_t>> dataBlocks;
    std::vector<std::vector<std::uint8_t>> ecBlocks;
    size_t at = 0;
    for (int b = 0; b < blocks; ++b) {
        const int length = shortData + (b >= blocks - longBlocks ? 1 : 0);
        dataBlocks.emplace_back(data.begin() + long(at), data.begin() + long(at) + length);
        at += size_t(length);
        ecBlocks.push_back(qr_internal::reedSolomonRemainder(dataBlocks.back(), ecLength));
    }

    std::vector<std::uint8_t> out;
    out.reserve(size_t(total));
    for (int i = 0; i <= shortData; ++i) {
        for (const auto& block : dataBlocks) {
            if (i < int(block.size()))
                out.push_back(block[size_t(i)]);
        }
    }
    for (int i = 0; i < ecLength; ++i) {
        for (const auto& block : ecBlocks)
            out.push_back(block[size_t(i)]);
    }
    return out;
}

int smallestVersion(int length, Ecc ecc, Mode mode)
{
    for (int v = kMinVersion; v <= kMaxVersion; ++v) {
        if (qr_internal::capacity(v, ecc, mode) >= length)
            return v;
    }
    return 0;
}

} // namespace

namespace qr_internal {

std::vector<std::uint8_t> reedSolomonRemainder(const std::vector<std::uint8_t>& data, int ecCount)
{
    if (ecCount <= 0)
        return {};
    const Galois& gf = galois();
    // The generator polynomial, highest power first, leading 1 implied:
    // multiply out (x + a^i) for i = 0 .. ecCount - 1 (minus is plus here).
    std::vector<std::uint8_t> generator(size_t(ecCount), 0);
    generator.back() = 1;  // the constant term of the product so far (= 1)
    for (int i = 0; i < ecCount; ++i) {
        const std::uint8_t root = gf.exp[i % 255];
        // (p(x)) * (x + root): shift up one power and add root * p(x).
        for (size_t j = 0; j < generator.size(); ++j) {
            const std::uint8_t next = j + 1 < generator.size() ? generator[j + 1] : 0;
            generator[j] = std::uint8_t(gf.multiply(generator[j], root) ^ next);
        }
    }
    // Long division of data(x) * x^ecCount by the generator, keeping only
    // the running remainder.
    std::vector<std::uint8_t> rest(size_t(ecCount), 0);
    for (std::uint8_t byte : data) {
        const std::uint8_t factor = byte ^ rest.front();
        std::rotate(rest.begin(), rest.begin() + 1, rest.end());
        rest.back() = 0;
        for (size_t j = 0; j < rest.size(); ++j)
            rest[j] ^= gf.multiply(generator[j], factor);
    }
    return rest;
}

QrCode::Mode modeFor(const QByteArray& data)
{
    const bool numeric = std::all_of(data.begin(), data.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (numeric)
        return Mode::Numeric;
    const bool alphanumeric = std::all_of(data.begin(), data.end(), [](char c) { return alphanumericValue(c) >= 0; });
    return alphanumeric ? Mode::Alphanumeric : Mode::Byte;
}

int totalCodewords(int version)
{
    if (version < kMinVersion || version > kMaxVersion)
        return 0;
    return Matrix(version).dataModules() / 8;
}

int remainderBits(int version)
{
    if (version < kMinVersion || version > kMaxVersion)
        return 0;
    return Matrix(version).dataModules() % 8;
}

int dataCodewordCount(int version, QrCode::Ecc ecc)
{
    if (version < kMinVersion || version > kMaxVersion)
        return 0;
    return totalCodewords(version) - kEcPerBlock[levelIndex(ecc)][version] * kBlocks[levelIndex(ecc)][version];
}

int capacity(int version, QrCode::Ecc ecc, QrCode::Mode mode)
{
    const int bits = dataCodewordCount(version, ecc) * 8 - 4 - countBits(mode, version);
    if (bits < 0)
        return 0;
    int length = 0;
    switch (mode) {
    case Mode::Numeric:
        length = bits / 10 * 3 + (bits % 10 >= 7 ? 2 : bits % 10 >= 4 ? 1 : 0);
        break;
    case Mode::Alphanumeric:
        length = bits / 11 * 2 + (bits % 11 >= 6 ? 1 : 0);
        break;
    case Mode::Byte:
        length = bits / 8;
        break;
    }
    return std::min(length, (1 << countBits(mode, version)) - 1);
}

std::vector<std::uint8_t> dataCodewords(const QByteArray& data, QrCode::Mode mode, int version, QrCode::Ecc ecc)
{
    const int length = int(data.size());
    if (version < kMinVersion || version > kMaxVersion || length > capacity(version, ecc, mode))
        return {};
    // Numeric text is also alphanumeric, and anything is bytes.
    if (static_cast<int>(modeFor(data)) > static_cast<int>(mode))
        return {};

    BitWriter bits;
    bits.append(std::uint32_t(modeIndicator(mode)), 4);
    bits.append(std::uint32_t(length), countBits(mode, version));
    switch (mode) {
    case Mode::Numeric:
        // "Numeric mode": groups of three digits in 10 bits; a last group of
        // two in 7, of one in 4.
        for (int i = 0; i < length; i += 3) {
            const int digits = std::min(3, length - i);
            std::uint32_t value = 0;
            for (int k = 0; k < digits; ++k)
                value = value * 10 + std::uint32_t(data[i + k] - '0');
            bits.append(value, std::array{0, 4, 7, 10}[size_t(digits)]);
        }
        break;
    case Mode::Alphanumeric:
        // "Alphanumeric mode": pairs as 45 * first + second in 11 bits; a
        // last single character in 6.
        for (int i = 0; i < length; i += 2) {
            if (i + 1 < length)
                bits.append(std::uint32_t(alphanumericValue(data[i]) * 45 + alphanumericValue(data[i + 1])), 11);
            else
                bits.append(std::uint32_t(alphanumericValue(data[i])), 6);
        }
        break;
    case Mode::Byte:
        for (char c : data)
            bits.append(std::uint8_t(c), 8);
        break;
    }
    Q_ASSERT(bits.size() == 4 + countBits(mode, version) + payloadBits(mode, length));

    // "Terminator": up to four 0 bits, fewer when the symbol is full; then 0
    // bits to the codeword boundary, then the pad codewords 11101100 and
    // 00010001 in turn ("Bit stream to codeword conversion").
    const int capacityBits = dataCodewordCount(version, ecc) * 8;
    bits.append(0, std::min(4, capacityBits - bits.size()));
    bits.append(0, (8 - bits.size() % 8) % 8);
    std::vector<std::uint8_t> out = bits.bytes();
    for (std::uint8_t pad = 0xEC; int(out.size()) < capacityBits / 8; pad ^= (0xEC ^ 0x11))
        out.push_back(pad);
    return out;
}

int formatBits(QrCode::Ecc ecc, int mask)
{
    // "Format information": 5 data bits (level, mask) and 10 BCH bits from
    // the generator x^10 + x^8 + x^5 + x^4 + x^2 + x + 1, XORed with
    // 101010000010010 so that no combination is all light.
    const int data = (levelBits(ecc) << 3) | (mask & 7);
    return ((data << 10) | bchRemainder(data, 0x537, 10)) ^ 0x5412;
}

int versionBits(int version)
{
    // "Version information": 6 bits of version and 12 BCH bits from the
    // generator x^12 + x^11 + x^10 + x^9 + x^8 + x^5 + x^2 + 1; no mask.
    return (version << 12) | bchRemainder(version, 0x1F25, 12);
}

std::vector<int> alignmentPositions(int version)
{
    std::vector<int> out;
    if (version < kMinVersion || version > kMaxVersion)
        return out;
    for (std::uint8_t c : kAlignment[size_t(version)]) {
        if (c != 0)
            out.push_back(c);
    }
    return out;
}

} // namespace qr_internal

std::optional<QrCode> QrCode::encode(const QByteArray& data, Ecc minEcc)
{
    const Mode mode = qr_internal::modeFor(data);
    const int version = smallestVersion(int(data.size()), minEcc, mode);
    if (version == 0)
        return std::nullopt;
    Ecc ecc = minEcc;
    for (Ecc stronger : {Ecc::Medium, Ecc::Quartile, Ecc::High}) {
        if (levelIndex(stronger) > levelIndex(ecc) && qr_internal::capacity(version, stronger, mode) >= data.size())
            ecc = stronger;
    }
    return encodeWith(data, ecc, version, -1);
}

std::optional<QrCode> QrCode::encodeWith(const QByteArray& data, Ecc ecc, int version, int mask)
{
    if (mask < -1 || mask > 7 || version < 0 || version > kMaxVersion)
        return std::nullopt;
    const Mode mode = qr_internal::modeFor(data);
    if (version == 0)
        version = smallestVersion(int(data.size()), ecc, mode);
    if (version == 0)
        return std::nullopt;
    const std::vector<std::uint8_t> codewords = qr_internal::dataCodewords(data, mode, version, ecc);
    if (codewords.empty())
        return std::nullopt;

    Matrix base(version);
    base.placeCodewords(interleave(codewords, version, ecc));

    // "Selection of mask pattern": the mask whose result (format
    // information included) has the fewest penalty points; the first on a tie.
    int chosen = mask;
    if (chosen < 0) {
        int best = -1;
        for (int m = 0; m < 8; ++m) {
            Matrix trial = base;
            trial.applyMask(m);
            trial.drawFormat(qr_internal::formatBits(ecc, m));
            const int points = penalty(trial.modules(), trial.size());
            if (best < 0 || points < best) {
                best = points;
                chosen = m;
            }
        }
    }
    Matrix symbol = base;
    symbol.applyMask(chosen);
    symbol.drawFormat(qr_internal::formatBits(ecc, chosen));

    QrCode code;
    code.m_version = version;
    code.m_size = symbol.size();
    code.m_ecc = ecc;
    code.m_mode = mode;
    code.m_mask = chosen;
    code.m_modules = symbol.modules();
    return code;
}

bool QrCode::module(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[size_t(y) * size_t(m_size) + size_t(x)] != 0;
}

} // namespace qm::gui

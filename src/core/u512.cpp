#include "core/u512.h"

#include "core/qm_hd.h"

namespace qm {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr char kHexDigits[] = "0123456789abcdef";

std::string describeChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f)
        return std::string("'") + c + "'";
    std::string s = "byte 0x";
    s += kHexDigits[u >> 4];
    s += kHexDigits[u & 15];
    return s;
}

// Parses 1..128 hex digits; the caller has checked the length.
std::optional<U512> parseHexDigits(std::string_view text, std::string_view what, std::string& error)
{
    U512 r;
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        const int v = hexValue(text[n - 1 - i]);
        if (v < 0) {
            error = std::string(what) + " must be hexadecimal, found " + describeChar(text[n - 1 - i]) +
                    " at position " + std::to_string(n - i);
            return std::nullopt;
        }
        r.limb[i / 16] |= static_cast<std::uint64_t>(v) << (4 * (i % 16));
    }
    return r;
}

} // namespace

bool U512::isZero() const
{
    for (auto l : limb)
        if (l)
            return false;
    return true;
}

bool U512::isMax() const
{
    for (auto l : limb)
        if (l != ~0ULL)
            return false;
    return true;
}

bool U512::fitsU64() const
{
    for (int i = 1; i < 8; ++i)
        if (limb[i])
            return false;
    return true;
}

std::array<std::uint8_t, 64> U512::toBytesBE() const
{
    std::array<std::uint8_t, 64> b{};
    for (int i = 0; i < 64; ++i)
        b[63 - i] = static_cast<std::uint8_t>(limb[i / 8] >> (8 * (i % 8)));
    return b;
}

U512 U512::fromBytesBE(const std::uint8_t* bytes64)
{
    U512 r;
    for (int i = 0; i < 64; ++i)
        r.limb[i / 8] |= static_cast<std::uint64_t>(bytes64[63 - i]) << (8 * (i % 8));
    return r;
}

std::string U512::toHex128() const
{
    std::string s(128, '0');
    for (int i = 0; i < 128; ++i)
        s[127 - i] = kHexDigits[(limb[i / 16] >> (4 * (i % 16))) & 15];
    return s;
}

std::string U512::toHexMinimal() const
{
    const std::string full = toHex128();
    const auto first = full.find_first_not_of('0');
    return first == std::string::npos ? std::string("0") : full.substr(first);
}

std::string U512::toDecimal() const
{
    if (isZero())
        return "0";
    // Repeated division by 10^19 on the limbs.
    U512 n = *this;
    std::string out;
    constexpr std::uint64_t kChunk = 10000000000000000000ULL;
    while (!n.isZero()) {
        qm_u128 rem = 0;
        for (int i = 7; i >= 0; --i) {
            const qm_u128 cur = (rem << 64) | n.limb[i];
            n.limb[i] = static_cast<std::uint64_t>(cur / kChunk);
            rem = cur % kChunk;
        }
        std::string part = std::to_string(static_cast<std::uint64_t>(rem));
        if (!n.isZero())
            part.insert(0, 19 - part.size(), '0');
        out.insert(0, part);
    }
    return out;
}

bool U512::increment()
{
    for (auto& l : limb) {
        if (++l != 0)
            return false;
    }
    return true;
}

U512 U512::addU64(std::uint64_t v, bool* carry) const
{
    U512 r = *this;
    std::uint64_t c = v;
    for (auto& l : r.limb) {
        const std::uint64_t before = l;
        l += c;
        c = (l < before) ? 1 : 0;
        if (!c)
            break;
    }
    if (carry)
        *carry = c != 0;
    return r;
}

U512 U512::sub(const U512& o, bool* borrow) const
{
    U512 r;
    std::uint64_t b = 0;
    for (int i = 0; i < 8; ++i) {
        const std::uint64_t x = limb[i];
        const std::uint64_t y = o.limb[i];
        const std::uint64_t d = x - y - b;
        b = (x < y || (x == y && b)) ? 1 : 0;
        r.limb[i] = d;
    }
    if (borrow)
        *borrow = b != 0;
    return r;
}

U512 U512::shiftLeft1() const
{
    U512 r;
    for (int i = 7; i >= 0; --i)
        r.limb[i] = (limb[i] << 1) | (i > 0 ? limb[i - 1] >> 63 : 0);
    return r;
}

void U512::divMod(const U512& n, const U512& d, U512& q, U512& r)
{
    // Schoolbook binary long division: 512 steps, used once per job.
    q = U512{};
    r = U512{};
    for (int bit = 511; bit >= 0; --bit) {
        const bool top = (r.limb[7] >> 63) != 0;
        r = r.shiftLeft1();
        r.limb[0] |= (n.limb[bit / 64] >> (bit % 64)) & 1;
        if (top || r >= d) {
            r = r.sub(d);
            q.limb[bit / 64] |= 1ULL << (bit % 64);
        }
    }
}

std::optional<U512> parseHexExact(std::string_view text, std::size_t digits, std::string_view what,
                                  std::string& error)
{
    if (text.empty()) {
        error = std::string(what) + " is empty; expected " + std::to_string(digits) + " hex characters";
        return std::nullopt;
    }
    if (text[0] == '-') {
        error = std::string(what) + " must not be negative";
        return std::nullopt;
    }
    if (text.size() != digits) {
        error = std::string(what) + " must be " + std::to_string(digits) + " hex characters, got " +
                std::to_string(text.size());
        return std::nullopt;
    }
    if (digits > 128) {
        error = std::string(what) + " is wider than 512 bits";
        return std::nullopt;
    }
    return parseHexDigits(text, what, error);
}

std::optional<U512> parseHexFlexible(std::string_view text, std::string_view what, std::string& error)
{
    if (text.empty()) {
        error = std::string(what) + " is empty; expected 1 to 128 hex characters";
        return std::nullopt;
    }
    if (text[0] == '-') {
        error = std::string(what) + " must not be negative";
        return std::nullopt;
    }
    if (text.size() > 128) {
        error = std::string(what) + " has " + std::to_string(text.size()) +
                " hex characters; at most 128 fit in 512 bits";
        return std::nullopt;
    }
    return parseHexDigits(text, what, error);
}

std::optional<U512> parseDecimal(std::string_view text, std::string_view what, std::string& error)
{
    if (text.empty()) {
        error = std::string(what) + " is empty; expected a decimal integer";
        return std::nullopt;
    }
    if (text[0] == '-') {
        error = std::string(what) + " must not be negative";
        return std::nullopt;
    }
    U512 r;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            error = std::string(what) + " must be a decimal integer, found " + describeChar(c) + " at position " +
                    std::to_string(i + 1);
            return std::nullopt;
        }
        // r = r * 10 + digit, detecting overflow past 2^512.
        qm_u128 carry = static_cast<unsigned>(c - '0');
        for (auto& l : r.limb) {
            const qm_u128 cur = static_cast<qm_u128>(l) * 10 + carry;
            l = static_cast<std::uint64_t>(cur);
            carry = cur >> 64;
        }
        if (carry) {
            error = std::string(what) + " is too large: it must be below 2^512";
            return std::nullopt;
        }
    }
    return r;
}

bool parseHexBytes(std::string_view text, std::uint8_t* out, std::size_t n, std::string_view what,
                   std::string& error)
{
    if (text.size() != 2 * n) {
        error = std::string(what) + " must be " + std::to_string(2 * n) + " hex characters, got " +
                std::to_string(text.size());
        return false;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const int hi = hexValue(text[2 * i]);
        const int lo = hexValue(text[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            const std::size_t bad = hi < 0 ? 2 * i : 2 * i + 1;
            error = std::string(what) + " must be hexadecimal, found " + describeChar(text[bad]) + " at position " +
                    std::to_string(bad + 1);
            return false;
        }
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return true;
}

std::string toHex(const std::uint8_t* bytes, std::size_t n)
{
    std::string s(2 * n, '0');
    for (std::size_t i = 0; i < n; ++i) {
        s[2 * i] = kHexDigits[bytes[i] >> 4];
        s[2 * i + 1] = kHexDigits[bytes[i] & 15];
    }
    return s;
}

} // namespace qm

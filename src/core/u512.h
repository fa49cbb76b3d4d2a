// Unsigned 512-bit integers: nonces, PoW hashes, targets and difficulties.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace qm {

struct U512 {
    // limb[0] holds the least significant 64 bits.
    std::array<std::uint64_t, 8> limb{};

    static constexpr U512 zero() { return {}; }
    static constexpr U512 fromU64(std::uint64_t v)
    {
        U512 r;
        r.limb[0] = v;
        return r;
    }
    static constexpr U512 max()
    {
        U512 r;
        for (auto& l : r.limb)
            l = ~0ULL;
        return r;
    }

    bool isZero() const;
    bool isMax() const;

    // Big-endian bytes, most significant first (the order used on the wire and
    // in the PoW input).
    std::array<std::uint8_t, 64> toBytesBE() const;
    static U512 fromBytesBE(const std::uint8_t* bytes64);

    // Exactly 128 lower-case hex digits.
    std::string toHex128() const;
    // Minimal lower-case hex without leading zeros; "0" for zero.
    std::string toHexMinimal() const;
    std::string toDecimal() const;

    // Wrapping arithmetic modulo 2^512; the bool reports carry / borrow.
    bool increment();
    U512 addU64(std::uint64_t v, bool* carry = nullptr) const;
    U512 sub(const U512& o, bool* borrow = nullptr) const;
    // Truncates to 64 bits: callers use it on differences known to be small.
    std::uint64_t lowU64() const { return limb[0]; }
    bool fitsU64() const;

    // Quotient and remainder by a non-zero divisor.
    static void divMod(const U512& n, const U512& d, U512& q, U512& r);
    U512 shiftLeft1() const;

    friend bool operator==(const U512&, const U512&) = default;
    friend std::strong_ordering operator<=>(const U512& a, const U512& b)
    {
        for (int i = 7; i >= 0; --i) {
            if (a.limb[i] != b.limb[i])
                return a.limb[i] < b.limb[i] ? std::strong_ordering::less : std::strong_ordering::greater;
        }
        return std::strong_ordering::equal;
    }
};

// Parsers return nullopt and set `error` to a message naming `what` (e.g.
// "nonce_start") and the problem. Leading "0x" is not accepted: the protocol
// sends bare hex.
std::optional<U512> parseHexExact(std::string_view text, std::size_t digits, std::string_view what,
                                  std::string& error);
// 1..128 hex digits.
std::optional<U512> parseHexFlexible(std::string_view text, std::string_view what, std::string& error);
// Unsigned decimal below 2^512.
std::optional<U512> parseDecimal(std::string_view text, std::string_view what, std::string& error);

// Exactly 2*N hex digits into N bytes.
bool parseHexBytes(std::string_view text, std::uint8_t* out, std::size_t n, std::string_view what,
                   std::string& error);
std::string toHex(const std::uint8_t* bytes, std::size_t n);

} // namespace qm

// Goldilocks field arithmetic, p = 2^64 - 2^32 + 1.
//
// Values are kept in [0, 2^64) between operations (not necessarily < p); only
// canonical() brings them into [0, p). This saves a compare per operation and is
// exact because every operation below is correct for any 64-bit input.
#pragma once

#include "core/qm_hd.h"

#include <cstdint>

namespace qm::gl {

inline constexpr std::uint64_t kP = 0xffffffff00000001ULL;
// 2^64 mod p: subtracting p from a value that overflowed 2^64 is adding this.
inline constexpr std::uint64_t kEps = 0xffffffffULL;

QM_HD std::uint64_t canonical(std::uint64_t a)
{
    return a >= kP ? a - kP : a;
}

// All-ones when the flag is set, else zero: corrections are applied with masks,
// not branches, because on random field elements every carry is a coin toss and
// a mispredicted branch costs more than the whole addition.
QM_HD std::uint64_t maskIf(bool flag)
{
    return std::uint64_t{0} - static_cast<std::uint64_t>(flag);
}

QM_HD std::uint64_t add(std::uint64_t a, std::uint64_t b)
{
#if defined(__x86_64__) && !defined(__CUDA_ARCH__)
    // add / sbb: on carry the true sum is s + 2^64 = s + eps (mod p). The
    // correction can carry once more only when a + b is close to 2^65; then the
    // sum is tiny and a second eps cannot carry.
    std::uint64_t adj;
    __asm__("add %[b], %[a]\n\t"
            "sbb %k[adj], %k[adj]\n\t"
            "add %[adj], %[a]\n\t"
            "sbb %k[adj], %k[adj]\n\t"
            "add %[adj], %[a]"
            : [a] "+&r"(a), [adj] "=&r"(adj)
            : [b] "r"(b)
            : "cc");
    return a;
#else
    std::uint64_t s = a + b;
    std::uint64_t c = maskIf(s < a) & kEps;
    s += c;
    s += maskIf(s < c) & kEps;
    return s;
#endif
}

QM_HD std::uint64_t sub(std::uint64_t a, std::uint64_t b)
{
#if defined(__x86_64__) && !defined(__CUDA_ARCH__)
    // On borrow the true difference is d - 2^64 = d - eps (mod p); that can
    // borrow once more when d < eps, and then once only.
    std::uint64_t adj;
    __asm__("sub %[b], %[a]\n\t"
            "sbb %k[adj], %k[adj]\n\t"
            "sub %[adj], %[a]\n\t"
            "sbb %k[adj], %k[adj]\n\t"
            "sub %[adj], %[a]"
            : [a] "+&r"(a), [adj] "=&r"(adj)
            : [b] "r"(b)
            : "cc");
    return a;
#else
    const std::uint64_t d = a - b;
    const std::uint64_t c = maskIf(a < b) & kEps;
    std::uint64_t r = d - c;
    r -= maskIf(r > d) & kEps;
    return r;
#endif
}

// Reduces hi * 2^64 + lo modulo p into [0, 2^64).
// With hi = hh * 2^32 + hl: 2^64 = eps and 2^96 = -1 (mod p), so the value is
// lo - hh + hl * eps.
QM_HD std::uint64_t reduce128(std::uint64_t lo, std::uint64_t hi)
{
    const std::uint64_t hh = hi >> 32;
    const std::uint64_t hl = hi & kEps;
    // hl * eps < 2^64 - 2^33 + 2, which is why neither step below needs a second
    // correction: lo - hh borrows only when lo < hh < 2^32, leaving a result
    // above eps; t0 + t1 carries only into a result below t1.
    const std::uint64_t t1 = (hl << 32) - hl;
#if defined(__x86_64__) && !defined(__CUDA_ARCH__)
    std::uint64_t adj;
    __asm__("sub %[hh], %[lo]\n\t"
            "sbb %k[adj], %k[adj]\n\t"
            "sub %[adj], %[lo]\n\t"
            "add %[t1], %[lo]\n\t"
            "sbb %k[adj], %k[adj]\n\t"
            "add %[adj], %[lo]"
            : [lo] "+&r"(lo), [adj] "=&r"(adj)
            : [hh] "r"(hh), [t1] "r"(t1)
            : "cc");
    return lo;
#else
    std::uint64_t t0 = lo - hh;
    t0 -= maskIf(lo < hh) & kEps;
    std::uint64_t r = t0 + t1;
    r += maskIf(r < t1) & kEps;
    return r;
#endif
}

QM_HD std::uint64_t mul(std::uint64_t a, std::uint64_t b)
{
#if defined(__CUDA_ARCH__)
    return reduce128(a * b, __umul64hi(a, b));
#else
    const qm_u128 p = static_cast<qm_u128>(a) * b;
    return reduce128(static_cast<std::uint64_t>(p), static_cast<std::uint64_t>(p >> 64));
#endif
}

QM_HD std::uint64_t square(std::uint64_t a)
{
    return mul(a, a);
}

// The Poseidon2 S-box x^7 with four multiplications.
QM_HD std::uint64_t pow7(std::uint64_t x)
{
    const std::uint64_t x2 = square(x);
    const std::uint64_t x3 = mul(x2, x);
    const std::uint64_t x4 = square(x2);
    return mul(x3, x4);
}

} // namespace qm::gl

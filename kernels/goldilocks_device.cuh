// Goldilocks arithmetic for the compact kernels, p = 2^64 - 2^32 + 1, in the
// form that costs the GPU least: carry chains instead of compare-and-select.
//
// A 32-bit GPU adds 64-bit words in two instructions and gets the carry out
// of the top word for free in a predicate; the portable code in
// core/goldilocks.h instead re-derives every carry with a compare (ISETP) and
// applies it with a select (SEL), which made up nearly 40 % of the kernel.
// Here each operation is one PTX block with add.cc / addc / sub.cc / subc /
// mad.lo.cc / madc.hi.cc. A reduction's last step is a correction by k * eps
// with k in {-1, 0, 1}: r + k * eps = r + (k << 32) - k, so the high word
// takes + k and one signed wide multiply-add (k times -1) takes the - k, on
// the IMAD pipe, which the integer ALU does not share. Every bound that lets
// one correction suffice is argued at the function.
//
// ptxas rewrites a multiply by the constant 2^32 - 1 as shifts and adds,
// which costs more than the one wide multiply-add with carry out the
// hardware has; so eps is read from constant memory (kEpsWord), where the
// compiler cannot see it. Read as a signed word the same bits are -1.
//
// The host build of every function (the #else branches) computes the same
// words with plain 64/128-bit C++: it is the reference the device variants are
// checked against (tests/cuda, the PTX interpreter test, and the engine's
// start-up self-test on the device itself).
//
// Values stay in [0, 2^64) between operations, as in core/goldilocks.h; only
// canonical() brings them below p.
#pragma once

#include "core/goldilocks.h"
#include "core/qm_hd.h"

#include <cstdint>

namespace qm::gpu::dgl {

using gl::kEps;
using gl::kP;

#if defined(__CUDACC__)
// eps = 2^32 - 1 (and, as a signed word, -1) where the compiler cannot see it.
static __constant__ std::uint32_t kEpsWord = 0xffffffffu;
#endif

// A sum of a few field words that has not been reduced: lo + top * 2^64. The
// linear layers add up to 28 words before one reduction instead of reducing
// after every addition (delayed reduction); top stays far below 2^32.
struct Wide {
    std::uint64_t lo;
    std::uint32_t top;
};

QM_HD Wide wide(std::uint64_t a)
{
    return Wide{a, 0};
}

// w + a, exactly.
QM_HD Wide plus(Wide w, std::uint64_t a)
{
#if defined(__CUDA_ARCH__)
    asm("add.cc.u64 %0, %0, %2;\n\t"
        "addc.u32 %1, %1, 0;"
        : "+l"(w.lo), "+r"(w.top)
        : "l"(a));
    return w;
#else
    const std::uint64_t lo = w.lo + a;
    return Wide{lo, w.top + (lo < a ? 1u : 0u)};
#endif
}

// w + v, exactly.
QM_HD Wide plus(Wide w, Wide v)
{
#if defined(__CUDA_ARCH__)
    asm("add.cc.u64 %0, %0, %2;\n\t"
        "addc.u32 %1, %1, %3;"
        : "+l"(w.lo), "+r"(w.top)
        : "l"(v.lo), "r"(v.top));
    return w;
#else
    const std::uint64_t lo = w.lo + v.lo;
    return Wide{lo, w.top + v.top + (lo < v.lo ? 1u : 0u)};
#endif
}

// lo + top * 2^64 modulo p, into [0, 2^64). 2^64 = eps (mod p), so this is
// lo + top * eps; top * eps < 2^64 - 2^33 + 2, so when that sum carries out
// its low word is below top * eps and one more eps cannot carry again.
QM_HD std::uint64_t reduce(Wide w)
{
#if defined(__CUDA_ARCH__)
    // top * eps + lo with its carry k, then r + k * eps = r + (k << 32) - k.
    std::uint64_t r;
    asm("{\n\t"
        ".reg .u32 l0, l1, k, r0, r1;\n\t"
        "mov.b64 {l0, l1}, %1;\n\t"
        "mad.lo.cc.u32 r0, %2, %3, l0;\n\t"
        "madc.hi.cc.u32 r1, %2, %3, l1;\n\t"
        "addc.u32 k, 0, 0;\n\t"
        "add.u32 r1, r1, k;\n\t"
        "mov.b64 %0, {r0, r1};\n\t"
        "mad.wide.s32 %0, k, %3, %0;\n\t"
        "}"
        : "=l"(r)
        : "l"(w.lo), "r"(w.top), "r"(kEpsWord));
    return r;
#else
    const std::uint64_t t = std::uint64_t{w.top} * kEps;
    std::uint64_t r = w.lo + t;
    if (r < t)
        r += kEps;
    return r;
#endif
}

// a brought below p: a >= p exactly when a + eps carries out of 64 bits, and
// then that sum's low word is a - p. One add with its carry and a select,
// where the portable a >= p ? a - p : a takes a 64-bit compare as well.
QM_HD std::uint64_t canonical(std::uint64_t a)
{
#if defined(__CUDA_ARCH__)
    std::uint64_t r;
    asm("{\n\t"
        ".reg .u32 c;\n\t"
        ".reg .u64 t;\n\t"
        ".reg .pred q;\n\t"
        "add.cc.u64 t, %1, 0xffffffff;\n\t"
        "addc.u32 c, 0, 0;\n\t"
        "setp.ne.u32 q, c, 0;\n\t"
        "selp.b64 %0, t, %1, q;\n\t"
        "}"
        : "=l"(r)
        : "l"(a));
    return r;
#else
    return gl::canonical(a);
#endif
}

// a + b modulo p for any a, b < 2^64.
QM_HD std::uint64_t add(std::uint64_t a, std::uint64_t b)
{
    return reduce(plus(wide(a), b));
}

// a + c modulo p where c < p (a round constant): a + c < 2^65 - 2^32, so after
// a carry the low word is at most p - 2 and a single eps corrects it.
QM_HD std::uint64_t addConst(std::uint64_t a, std::uint64_t c)
{
#if defined(__CUDA_ARCH__)
    std::uint64_t r;
    asm("{\n\t"
        ".reg .u32 k, r0, r1;\n\t"
        "add.cc.u64 %0, %1, %2;\n\t"
        "addc.u32 k, 0, 0;\n\t"
        "mov.b64 {r0, r1}, %0;\n\t"
        "sub.cc.u32 r0, r0, k;\n\t"
        "subc.u32 r1, r1, 0;\n\t"
        "add.u32 r1, r1, k;\n\t"
        "mov.b64 %0, {r0, r1};\n\t"
        "}"
        : "=l"(r)
        : "l"(a), "l"(c));
    return r;
#else
    const std::uint64_t s = a + c;
    return s < a ? s + kEps : s;
#endif
}

// a - b modulo p for any a, b < 2^64. A borrow means the word is a - b + 2^64,
// which is eps too much; if that word was below eps, taking eps off borrows
// once more, and then the word is large and a second eps cannot borrow.
QM_HD std::uint64_t sub(std::uint64_t a, std::uint64_t b)
{
#if defined(__CUDA_ARCH__)
    std::uint64_t r;
    asm("{\n\t"
        ".reg .u32 m;\n\t"
        ".reg .u64 m64;\n\t"
        "sub.cc.u64 %0, %1, %2;\n\t"
        "subc.u32 m, 0, 0;\n\t"
        "cvt.u64.u32 m64, m;\n\t"
        "sub.cc.u64 %0, %0, m64;\n\t"
        "subc.u32 m, 0, 0;\n\t"
        "cvt.u64.u32 m64, m;\n\t"
        "sub.u64 %0, %0, m64;\n\t"
        "}"
        : "=l"(r)
        : "l"(a), "l"(b));
    return r;
#else
    std::uint64_t r = a - b;
    if (a < b) {
        const std::uint64_t before = r;
        r -= kEps;
        if (before < kEps)
            r -= kEps;
    }
    return r;
#endif
}

// x3 * 2^96 + x2 * 2^64 + lo modulo p, into [0, 2^64), for 32-bit x2, x3.
// 2^64 = eps = 2^32 - 1 and 2^96 = -1 (mod p), so the value is
// E = lo + x2 * eps - x3, an integer in (-2^32, 2^65 - 2^33 + 2). Written as
// k * 2^64 + r with k in {-1, 0, 1} (the carry of the addition less the
// borrow of the subtraction), E = r + k * eps (mod p), and r + k * eps itself
// lies in [0, 2^64): after a carry r < 2^64 - 2^33 + 2, after a borrow
// r > 2^64 - 2^32.
// So the result is r + (k << 32) - k in plain 64-bit arithmetic: no second
// correction, no compare.
QM_HD std::uint64_t reduceParts(std::uint64_t lo, std::uint32_t x2, std::uint32_t x3)
{
#if defined(__CUDA_ARCH__)
    // x2 * eps + lo: one wide multiply-add with its carry out.
    std::uint64_t r;
    asm("{\n\t"
        ".reg .u32 l0, l1, k, r0, r1;\n\t"
        "mov.b64 {l0, l1}, %1;\n\t"
        "mad.lo.cc.u32 r0, %2, %4, l0;\n\t"
        "madc.hi.cc.u32 r1, %2, %4, l1;\n\t"
        "addc.u32 k, 0, 0;\n\t"
        "sub.cc.u32 r0, r0, %3;\n\t"
        "subc.cc.u32 r1, r1, 0;\n\t"
        "subc.u32 k, k, 0;\n\t"
        "add.u32 r1, r1, k;\n\t"
        "mov.b64 %0, {r0, r1};\n\t"
        "mad.wide.s32 %0, k, %4, %0;\n\t"
        "}"
        : "=l"(r)
        : "l"(lo), "r"(x2), "r"(x3), "r"(kEpsWord));
    return r;
#else
    __extension__ typedef __int128 i128; // __extension__: -Wpedantic and the GNU type
    const i128 e = static_cast<i128>(lo) + static_cast<i128>(x2) * kEps - x3;
    const std::int64_t k = static_cast<std::int64_t>(e >> 64); // floor: -1, 0 or 1
    const std::uint64_t r = static_cast<std::uint64_t>(e);
    return r + (static_cast<std::uint64_t>(k) << 32) - static_cast<std::uint64_t>(k);
#endif
}

QM_HD std::uint64_t reduce128(std::uint64_t lo, std::uint64_t hi)
{
    return reduceParts(lo, static_cast<std::uint32_t>(hi), static_cast<std::uint32_t>(hi >> 32));
}

// a * b + c modulo p, where c is a Wide sum: with b < p (a constant) the
// product is at most (2^64 - 1)(2^64 - 2^32) < 2^128 - 2^96, so adding any
// c below 2^96 still fits 128 bits and one reduction serves both.
QM_HD std::uint64_t mulAdd(std::uint64_t a, std::uint64_t b, Wide c)
{
#if defined(__CUDA_ARCH__)
    std::uint64_t lo = a * b;
    std::uint64_t hi = __umul64hi(a, b);
    const std::uint64_t top = c.top;
    asm("add.cc.u64 %0, %0, %2;\n\t"
        "addc.u64 %1, %1, %3;"
        : "+l"(lo), "+l"(hi)
        : "l"(c.lo), "l"(top));
    return reduce128(lo, hi);
#else
    const qm_u128 x = static_cast<qm_u128>(a) * b + ((static_cast<qm_u128>(c.top) << 64) | c.lo);
    return reduce128(static_cast<std::uint64_t>(x), static_cast<std::uint64_t>(x >> 64));
#endif
}

QM_HD std::uint64_t mul(std::uint64_t a, std::uint64_t b)
{
#if defined(__CUDA_ARCH__)
    return reduce128(a * b, __umul64hi(a, b));
#else
    const qm_u128 x = static_cast<qm_u128>(a) * b;
    return reduce128(static_cast<std::uint64_t>(x), static_cast<std::uint64_t>(x >> 64));
#endif
}

QM_HD std::uint64_t square(std::uint64_t a)
{
    return mul(a, a);
}

// The Poseidon2 S-box x^7: x^2, x^3 = x^2 * x, x^4 = (x^2)^2, x^7 = x^3 * x^4.
QM_HD std::uint64_t pow7(std::uint64_t x)
{
    const std::uint64_t x2 = square(x);
    const std::uint64_t x3 = mul(x2, x);
    const std::uint64_t x4 = square(x2);
    return mul(x3, x4);
}

} // namespace qm::gpu::dgl

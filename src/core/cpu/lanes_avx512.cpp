// cpu-fast on AVX-512F: 8 Goldilocks elements per zmm register, two batches
// interleaved (16 nonces per call; on Zen 5 208 ns per lane-permutation
// against 225 ns for three batches). Compiled with -mavx512f for this file only
// (see CMakeLists.txt) and entered only after CPUID/XGETBV confirmed the
// registers (cpu_features.cpp).
#include "core/cpu/lane_kernel.h"
#include "core/cpu/lanes_poseidon2.h"

// g++ 12 reports the deliberately undefined merge operand inside the
// intrinsics (_mm512_undefined_epi32) as used uninitialized once they are
// inlined (GCC bug 105593, fixed in later releases).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#include <immintrin.h>
#pragma GCC diagnostic pop

namespace qm::cpu {

namespace {

struct Avx512Field {
    using F = __m512i;
    static constexpr unsigned kLanes = 8;

    [[gnu::always_inline]] static inline F set1(std::uint64_t v) { return _mm512_set1_epi64(static_cast<long long>(v)); }
    [[gnu::always_inline]] static inline F zero() { return _mm512_setzero_si512(); }
    [[gnu::always_inline]] static inline F load(const std::uint64_t* p) { return _mm512_loadu_si512(p); }
    [[gnu::always_inline]] static inline void store(std::uint64_t* p, F v) { _mm512_storeu_si512(p, v); }
    // eps = 2^64 mod p = 2^32 - 1.
    [[gnu::always_inline]] static inline F eps() { return set1(0xffffffffULL); }

    // a + b with b < p. On overflow the true sum is s + 2^64 = s + eps (mod p),
    // and s = a + b - 2^64 < p, so s + eps < 2^64: one correction is exact.
    [[gnu::always_inline]] static inline F addC(F a, F b)
    {
        const F s = _mm512_add_epi64(a, b);
        const __mmask8 carry = _mm512_cmplt_epu64_mask(s, b);
        return _mm512_mask_add_epi64(s, carry, s, eps());
    }

    [[gnu::always_inline]] static inline F add64(F a, F b) { return _mm512_add_epi64(a, b); }

    // lo + hi * 2^32 for lo, hi < 2^38: with hi = hh * 2^32 + hl (hh < 2^6),
    // hi * 2^32 = hl * 2^32 + hh * 2^64 = hl * 2^32 + hh * eps (mod p).
    // hl * 2^32 is hi shifted left; lo + hh * eps < 2^39 < p, so one
    // correcting addition finishes it.
    [[gnu::always_inline]] static inline F fold(F lo, F hi)
    {
        const F small = _mm512_add_epi64(lo, _mm512_mul_epu32(_mm512_srli_epi64(hi, 32), eps()));
        return addC(_mm512_slli_epi64(hi, 32), small);
    }

    [[gnu::always_inline]] static inline void addCount(F& acc, F& carries, F x)
    {
        acc = _mm512_add_epi64(acc, x);
        const __mmask8 carry = _mm512_cmplt_epu64_mask(acc, x);
        carries = _mm512_mask_add_epi64(carries, carry, carries, eps());
    }
    // addCount keeps the total itself: a masked add of eps costs no more than
    // counting.
    [[gnu::always_inline]] static inline F carryTotal(F carries) { return carries; }

    // min(a, a - p) as unsigned: when a < p, a - p wraps above a.
    [[gnu::always_inline]] static inline F canonical(F a)
    {
        return _mm512_min_epu64(a, _mm512_sub_epi64(a, set1(0xffffffff00000001ULL)));
    }

    [[gnu::always_inline]] static inline F low32(F a) { return _mm512_and_si512(a, eps()); }
    [[gnu::always_inline]] static inline F high32(F a) { return _mm512_srli_epi64(a, 32); }
    // For tests of fold: a value below 2^38.
    [[gnu::always_inline]] static inline F shr26(F a) { return _mm512_srli_epi64(a, 26); }

    // hi * 2^64 + lo mod p, the arithmetic of gl::reduce128: with
    // hi = hh * 2^32 + hl, 2^64 = eps and 2^96 = -1, the value is
    // lo - hh + hl * eps. lo - hh borrows only when lo < hh < 2^32, leaving a
    // result of at least p, so one eps correction is exact; hl * eps <
    // 2^64 - 2^33 + 2 < p, so the last addition needs one correction only.
    [[gnu::always_inline]] static inline F reduce(F lo, F hi)
    {
        const F e = eps();
        const F hh = _mm512_srli_epi64(hi, 32);
        F t0 = _mm512_sub_epi64(lo, hh);
        const __mmask8 borrow = _mm512_cmplt_epu64_mask(lo, hh);
        t0 = _mm512_mask_sub_epi64(t0, borrow, t0, e);
        const F t1 = _mm512_mul_epu32(hi, e); // (hi mod 2^32) * eps
        F r = _mm512_add_epi64(t0, t1);
        const __mmask8 carry = _mm512_cmplt_epu64_mask(r, t1);
        return _mm512_mask_add_epi64(r, carry, r, e);
    }

    // The 128-bit product from four 32x32 products. With a = ah*2^32 + al and
    // b = bh*2^32 + bl: t = ll/2^32 + al*bh stays below 2^64
    // ((2^32-1)^2 + 2^32 - 1 < 2^64); u = t + ah*bl may carry out (then the
    // product's high word gains 2^32). lo = (u mod 2^32)*2^32 + (ll mod 2^32),
    // hi = ah*bh + u/2^32 (+ 2^32 on that carry); hi < 2^64 since the
    // product is below 2^128.
    [[gnu::always_inline]] static inline F product(F a, F ah, F b, F bh)
    {
        const F ll = _mm512_mul_epu32(a, b);
        const F lh = _mm512_mul_epu32(a, bh);
        const F hl = _mm512_mul_epu32(ah, b);
        const F hh = _mm512_mul_epu32(ah, bh);
        const F t = _mm512_add_epi64(_mm512_srli_epi64(ll, 32), lh);
        const F t2 = _mm512_add_epi64(_mm512_and_si512(t, eps()), hl);
        const F lo = _mm512_mask_shuffle_epi32(ll, 0xaaaa, t2, _MM_PERM_CDAB);
        const F hi = _mm512_add_epi64(hh, _mm512_add_epi64(_mm512_srli_epi64(t, 32), _mm512_srli_epi64(t2, 32)));
        return reduce(lo, hi);
    }

    [[gnu::always_inline]] static inline F mul(F a, F b)
    {
        return product(a, _mm512_srli_epi64(a, 32), b, _mm512_srli_epi64(b, 32));
    }

    [[gnu::always_inline]] static inline F sqr(F a)
    {
        const F ah = _mm512_srli_epi64(a, 32);
        return product(a, ah, a, ah);
    }

    [[gnu::always_inline]] static inline F mulConst(F a, F c, F cHi)
    {
        return product(a, _mm512_srli_epi64(a, 32), c, cHi);
    }
};

using Perm = lanes::Poseidon2Lanes<Avx512Field, 2>;

void outerStatesAvx512(const std::uint64_t* prefix12, const std::uint64_t* block, std::uint64_t* out)
{
    Perm::outerStates(prefix12, block, out);
}

void squeezeStatesV2Avx512(const std::uint64_t* prefix12, const std::uint64_t* block, std::uint64_t* out)
{
    Perm::squeezeStatesV2(prefix12, block, out);
}

void permuteAvx512(std::uint64_t* state)
{
    Perm::permuteSoa(state);
}

void fieldOpsAvx512(const std::uint64_t* a, const std::uint64_t* b, std::uint64_t* out)
{
    Perm::fieldOpsSoa(a, b, out);
}

} // namespace

const LaneKernel& avx512Kernel()
{
    static constexpr LaneKernel kernel{"avx512", Perm::kLanes, &outerStatesAvx512, &squeezeStatesV2Avx512, &permuteAvx512, &fieldOpsAvx512};
    return kernel;
}

} // namespace qm::cpu

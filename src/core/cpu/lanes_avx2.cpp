// cpu-fast on AVX2: 4 Goldilocks elements per ymm register, two batches
// interleaved (8 nonces per call; on Zen 5 540 ns per lane-permutation against
// 570-580 ns for one batch). Compiled with -mavx2 for this file only
// (see CMakeLists.txt) and entered only after CPUID/XGETBV confirmed the
// registers (cpu_features.cpp).
//
// AVX2 has no unsigned 64-bit compare and no mask registers: a < b (unsigned)
// is a signed compare of both operands with the top bit flipped, and a
// compare's all-ones result shifted right by 32 is eps, the correction to add.
#include "core/cpu/lane_kernel.h"
#include "core/cpu/lanes_poseidon2.h"

#include <immintrin.h>

namespace qm::cpu {

namespace {

struct Avx2Field {
    using F = __m256i;
    static constexpr unsigned kLanes = 4;

    [[gnu::always_inline]] static inline F set1(std::uint64_t v) { return _mm256_set1_epi64x(static_cast<long long>(v)); }
    [[gnu::always_inline]] static inline F zero() { return _mm256_setzero_si256(); }
    [[gnu::always_inline]] static inline F load(const std::uint64_t* p)
    {
        return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    }
    [[gnu::always_inline]] static inline void store(std::uint64_t* p, F v)
    {
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(p), v);
    }
    [[gnu::always_inline]] static inline F eps() { return set1(0xffffffffULL); }
    [[gnu::always_inline]] static inline F sign() { return set1(0x8000000000000000ULL); }

    // All-ones where a < b as unsigned 64-bit integers.
    [[gnu::always_inline]] static inline F less(F a, F b)
    {
        return _mm256_cmpgt_epi64(_mm256_xor_si256(b, sign()), _mm256_xor_si256(a, sign()));
    }
    // eps where the mask is set: all-ones >> 32 = 2^32 - 1.
    [[gnu::always_inline]] static inline F epsWhere(F mask) { return _mm256_srli_epi64(mask, 32); }

    // a + b with b < p: see lanes_avx512.cpp, addC.
    [[gnu::always_inline]] static inline F addC(F a, F b)
    {
        const F s = _mm256_add_epi64(a, b);
        return _mm256_add_epi64(s, epsWhere(less(s, b)));
    }

    [[gnu::always_inline]] static inline F add64(F a, F b) { return _mm256_add_epi64(a, b); }

    // lo + hi * 2^32 for lo, hi < 2^38: with hi = hh * 2^32 + hl (hh < 2^6),
    // hi * 2^32 = hl * 2^32 + hh * 2^64 = hl * 2^32 + hh * eps (mod p).
    // hl * 2^32 is hi shifted left; lo + hh * eps < 2^39 < p, so one
    // correcting addition finishes it.
    [[gnu::always_inline]] static inline F fold(F lo, F hi)
    {
        const F small = _mm256_add_epi64(lo, _mm256_mul_epu32(_mm256_srli_epi64(hi, 32), eps()));
        return addC(_mm256_slli_epi64(hi, 32), small);
    }

    [[gnu::always_inline]] static inline void addCount(F& acc, F& carries, F x)
    {
        acc = _mm256_add_epi64(acc, x);
        carries = _mm256_sub_epi64(carries, less(acc, x));
    }
    [[gnu::always_inline]] static inline F carryTotal(F carries) { return _mm256_mul_epu32(carries, eps()); }

    // a >= p exactly when a > p - 1; then a - p = a + eps (mod 2^64).
    [[gnu::always_inline]] static inline F canonical(F a)
    {
        const F above = _mm256_cmpgt_epi64(_mm256_xor_si256(a, sign()), set1(0xffffffff00000000ULL ^ 0x8000000000000000ULL));
        return _mm256_add_epi64(a, epsWhere(above));
    }

    [[gnu::always_inline]] static inline F low32(F a) { return _mm256_and_si256(a, eps()); }
    [[gnu::always_inline]] static inline F high32(F a) { return _mm256_srli_epi64(a, 32); }
    // For tests of fold: a value below 2^38.
    [[gnu::always_inline]] static inline F shr26(F a) { return _mm256_srli_epi64(a, 26); }

    // See lanes_avx512.cpp, reduce: the same bounds make each correction exact.
    [[gnu::always_inline]] static inline F reduce(F lo, F hi)
    {
        const F e = eps();
        const F hh = _mm256_srli_epi64(hi, 32);
        // hh < 2^32, so its flipped form is hh | 2^63.
        const F borrow = _mm256_cmpgt_epi64(_mm256_or_si256(hh, sign()), _mm256_xor_si256(lo, sign()));
        const F t0 = _mm256_sub_epi64(_mm256_sub_epi64(lo, hh), epsWhere(borrow));
        const F t1 = _mm256_mul_epu32(hi, e);
        const F r = _mm256_add_epi64(t0, t1);
        return _mm256_add_epi64(r, epsWhere(less(r, t1)));
    }

    // See lanes_avx512.cpp, product.
    [[gnu::always_inline]] static inline F product(F a, F ah, F b, F bh)
    {
        const F ll = _mm256_mul_epu32(a, b);
        const F lh = _mm256_mul_epu32(a, bh);
        const F hl = _mm256_mul_epu32(ah, b);
        const F hh = _mm256_mul_epu32(ah, bh);
        const F t = _mm256_add_epi64(_mm256_srli_epi64(ll, 32), lh);
        const F t2 = _mm256_add_epi64(_mm256_and_si256(t, eps()), hl);
        const F lo = _mm256_blend_epi32(ll, _mm256_slli_epi64(t2, 32), 0xaa);
        const F hi = _mm256_add_epi64(hh, _mm256_add_epi64(_mm256_srli_epi64(t, 32), _mm256_srli_epi64(t2, 32)));
        return reduce(lo, hi);
    }

    [[gnu::always_inline]] static inline F mul(F a, F b)
    {
        return product(a, _mm256_srli_epi64(a, 32), b, _mm256_srli_epi64(b, 32));
    }

    [[gnu::always_inline]] static inline F sqr(F a)
    {
        const F ah = _mm256_srli_epi64(a, 32);
        return product(a, ah, a, ah);
    }

    [[gnu::always_inline]] static inline F mulConst(F a, F c, F cHi)
    {
        return product(a, _mm256_srli_epi64(a, 32), c, cHi);
    }
};

using Perm = lanes::Poseidon2Lanes<Avx2Field, 2>;

void outerStatesAvx2(const std::uint64_t* prefix12, const std::uint64_t* block, std::uint64_t* out)
{
    Perm::outerStates(prefix12, block, out);
}

void squeezeStatesV2Avx2(const std::uint64_t* prefix12, const std::uint64_t* block, std::uint64_t* out)
{
    Perm::squeezeStatesV2(prefix12, block, out);
}

void permuteAvx2(std::uint64_t* state)
{
    Perm::permuteSoa(state);
}

void fieldOpsAvx2(const std::uint64_t* a, const std::uint64_t* b, std::uint64_t* out)
{
    Perm::fieldOpsSoa(a, b, out);
}

} // namespace

const LaneKernel& avx2Kernel()
{
    static constexpr LaneKernel kernel{"avx2", Perm::kLanes, &outerStatesAvx2, &squeezeStatesV2Avx2, &permuteAvx2, &fieldOpsAvx2};
    return kernel;
}

} // namespace qm::cpu

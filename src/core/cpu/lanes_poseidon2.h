// Poseidon2 (Goldilocks, width 12) and the per-nonce sponge of
// pow_midstate.h on vectors of independent states ("lanes"), written once for
// every instruction set. The field arithmetic comes in as the class V, which
// each ISA translation unit defines in an anonymous namespace: every
// instantiation below therefore has internal linkage, so no copy compiled with
// AVX-512 can be picked by the linker for code that runs on older CPUs.
//
// Include this header only from lanes_<isa>.cpp.
//
// V provides (F = one vector of V::kLanes field elements, each a u64 that may
// be non-canonical, i.e. anywhere in [0, 2^64)):
//   set1, load, store, zero
//   add64(a, b)       a + b mod 2^64 (plain integer addition)
//   addC(a, b)        a + b for b < p (one carry correction suffices)
//   fold(lo, hi)      lo + hi * 2^32 mod p for lo, hi < 2^38
//   addCount(acc, carries, x)  acc += x mod 2^64, noting an overflow in carries
//   carryTotal(carries)        the overflows noted so far times eps (mod p)
//   canonical(a)      into [0, p)
//   mul(a, b), sqr(a), mulConst(a, c, c >> 32)
//   low32(a), high32(a), shr26(a) (the last for the field test only)
#pragma once

#include "core/poseidon2_constants.h"

#include <cstdint>

namespace qm::cpu::lanes {

// N batches of V::kLanes states are permuted together: the partial rounds are
// one long dependency chain per state (S-box, sum, multiply, S-box, ...), and
// with independent batches side by side the core always has work while one
// batch waits for its multiplications.
template <class V, int N>
struct Poseidon2Lanes {
    using F = typename V::F;
    using State = F[N][12];

    // M4 = [[2,3,1,1],[1,2,3,1],[1,1,2,3],[3,1,1,2]] with the addition chain
    // of poseidon2.h, in plain integer additions (see externalLayer).
    [[gnu::always_inline]] static inline void m4(F* x)
    {
        const F t01 = V::add64(x[0], x[1]);
        const F t23 = V::add64(x[2], x[3]);
        const F t0123 = V::add64(t01, t23);
        const F t01123 = V::add64(t0123, x[1]);
        const F t01233 = V::add64(t0123, x[3]);
        const F y3 = V::add64(t01233, V::add64(x[0], x[0]));
        const F y1 = V::add64(t01123, V::add64(x[2], x[2]));
        const F y0 = V::add64(t01123, t01);
        const F y2 = V::add64(t01233, t23);
        x[0] = y0;
        x[1] = y1;
        x[2] = y2;
        x[3] = y3;
    }

    // The external layer E, computed exactly in integers on the 32-bit halves
    // of the elements and reduced once per output. Every output of E is a sum
    // of inputs with coefficients adding up to 28 (M4's rows add up to 7, then
    // each element gains its column: 7 + 3 * 7), so each half-sum stays below
    // 28 * 2^32 < 2^37 and no addition can wrap; the modular additions this
    // replaces would need two carry corrections each (S-box outputs are not
    // canonical): this form takes about 210 instructions per layer instead of
    // about 265 (AVX-512) or 580 (AVX2).
    [[gnu::always_inline]] static inline void externalLayer(F* s)
    {
        F lo[12], hi[12];
#pragma GCC unroll 12
        for (int i = 0; i < 12; ++i) {
            lo[i] = V::low32(s[i]);
            hi[i] = V::high32(s[i]);
        }
        m4(lo);
        m4(lo + 4);
        m4(lo + 8);
        m4(hi);
        m4(hi + 4);
        m4(hi + 8);
#pragma GCC unroll 4
        for (int c = 0; c < 4; ++c) {
            const F colLo = V::add64(V::add64(lo[c], lo[4 + c]), lo[8 + c]);
            const F colHi = V::add64(V::add64(hi[c], hi[4 + c]), hi[8 + c]);
#pragma GCC unroll 3
            for (int i = c; i < 12; i += 4)
                s[i] = V::fold(V::add64(lo[i], colLo), V::add64(hi[i], colHi));
        }
    }

    // x^7 on G independent elements, one step at a time across the group:
    // the instructions of G multiplications sit next to each other in the
    // program, so the core's scheduler sees independent work within its
    // window instead of one S-box's chain of four dependent products.
    template <int G>
    [[gnu::always_inline]] static inline void pow7Group(F* x)
    {
        F x2[G], x3[G];
#pragma GCC unroll 12
        for (int g = 0; g < G; ++g)
            x2[g] = V::sqr(x[g]);
#pragma GCC unroll 12
        for (int g = 0; g < G; ++g)
            x3[g] = V::mul(x2[g], x[g]);
#pragma GCC unroll 12
        for (int g = 0; g < G; ++g)
            x2[g] = V::sqr(x2[g]);
#pragma GCC unroll 12
        for (int g = 0; g < G; ++g)
            x[g] = V::mul(x3[g], x2[g]);
    }

    [[gnu::always_inline]] static inline void fullRound(State& s, const std::uint64_t* rc)
    {
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                s[b][i] = V::addC(s[b][i], V::set1(rc[i])); // rc < p
        }
        // Six S-boxes of one batch, then six of the next, ... On Zen 5
        // (AVX-512, ns per lane-permutation) groups of six instead of one
        // S-box after the other went from 287 to 238, alternating the groups
        // between the batches from 223 to 208; groups of 2, 3, 4 or 12 were
        // slower than six.
        constexpr int kGroup = 6;
#pragma GCC unroll 12
        for (int i = 0; i < 12; i += kGroup) {
#pragma GCC unroll 4
            for (int b = 0; b < N; ++b)
                pow7Group<kGroup>(s[b] + i);
        }
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b)
            externalLayer(s[b]);
    }

    [[gnu::always_inline]] static inline F diagProduct(F x, int i)
    {
        const auto& k = kPoseidon2;
        return V::mulConst(x, V::set1(k.diag[i]), V::set1(k.diag[i] >> 32));
    }

    [[gnu::always_inline]] static inline void partialRound(State& s, std::uint64_t rc)
    {
        // s[1..11] do not depend on this round's S-box: their sum and their
        // diagonal products are computed alongside the S-box's four dependent
        // multiplications, placed between its steps in the program so that
        // the scheduler always holds independent work.
        F rest[N], carries[N], x[N], x2[N], x3[N];
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
            rest[b] = s[b][1];
            carries[b] = V::zero();
#pragma GCC unroll 12
            for (int i = 2; i < 12; ++i)
                V::addCount(rest[b], carries[b], s[b][i]);
            x[b] = V::addC(s[b][0], V::set1(rc)); // rc < p
            x2[b] = V::sqr(x[b]);
        }
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 4
            for (int i = 1; i < 5; ++i)
                s[b][i] = diagProduct(s[b][i], i);
            x3[b] = V::mul(x2[b], x[b]);
        }
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 4
            for (int i = 5; i < 9; ++i)
                s[b][i] = diagProduct(s[b][i], i);
            x2[b] = V::sqr(x2[b]);
        }
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 4
            for (int i = 9; i < 12; ++i)
                s[b][i] = diagProduct(s[b][i], i);
            x[b] = V::mul(x3[b], x2[b]); // x^7
        }
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
            V::addCount(rest[b], carries[b], x[b]);
            // At most 11 overflows: their total <= 11 * eps < p, so addC
            // applies. The sum is made canonical so the twelve additions below
            // may use addC.
            const F sum = V::canonical(V::addC(rest[b], V::carryTotal(carries[b])));
            s[b][0] = V::addC(diagProduct(x[b], 0), sum);
#pragma GCC unroll 12
            for (int i = 1; i < 12; ++i)
                s[b][i] = V::addC(s[b][i], sum);
        }
    }

    // Four full rounds. One out-of-line copy serves the initial and the
    // terminal rounds: a full round is ~2800 instructions for two AVX-512
    // batches, and a second inlined copy would double the hot code (~50 KB,
    // more than the 32 KB instruction cache) for no measured gain.
    [[gnu::noinline]] static void fullRounds(State& io, const std::uint64_t (*rc)[12])
    {
        State s;
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                s[b][i] = io[b][i];
        }
#pragma GCC unroll 1
        for (int r = 0; r < 4; ++r)
            fullRound(s, rc[r]);
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                io[b][i] = s[b][i];
        }
    }

    // Permutes in place; outputs canonical. Inputs may be any 64-bit values.
    [[gnu::noinline]] static void permute(State& io)
    {
        // A local copy the compiler can keep in registers: through the
        // reference every round would load and store the state.
        State s;
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                s[b][i] = io[b][i];
            externalLayer(s[b]);
        }
        const auto& k = kPoseidon2;
        fullRounds(s, k.initialExternal);
#pragma GCC unroll 1
        for (int r = 0; r < 22; ++r)
            partialRound(s, k.internal[r]);
        fullRounds(s, k.terminalExternal);
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                io[b][i] = V::canonical(s[b][i]);
        }
    }

    static constexpr unsigned kLanes = V::kLanes * N;

    static void permuteSoa(std::uint64_t* state)
    {
        State s;
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                s[b][i] = V::load(state + i * kLanes + b * V::kLanes);
        }
        permute(s);
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                V::store(state + i * kLanes + b * V::kLanes, s[b][i]);
        }
    }

    // The field operations lane by lane (see LaneKernel::fieldOps).
    static void fieldOpsSoa(const std::uint64_t* a, const std::uint64_t* b, std::uint64_t* out)
    {
        for (unsigned off = 0; off < kLanes; off += V::kLanes) {
            const F x = V::load(a + off);
            const F y = V::load(b + off);
            const F yc = V::canonical(y);
            V::store(out + 0 * kLanes + off, V::fold(V::shr26(x), V::shr26(y)));
            V::store(out + 1 * kLanes + off, V::addC(x, yc));
            V::store(out + 2 * kLanes + off, V::mul(x, y));
            V::store(out + 3 * kLanes + off, V::sqr(x));
            V::store(out + 4 * kLanes + off, V::mulConst(x, y, V::high32(y)));
            V::store(out + 5 * kLanes + off, yc);
        }
    }

    // The nonce's own block on top of the prefix state (E elements per lane,
    // block[E][lanes]), then the final block (1, 1, 0, ...): the input's
    // trailing 0x01 byte and the sponge's finishing 1. Two permutations; both
    // PoW generations start a nonce this way (v1 with 4 elements, v2 with 8).
    template <int E>
    [[gnu::always_inline]] static inline void absorbNonceAndFinish(State& s, const std::uint64_t* prefix12,
                                                                   const std::uint64_t* block)
    {
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                s[b][i] = V::set1(prefix12[i]);
            // Block elements are < 2^32 < p.
#pragma GCC unroll 8
            for (int i = 0; i < E; ++i)
                s[b][i] = V::addC(s[b][i], V::load(block + i * kLanes + b * V::kLanes));
        }
        permute(s);
        const F one = V::set1(1);
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
            s[b][0] = V::addC(s[b][0], one);
            s[b][1] = V::addC(s[b][1], one);
        }
        permute(s);
    }

    // mid2::squeezeState, lane by lane (see LaneKernel::squeezeStatesV2).
    static void squeezeStatesV2(const std::uint64_t* prefix12, const std::uint64_t* block, std::uint64_t* out)
    {
        State s;
        absorbNonceAndFinish<8>(s, prefix12, block);
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                V::store(out + i * kLanes + b * V::kLanes, s[b][i]);
        }
    }

    // mid::innerDigest then mid::outerState, lane by lane (see LaneKernel).
    static void outerStates(const std::uint64_t* prefix12, const std::uint64_t* block, std::uint64_t* out)
    {
        State s;
        absorbNonceAndFinish<4>(s, prefix12, block);
        const F one = V::set1(1);
        F inner[N][8];
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 4
            for (int i = 0; i < 4; ++i)
                inner[b][i] = s[b][i];
        }
        permute(s);
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 4
            for (int i = 0; i < 4; ++i)
                inner[b][4 + i] = s[b][i];
        }

        // The outer sponge over the 64-byte inner digest: every canonical
        // element is two u32 reads (its low, then its high half).
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
            s[b][0] = V::low32(inner[b][0]);
            s[b][1] = V::high32(inner[b][0]);
            s[b][2] = V::low32(inner[b][1]);
            s[b][3] = V::high32(inner[b][1]);
#pragma GCC unroll 8
            for (int i = 4; i < 12; ++i)
                s[b][i] = V::zero();
        }
        permute(s);
#pragma GCC unroll 1
        for (int blk = 1; blk < 4; ++blk) {
#pragma GCC unroll 4
            for (int b = 0; b < N; ++b) {
                // Halves are < 2^32 < p.
                s[b][0] = V::addC(s[b][0], V::low32(inner[b][2 * blk]));
                s[b][1] = V::addC(s[b][1], V::high32(inner[b][2 * blk]));
                s[b][2] = V::addC(s[b][2], V::low32(inner[b][2 * blk + 1]));
                s[b][3] = V::addC(s[b][3], V::high32(inner[b][2 * blk + 1]));
            }
            permute(s);
        }
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
            s[b][0] = V::addC(s[b][0], one);
            s[b][1] = V::addC(s[b][1], one);
        }
        permute(s);
#pragma GCC unroll 4
        for (int b = 0; b < N; ++b) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; ++i)
                V::store(out + i * kLanes + b * V::kLanes, s[b][i]);
        }
    }
};

} // namespace qm::cpu::lanes

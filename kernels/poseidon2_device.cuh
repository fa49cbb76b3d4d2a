// The Poseidon2 permutation (Goldilocks, width 12) as the compact kernels run
// it: the same function as core/poseidon2.h, with the linear layers summed in
// Wide words and reduced once per output (delayed reduction), round constants
// added with a single correction (they are below p), and the partial rounds'
// `sum + s[i] * diag[i]` done as one multiply-add of the unreduced sum and
// one reduction.
//
// Per permutation that is 736 multiplications and 118 constant additions; the
// 1,101 field additions of the portable code become wide additions of two or
// three instructions and 108 reductions.
#pragma once

#include "core/poseidon2.h"
#include "core/poseidon2_constants.h"
#include "core/qm_hd.h"
#include "kernels/goldilocks_device.cuh"

#include <cstdint>

#if defined(__CUDA_ARCH__)
#define QM_ROLLED _Pragma("unroll 1")
#else
#define QM_ROLLED
#endif

namespace qm::gpu::dp2 {

using dgl::Wide;

// y = M4 x as unreduced sums, M4 = [[2,3,1,1],[1,2,3,1],[1,1,2,3],[3,1,1,2]],
// with the addition chain of p2::m4. Each output is at most 7 (2^64 - 1).
QM_HD void m4(const std::uint64_t* x, Wide* y)
{
    using dgl::plus;
    using dgl::wide;
    const Wide t01 = plus(wide(x[0]), x[1]);
    const Wide t23 = plus(wide(x[2]), x[3]);
    const Wide t0123 = plus(t01, t23);
    const Wide t01123 = plus(t0123, x[1]);
    const Wide t01233 = plus(t0123, x[3]);
    y[3] = plus(plus(t01233, x[0]), x[0]); // 3 x0 + x1 + x2 + 2 x3
    y[1] = plus(plus(t01123, x[2]), x[2]); // x0 + 2 x1 + 3 x2 + x3
    y[0] = plus(t01123, t01);              // 2 x0 + 3 x1 + x2 + x3
    y[2] = plus(t01233, t23);              // x0 + x1 + 2 x2 + 3 x3
}

// p2::externalLayer: M4 on each chunk of four, plus the column sums. An
// output is its own chunk's M4 row twice and the other two chunks' once: at
// most 28 (2^64 - 1), reduced once.
QM_HD void externalLayer(std::uint64_t* s)
{
    Wide y[12];
    m4(s, y);
    m4(s + 4, y + 4);
    m4(s + 8, y + 8);
    for (int i = 0; i < 4; ++i) {
        const Wide col = dgl::plus(dgl::plus(y[i], y[4 + i]), y[8 + i]);
        s[i] = dgl::reduce(dgl::plus(y[i], col));
        s[4 + i] = dgl::reduce(dgl::plus(y[4 + i], col));
        s[8 + i] = dgl::reduce(dgl::plus(y[8 + i], col));
    }
}

QM_HD void fullRound(std::uint64_t* s, const std::uint64_t* rc)
{
    for (int i = 0; i < p2::kWidth; ++i)
        s[i] = dgl::pow7(dgl::addConst(s[i], rc[i]));
    externalLayer(s);
}

// p2::partialRound: the S-box on s[0], then s[i] = sum + s[i] * diag[i].
QM_HD void partialRound(std::uint64_t* s, std::uint64_t rc, const std::uint64_t* diag)
{
    s[0] = dgl::pow7(dgl::addConst(s[0], rc));
    // The sum (below 12 * 2^64) goes into each product unreduced: diag[i] < p
    // leaves the 128-bit product room for it (dgl::mulAdd).
    Wide sum = dgl::wide(s[0]);
    for (int i = 1; i < p2::kWidth; ++i)
        sum = dgl::plus(sum, s[i]);
    for (int i = 0; i < p2::kWidth; ++i)
        s[i] = dgl::mulAdd(s[i], diag[i], sum);
}

// The whole permutation with its round loops kept rolled on the device: the
// full-round body appears once, and the middle of the loop over the eight
// full rounds runs the 22 partial rounds. Outputs are NOT canonical: a sponge
// reads only its rate (canonicalRate) and feeds the rest to the next
// permutation, which takes any 64-bit words.
QM_HD void permuteCore(std::uint64_t* s, const Poseidon2Constants& k)
{
    externalLayer(s);
    QM_ROLLED
    for (int r = 0; r < 8; ++r) {
        if (r == 4) {
            // A walking pointer: one add per round instead of an index
            // scaled into an address.
            const std::uint64_t* rc = k.internal;
            QM_ROLLED
            for (int i = 0; i < 22; ++i, ++rc)
                partialRound(s, *rc, k.diag);
        }
        fullRound(s, r < 4 ? k.initialExternal[r] : k.terminalExternal[r - 4]);
    }
}

// The four words a squeeze reads, brought below p.
QM_HD void canonicalRate(std::uint64_t* s)
{
    for (int i = 0; i < 4; ++i)
        s[i] = dgl::canonical(s[i]);
}

// p2::permute: canonical outputs (< p).
QM_HD void permuteRolled(std::uint64_t* s, const Poseidon2Constants& k)
{
    permuteCore(s, k);
    for (int i = 0; i < p2::kWidth; ++i)
        s[i] = dgl::canonical(s[i]);
}

} // namespace qm::gpu::dp2

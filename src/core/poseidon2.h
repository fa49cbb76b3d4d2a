// The Poseidon2 permutation over Goldilocks, width 12 (spec: docs/POW.md).
//
// Written once for host and device: the constants come in by reference so the
// CPU passes kPoseidon2 and the CUDA kernel passes its constant-memory copy.
#pragma once

#include "core/goldilocks.h"
#include "core/poseidon2_constants.h"
#include "core/qm_hd.h"

#include <cstdint>

namespace qm::p2 {

inline constexpr int kWidth = 12;

// x' = M4 * x with M4 = [[2,3,1,1],[1,2,3,1],[1,1,2,3],[3,1,1,2]], using the
// addition chain t0..t7 so no multiplications are needed.
QM_HD void m4(std::uint64_t* x)
{
    using namespace gl;
    const std::uint64_t t01 = add(x[0], x[1]);
    const std::uint64_t t23 = add(x[2], x[3]);
    const std::uint64_t t0123 = add(t01, t23);
    const std::uint64_t t01123 = add(t0123, x[1]);
    const std::uint64_t t01233 = add(t0123, x[3]);
    // x[3] = 3*x0 + x1 + x2 + 2*x3 = t01233 + 2*x0
    const std::uint64_t y3 = add(t01233, add(x[0], x[0]));
    // x[1] = x0 + 2*x1 + 3*x2 + x3 = t01123 + 2*x2
    const std::uint64_t y1 = add(t01123, add(x[2], x[2]));
    // x[0] = 2*x0 + 3*x1 + x2 + x3 = t01123 + t01
    const std::uint64_t y0 = add(t01123, t01);
    // x[2] = x0 + x1 + 2*x2 + 3*x3 = t01233 + t23
    const std::uint64_t y2 = add(t01233, t23);
    x[0] = y0;
    x[1] = y1;
    x[2] = y2;
    x[3] = y3;
}

// The external linear layer: M4 on each chunk of four, then add to every
// element the sum of the elements in its column across the three chunks.
QM_HD void externalLayer(std::uint64_t* s)
{
    m4(s);
    m4(s + 4);
    m4(s + 8);
    std::uint64_t col[4];
    for (int i = 0; i < 4; ++i)
        col[i] = gl::add(gl::add(s[i], s[4 + i]), s[8 + i]);
    for (int i = 0; i < kWidth; ++i)
        s[i] = gl::add(s[i], col[i & 3]);
}

QM_HD void fullRound(std::uint64_t* s, const std::uint64_t* rc)
{
    for (int i = 0; i < kWidth; ++i)
        s[i] = gl::pow7(gl::add(s[i], rc[i]));
    externalLayer(s);
}

QM_HD void partialRound(std::uint64_t* s, std::uint64_t rc, const std::uint64_t* diag)
{
    s[0] = gl::pow7(gl::add(s[0], rc));
    std::uint64_t sum = s[0];
    for (int i = 1; i < kWidth; ++i)
        sum = gl::add(sum, s[i]);
    for (int i = 0; i < kWidth; ++i)
        s[i] = gl::add(sum, gl::mul(s[i], diag[i]));
}

// Permutes s in place. Outputs are canonical (< p).
QM_HD_LARGE void permute(std::uint64_t* s, const Poseidon2Constants& k)
{
    externalLayer(s);
    for (int r = 0; r < 4; ++r)
        fullRound(s, k.initialExternal[r]);
    for (int r = 0; r < 22; ++r)
        partialRound(s, k.internal[r], k.diag);
    for (int r = 0; r < 4; ++r)
        fullRound(s, k.terminalExternal[r]);
    for (int i = 0; i < kWidth; ++i)
        s[i] = gl::canonical(s[i]);
}

} // namespace qm::p2

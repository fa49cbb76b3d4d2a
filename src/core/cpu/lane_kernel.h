// The boundary between the portable search loop and the instruction-set
// specific translation units (lanes_avx2.cpp, lanes_avx512.cpp). Only plain
// function pointers and arrays cross it, so nothing compiled with wider
// instructions can leak into code that runs before the CPU has been checked.
#pragma once

#include "core/cpu/cpu_features.h"

#include <cstdint>

namespace qm::cpu {

// Arrays are "lane-major by element" (structure of arrays): element e of
// lane i lives at a[e * lanes + i].
struct LaneKernel {
    const char* name;
    // Nonces hashed side by side in one call.
    unsigned lanes;
    // For `lanes` nonces that share the sponge state after their upper 384 bits
    // (prefix12, canonical), absorbs each nonce's last block (block[4][lanes],
    // the field elements of its limbs 1 and 0, each < 2^32), finishes the inner
    // sponge, runs the outer sponge to its first squeeze and writes that
    // state: out[12][lanes], every element canonical. 8 permutations per lane,
    // exactly the arithmetic of mid::innerDigest followed by mid::outerState.
    void (*outerStates)(const std::uint64_t* prefix12, const std::uint64_t* block, std::uint64_t* out);
    // QPoW v2: for `lanes` nonces that share the state after their upper 256
    // bits (prefix12, canonical), absorbs each nonce's block C
    // (block[8][lanes], the elements of its limbs 3..0, each < 2^32) and the
    // constant block D, and writes the state at the first squeeze:
    // out[12][lanes], canonical. 2 permutations per lane, exactly
    // mid2::squeezeState.
    void (*squeezeStatesV2)(const std::uint64_t* prefix12, const std::uint64_t* block, std::uint64_t* out);
    // Poseidon2 on `lanes` states in place (state[12][lanes], any 64-bit
    // values); outputs canonical. For tests.
    void (*permute)(std::uint64_t* state);
    // The vector field arithmetic on a[lanes], b[lanes] (any 64-bit values),
    // for tests: out[6][lanes] = (a >> 26) + (b >> 26) * 2^32 (the reduction
    // of the external layer's half-sums), a + canonical(b) (the
    // one-correction addition), a * b, a * a, a * b with b as a constant
    // operand, and canonical(b). Results other than the last are reduced
    // mod p but may be non-canonical.
    void (*fieldOps)(const std::uint64_t* a, const std::uint64_t* b, std::uint64_t* out);
};

#if defined(QM_HAVE_X86_LANES)
// Callable only when isaSupported() says so for the matching path.
const LaneKernel& avx2Kernel();
const LaneKernel& avx512Kernel();
#endif

// The kernel of a vector path; nullptr for the scalar path and for paths this
// build lacks. Does not check the CPU: call it for supported paths only.
const LaneKernel* laneKernel(Isa isa);

} // namespace qm::cpu

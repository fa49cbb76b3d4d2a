// What crosses between the host and the search kernels: the launch
// parameters, the result slot and the single-nonce input, as plain structs
// with fixed layout. The launch driver (src/cuda) needs only this; the device
// code itself (pow_search.cuh) stays with the .cu files and the host-side
// kernel tests.
#pragma once

#include <cstdint>

namespace qm::gpu {

// The two layouts of the per-nonce code (pow_search.cuh): "compact" runs a
// nonce as a rolled loop around one permutation, "inline" leaves the layout
// to the compiler.
enum class KernelVariant : int { Compact = 0, Inline = 1 };

// SearchParams::pow and HashItem::pow: the PoW generation (core/pow_algorithm.h).
inline constexpr std::uint32_t kPowV1 = 0;
inline constexpr std::uint32_t kPowV2 = 1;

// SearchSlot::minOffset when the launch found nothing.
inline constexpr std::uint64_t kNoOffset = ~std::uint64_t{0};
// Candidates a launch records; the lowest one is always known through minOffset.
inline constexpr std::uint32_t kMaxCandidates = 8;

// One launch: `count` consecutive nonces that share the upper 384 bits. Passed
// by value, so the kernel reads it from its parameter bank.
struct SearchParams {
    // v1: sponge state after the mining hash and nonce limbs 7..2;
    // v2: after the mining hash and nonce limbs 7..4 (docs/POW.md).
    std::uint64_t prefix[12];
    std::uint64_t target[8];    // limbs, least significant first
    std::uint64_t base0;        // limb 0 of the launch's first nonce
    std::uint64_t base1;        // limb 1; base + count - 1 stays below the next 2^128 multiple
    std::uint64_t base2;        // limbs 2 and 3, the same for the whole launch (v2 hashes them per nonce)
    std::uint64_t base3;
    std::uint64_t count;        // nonces in the launch
    std::uint64_t threads;      // threads in the grid
    std::uint32_t iterations;   // nonces per thread at most: count <= threads * iterations
    std::uint32_t pow;          // kPowV1 or kPowV2
};

struct Candidate {
    std::uint64_t offset;       // from the launch's first nonce
    std::uint64_t hash[8];      // the device's hash of it, limbs least significant first
};

// Device memory the host resets before and reads after each launch.
struct SearchSlot {
    std::uint64_t minOffset;    // lowest offset found, kNoOffset when none
    std::uint32_t found;        // candidates found; the first kMaxCandidates are stored
    std::uint32_t reserved;
    Candidate candidate[kMaxCandidates];
};

// Input of the single-nonce hash kernel the device check uses.
struct HashItem {
    std::uint64_t prefix[12];   // as SearchParams::prefix, for `pow`
    std::uint64_t limb3;        // v2 only
    std::uint64_t limb2;        // v2 only
    std::uint64_t limb1;
    std::uint64_t limb0;
    std::uint64_t pow;          // kPowV1 or kPowV2
};

// The device field-arithmetic check (launchFieldCheck): each case runs every
// field operation of the compact kernels' arithmetic (kernels/goldilocks_device.cuh)
// on the device. results[kFieldOps * i + op] is the canonical (< p) result of
// operation `op` on case i:
//   0 add(a, b)            1 sub(a, b)           2 mul(a, b)        3 square(a)
//   4 reduce128(lo, hi)    5 pow7(a)             6 a + (b mod p), the single-correction add
//   7 the wide value lo + (hi mod 2^32) * 2^64, reduced
// Inputs are any 64-bit words (values >= p included).
struct FieldCase {
    std::uint64_t a;
    std::uint64_t b;
    std::uint64_t lo;
    std::uint64_t hi;
};
inline constexpr unsigned kFieldOps = 8;

} // namespace qm::gpu

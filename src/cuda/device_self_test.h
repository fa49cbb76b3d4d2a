// The gpu-cuda engine's start-up self-test, its host half: the inputs a GPU
// runs before it may mine (field arithmetic, Poseidon2 permutations, known
// hashes, a tiny search of each PoW generation), the CPU's answers for them,
// and the comparison that refuses a GPU on any difference. Plain C++:
// cuda_backend.cpp runs the inputs on the device, the GPU check tool runs many
// more, and the tests feed the comparison host-computed and deliberately
// wrong results.
#pragma once

#include "core/pow.h"
#include "kernels/search_abi.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace qm::gpu {

// What the comparisons found, grouped by what differed: "field mul",
// "Poseidon2 permutation", "QPoW v1 hash", "QPoW v2 search", ...
class SelfTestReport {
public:
    // One mismatching item of `what`; the first item's detail is kept.
    void mismatch(const std::string& what, std::string detail);
    std::size_t mismatches() const { return total_; }
    bool passed() const { return total_ == 0; }
    // "the device's field mul differs from the CPU's (mul(...) = ... on the
    // device, ... on the CPU; 3 mismatches)", then "; also ..." naming every
    // other part that differed. Empty when the report passed.
    std::string summary() const;

private:
    struct Part {
        std::string what;
        std::string detail;
        std::size_t count = 0;
    };
    std::vector<Part> parts_;
    std::size_t total_ = 0;
};

// "" when the report passed. Otherwise the device is refused: its mismatches
// are added to gpuCandidateStats().hashMismatches (the service's
// miner_gpu_hash_mismatch_total) and the reason reads "gpu-cuda refuses to
// mine on GPU <ordinal>: " + report.summary().
std::string refuseOnMismatch(int ordinal, const SelfTestReport& report);

// --- (a) field arithmetic (launchFieldCheck) ---------------------------------

// Every combination of the edge values (0, 1, 2, 2^32 - 1, 2^32, 2^63, p - 2,
// p - 1, p, p + 1, 2^64 - 2, 2^64 - 1) as a, b, lo and hi, then pseudo-random
// cases from a fixed seed.
std::vector<FieldCase> selfTestFieldCases();
// `count` pseudo-random cases of `seed`: words drawn uniformly, near the edge
// values, and from 32-bit halves that are all zeros or all ones.
std::vector<FieldCase> randomFieldCases(std::size_t count, std::uint64_t seed);
// The CPU's canonical result of field operation `op` (search_abi.h,
// kFieldOps) on `c`, with core/goldilocks.h.
std::uint64_t fieldReference(const FieldCase& c, unsigned op);
// results[kFieldOps * i + op] against fieldReference; each differing word is
// one mismatch of "field <op>".
void compareFieldResults(const std::vector<FieldCase>& cases, const std::uint64_t* results, SelfTestReport& report);

// --- (b) the permutation (launchPermute) -------------------------------------

// States of 12 words each, concatenated: zeros, all p - 1, all 2^64 - 1, all
// p, 1..12, and pseudo-random ones with non-canonical words.
std::vector<std::uint64_t> selfTestPermuteStates();
// `count` pseudo-random states of `seed`, words as randomFieldCases draws them.
std::vector<std::uint64_t> randomPermuteStates(std::size_t count, std::uint64_t seed);
// out[12 * i ...] against p2::permute of states[12 * i ...]; each differing
// state is one mismatch of "Poseidon2 permutation".
void comparePermuteResults(const std::vector<std::uint64_t>& states, const std::uint64_t* out,
                           SelfTestReport& report);

// --- (c) known hashes (launchHash) -------------------------------------------

struct KnownHash {
    PowAlgorithm pow = PowAlgorithm::QPowV1;
    MiningHash miningHash{};
    U512 nonce;
    U512 hash;          // the authoritative answer
    std::string source; // where the answer comes from
};

// Two answers of each generation from the spec's vectors, and nonces at the
// limb edges answered by the CPU reference (powHashReference).
std::vector<KnownHash> selfTestHashes();
// The single-nonce kernel's inputs for `known` (hashItemFor).
std::vector<HashItem> hashItemsFor(const std::vector<KnownHash>& known);
// hashes[8 * i ...] against known[i].hash; each differing hash is one
// mismatch of "QPoW vN hash".
void compareHashResults(const std::vector<KnownHash>& known, const std::uint64_t* hashes, SelfTestReport& report);

// --- (d) a tiny search (launchSearch) ----------------------------------------

struct SelfTestSearch {
    JobContext job;
    U512 first;          // limb 0 carries into limb 1 inside the range
    std::uint64_t count; // nonces in the launch
};

// The search of generation `pow`: a few hundred nonces at a difficulty that
// makes several of them valid, no more than a slot records.
SelfTestSearch selfTestSearch(PowAlgorithm pow);
// Its launch parameters; the caller sets threads and iterations.
SearchParams selfTestSearchParams(const SelfTestSearch& search);
// The device's slot after the launch against the CPU, with the engine's own
// re-check (powHashReference, powMeetsTarget): the lowest valid offset, and
// every recorded candidate valid with the CPU's hash. Each wrong answer is one
// mismatch of "QPoW vN search".
void compareSearchResult(const SelfTestSearch& search, const SearchSlot& slot, SelfTestReport& report);

} // namespace qm::gpu

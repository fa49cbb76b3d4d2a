// The cases the PTX interpreter test (tests/cuda/ptx_kernel_check.py) runs the
// kernels' device code on, with the answers of the core, as JSON on stdout:
//  - the ABI's layout (sizes and offsets), so the script builds the kernels'
//    inputs from this compiler's view of kernels/search_abi.h;
//  - one HashItem per spec vector (hashItemFor) with the vector's hash;
//  - Poseidon2 states with p2::permute's output;
//  - per PoW generation, a launch of the search kernel in two shapes: its
//    SearchParams and every valid offset of the launch with its hash
//    (powHashReference).
// Fixed seeds: the output is the same on every run. Exits 1 when a vector
// disagrees with the core's reference.
#include "core/poseidon2.h"
#include "core/poseidon2_constants.h"
#include "core/pow.h"
#include "core/pow_prefix.h"
#include "core/u512.h"
#include "cuda/gpu_search.h"
#include "kernels/search_abi.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace qm;
using namespace qm::gpu;

namespace {

#include "tests/core/pow_vectors.inc"
#include "tests/core/pow_v2_vectors.inc"

constexpr std::uint64_t kP = 0xffffffff00000001ULL;

std::string hex64(std::uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

template <typename T>
std::string bytesHex(const T& value)
{
    unsigned char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    return toHex(raw, sizeof(T));
}

std::string limbList(const std::uint64_t* limbs, int n)
{
    std::string out = "[";
    for (int i = 0; i < n; ++i)
        out += (i ? ", \"" : "\"") + hex64(limbs[i]) + "\"";
    return out + "]";
}

// One JSON list, its elements written by the caller.
class List {
public:
    explicit List(const char* key) { std::printf("  \"%s\": [\n", key); }
    void item(const std::string& text)
    {
        std::printf("%s    %s", first_ ? "" : ",\n", text.c_str());
        first_ = false;
    }
    void close(bool last = false) { std::printf("\n  ]%s\n", last ? "" : ","); }

private:
    bool first_ = true;
};

bool hashItems(List& list, const PowVector* vectors, std::size_t count, PowAlgorithm pow)
{
    for (std::size_t i = 0; i < count; ++i) {
        const PowVector& v = vectors[i];
        MiningHash mh;
        std::string err;
        const auto nonce = parseHexExact(v.nonce, 128, "nonce", err);
        const auto hash = parseHexExact(v.hash, 128, "hash", err);
        if (!parseHexBytes(v.miningHash, mh.data(), 32, "mining_hash", err) || !nonce || !hash) {
            std::fprintf(stderr, "ptx_cases: vector %zu: %s\n", i, err.c_str());
            return false;
        }
        if (powHashReference(pow, mh, *nonce) != *hash) {
            std::fprintf(stderr, "ptx_cases: the core disagrees with %s vector %zu\n", powAlgorithmName(pow).c_str(), i);
            return false;
        }
        const JobContext job = JobContext::make(mh, U512::fromU64(1), pow);
        const HashItem item = hashItemFor(job, *nonce);
        list.item("{\"name\": \"" + powAlgorithmName(pow) + " vector " + std::to_string(i) + "\", \"pow\": " +
                  std::to_string(item.pow) + ", \"item\": \"" + bytesHex(item) + "\", \"hash\": " +
                  limbList(hash->limb.data(), 8) + "}");
    }
    return true;
}

void permuteCases(List& list)
{
    std::mt19937_64 rng(0x9e2);
    std::vector<std::pair<std::string, std::array<std::uint64_t, 12>>> states;
    std::array<std::uint64_t, 12> s{};
    states.emplace_back("zero", s);
    s.fill(kP - 1);
    states.emplace_back("all p-1", s);
    s.fill(~0ULL);
    states.emplace_back("all 2^64-1", s);
    for (int i = 0; i < 12; ++i)
        s[static_cast<std::size_t>(i)] = (i % 3 == 0) ? kP + static_cast<std::uint64_t>(i) : rng();
    states.emplace_back("mixed, non-canonical", s);
    for (auto& w : s)
        w = rng();
    states.emplace_back("random", s);
    for (auto& [name, in] : states) {
        std::array<std::uint64_t, 12> out = in;
        p2::permute(out.data(), kPoseidon2);
        list.item("{\"name\": \"" + name + "\", \"input\": " + limbList(in.data(), 12) + ", \"output\": " +
                  limbList(out.data(), 12) + "}");
    }
}

// A launch of 64 nonces whose lowest valid one lies a few nonces in, past a
// carry of limb 0 into limb 1, with at least one more valid nonce above it.
bool searchCase(List& list, PowAlgorithm pow)
{
    constexpr std::uint64_t kCount = 64;
    constexpr std::uint64_t kDifficulty = 12;
    constexpr std::uint64_t kCarryAt = 3; // base0 = 2^64 - 3: offset 3 carries into limb 1
    for (std::uint64_t seed = 1; seed < 1000; ++seed) {
        std::mt19937_64 rng(seed * 0x51ed + static_cast<std::uint64_t>(pow));
        MiningHash mh;
        for (auto& b : mh)
            b = static_cast<std::uint8_t>(rng());
        U512 base;
        for (auto& l : base.limb)
            l = rng();
        base.limb[0] = std::uint64_t{0} - kCarryAt;
        if (base.limb[1] == ~0ULL)
            continue; // the launch must stay below the next 2^128 multiple
        const JobContext job = JobContext::make(mh, U512::fromU64(kDifficulty), pow);
        std::vector<std::pair<std::uint64_t, U512>> valid;
        for (std::uint64_t off = 0; off < kCount; ++off) {
            const U512 nonce = base.addU64(off);
            const U512 h = powHashReference(pow, mh, nonce);
            if (powMeetsTarget(h, job.target))
                valid.emplace_back(off, h);
        }
        if (valid.size() < 2 || valid[0].first < kCarryAt || valid[0].first > 12)
            continue;
        SearchParams params{};
        prefixState(job, base, params.prefix);
        for (int i = 0; i < 8; ++i)
            params.target[i] = job.target.limb[static_cast<std::size_t>(i)];
        params.base0 = base.limb[0];
        params.base1 = base.limb[1];
        params.base2 = base.limb[2];
        params.base3 = base.limb[3];
        params.count = kCount;
        params.pow = kernelPow(pow);
        std::string v = "[";
        for (std::size_t i = 0; i < valid.size(); ++i)
            v += std::string(i ? ", " : "") + "{\"offset\": " + std::to_string(valid[i].first) +
                 ", \"hash\": " + limbList(valid[i].second.limb.data(), 8) + "}";
        v += "]";
        // Two launch shapes: a nonce per thread, and two threads that walk
        // the range (the lowest valid nonce is then found in a later iteration).
        const std::pair<std::uint64_t, std::uint32_t> shapes[] = {{kCount, 1}, {2, kCount / 2}};
        for (const auto& [threads, iterations] : shapes) {
            params.threads = threads;
            params.iterations = iterations;
            list.item("{\"name\": \"" + powAlgorithmName(pow) + " seed " + std::to_string(seed) + ", " +
                      std::to_string(threads) + " threads\", \"pow\": " + std::to_string(params.pow) +
                      ", \"params\": \"" + bytesHex(params) + "\", \"count\": " + std::to_string(kCount) +
                      ", \"threads\": " + std::to_string(threads) + ", \"iterations\": " +
                      std::to_string(iterations) + ", \"valid\": " + v + "}");
        }
        return true;
    }
    std::fprintf(stderr, "ptx_cases: no search case found for %s\n", powAlgorithmName(pow).c_str());
    return false;
}

} // namespace

int main()
{
    std::printf("{\n  \"layout\": {\"hash_item\": %zu, \"search_params\": %zu, \"slot\": %zu, \"slot_min_offset\": %zu, "
                "\"slot_found\": %zu, \"slot_candidates\": %zu, \"candidate\": %zu, \"candidate_offset\": %zu, "
                "\"candidate_hash\": %zu, \"field_case\": %zu, \"field_ops\": %u, \"max_candidates\": %u, "
                "\"no_offset\": \"%s\", \"pow_v1\": %u, \"pow_v2\": %u},\n",
                sizeof(HashItem), sizeof(SearchParams), sizeof(SearchSlot), offsetof(SearchSlot, minOffset),
                offsetof(SearchSlot, found), offsetof(SearchSlot, candidate), sizeof(Candidate),
                offsetof(Candidate, offset), offsetof(Candidate, hash), sizeof(FieldCase), kFieldOps,
                kMaxCandidates, hex64(kNoOffset).c_str(), kPowV1, kPowV2);
    bool ok = true;
    {
        List list("hash_items");
        ok = hashItems(list, kPowVectors, std::size(kPowVectors), PowAlgorithm::QPowV1) && ok;
        ok = hashItems(list, kPowV2Vectors, std::size(kPowV2Vectors), PowAlgorithm::QPowV2) && ok;
        list.close();
    }
    {
        List list("permute");
        permuteCases(list);
        list.close();
    }
    {
        List list("search");
        ok = searchCase(list, PowAlgorithm::QPowV1) && ok;
        ok = searchCase(list, PowAlgorithm::QPowV2) && ok;
        list.close(true);
    }
    std::printf("}\n");
    return ok ? 0 : 1;
}

#include "cuda/device_self_test.h"

#include "core/goldilocks.h"
#include "core/poseidon2.h"
#include "core/poseidon2_constants.h"
#include "core/pow_prefix.h"
#include "cuda/gpu_search.h"
#include "cuda/gpu_stats.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <random>

namespace qm::gpu {

namespace {

constexpr std::uint64_t kP = gl::kP;

// The words where a 64-bit Goldilocks implementation goes wrong if it does:
// the carries and borrows of 2^32 and 2^64, and the values around p (note
// p - 1 is 2^64 - 2^32, and p..2^64 - 1 are the non-canonical inputs).
constexpr std::uint64_t kEdges[] = {
    0, 1, 2, 0xffffffffULL, 0x100000000ULL, 0x8000000000000000ULL,
    kP - 2, kP - 1, kP, kP + 1, ~std::uint64_t{0} - 1, ~std::uint64_t{0},
};
constexpr std::size_t kEdgeCount = std::size(kEdges);

// Pseudo-random cases appended to the edge combinations at start-up.
constexpr std::size_t kRandomFieldCases = 2048;
constexpr std::uint64_t kFieldSeed = 0x5eed0f1e1dULL;
constexpr std::size_t kRandomStates = 4;
constexpr std::uint64_t kStateSeed = 0x5eedba5eULL;

const char* const kOpNames[kFieldOps] = {"add",  "sub", "mul",          "square", "reduce128",
                                         "pow7", "add of a reduced operand", "wide reduction"};

std::string hex(std::uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// The operation and its inputs as a reader checks them by hand.
std::string fieldInputs(const FieldCase& c, unsigned op)
{
    switch (op) {
    case 0:
    case 1:
    case 2:
        return std::string(kOpNames[op]) + "(" + hex(c.a) + ", " + hex(c.b) + ")";
    case 3:
    case 5:
        return std::string(kOpNames[op]) + "(" + hex(c.a) + ")";
    case 4:
        return "reduce128(lo " + hex(c.lo) + ", hi " + hex(c.hi) + ")";
    case 6:
        return hex(c.a) + " + (" + hex(c.b) + " mod p)";
    default:
        return "(" + hex(c.lo) + " + (" + hex(c.hi) + " mod 2^32) * 2^64) mod p";
    }
}

// The most significant 16 hex digits of a 512-bit hash: enough to tell two apart.
std::string hashHead(const U512& h)
{
    return h.toHex128().substr(0, 16) + "...";
}

std::string offsetText(std::uint64_t offset)
{
    return offset == kNoOffset ? "none" : std::to_string(offset);
}

std::uint64_t randomWord(std::mt19937_64& rng)
{
    switch (rng() % 4) {
    case 0:
        // Around an edge, wrapping at 2^64.
        return kEdges[rng() % kEdgeCount] + (rng() % 9) - 4;
    case 1: {
        auto half = [&rng]() -> std::uint64_t {
            switch (rng() % 3) {
            case 0:
                return 0;
            case 1:
                return 0xffffffffULL;
            default:
                return rng() & 0xffffffffULL;
            }
        };
        const std::uint64_t high = half();
        return (high << 32) | half();
    }
    default:
        return rng();
    }
}

std::vector<KnownHash> parsedVectors()
{
    // Copied from the spec's vectors (tests/data, via scripts/gen-core-vectors.py);
    // the engine carries its own copy because the test files are not part of it.
    struct Vector {
        PowAlgorithm pow;
        const char* miningHash;
        const char* nonce;
        const char* hash;
        const char* source;
    };
    static const Vector kVectors[] = {
        {PowAlgorithm::QPowV1, "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
         "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
         "e4a2d19315f7d7425039d470ba5bc460f84b98a234282cc0440c8437892efd7fab79521ca9cc0280637588a68549dadd79ebeba1057da2df54bc209405cf339f",
         "tests/core/pow_vectors.inc, kPowVectors[1]"},
        {PowAlgorithm::QPowV1, "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
         "3d17034e84aa84701477f021d6e05f1ef1c08296ab3a5522eae71d8bc66c50dcc8422f0e92a50a0cbf09a88df4f29abb7f0767ed05e08999b54685e46fafdd54",
         "623ac88db2d8dcae677906699b2119b04a08c8effb665ee488d503f8e10681e76dccb7e3e07160ad121868437850af193399657a07674e0a631898f70eb75bf2",
         "tests/core/pow_vectors.inc, kPowVectors[11]"},
        {PowAlgorithm::QPowV2, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
         "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000ff",
         "c67969093b00436c5fbfbe1f7dbf389b1bb8efcaf5490c7e730bd13dd387436380c73fb5c90ad865fae30a5d5c2037479804c15883961a0557c502043edd000a",
         "tests/core/pow_v2_vectors.inc, kPowV2Vectors[3]"},
        {PowAlgorithm::QPowV2, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
         "580da49cef8da4a4cea6fd4b16cf1316ee3b772a0fe1e1d639f8fb4ad063a297a777f6ee04edf289c048acd8a9f6a676afa446dcbf85929bb0aa60e2e6e18763",
         "bc4c05be861dca66e3e532df20c05ebff79d619c896fa889e418e51c666d7aa68ce8a44bbbd7f7327db2fca1fc9eeec2f665f85e2a79e95c7f8c6d041d791ad8",
         "tests/core/pow_v2_vectors.inc, kPowV2Vectors[13]"},
    };
    std::vector<KnownHash> out;
    for (const Vector& v : kVectors) {
        KnownHash k;
        std::string error;
        k.pow = v.pow;
        parseHexBytes(v.miningHash, k.miningHash.data(), k.miningHash.size(), "mining hash", error);
        k.nonce = parseHexExact(v.nonce, 128, "nonce", error).value_or(U512::zero());
        k.hash = parseHexExact(v.hash, 128, "hash", error).value_or(U512::zero());
        k.source = std::string("known answer, ") + v.source;
        out.push_back(k);
    }
    return out;
}

} // namespace

void SelfTestReport::mismatch(const std::string& what, std::string detail)
{
    ++total_;
    for (Part& p : parts_) {
        if (p.what == what) {
            ++p.count;
            return;
        }
    }
    parts_.push_back(Part{what, std::move(detail), 1});
}

std::string SelfTestReport::summary() const
{
    if (parts_.empty())
        return {};
    const Part& first = parts_.front();
    std::string text = "the device's " + first.what + " differs from the CPU's (" + first.detail;
    if (first.count > 1)
        text += "; " + std::to_string(first.count) + " mismatches";
    text += ")";
    for (std::size_t i = 1; i < parts_.size(); ++i) {
        text += i == 1 ? "; also its " : ", its ";
        text += parts_[i].what + " (" + std::to_string(parts_[i].count) +
                (parts_[i].count == 1 ? " mismatch)" : " mismatches)");
    }
    return text;
}

std::string refuseOnMismatch(int ordinal, const SelfTestReport& report)
{
    if (report.passed())
        return {};
    gpuCandidateStats().hashMismatches.fetch_add(report.mismatches());
    return "gpu-cuda refuses to mine on GPU " + std::to_string(ordinal) + ": " + report.summary();
}

// --- field arithmetic ----------------------------------------------------------

std::vector<FieldCase> selfTestFieldCases()
{
    std::vector<FieldCase> cases;
    cases.reserve(kEdgeCount * kEdgeCount * kEdgeCount * kEdgeCount + kRandomFieldCases);
    for (std::uint64_t a : kEdges)
        for (std::uint64_t b : kEdges)
            for (std::uint64_t lo : kEdges)
                for (std::uint64_t hi : kEdges)
                    cases.push_back(FieldCase{a, b, lo, hi});
    const auto random = randomFieldCases(kRandomFieldCases, kFieldSeed);
    cases.insert(cases.end(), random.begin(), random.end());
    return cases;
}

std::vector<FieldCase> randomFieldCases(std::size_t count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<FieldCase> cases(count);
    for (FieldCase& c : cases) {
        c.a = randomWord(rng);
        c.b = randomWord(rng);
        c.lo = randomWord(rng);
        c.hi = randomWord(rng);
    }
    return cases;
}

std::uint64_t fieldReference(const FieldCase& c, unsigned op)
{
    switch (op) {
    case 0:
        return gl::canonical(gl::add(c.a, c.b));
    case 1:
        return gl::canonical(gl::sub(c.a, c.b));
    case 2:
        return gl::canonical(gl::mul(c.a, c.b));
    case 3:
        return gl::canonical(gl::square(c.a));
    case 4:
        return gl::canonical(gl::reduce128(c.lo, c.hi));
    case 5:
        return gl::canonical(gl::pow7(c.a));
    case 6:
        return gl::canonical(gl::add(c.a, gl::canonical(c.b)));
    default:
        return gl::canonical(gl::reduce128(c.lo, c.hi & 0xffffffffULL));
    }
}

void compareFieldResults(const std::vector<FieldCase>& cases, const std::uint64_t* results, SelfTestReport& report)
{
    for (std::size_t i = 0; i < cases.size(); ++i) {
        for (unsigned op = 0; op < kFieldOps; ++op) {
            const std::uint64_t got = results[kFieldOps * i + op];
            const std::uint64_t want = fieldReference(cases[i], op);
            if (got != want)
                report.mismatch(std::string("field ") + kOpNames[op],
                                fieldInputs(cases[i], op) + " = " + hex(got) + " on the device, " + hex(want) +
                                    " on the CPU");
        }
    }
}

// --- the permutation -----------------------------------------------------------

std::vector<std::uint64_t> selfTestPermuteStates()
{
    std::vector<std::uint64_t> states;
    for (std::uint64_t fill : {std::uint64_t{0}, kP - 1, ~std::uint64_t{0}, kP})
        states.insert(states.end(), p2::kWidth, fill);
    for (int i = 0; i < p2::kWidth; ++i)
        states.push_back(static_cast<std::uint64_t>(i + 1));
    const auto random = randomPermuteStates(kRandomStates, kStateSeed);
    states.insert(states.end(), random.begin(), random.end());
    return states;
}

std::vector<std::uint64_t> randomPermuteStates(std::size_t count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<std::uint64_t> states(count * p2::kWidth);
    for (auto& w : states)
        w = randomWord(rng);
    return states;
}

void comparePermuteResults(const std::vector<std::uint64_t>& states, const std::uint64_t* out,
                           SelfTestReport& report)
{
    const std::size_t count = states.size() / p2::kWidth;
    for (std::size_t i = 0; i < count; ++i) {
        std::uint64_t want[p2::kWidth];
        std::copy_n(states.begin() + static_cast<std::ptrdiff_t>(p2::kWidth * i), p2::kWidth, want);
        p2::permute(want, kPoseidon2);
        const std::uint64_t* got = out + p2::kWidth * i;
        for (int w = 0; w < p2::kWidth; ++w) {
            if (got[w] != want[w]) {
                report.mismatch("Poseidon2 permutation",
                                "state " + std::to_string(i) + " (" + hex(states[p2::kWidth * i]) + ", " +
                                    hex(states[p2::kWidth * i + 1]) + ", ...), word " + std::to_string(w) + ": " +
                                    hex(got[w]) + " on the device, " + hex(want[w]) + " on the CPU");
                break;
            }
        }
    }
}

// --- known hashes --------------------------------------------------------------

std::vector<KnownHash> selfTestHashes()
{
    std::vector<KnownHash> known = parsedVectors();
    // Nonces at the limb edges of both generations, answered by the CPU
    // reference: zero, limb 0 full, every bit set, a pattern in every limb.
    MiningHash mh;
    for (std::size_t i = 0; i < mh.size(); ++i)
        mh[i] = static_cast<std::uint8_t>(0xa7 ^ (i * 29));
    U512 nonces[4];
    nonces[1] = U512::fromU64(~std::uint64_t{0});
    nonces[2] = U512::max();
    for (std::size_t i = 0; i < 8; ++i)
        nonces[3].limb[i] = 0x0123456789abcdefULL * (i + 3);
    for (PowAlgorithm pow : {PowAlgorithm::QPowV1, PowAlgorithm::QPowV2}) {
        for (const U512& nonce : nonces) {
            KnownHash k;
            k.pow = pow;
            k.miningHash = mh;
            k.nonce = nonce;
            k.hash = powHashReference(pow, mh, nonce);
            k.source = "CPU reference";
            known.push_back(k);
        }
    }
    return known;
}

std::vector<HashItem> hashItemsFor(const std::vector<KnownHash>& known)
{
    std::vector<HashItem> items;
    items.reserve(known.size());
    for (const KnownHash& k : known)
        items.push_back(hashItemFor(JobContext::make(k.miningHash, U512::fromU64(1), k.pow), k.nonce));
    return items;
}

void compareHashResults(const std::vector<KnownHash>& known, const std::uint64_t* hashes, SelfTestReport& report)
{
    for (std::size_t i = 0; i < known.size(); ++i) {
        const KnownHash& k = known[i];
        U512 got;
        std::copy_n(hashes + 8 * i, 8, got.limb.begin());
        if (got != k.hash)
            report.mismatch("QPoW " + powAlgorithmName(k.pow) + " hash",
                            "nonce 0x" + k.nonce.toHexMinimal() + ", " + k.source + ": " + hashHead(got) +
                                " on the device, " + hashHead(k.hash) + " expected");
    }
}

// --- a tiny search -------------------------------------------------------------

SelfTestSearch selfTestSearch(PowAlgorithm pow)
{
    MiningHash mh;
    for (std::size_t i = 0; i < mh.size(); ++i)
        mh[i] = static_cast<std::uint8_t>(13 + i * 71);
    // Limb 0 carries a third of the way in; v2 hashes limbs 2 and 3 per
    // nonce, so they are set too. Difficulty 64 leaves 4 valid nonces of v1
    // (the lowest at offset 15) and 5 of v2 (the lowest at 147, past the
    // carry): several, and all fit in a slot (tests/cuda/gpu_search_test.cpp
    // checks it).
    U512 first;
    first.limb[0] = ~std::uint64_t{0} - 127;
    first.limb[1] = 0x7a5e11ed00c0ffeeULL;
    first.limb[2] = 0x0123456789abcdefULL;
    first.limb[3] = 0xfedcba9876543210ULL;
    first.limb[7] = 0x8000000000000001ULL;
    return SelfTestSearch{JobContext::make(mh, U512::fromU64(64), pow), first, 384};
}

SearchParams selfTestSearchParams(const SelfTestSearch& search)
{
    std::uint64_t prefix[12];
    prefixState(search.job, search.first, prefix);
    return launchParams(search.job, prefix, search.first, search.count);
}

void compareSearchResult(const SelfTestSearch& search, const SearchSlot& slot, SelfTestReport& report)
{
    const std::string what = "QPoW " + powAlgorithmName(search.job.pow) + " search";
    const std::string where = "of " + std::to_string(search.count) + " nonces from 0x" + search.first.toHexMinimal();
    std::vector<U512> hashes(search.count);
    std::vector<bool> valid(search.count);
    std::uint64_t lowest = kNoOffset;
    std::uint64_t validCount = 0;
    for (std::uint64_t i = 0; i < search.count; ++i) {
        hashes[i] = powHashReference(search.job.pow, search.job.miningHash, search.first.addU64(i));
        valid[i] = powMeetsTarget(hashes[i], search.job.target);
        if (valid[i]) {
            ++validCount;
            lowest = std::min(lowest, i);
        }
    }
    if (slot.minOffset != lowest)
        report.mismatch(what, where + ": lowest valid offset " + offsetText(slot.minOffset) + " on the device, " +
                                  offsetText(lowest) + " on the CPU");
    if (slot.found > validCount)
        report.mismatch(what, where + ": " + std::to_string(slot.found) + " candidates on the device, " +
                                  std::to_string(validCount) + " valid nonces on the CPU");
    bool lowestRecorded = false;
    const std::uint32_t stored = std::min(slot.found, kMaxCandidates);
    for (std::uint32_t i = 0; i < stored; ++i) {
        const Candidate& c = slot.candidate[i];
        if (c.offset >= search.count || !valid[c.offset]) {
            report.mismatch(what, where + ": the device's candidate at offset " + std::to_string(c.offset) +
                                      " is not valid on the CPU");
            continue;
        }
        U512 got;
        std::copy_n(c.hash, 8, got.limb.begin());
        if (got != hashes[c.offset])
            report.mismatch(what, where + ": hash at offset " + std::to_string(c.offset) + " " + hashHead(got) +
                                      " on the device, " + hashHead(hashes[c.offset]) + " on the CPU");
        lowestRecorded = lowestRecorded || c.offset == lowest;
    }
    // Every valid nonce fits in the slot, so the lowest must be among them.
    if (lowest != kNoOffset && slot.minOffset == lowest && slot.found <= kMaxCandidates && !lowestRecorded)
        report.mismatch(what, where + ": the lowest valid offset " + std::to_string(lowest) +
                                  " has no candidate record on the device");
}

} // namespace qm::gpu

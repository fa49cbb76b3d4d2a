// Self-test of the Qt-free core: known answers, engine agreement, parsing,
// ranges at integer boundaries, and cancellation.
#include "tests/support/check.h"
#include "tests/support/random_inputs.h"
#include "tests/support/test_backends.h"

#include "core/backend.h"
#include "core/cpu/baseline_backend.h"
#include "core/cpu/fast_backend.h"
#include "core/poseidon2.h"
#include "core/pow.h"
#include "core/pow_midstate.h"
#include "core/sponge.h"
#include "core/u512.h"

#include <atomic>
#include <cstring>
#include <random>

using namespace qm;
using namespace qmtest;

namespace {

#include "tests/core/pow_vectors.inc"
#include "tests/core/pow_v2_vectors.inc"

std::uint64_t hex64(const char* s)
{
    return std::stoull(s, nullptr, 16);
}

std::vector<std::uint8_t> hexBytes(const char* s)
{
    std::vector<std::uint8_t> out(std::strlen(s) / 2);
    std::string err;
    if (!parseHexBytes(s, out.data(), out.size(), "vector", err))
        std::abort();
    return out;
}

U512 hexU512(const char* s)
{
    std::string err;
    return *parseHexExact(s, 128, "vector", err);
}

U512 decU512(const char* s)
{
    std::string err;
    return *parseDecimal(s, "vector", err);
}

} // namespace

QM_TEST(permutation_vectors)
{
    for (const auto& v : kPermVectors) {
        std::uint64_t s[12];
        for (int i = 0; i < 12; ++i)
            s[i] = hex64(v.input[i]);
        p2::permute(s, kPoseidon2);
        for (int i = 0; i < 12; ++i)
            QM_CHECK_EQ(s[i], hex64(v.output[i]));
    }
}

QM_TEST(hash_bytes_vectors)
{
    for (const auto& v : kHashBytesVectors) {
        const auto in = hexBytes(v.input);
        const auto out = hashBytes(in.data(), in.size());
        QM_CHECK_EQ(toHex(out.data(), out.size()), std::string(v.output));
    }
}

QM_TEST(squeeze_twice_vectors)
{
    for (const auto& v : kSqueezeTwiceVectors) {
        const auto in = hexBytes(v.input);
        const auto out = squeezeTwice(in.data(), in.size());
        QM_CHECK_EQ(toHex(out.data(), out.size()), std::string(v.output));
    }
}

QM_TEST(pow_hash_vectors_reference_and_midstate)
{
    for (const auto& v : kPowVectors) {
        MiningHash mh;
        std::string err;
        QM_CHECK(parseHexBytes(v.miningHash, mh.data(), 32, "mining_hash", err));
        const U512 nonce = hexU512(v.nonce);
        QM_CHECK_EQ(powHashReference(mh, nonce).toHex128(), std::string(v.hash));
        // Difficulty 1 accepts every hash below 2^512 - 1, so the shortcut path
        // must report the full hash as well.
        const JobContext job = JobContext::make(mh, U512::fromU64(1));
        U512 fast;
        QM_CHECK(fastCheckNonce(job, nonce, fast));
        QM_CHECK_EQ(fast.toHex128(), std::string(v.hash));
    }
}

QM_TEST(target_vectors)
{
    for (const auto& v : kTargetVectors)
        QM_CHECK_EQ(targetForDifficulty(decU512(v.difficulty)).toHex128(), std::string(v.target));
}

// Every engine finds each vector's first valid nonce with the exact count.
template <std::size_t N>
void checkFirstValidNonces(const FirstNonceVector (&vectors)[N], PowAlgorithm pow)
{
    for (const auto& engine : testEngines()) {
        for (const auto& v : vectors) {
            MiningHash mh;
            std::string err;
            parseHexBytes(v.miningHash, mh.data(), 32, "mining_hash", err);
            const JobContext job = JobContext::make(mh, decU512(v.difficulty), pow);
            const SearchResult r = engine->search(job, hexU512(v.start), hexU512(v.end), SearchControl{});
            QM_CHECK_EQ(r.checked, static_cast<std::uint64_t>(v.checked));
            if (v.firstValid) {
                QM_CHECK(r.outcome == SearchOutcome::Found);
                QM_CHECK_EQ(r.nonce.toHex128(), std::string(v.firstValid));
                QM_CHECK_EQ(r.hash.toHex128(), std::string(v.hash));
            } else {
                QM_CHECK(r.outcome == SearchOutcome::Exhausted);
            }
            if (currentFailed()) {
                std::fprintf(stderr, "  QPoW %s, engine %s (%s), difficulty %s, start %s\n",
                             powAlgorithmName(pow).c_str(), engine->name().c_str(), engine->codePath().c_str(),
                             v.difficulty, v.start);
                return;
            }
        }
    }
}

QM_TEST(first_valid_nonce_vectors_every_engine)
{
    checkFirstValidNonces(kFirstNonceVectors, PowAlgorithm::QPowV1);
}

QM_TEST(v2_sponge_rate8_vectors)
{
    for (const auto& v : kHashBytesRate8Vectors) {
        const auto in = hexBytes(v.input);
        const auto out = hashBytes(in.data(), in.size(), 8);
        QM_CHECK_EQ(toHex(out.data(), out.size()), std::string(v.output));
    }
    for (const auto& v : kSqueezeTwiceRate8Vectors) {
        const auto in = hexBytes(v.input);
        const auto out = squeezeTwice(in.data(), in.size(), 8);
        QM_CHECK_EQ(toHex(out.data(), out.size()), std::string(v.output));
    }
}

QM_TEST(v2_pow_hash_vectors_reference_midstate_and_every_engine)
{
    const auto engines = testEngines();
    for (const auto& v : kPowV2Vectors) {
        MiningHash mh;
        std::string err;
        QM_CHECK(parseHexBytes(v.miningHash, mh.data(), 32, "mining_hash", err));
        const U512 nonce = hexU512(v.nonce);
        QM_CHECK_EQ(powHashReference(PowAlgorithm::QPowV2, mh, nonce).toHex128(), std::string(v.hash));
        // Difficulty 1 accepts every hash but 2^512 - 1: each path must find
        // the nonce at once and report its full hash.
        const JobContext job = JobContext::make(mh, U512::fromU64(1), PowAlgorithm::QPowV2);
        U512 fast;
        QM_CHECK(fastCheckNonce(job, nonce, fast));
        QM_CHECK_EQ(fast.toHex128(), std::string(v.hash));
        for (const auto& engine : engines) {
            const SearchResult r = engine->search(job, nonce, nonce, SearchControl{});
            QM_CHECK(r.outcome == SearchOutcome::Found);
            QM_CHECK_EQ(r.checked, 1u);
            QM_CHECK_EQ(r.hash.toHex128(), std::string(v.hash));
            if (currentFailed()) {
                std::fprintf(stderr, "  engine %s (%s), nonce %s\n", engine->name().c_str(),
                             engine->codePath().c_str(), v.nonce);
                return;
            }
        }
    }
}

QM_TEST(v2_first_valid_nonce_vectors_every_engine)
{
    checkFirstValidNonces(kFirstNonceV2Vectors, PowAlgorithm::QPowV2);
}

QM_TEST(v2_engines_agree_on_random_jobs_and_2_256_boundaries)
{
    std::mt19937_64 rng(0x2b0b);
    BaselineBackend baseline;
    const auto engines = testEngines();
    // Where the v2 prefix (limbs 7..4) changes, where limbs carry below it,
    // and the top of the space.
    std::vector<U512> anchors;
    for (int bit : {64, 128, 192, 256, 320, 384}) {
        U512 a;
        a.limb[bit / 64] = 1ULL << (bit % 64);
        anchors.push_back(a);
    }
    anchors.push_back(U512::max());
    int found = 0, exhausted = 0;
    for (int iter = 0; iter < 800; ++iter) {
        const MiningHash mh = randomMiningHash(rng);
        const U512 difficulty = U512::fromU64(1 + rng() % 48);
        U512 start = rng() % 3 == 0 ? randomNonce(rng)
                                    : anchors[rng() % anchors.size()].sub(U512::fromU64(rng() % 24));
        bool carry = false;
        U512 end = start.addU64(rng() % 40, &carry);
        if (carry)
            end = U512::max();
        const JobContext job = JobContext::make(mh, difficulty, PowAlgorithm::QPowV2);
        const SearchResult want = baseline.search(job, start, end, SearchControl{});
        (want.outcome == SearchOutcome::Found ? found : exhausted)++;
        for (const auto& engine : engines) {
            const SearchResult got = engine->search(job, start, end, SearchControl{});
            QM_CHECK(got.outcome == want.outcome);
            QM_CHECK_EQ(got.checked, want.checked);
            if (want.outcome == SearchOutcome::Found) {
                QM_CHECK_EQ(got.nonce, want.nonce);
                QM_CHECK_EQ(got.hash, want.hash);
                QM_CHECK_EQ(got.hash, powHashReference(PowAlgorithm::QPowV2, mh, got.nonce));
            }
            if (currentFailed()) {
                std::fprintf(stderr, "  engine %s (%s) start %s\n", engine->name().c_str(),
                             engine->codePath().c_str(), start.toHex128().c_str());
                return;
            }
        }
    }
    std::printf("  %d found, %d exhausted\n", found, exhausted);
    QM_CHECK(found >= 100);
    QM_CHECK(exhausted >= 100);
}

QM_TEST(v1_and_v2_differ_and_name_themselves)
{
    // The same input under the two generations: different hashes, and the
    // names round-trip for the command line.
    const MiningHash mh{};
    QM_CHECK(!(powHashReference(PowAlgorithm::QPowV1, mh, U512::fromU64(7)) ==
               powHashReference(PowAlgorithm::QPowV2, mh, U512::fromU64(7))));
    for (PowAlgorithm pow : allPowAlgorithms())
        QM_CHECK(parsePowAlgorithm(powAlgorithmName(pow)) == pow);
    QM_CHECK(parsePowAlgorithm("QPoW-V2") == PowAlgorithm::QPowV2);
    QM_CHECK(!parsePowAlgorithm("v3").has_value());
}

QM_TEST(engines_agree_on_random_jobs_and_boundaries)
{
    std::mt19937_64 rng(0x5eed);
    BaselineBackend baseline;
    const auto engines = testEngines();
    // Ranges placed on the boundaries where limbs carry and where the nonce
    // prefix (bits 128 and up) changes, plus the very top of the nonce space.
    std::vector<U512> anchors;
    anchors.push_back(U512::zero());
    for (int bit : {32, 64, 128, 192, 256, 384, 448}) {
        U512 a;
        a.limb[bit / 64] = 1ULL << (bit % 64);
        anchors.push_back(a);
    }
    anchors.push_back(U512::max());
    int found = 0, exhausted = 0;
    for (int iter = 0; iter < 2000; ++iter) {
        const MiningHash mh = randomMiningHash(rng);
        // Difficulties from 1 to ~64 make found and exhausted outcomes common.
        const U512 difficulty = U512::fromU64(1 + rng() % 64);
        U512 start;
        const U512& anchor = anchors[rng() % anchors.size()];
        const std::uint64_t back = rng() % 12;
        switch (rng() % 3) {
        case 0: // random 512-bit nonce
            for (auto& l : start.limb)
                l = rng();
            break;
        case 1: // straddle the anchor
            start = anchor.sub(U512::fromU64(back));
            break;
        default: // end exactly at the top of the space
            start = U512::max().sub(U512::fromU64(back));
            break;
        }
        bool carry = false;
        U512 end = start.addU64(rng() % 10, &carry);
        if (carry)
            end = U512::max();
        const JobContext job = JobContext::make(mh, difficulty);
        const SearchResult want = baseline.search(job, start, end, SearchControl{});
        (want.outcome == SearchOutcome::Found ? found : exhausted)++;
        for (const auto& engine : engines) {
            const SearchResult got = engine->search(job, start, end, SearchControl{});
            QM_CHECK(got.outcome == want.outcome);
            QM_CHECK_EQ(got.checked, want.checked);
            if (want.outcome == SearchOutcome::Found) {
                QM_CHECK_EQ(got.nonce, want.nonce);
                QM_CHECK_EQ(got.hash, want.hash);
                QM_CHECK_EQ(got.hash, powHashReference(mh, got.nonce));
            }
            if (currentFailed()) {
                std::fprintf(stderr, "  engine %s (%s) start %s\n", engine->name().c_str(), engine->codePath().c_str(),
                             start.toHex128().c_str());
                return;
            }
        }
    }
    // The random jobs must exercise both outcomes, or the agreement above
    // says little.
    std::printf("  %d found, %d exhausted\n", found, exhausted);
    QM_CHECK(found >= 200);
    QM_CHECK(exhausted >= 200);
}

QM_TEST(single_nonce_range_and_top_of_space)
{
    MiningHash mh{};
    const JobContext job = JobContext::make(mh, U512::max()); // target 1: nothing qualifies
    for (const auto& engine : testEngines()) {
        SearchResult r = engine->search(job, U512::max(), U512::max(), SearchControl{});
        QM_CHECK(r.outcome == SearchOutcome::Exhausted);
        QM_CHECK_EQ(r.checked, 1u);
        r = engine->search(job, U512::max().sub(U512::fromU64(4)), U512::max(), SearchControl{});
        QM_CHECK_EQ(r.checked, 5u);
        r = engine->search(job, U512::fromU64(7), U512::fromU64(7), SearchControl{});
        QM_CHECK_EQ(r.checked, 1u);
    }
}

QM_TEST(cancel_stops_within_one_progress_interval)
{
    MiningHash mh{};
    const JobContext job = JobContext::make(mh, U512::max());
    for (const auto& engine : testEngines()) {
        std::atomic<bool> stop{false};
        std::uint64_t reported = 0;
        int calls = 0;
        SearchControl ctl;
        ctl.stop = &stop;
        ctl.progressInterval = 64;
        ctl.onProgress = [&](std::uint64_t n) {
            reported += n;
            if (++calls == 2)
                stop.store(true);
        };
        const SearchResult r = engine->search(job, U512::zero(), U512::max(), ctl);
        QM_CHECK(r.outcome == SearchOutcome::Stopped);
        // The flag went up at the second report, so the search ends there.
        QM_CHECK_EQ(r.checked, 2u * 64u);
        QM_CHECK_EQ(reported, r.checked);

        std::atomic<bool> already{true};
        SearchControl pre;
        pre.stop = &already;
        const SearchResult none = engine->search(job, U512::zero(), U512::max(), pre);
        QM_CHECK(none.outcome == SearchOutcome::Stopped);
        QM_CHECK_EQ(none.checked, 0u);
    }
}

QM_TEST(progress_reports_add_up_to_the_count)
{
    MiningHash mh{};
    const JobContext job = JobContext::make(mh, U512::max());
    for (const auto& engine : testEngines()) {
        std::uint64_t reported = 0;
        SearchControl ctl;
        ctl.progressInterval = 7;
        ctl.onProgress = [&](std::uint64_t n) { reported += n; };
        const SearchResult r = engine->search(job, U512::fromU64(100), U512::fromU64(150), ctl);
        QM_CHECK_EQ(r.checked, 51u);
        QM_CHECK_EQ(reported, 51u);
    }
}

QM_TEST(u512_parsing_rejects_malformed_input_with_a_message)
{
    std::string err;
    const std::string good(128, 'a');
    QM_CHECK(parseHexExact(good, 128, "nonce_start", err).has_value());
    QM_CHECK(parseHexExact(std::string(128, 'F'), 128, "nonce_start", err) == U512::max());
    struct Bad { std::string text; const char* expect; };
    const Bad badHex[] = {
        {"", "empty"},
        {std::string(127, '0'), "128 hex characters, got 127"},
        {std::string(129, '0'), "128 hex characters, got 129"},
        {std::string(127, '0') + "g", "hexadecimal"},
        {"-" + std::string(127, '0'), "negative"},
        {std::string(126, '0') + " 1", "hexadecimal"},
        {std::string(127, '0') + std::string(1, '\0'), "hexadecimal"},
    };
    for (const auto& b : badHex) {
        err.clear();
        QM_CHECK(!parseHexExact(b.text, 128, "nonce_start", err).has_value());
        QM_CHECK(err.find("nonce_start") != std::string::npos);
        QM_CHECK(err.find(b.expect) != std::string::npos);
    }
    const Bad badDec[] = {
        {"", "empty"},
        {"-1", "negative"},
        {"12a", "decimal"},
        {"1.5", "decimal"},
        {" 1", "decimal"},
        // 2^512 exactly
        {"13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084096",
         "below 2^512"},
    };
    for (const auto& b : badDec) {
        err.clear();
        QM_CHECK(!parseDecimal(b.text, "difficulty", err).has_value());
        QM_CHECK(err.find("difficulty") != std::string::npos);
        QM_CHECK(err.find(b.expect) != std::string::npos);
    }
    // 2^512 - 1 is the largest accepted value.
    QM_CHECK(parseDecimal("13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084095",
                          "difficulty", err) == U512::max());
    QM_CHECK(!parseHexFlexible(std::string(129, '1'), "nonce", err).has_value());
    QM_CHECK(parseHexFlexible("ABCdef", "nonce", err) == U512::fromU64(0xabcdef));
}

QM_TEST(u512_formatting_and_arithmetic)
{
    QM_CHECK_EQ(U512::zero().toHexMinimal(), std::string("0"));
    QM_CHECK_EQ(U512::fromU64(0x1f).toHexMinimal(), std::string("1f"));
    QM_CHECK_EQ(U512::fromU64(255).toHex128(), std::string(126, '0') + "ff");
    QM_CHECK_EQ(U512::max().toDecimal(), std::string("13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084095"));
    QM_CHECK_EQ(U512::fromU64(10000000000000000000ULL).toDecimal(), std::string("10000000000000000000"));
    U512 m = U512::max();
    QM_CHECK(m.increment());
    QM_CHECK(m.isZero());
    U512 a;
    a.limb[0] = ~0ULL;
    a.increment();
    QM_CHECK_EQ(a.limb[0], 0u);
    QM_CHECK_EQ(a.limb[1], 1u);
    bool borrow = false;
    const U512 d = U512::zero().sub(U512::fromU64(1), &borrow);
    QM_CHECK(borrow);
    QM_CHECK(d == U512::max());
    QM_CHECK(U512::fromU64(3) < U512::fromU64(4));
    QM_CHECK(a > U512::fromU64(~0ULL));
    const auto bytes = a.toBytesBE();
    QM_CHECK(U512::fromBytesBE(bytes.data()) == a);
    U512 q, r;
    U512::divMod(U512::fromU64(100), U512::fromU64(7), q, r);
    QM_CHECK(q == U512::fromU64(14));
    QM_CHECK(r == U512::fromU64(2));
}

QM_TEST(field_arithmetic_edge_cases)
{
    using namespace gl;
    const std::uint64_t p = kP;
    // Non-canonical inputs in [p, 2^64) must give the same results as their
    // canonical counterparts.
    std::mt19937_64 rng(7);
    for (int i = 0; i < 100000; ++i) {
        std::uint64_t a = rng(), b = rng();
        if (i % 4 == 0)
            a = p + (rng() % (~0ULL - p + 1));
        if (i % 5 == 0)
            b = ~0ULL - (rng() % 3);
        const qm_u128 A = a % p, B = b % p;
        QM_CHECK_EQ(canonical(add(a, b)), static_cast<std::uint64_t>((A + B) % p));
        QM_CHECK_EQ(canonical(sub(a, b)), static_cast<std::uint64_t>((A + p - B) % p));
        QM_CHECK_EQ(canonical(mul(a, b)), static_cast<std::uint64_t>((A * B) % p));
        if (currentFailed())
            return;
    }
}

int main(int argc, char** argv)
{
    return runAll(argc > 1 ? argv[1] : "");
}

// The gpu-cuda engine without a GPU: the kernel's per-nonce and per-thread code
// (kernels/pow_search.cuh, the very code nvcc compiles for the device) run on
// the host, under the engine's real launch driver (src/cuda/gpu_search.cpp),
// against the CPU engines and the spec's vectors; plus the driver's handling
// of false positives, corrupt hashes, failing devices, progress and stops.
#include "tests/support/check.h"
#include "tests/cuda/host_device.h"
#include "tests/support/random_inputs.h"

#include "core/cpu/baseline_backend.h"
#include "core/cpu/fast_backend.h"
#include "core/diagnostics.h"
#include "cuda/gpu_search.h"
#include "core/poseidon2.h"
#include "core/pow.h"
#include "core/pow_midstate.h"
#include "kernels/pow_search.cuh"
#include "core/u512.h"
#if defined(QM_HAVE_CUDA)
#include "core/goldilocks.h"
#include "cuda/device_self_test.h"
#endif

#include <algorithm>
#include <atomic>
#include <cstring>
#include <random>

using namespace qm;
using namespace qm::gpu;
using namespace qmtest;

namespace {

#include "tests/core/pow_vectors.inc"
#include "tests/core/pow_v2_vectors.inc"

std::uint64_t hex64(const char* s)
{
    return std::stoull(s, nullptr, 16);
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

// The device's answer for one nonce, through the per-nonce function of `v`.
bool deviceHash(KernelVariant v, const JobContext& job, const U512& nonce, const U512& target, bool wantHash,
                U512& hash)
{
    std::uint64_t prefix[12];
    mid::prefixState(job.miningHashState.data(), nonce.limb.data(), prefix, kPoseidon2);
    return v == KernelVariant::Inline
               ? hashNonceAs<KernelVariant::Inline>(prefix, target.limb.data(), nonce.limb[1], nonce.limb[0], wantHash,
                                                    hash.limb.data(), kPoseidon2)
               : hashNonceAs<KernelVariant::Compact>(prefix, target.limb.data(), nonce.limb[1], nonce.limb[0],
                                                     wantHash, hash.limb.data(), kPoseidon2);
}

const KernelVariant kVariants[] = {KernelVariant::Compact, KernelVariant::Inline};

bool currentFailedCase()
{
    return Registry::get().currentFailed;
}

// The engine's log, captured: tests check what it says instead of printing it.
std::vector<std::string>& logged()
{
    static std::vector<std::string> lines;
    return lines;
}

bool loggedContains(const std::string& text)
{
    for (const auto& l : logged()) {
        if (l.find(text) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

QM_TEST(rolled_permutation_matches_vectors_and_the_core)
{
    for (const auto& v : kPermVectors) {
        std::uint64_t s[12];
        for (int i = 0; i < 12; ++i)
            s[i] = hex64(v.input[i]);
        permuteRolled(s, kPoseidon2);
        for (int i = 0; i < 12; ++i)
            QM_CHECK_EQ(s[i], hex64(v.output[i]));
    }
    std::mt19937_64 rng(7);
    for (int n = 0; n < 2000; ++n) {
        std::uint64_t a[12], b[12];
        for (int i = 0; i < 12; ++i)
            a[i] = b[i] = (n % 3 == 0) ? ~0ULL - rng() % 5 : rng(); // non-canonical inputs too
        permuteRolled(a, kPoseidon2);
        p2::permute(b, kPoseidon2);
        QM_CHECK(std::equal(a, a + 12, b));
    }
}

QM_TEST(device_hash_matches_pow_vectors)
{
    for (KernelVariant v : kVariants) {
        for (const auto& pv : kPowVectors) {
            MiningHash mh;
            std::string err;
            QM_CHECK(parseHexBytes(pv.miningHash, mh.data(), 32, "mining_hash", err));
            const JobContext job = JobContext::make(mh, U512::fromU64(1));
            U512 hash;
            QM_CHECK(deviceHash(v, job, hexU512(pv.nonce), job.target, true, hash));
            QM_CHECK_EQ(hash.toHex128(), std::string(pv.hash));
        }
    }
}

QM_TEST(device_hash_matches_v2_vectors_and_random_nonces)
{
    std::mt19937_64 rng(0x2f2);
    for (KernelVariant v : kVariants) {
        for (const auto& pv : kPowV2Vectors) {
            MiningHash mh;
            std::string err;
            QM_CHECK(parseHexBytes(pv.miningHash, mh.data(), 32, "mining_hash", err));
            const JobContext job = JobContext::make(mh, U512::fromU64(1), PowAlgorithm::QPowV2);
            U512 hash;
            const HashItem item = hashItemFor(job, hexU512(pv.nonce));
            v == KernelVariant::Inline ? hashItemAs<KernelVariant::Inline>(item, hash.limb.data(), kPoseidon2)
                                       : hashItemAs<KernelVariant::Compact>(item, hash.limb.data(), kPoseidon2);
            QM_CHECK_EQ(hash.toHex128(), std::string(pv.hash));
        }
        for (int n = 0; n < 200; ++n) {
            const MiningHash mh = randomMiningHash(rng);
            const U512 nonce = randomNonce(rng);
            const JobContext job = JobContext::make(mh, U512::fromU64(1), PowAlgorithm::QPowV2);
            U512 hash;
            const HashItem item = hashItemFor(job, nonce);
            v == KernelVariant::Inline ? hashItemAs<KernelVariant::Inline>(item, hash.limb.data(), kPoseidon2)
                                       : hashItemAs<KernelVariant::Compact>(item, hash.limb.data(), kPoseidon2);
            QM_CHECK_EQ(hash, powHashReference(PowAlgorithm::QPowV2, mh, nonce));
            if (currentFailedCase())
                return;
        }
    }
}

QM_TEST(device_hash_matches_reference_on_random_nonces)
{
    std::mt19937_64 rng(0xc0da);
    for (KernelVariant v : kVariants) {
        for (int n = 0; n < 3000; ++n) {
            const MiningHash mh = randomMiningHash(rng);
            const JobContext job = JobContext::make(mh, U512::fromU64(1));
            const U512 nonce = randomNonce(rng);
            U512 hash;
            deviceHash(v, job, nonce, U512::zero(), true, hash);
            if (hash != powHashReference(mh, nonce)) {
                QM_CHECK_EQ(hash.toHex128(), powHashReference(mh, nonce).toHex128());
                return;
            }
        }
    }
}

// The target compare on the device, including ties of the high 256 bits,
// where only the lazy last squeeze decides.
QM_TEST(device_target_compare_matches_the_cpu_including_high_ties)
{
    std::mt19937_64 rng(0x7a11);
    for (KernelVariant v : kVariants) {
        for (int n = 0; n < 600; ++n) {
            const MiningHash mh = randomMiningHash(rng);
            const U512 nonce = randomNonce(rng);
            const U512 h = powHashReference(mh, nonce);
            U512 target;
            switch (n % 6) {
            case 0: target = h; break;                                       // equal: not below
            case 1: target = h.addU64(1); break;                             // just above: valid
            case 2: target = h.sub(U512::fromU64(1)); break;                 // just below: invalid
            case 3: target = h; target.limb[0] ^= ~0ULL; break;             // high tie, low decides
            case 4: target = h; target.limb[4] += 1; break;                 // high part above
            default: for (auto& l : target.limb) l = rng(); break;          // random
            }
            const JobContext job = JobContext::make(mh, U512::fromU64(1));
            U512 hash;
            const bool got = deviceHash(v, job, nonce, target, false, hash);
            const bool want = h < target;
            QM_CHECK_EQ(got, want);
            if (got)
                QM_CHECK_EQ(hash, h);
            if (currentFailedCase())
                return;
        }
    }
}

// Engines of two host "GPUs" of different shapes find each vector's first
// valid nonce with the exact count, on both kernel variants.
template <std::size_t N>
void checkHostEngineFirstNonces(const FirstNonceVector (&vectors)[N], PowAlgorithm pow)
{
    for (KernelVariant v : kVariants) {
        HostDeviceConfig a, b;
        a.variant = b.variant = v;
        a.threads = 8;
        a.iterations = 5;
        b.threads = 24;
        b.iterations = 2;
        b.seed = 99;
        auto engine = makeHostEngine({a, b});
        for (const auto& fv : vectors) {
            MiningHash mh;
            std::string err;
            parseHexBytes(fv.miningHash, mh.data(), 32, "mining_hash", err);
            const JobContext job = JobContext::make(mh, decU512(fv.difficulty), pow);
            std::uint64_t progress = 0;
            SearchControl ctl;
            ctl.onProgress = [&](std::uint64_t n) { progress += n; };
            const SearchResult r = engine->search(job, hexU512(fv.start), hexU512(fv.end), ctl);
            QM_CHECK_EQ(r.checked, static_cast<std::uint64_t>(fv.checked));
            QM_CHECK_EQ(progress, r.checked);
            if (fv.firstValid) {
                QM_CHECK(r.outcome == SearchOutcome::Found);
                QM_CHECK_EQ(r.nonce.toHex128(), std::string(fv.firstValid));
                QM_CHECK_EQ(r.hash.toHex128(), std::string(fv.hash));
            } else {
                QM_CHECK(r.outcome == SearchOutcome::Exhausted);
            }
            if (currentFailedCase()) {
                std::fprintf(stderr, "  QPoW %s, variant %d, start %s\n", powAlgorithmName(pow).c_str(),
                             static_cast<int>(v), fv.start);
                return;
            }
        }
    }
}

QM_TEST(host_gpu_engine_finds_the_vectors_first_valid_nonces)
{
    checkHostEngineFirstNonces(kFirstNonceVectors, PowAlgorithm::QPowV1);
}

QM_TEST(host_gpu_engine_finds_the_v2_vectors_first_valid_nonces)
{
    checkHostEngineFirstNonces(kFirstNonceV2Vectors, PowAlgorithm::QPowV2);
}

// Random jobs and ranges on integer and prefix boundaries, on engines of one
// to three "GPUs" of different launch shapes, against cpu-baseline.
QM_TEST(host_gpu_engine_agrees_with_cpu_on_random_jobs_and_boundaries)
{
    std::mt19937_64 rng(0x9e3779b9);
    BaselineBackend baseline;
    std::vector<U512> anchors;
    anchors.push_back(U512::zero());
    for (int bit : {64, 128, 192, 256, 448}) {
        U512 a;
        a.limb[bit / 64] = 1ULL << (bit % 64);
        anchors.push_back(a);
    }
    anchors.push_back(U512::max());
    const std::uint64_t before = gpuCandidateStats().falsePositives.load();
    for (int iter = 0; iter < 300; ++iter) {
        std::vector<HostDeviceConfig> configs(1 + rng() % 3);
        for (auto& c : configs) {
            c.threads = 1 + rng() % 12;
            c.iterations = 1 + static_cast<std::uint32_t>(rng() % 4);
            c.seed = rng();
            c.variant = kVariants[rng() % 2];
        }
        auto engine = makeHostEngine(configs);
        const MiningHash mh = randomMiningHash(rng);
        const U512 difficulty = U512::fromU64(1 + rng() % 80);
        U512 start;
        switch (rng() % 3) {
        case 0:
            for (auto& l : start.limb)
                l = rng();
            break;
        case 1:
            start = anchors[rng() % anchors.size()].sub(U512::fromU64(rng() % 40));
            break;
        default:
            start = U512::max().sub(U512::fromU64(rng() % 40));
            break;
        }
        bool carry = false;
        U512 end = start.addU64(rng() % 120, &carry);
        if (carry)
            end = U512::max();
        // Both generations: v2 hashes limbs 2 and 3 per nonce.
        const PowAlgorithm pow = iter % 2 ? PowAlgorithm::QPowV2 : PowAlgorithm::QPowV1;
        const JobContext job = JobContext::make(mh, difficulty, pow);
        const SearchResult want = baseline.search(job, start, end, SearchControl{});
        std::uint64_t progress = 0;
        SearchControl ctl;
        ctl.onProgress = [&](std::uint64_t n) { progress += n; };
        const SearchResult got = engine->search(job, start, end, ctl);
        QM_CHECK(got.outcome == want.outcome);
        QM_CHECK_EQ(got.checked, want.checked);
        QM_CHECK_EQ(progress, got.checked);
        if (want.outcome == SearchOutcome::Found) {
            QM_CHECK_EQ(got.nonce, want.nonce);
            QM_CHECK_EQ(got.hash, want.hash);
        }
        if (currentFailedCase()) {
            std::fprintf(stderr, "  iteration %d start %s difficulty %s\n", iter, start.toHex128().c_str(),
                         difficulty.toDecimal().c_str());
            return;
        }
    }
    QM_CHECK_EQ(gpuCandidateStats().falsePositives.load(), before);
}

// Easy difficulties make most threads of a launch find something: the slot
// must still end with the lowest, and the candidate buffer may overflow.
QM_TEST(every_nonce_valid_reports_the_first_and_counts_one)
{
    auto engine = makeHostEngine({HostDeviceConfig{"a", 32, 4, KernelVariant::Compact, 5}});
    MiningHash mh{};
    const JobContext job = JobContext::make(mh, U512::fromU64(1));
    const SearchResult r = engine->search(job, U512::fromU64(1000), U512::fromU64(5000), SearchControl{});
    QM_CHECK(r.outcome == SearchOutcome::Found);
    QM_CHECK_EQ(r.nonce, U512::fromU64(1000));
    QM_CHECK_EQ(r.checked, 1u);

    // The same in the emulated kernel directly: all 128 offsets valid.
    SearchParams p{};
    std::uint64_t prefix[12];
    const U512 base = U512::fromU64(77);
    mid::prefixState(job.miningHashState.data(), base.limb.data(), prefix, kPoseidon2);
    std::copy(prefix, prefix + 12, p.prefix);
    std::copy(job.target.limb.begin(), job.target.limb.end(), p.target);
    p.base0 = 77;
    p.count = 128;
    p.threads = 32;
    p.iterations = 4;
    SearchSlot slot{};
    slot.minOffset = kNoOffset;
    for (std::uint64_t t = 32; t-- > 0;) { // highest threads first
        for (std::uint32_t it = 0; it < p.iterations; ++it) {
            if (!searchStep(p, t, it, &slot, kPoseidon2))
                break;
        }
    }
    QM_CHECK_EQ(slot.minOffset, 0u);
    QM_CHECK(slot.found >= 1u);
    // Every thread found its first nonce; thread 0 ran last and found offset 0.
    QM_CHECK_EQ(slot.found, 32u);
    QM_CHECK_EQ(slot.candidate[0].offset, 31u);
}

QM_TEST(false_positives_are_counted_and_never_reported)
{
    std::mt19937_64 rng(31);
    auto& stats = gpuCandidateStats();
    const std::uint64_t before = stats.falsePositives.load();
    BaselineBackend baseline;
    int found = 0;
    for (int n = 0; n < 40; ++n) {
        HostDeviceConfig bad;
        bad.threads = 16;
        bad.iterations = 4;
        bad.bogusOffset = 5 + rng() % 40;
        bad.seed = rng();
        HostDeviceConfig good;
        good.threads = 8;
        good.iterations = 2;
        auto engine = makeHostEngine({bad, good});
        const MiningHash mh = randomMiningHash(rng);
        const JobContext job = JobContext::make(mh, U512::fromU64(40 + rng() % 200));
        const U512 first = U512::fromU64(rng());
        const U512 last = first.addU64(300);
        const SearchResult want = baseline.search(job, first, last, SearchControl{});
        const SearchResult got = engine->search(job, first, last, SearchControl{});
        QM_CHECK(got.outcome == want.outcome);
        QM_CHECK_EQ(got.checked, want.checked);
        QM_CHECK_EQ(got.nonce, want.nonce);
        found += got.outcome == SearchOutcome::Found;
    }
    QM_CHECK(stats.falsePositives.load() > before);
    QM_CHECK(found > 0);
    QM_CHECK(loggedContains("does not meet the target on the CPU; discarded"));
}

QM_TEST(corrupt_device_hashes_are_counted_and_the_cpu_hash_is_reported)
{
    auto& stats = gpuCandidateStats();
    const std::uint64_t before = stats.hashMismatches.load();
    HostDeviceConfig c;
    c.corruptHashes = true;
    auto engine = makeHostEngine({c});
    MiningHash mh{};
    const JobContext job = JobContext::make(mh, U512::fromU64(1));
    const SearchResult r = engine->search(job, U512::fromU64(9), U512::fromU64(90), SearchControl{});
    QM_CHECK(r.outcome == SearchOutcome::Found);
    QM_CHECK_EQ(r.hash, powHashReference(mh, U512::fromU64(9)));
    QM_CHECK_EQ(stats.hashMismatches.load(), before + 1);
    QM_CHECK(loggedContains("differs from the CPU's"));
}

QM_TEST(a_failing_device_is_left_out_and_its_range_searched_again)
{
    std::mt19937_64 rng(4);
    BaselineBackend baseline;
    auto& stats = gpuCandidateStats();
    for (int mode = 0; mode < 3; ++mode) {
        const std::uint64_t errorsBefore = stats.deviceErrors.load();
        // The failure comes at the first round: at start, at finish (the
        // failing device's slice then follows a healthy one, so the round
        // counts up to it), or when the lane is set up.
        HostDeviceConfig failing;
        failing.threads = 4;
        failing.iterations = 2;
        failing.failStartAt = mode == 0 ? 1 : 0;
        failing.failFinishAt = mode == 1 ? 1 : 0;
        failing.failOpenLane = mode == 2 ? 1 : 0;
        HostDeviceConfig healthy;
        healthy.threads = 5;
        healthy.iterations = 3;
        auto engine = mode == 1 ? makeHostEngine({healthy, failing}) : makeHostEngine({failing, healthy});
        const MiningHash mh = randomMiningHash(rng);
        const JobContext job = JobContext::make(mh, U512::fromU64(200));
        const U512 first = U512::fromU64(1000);
        const U512 last = U512::fromU64(1400);
        const SearchResult want = baseline.search(job, first, last, SearchControl{});
        const SearchResult got = engine->search(job, first, last, SearchControl{});
        QM_CHECK(got.outcome == want.outcome);
        QM_CHECK_EQ(got.checked, want.checked);
        QM_CHECK_EQ(got.nonce, want.nonce);
        QM_CHECK_EQ(stats.deviceErrors.load(), errorsBefore + 1);
        QM_CHECK_EQ(engine->workingDeviceCount(), 1u);
        QM_CHECK(engine->lastError().find("injected") != std::string::npos);
    }
    // With no device left the search fails and says why.
    HostDeviceConfig dead;
    dead.failOpenLane = 1;
    auto engine = makeHostEngine({dead});
    const JobContext job = JobContext::make(MiningHash{}, U512::fromU64(5));
    const SearchResult r = engine->search(job, U512::zero(), U512::fromU64(100), SearchControl{});
    QM_CHECK(r.outcome == SearchOutcome::Failed);
    QM_CHECK_EQ(r.checked, 0u);
    QM_CHECK(r.error.find("injected") != std::string::npos);
    QM_CHECK_EQ(engine->workingDeviceCount(), 0u);
    QM_CHECK(!engine->lastError().empty());
}

QM_TEST(stop_is_honoured_between_rounds_with_exact_counts)
{
    HostDeviceConfig a;
    a.threads = 16;
    a.iterations = 2;
    HostDeviceConfig b;
    b.threads = 8;
    b.iterations = 3;
    auto engine = makeHostEngine({a, b}); // 56 nonces a round
    const JobContext job = JobContext::make(MiningHash{}, U512::max());
    std::atomic<bool> stop{false};
    std::uint64_t reported = 0;
    int calls = 0;
    SearchControl ctl;
    ctl.stop = &stop;
    ctl.onProgress = [&](std::uint64_t n) {
        reported += n;
        QM_CHECK_EQ(n, 56u);
        if (++calls == 3)
            stop.store(true);
    };
    const SearchResult r = engine->search(job, U512::zero(), U512::max(), ctl);
    QM_CHECK(r.outcome == SearchOutcome::Stopped);
    QM_CHECK_EQ(r.checked, 3u * 56u);
    QM_CHECK_EQ(reported, r.checked);

    std::atomic<bool> already{true};
    SearchControl pre;
    pre.stop = &already;
    const SearchResult none = engine->search(job, U512::zero(), U512::max(), pre);
    QM_CHECK(none.outcome == SearchOutcome::Stopped);
    QM_CHECK_EQ(none.checked, 0u);
}

QM_TEST(launches_never_cross_a_prefix_change_and_ranges_end_exactly)
{
    // A 2^128 boundary in the middle of what would be one round.
    auto engine = makeHostEngine({HostDeviceConfig{"a", 64, 4, KernelVariant::Compact, 3}});
    U512 first;
    first.limb[1] = ~0ULL;
    first.limb[0] = ~0ULL - 9; // 10 nonces before the prefix changes
    const U512 last = first.addU64(99);
    const JobContext job = JobContext::make(MiningHash{}, U512::max());
    std::vector<std::uint64_t> rounds;
    SearchControl ctl;
    ctl.onProgress = [&](std::uint64_t n) { rounds.push_back(n); };
    const SearchResult r = engine->search(job, first, last, ctl);
    QM_CHECK(r.outcome == SearchOutcome::Exhausted);
    QM_CHECK_EQ(r.checked, 100u);
    QM_CHECK(rounds.size() == 2 && rounds[0] == 10u && rounds[1] == 90u);

    // last < first: nothing to do; a single nonce; the very top of the space.
    QM_CHECK(engine->search(job, U512::fromU64(5), U512::fromU64(4), SearchControl{}).outcome ==
             SearchOutcome::Exhausted);
    QM_CHECK_EQ(engine->search(job, U512::max(), U512::max(), SearchControl{}).checked, 1u);
    QM_CHECK_EQ(engine->search(job, U512::max().sub(U512::fromU64(300)), U512::max(), SearchControl{}).checked,
                301u);
}

QM_TEST(feed_profile_for_the_job_manager)
{
    auto engine = makeHostEngine({HostDeviceConfig{}, HostDeviceConfig{}});
    // One search drives both devices, whatever the worker count.
    QM_CHECK_EQ(engine->feedProfile(6).concurrentSearches, 1u);
    QM_CHECK(engine->feedProfile(6).minChunkNonces >= (std::uint64_t{1} << 20));
    QM_CHECK_EQ(engine->name(), std::string("gpu-cuda"));
    QM_CHECK_EQ(engine->deviceDescriptions().size(), 2u);
}

QM_TEST(each_generation_launches_with_its_own_capacity)
{
    // A v2 nonce is about 4x cheaper, so a device tunes its v2 launches
    // longer: the driver must size every launch with the job's generation
    // (a host lane refuses a launch beyond its capacity for params.pow).
    HostDeviceConfig c;
    c.threads = 16;
    c.iterations = 2;
    c.iterationsV2 = 8;
    auto engine = makeHostEngine({c});
    for (PowAlgorithm pow : {PowAlgorithm::QPowV1, PowAlgorithm::QPowV2}) {
        const JobContext job = JobContext::make(MiningHash{}, U512::max(), pow);
        std::uint64_t largest = 0;
        SearchControl ctl;
        ctl.onProgress = [&](std::uint64_t n) { largest = std::max(largest, n); };
        const SearchResult r = engine->search(job, U512::fromU64(3), U512::fromU64(3 + 999), ctl);
        QM_CHECK(r.outcome == SearchOutcome::Exhausted);
        QM_CHECK_EQ(r.checked, 1000u);
        QM_CHECK_EQ(largest, pow == PowAlgorithm::QPowV2 ? 128u : 32u);
    }
    QM_CHECK_EQ(engine->workingDeviceCount(), 1u);
    // The chunk floor follows the generation with fewer nonces per launch.
    QM_CHECK_EQ(engine->feedProfile(1).minChunkNonces, std::uint64_t{1} << 20);
}

#if defined(QM_HAVE_CUDA)
namespace {

// Field operation `op` of search_abi.h on `c` in 128-bit integers, straight
// from its definition: checks the self-test's reference, which uses the
// core's arithmetic.
std::uint64_t exactField(const FieldCase& c, unsigned op)
{
    const qm_u128 p = gl::kP;
    const qm_u128 a = c.a % gl::kP;
    const qm_u128 b = c.b % gl::kP;
    switch (op) {
    case 0:
    case 6:
        return static_cast<std::uint64_t>((a + b) % p);
    case 1:
        return static_cast<std::uint64_t>((a + p - b) % p);
    case 2:
        return static_cast<std::uint64_t>(a * b % p);
    case 3:
        return static_cast<std::uint64_t>(a * a % p);
    case 4:
        return static_cast<std::uint64_t>(((static_cast<qm_u128>(c.hi) << 64) | c.lo) % p);
    case 5: {
        qm_u128 r = 1;
        for (int i = 0; i < 7; ++i)
            r = r * a % p;
        return static_cast<std::uint64_t>(r);
    }
    default:
        return static_cast<std::uint64_t>(((static_cast<qm_u128>(c.hi & 0xffffffffULL) << 64) | c.lo) % p);
    }
}

std::vector<std::uint64_t> referenceFieldResults(const std::vector<FieldCase>& cases)
{
    std::vector<std::uint64_t> results(cases.size() * kFieldOps);
    for (std::size_t i = 0; i < cases.size(); ++i)
        for (unsigned op = 0; op < kFieldOps; ++op)
            results[kFieldOps * i + op] = fieldReference(cases[i], op);
    return results;
}

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.rfind(prefix, 0) == 0;
}

// The search kernel's threads run on the host over a fresh slot, as the
// self-test launches it: two blocks of 128.
SearchSlot hostSearch(KernelVariant v, const SelfTestSearch& search)
{
    SearchParams params = selfTestSearchParams(search);
    params.threads = 256;
    params.iterations = static_cast<std::uint32_t>((params.count + params.threads - 1) / params.threads);
    SearchSlot slot{};
    slot.minOffset = kNoOffset;
    for (std::uint32_t it = 0; it < params.iterations; ++it) {
        for (std::uint64_t t = 0; t < params.threads; ++t) {
            if (v == KernelVariant::Inline)
                searchStep<KernelVariant::Inline>(params, t, it, &slot, kPoseidon2);
            else
                searchStep<KernelVariant::Compact>(params, t, it, &slot, kPoseidon2);
        }
    }
    return slot;
}

} // namespace

QM_TEST(self_test_field_reference_is_exact_on_every_edge_combination)
{
    const std::vector<FieldCase> cases = selfTestFieldCases();
    QM_CHECK(cases.size() >= 12u * 12u * 12u * 12u);
    // p, p + 1 and 2^64 - 1 appear as inputs: non-canonical words are tested.
    QM_CHECK(std::any_of(cases.begin(), cases.end(), [](const FieldCase& c) { return c.a == gl::kP + 1; }));
    QM_CHECK(std::any_of(cases.begin(), cases.end(), [](const FieldCase& c) { return c.hi == ~0ULL; }));
    int wrong = 0;
    for (const FieldCase& c : cases) {
        for (unsigned op = 0; op < kFieldOps; ++op) {
            if (fieldReference(c, op) != exactField(c, op) && ++wrong <= 3)
                std::fprintf(stderr, "  op %u on %llx %llx %llx %llx\n", op, static_cast<unsigned long long>(c.a),
                             static_cast<unsigned long long>(c.b), static_cast<unsigned long long>(c.lo),
                             static_cast<unsigned long long>(c.hi));
        }
    }
    QM_CHECK_EQ(wrong, 0);
    const auto random = randomFieldCases(5000, 17);
    for (const FieldCase& c : random)
        for (unsigned op = 0; op < kFieldOps; ++op)
            QM_CHECK_EQ(fieldReference(c, op), exactField(c, op));
    SelfTestReport report;
    compareFieldResults(cases, referenceFieldResults(cases).data(), report);
    QM_CHECK(report.passed());
    // The field-check kernel's own code (pow_search.cuh, host build) agrees
    // with the reference on the self-test's cases.
    std::vector<std::uint64_t> kernelResults(cases.size() * kFieldOps);
    for (std::size_t i = 0; i < cases.size(); ++i)
        fieldCheck(cases[i], kernelResults.data() + kFieldOps * i);
    SelfTestReport kernel;
    compareFieldResults(cases, kernelResults.data(), kernel);
    if (!kernel.passed())
        std::fprintf(stderr, "  %s\n", kernel.summary().c_str());
    QM_CHECK(kernel.passed());
}

QM_TEST(self_test_refuses_a_device_with_a_wrong_field_result_and_counts_it)
{
    auto& stats = gpuCandidateStats();
    const std::vector<FieldCase> cases = selfTestFieldCases();
    std::vector<std::uint64_t> results = referenceFieldResults(cases);

    SelfTestReport clean;
    compareFieldResults(cases, results.data(), clean);
    const std::uint64_t before = stats.hashMismatches.load();
    QM_CHECK_EQ(refuseOnMismatch(0, clean), std::string());
    QM_CHECK_EQ(stats.hashMismatches.load(), before);

    // One wrong product, then a wrong pow7 as well.
    const std::size_t i = 12 * 12 * 12 * 12 + 5; // a pseudo-random case
    results[kFieldOps * i + 2] ^= 1;
    SelfTestReport one;
    compareFieldResults(cases, results.data(), one);
    QM_CHECK_EQ(one.mismatches(), 1u);
    const std::string reason = refuseOnMismatch(3, one);
    std::printf("  %s\n", reason.c_str());
    QM_CHECK(startsWith(reason, "gpu-cuda refuses to mine on GPU 3: the device's field mul differs from the CPU's (mul("));
    QM_CHECK(reason.find("on the device") != std::string::npos);
    QM_CHECK_EQ(stats.hashMismatches.load(), before + 1);

    results[kFieldOps * 7 + 5] += 1;
    results[kFieldOps * 9 + 2] += 1;
    SelfTestReport three;
    compareFieldResults(cases, results.data(), three);
    QM_CHECK_EQ(three.mismatches(), 3u);
    const std::string reason3 = refuseOnMismatch(0, three);
    std::printf("  %s\n", reason3.c_str());
    // The part met first (case 7) leads; the others follow with their counts.
    QM_CHECK(reason3.find("the device's field pow7 differs from the CPU's (pow7(") != std::string::npos);
    QM_CHECK(reason3.find("; also its field mul (2 mismatches)") != std::string::npos);
    QM_CHECK_EQ(stats.hashMismatches.load(), before + 4);
}

QM_TEST(self_test_permutation_compare_catches_one_wrong_word)
{
    const std::vector<std::uint64_t> states = selfTestPermuteStates();
    QM_CHECK(states.size() % 12 == 0 && states.size() >= 12 * 8);
    std::vector<std::uint64_t> out = states;
    for (std::size_t i = 0; i < out.size(); i += 12)
        permuteRolled(out.data() + i, kPoseidon2); // the kernels' own permutation, host build
    SelfTestReport good;
    comparePermuteResults(states, out.data(), good);
    QM_CHECK(good.passed());
    out[12 * 5 + 11] ^= 0x100;
    SelfTestReport bad;
    comparePermuteResults(states, out.data(), bad);
    QM_CHECK_EQ(bad.mismatches(), 1u);
    QM_CHECK(startsWith(bad.summary(), "the device's Poseidon2 permutation differs from the CPU's (state 5 ("));
    QM_CHECK(bad.summary().find("word 11") != std::string::npos);
}

QM_TEST(self_test_known_hashes_hold_on_the_cpu_and_the_host_kernel_build)
{
    const std::vector<KnownHash> known = selfTestHashes();
    int fromVectors[2] = {0, 0};
    for (const KnownHash& k : known) {
        // The embedded answers are the vector files' (and the CPU's).
        QM_CHECK_EQ(powHashReference(k.pow, k.miningHash, k.nonce), k.hash);
        if (k.source.find("known answer") != std::string::npos)
            ++fromVectors[k.pow == PowAlgorithm::QPowV2 ? 1 : 0];
    }
    QM_CHECK_EQ(fromVectors[0], 2);
    QM_CHECK_EQ(fromVectors[1], 2);
    const std::vector<HashItem> items = hashItemsFor(known);
    for (KernelVariant v : kVariants) {
        std::vector<std::uint64_t> hashes(items.size() * 8);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (v == KernelVariant::Inline)
                hashItemAs<KernelVariant::Inline>(items[i], hashes.data() + 8 * i, kPoseidon2);
            else
                hashItemAs<KernelVariant::Compact>(items[i], hashes.data() + 8 * i, kPoseidon2);
        }
        SelfTestReport report;
        compareHashResults(known, hashes.data(), report);
        QM_CHECK(report.passed());
        // A wrong hash of the third vector (v2) is named with its source.
        hashes[8 * 2 + 7] ^= 1ULL << 63;
        SelfTestReport bad;
        compareHashResults(known, hashes.data(), bad);
        QM_CHECK_EQ(bad.mismatches(), 1u);
        QM_CHECK(startsWith(bad.summary(), "the device's QPoW v2 hash differs from the CPU's (nonce 0xff, "));
        QM_CHECK(bad.summary().find("kPowV2Vectors[3]") != std::string::npos);
    }
}

QM_TEST(self_test_search_agrees_on_the_host_kernel_build_and_wrong_slots_are_refused)
{
    for (PowAlgorithm pow : {PowAlgorithm::QPowV1, PowAlgorithm::QPowV2}) {
        const SelfTestSearch search = selfTestSearch(pow);
        // Several valid nonces, all of which a slot records.
        int valid = 0;
        for (std::uint64_t i = 0; i < search.count; ++i)
            valid += powMeetsTarget(powHashReference(pow, search.job.miningHash, search.first.addU64(i)),
                                    search.job.target);
        QM_CHECK(valid >= 3 && valid <= static_cast<int>(kMaxCandidates));
        // The range crosses a limb-0 carry.
        QM_CHECK(search.first.addU64(search.count - 1).limb[1] == search.first.limb[1] + 1);
        const std::string what = "the device's QPoW " + powAlgorithmName(pow) + " search differs from the CPU's (";
        for (KernelVariant v : kVariants) {
            const SearchSlot slot = hostSearch(v, search);
            SelfTestReport good;
            compareSearchResult(search, slot, good);
            QM_CHECK(good.passed());
            QM_CHECK(slot.minOffset != kNoOffset);

            SearchSlot later = slot;
            later.minOffset += 1;
            SelfTestReport r1;
            compareSearchResult(search, later, r1);
            QM_CHECK(startsWith(r1.summary(), what));
            QM_CHECK(r1.summary().find("lowest valid offset") != std::string::npos);

            SearchSlot nothing{};
            nothing.minOffset = kNoOffset;
            SelfTestReport r2;
            compareSearchResult(search, nothing, r2);
            QM_CHECK(r2.summary().find("none on the device") != std::string::npos);

            SearchSlot corrupt = slot;
            corrupt.candidate[0].hash[3] ^= 4;
            SelfTestReport r3;
            compareSearchResult(search, corrupt, r3);
            QM_CHECK_EQ(r3.mismatches(), 1u);
            QM_CHECK(r3.summary().find("hash at offset") != std::string::npos);

            SearchSlot bogus = slot;
            bogus.candidate[0].offset = search.count + 3;
            SelfTestReport r4;
            compareSearchResult(search, bogus, r4);
            QM_CHECK(r4.summary().find("is not valid on the CPU") != std::string::npos);
        }
    }
}
#endif

int main(int argc, char** argv)
{
    setDiagnosticSink([](const std::string& line) { logged().push_back(line); });
    const int rc = qmtest::runAll(argc > 1 ? argv[1] : "");
    std::printf("(the engine logged %zu lines)\n", logged().size());
    return rc;
}

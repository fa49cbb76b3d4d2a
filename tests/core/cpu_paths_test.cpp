// Self-test of cpu-fast's instruction-set paths: the vector permutation and
// sponge against the scalar code lane by lane, batches against cpu-baseline on
// ranges longer than a batch (counts and every progress report), and the
// choice of path: forcing one the CPU lacks is an error, never a crash.
#include "tests/support/check.h"
#include "tests/support/random_inputs.h"
#include "tests/support/test_backends.h"

#include "core/cpu/cpu_features.h"
#include "core/cpu/lane_kernel.h"
#include "core/backend.h"
#include "core/backend_registry.h"
#include "core/cpu/baseline_backend.h"
#include "core/cpu/fast_backend.h"
#include "core/poseidon2.h"
#include "core/pow.h"
#include "core/pow_midstate.h"

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace qm;
using namespace qmtest;

namespace {

// The vector kernels this CPU can run.
std::vector<const cpu::LaneKernel*> runnableKernels()
{
    std::vector<const cpu::LaneKernel*> out;
    for (cpu::Isa isa : cpu::supportedIsas(cpu::hostCpuFeatures())) {
        if (const cpu::LaneKernel* k = cpu::laneKernel(isa))
            out.push_back(k);
    }
    return out;
}

// Field elements that stress the carry corrections: zero, values just below
// and above p, all ones, and uniform 64-bit values (non-canonical included).
std::uint64_t edgyElement(std::mt19937_64& rng)
{
    constexpr std::uint64_t p = gl::kP;
    switch (rng() % 8) {
    case 0:
        return rng() % 4;
    case 1:
        return p - 1 - rng() % 4;
    case 2:
        return p + rng() % 4;
    case 3:
        return ~std::uint64_t{0} - rng() % 4;
    case 4:
        return rng() & 0xffffffffULL;
    default:
        return rng();
    }
}

struct Run {
    SearchResult result;
    std::vector<std::uint64_t> reports;
};

Run runWithReports(const Backend& engine, const JobContext& job, const U512& first, const U512& last,
                   std::uint64_t interval)
{
    Run run;
    SearchControl ctl;
    ctl.progressInterval = interval;
    ctl.onProgress = [&](std::uint64_t n) { run.reports.push_back(n); };
    run.result = engine.search(job, first, last, ctl);
    return run;
}

} // namespace

QM_TEST(cpu_features_report_paths_consistently)
{
    const cpu::CpuFeatures& f = cpu::hostCpuFeatures();
    const cpu::CpuFeatures again = cpu::detectCpuFeatures();
    QM_CHECK_EQ(again.flagNames(), f.flagNames());
    QM_CHECK_EQ(again.modelName, f.modelName);
    const auto isas = cpu::supportedIsas(f);
    QM_CHECK(!isas.empty());
    QM_CHECK(isas.front() == cpu::Isa::Scalar);
    QM_CHECK(cpu::bestIsa(f) == isas.back());
    QM_CHECK_EQ(cpu::isaSupported(cpu::Isa::Avx512, f), f.avx512f && cpu::laneKernel(cpu::Isa::Avx512) != nullptr);
    for (cpu::Isa isa : cpu::allIsas()) {
        QM_CHECK(cpu::parseIsa(cpu::isaName(isa)) == isa);
        // The scalar path has no lane kernel; every vector path the CPU runs
        // has one (the build may carry kernels this CPU cannot run).
        if (isa == cpu::Isa::Scalar)
            QM_CHECK(cpu::laneKernel(isa) == nullptr);
        else if (cpu::isaSupported(isa, f))
            QM_CHECK(cpu::laneKernel(isa) != nullptr);
    }
    // Every supported path yields an engine whose backend names the path.
    for (cpu::Isa isa : isas) {
        std::string error;
        const auto engine = makeFastBackend(cpu::isaName(isa), f, error);
        QM_CHECK(engine != nullptr);
        if (engine) {
            QM_CHECK_EQ(engine->codePath(), cpu::isaName(isa));
            QM_CHECK(engine->isa() == isa);
        }
    }
    QM_CHECK(cpu::describeCpu().find("cpu-fast paths: scalar") != std::string::npos);
}

QM_TEST(forcing_a_path_the_cpu_lacks_is_an_error)
{
    // A CPU with no vector extensions at all, and one with AVX2 only.
    cpu::CpuFeatures plain;
    cpu::CpuFeatures avx2Only;
    avx2Only.avx2 = true;
    avx2Only.bmi2 = true;

    std::string error;
    QM_CHECK(cpu::selectIsa("", plain, error) == cpu::Isa::Scalar);
    QM_CHECK(cpu::selectIsa("auto", plain, error) == cpu::Isa::Scalar);
    QM_CHECK(cpu::selectIsa("scalar", plain, error) == cpu::Isa::Scalar);
    for (const char* wide : {"avx2", "avx512"}) {
        error.clear();
        QM_CHECK(!cpu::selectIsa(wide, plain, error).has_value());
        QM_CHECK(error.find(wide) != std::string::npos);
        QM_CHECK(error.find("usable paths: scalar") != std::string::npos);
        error.clear();
        QM_CHECK(makeFastBackend(wide, plain, error) == nullptr);
        QM_CHECK(!error.empty());
    }
    error.clear();
    QM_CHECK(!cpu::selectIsa("avx512", avx2Only, error).has_value());
    QM_CHECK(error.find("avx512") != std::string::npos);
    error.clear();
    QM_CHECK(!cpu::selectIsa("sse9", avx2Only, error).has_value());
    QM_CHECK(error.find("unknown") != std::string::npos);
    QM_CHECK(error.find("sse9") != std::string::npos);
#if defined(QM_HAVE_X86_LANES)
    QM_CHECK(cpu::selectIsa("", avx2Only, error) == cpu::Isa::Avx2);
    const auto engine = makeFastBackend("avx2", avx2Only, error);
    QM_CHECK(engine != nullptr && engine->codePath() == "avx2");
#endif
    const auto scalar = makeFastBackend("scalar", plain, error);
    QM_CHECK(scalar != nullptr && scalar->codePath() == "scalar");

    // Through the registry with typed options, as the service and the
    // benchmark use it (MINER_CPU_ISA arrives as BackendOptions::cpuIsa).
    BackendOptions options;
    options.cpuIsa = "not-an-isa";
    error.clear();
    QM_CHECK(makeBackend("cpu-fast", options, error, nullptr) == nullptr);
    QM_CHECK(error.find("not-an-isa") != std::string::npos);
    const BackendStatus refused = BackendRegistry::instance().status("cpu-fast", options);
    QM_CHECK(!refused.available);
    QM_CHECK(refused.reason.find("not-an-isa") != std::string::npos);
    options.cpuIsa = "scalar";
    error.clear();
    const auto forced = makeBackend("cpu-fast", options, error, nullptr);
    QM_CHECK(forced != nullptr && forced->codePath() == "scalar");
    QM_CHECK(cpu::describeCpu("scalar").find("using scalar") != std::string::npos);
}

QM_TEST(lane_field_arithmetic_matches_scalar_on_edge_values)
{
    std::mt19937_64 rng(0xf1e1d);
    for (const cpu::LaneKernel* kernel : runnableKernels()) {
        const unsigned lanes = kernel->lanes;
        std::vector<std::uint64_t> a(lanes), b(lanes), out(6 * lanes);
        for (int iter = 0; iter < 20000; ++iter) {
            for (unsigned l = 0; l < lanes; ++l) {
                if (rng() % 3 == 0) {
                    // Products whose low word is tiny next to their top 32
                    // bits (the borrow in the reduction): small multiples of
                    // powers of two whose exponents add up to 64 or more.
                    const unsigned sa = 32 + rng() % 32;
                    const unsigned sb = 64 - sa + rng() % (sa - 31);
                    a[l] = (rng() % 65536) << sa;
                    b[l] = sb < 64 ? (rng() % 65536) << sb : 0;
                    if (rng() % 2)
                        a[l] += rng() % 3;
                } else {
                    a[l] = edgyElement(rng);
                    b[l] = edgyElement(rng);
                }
            }
            kernel->fieldOps(a.data(), b.data(), out.data());
            for (unsigned l = 0; l < lanes; ++l) {
                const std::uint64_t x = a[l], y = b[l];
                // (x >> 26) + (y >> 26) * 2^32 < 2^71, exactly in 128 bits.
                const qm_u128 folded = (x >> 26) + (static_cast<qm_u128>(y >> 26) << 32);
                QM_CHECK_EQ(gl::canonical(out[0 * lanes + l]), static_cast<std::uint64_t>(folded % gl::kP));
                QM_CHECK_EQ(gl::canonical(out[1 * lanes + l]), gl::canonical(gl::add(x, y)));
                QM_CHECK_EQ(gl::canonical(out[2 * lanes + l]), gl::canonical(gl::mul(x, y)));
                QM_CHECK_EQ(gl::canonical(out[3 * lanes + l]), gl::canonical(gl::square(x)));
                QM_CHECK_EQ(gl::canonical(out[4 * lanes + l]), gl::canonical(gl::mul(x, y)));
                QM_CHECK_EQ(out[5 * lanes + l], gl::canonical(y));
            }
            if (currentFailed()) {
                std::fprintf(stderr, "  kernel %s, iteration %d\n", kernel->name, iter);
                return;
            }
        }
    }
}

QM_TEST(lane_permutation_matches_scalar_on_random_states)
{
    std::mt19937_64 rng(0x1a7e5);
    for (const cpu::LaneKernel* kernel : runnableKernels()) {
        const unsigned lanes = kernel->lanes;
        std::vector<std::uint64_t> soa(12 * lanes);
        for (int iter = 0; iter < 400; ++iter) {
            for (auto& v : soa)
                v = edgyElement(rng);
            std::vector<std::uint64_t> want = soa;
            for (unsigned l = 0; l < lanes; ++l) {
                std::uint64_t s[12];
                for (int e = 0; e < 12; ++e)
                    s[e] = want[e * lanes + l];
                p2::permute(s, kPoseidon2);
                for (int e = 0; e < 12; ++e)
                    want[e * lanes + l] = s[e];
            }
            kernel->permute(soa.data());
            QM_CHECK(soa == want);
            if (currentFailed()) {
                std::fprintf(stderr, "  kernel %s, iteration %d\n", kernel->name, iter);
                return;
            }
        }
    }
}

QM_TEST(lane_sponge_matches_midstate_per_lane)
{
    std::mt19937_64 rng(0x0b5e);
    for (const cpu::LaneKernel* kernel : runnableKernels()) {
        const unsigned lanes = kernel->lanes;
        std::vector<std::uint64_t> block(4 * lanes), out(12 * lanes);
        for (int iter = 0; iter < 100; ++iter) {
            std::uint64_t prefix[12];
            for (auto& v : prefix)
                v = gl::canonical(edgyElement(rng));
            std::vector<std::pair<std::uint64_t, std::uint64_t>> limbs(lanes);
            for (unsigned l = 0; l < lanes; ++l) {
                limbs[l] = {iter % 3 == 0 ? ~std::uint64_t{0} : rng(), rng()};
                std::uint64_t e[4];
                mid::limbElements(limbs[l].first, e);
                mid::limbElements(limbs[l].second, e + 2);
                for (int k = 0; k < 4; ++k)
                    block[k * lanes + l] = e[k];
            }
            kernel->outerStates(prefix, block.data(), out.data());
            for (unsigned l = 0; l < lanes; ++l) {
                std::uint64_t inner[8], outer[12];
                mid::innerDigest(prefix, limbs[l].first, limbs[l].second, inner, kPoseidon2);
                mid::outerState(inner, outer, kPoseidon2);
                for (int e = 0; e < 12; ++e)
                    QM_CHECK_EQ(out[e * lanes + l], outer[e]);
            }
            if (currentFailed()) {
                std::fprintf(stderr, "  kernel %s, iteration %d\n", kernel->name, iter);
                return;
            }
        }
    }
}

QM_TEST(batches_match_baseline_on_long_ranges_and_progress_reports)
{
    std::mt19937_64 rng(0xba7c4);
    BaselineBackend baseline;
    const auto engines = testEngines();
    // Where limb 0 and the prefix (limb 2) change, and the top of the space.
    std::vector<U512> anchors;
    U512 a64, a128;
    a64.limb[1] = 1;
    a128.limb[2] = 1;
    U512 a256;
    a256.limb[4] = 1;
    anchors.push_back(a64);
    anchors.push_back(a128);
    anchors.push_back(a256); // where QPoW v2's prefix changes
    anchors.push_back(U512::max());
    const std::uint64_t intervals[] = {1, 3, 7, 8, 16, 17, 33, 64, 1u << 14};
    int found = 0, exhausted = 0;
    for (int iter = 0; iter < 600; ++iter) {
        const MiningHash mh = randomMiningHash(rng);
        // Ranges of up to 80 nonces: with difficulty up to ~400 most of them
        // hold no solution, and the found ones sit anywhere in a batch.
        const U512 difficulty = U512::fromU64(1 + rng() % 400);
        const std::uint64_t length = 1 + rng() % 80;
        U512 start;
        if (rng() % 4 == 0) {
            for (auto& l : start.limb)
                l = rng();
        } else {
            // Straddle an anchor at any offset (the top of the space is clipped).
            start = anchors[rng() % anchors.size()].sub(U512::fromU64(rng() % (length + 8)));
        }
        bool carry = false;
        U512 end = start.addU64(length - 1, &carry);
        if (carry)
            end = U512::max();
        const std::uint64_t interval = intervals[rng() % std::size(intervals)];
        // Both PoW generations: their batches end at different prefix changes.
        const PowAlgorithm pow = iter % 2 ? PowAlgorithm::QPowV2 : PowAlgorithm::QPowV1;
        const JobContext job = JobContext::make(mh, difficulty, pow);
        const Run want = runWithReports(baseline, job, start, end, interval);
        (want.result.outcome == SearchOutcome::Found ? found : exhausted)++;
        for (const auto& engine : engines) {
            const Run got = runWithReports(*engine, job, start, end, interval);
            QM_CHECK(got.result.outcome == want.result.outcome);
            QM_CHECK_EQ(got.result.checked, want.result.checked);
            QM_CHECK(got.reports == want.reports);
            if (want.result.outcome == SearchOutcome::Found) {
                QM_CHECK_EQ(got.result.nonce, want.result.nonce);
                QM_CHECK_EQ(got.result.hash, want.result.hash);
            }
            if (currentFailed()) {
                std::fprintf(stderr, "  engine %s (%s) start %s length %llu interval %llu\n", engine->name().c_str(),
                             engine->codePath().c_str(), start.toHex128().c_str(),
                             static_cast<unsigned long long>(length), static_cast<unsigned long long>(interval));
                return;
            }
        }
    }
    // Every code path this CPU runs took part: the reference plus one
    // cpu-fast per supported instruction set.
    QM_CHECK_EQ(engines.size(), 1 + cpu::supportedIsas(cpu::hostCpuFeatures()).size());
    // Both outcomes well represented (150 and 450 with this seed).
    QM_CHECK(found >= 100);
    QM_CHECK(exhausted >= 100);
}

QM_TEST(targets_that_tie_on_the_high_half_use_the_last_squeeze)
{
    // A random target never equals a hash in its high 256 bits, so the lazy
    // last squeeze is reached here on purpose: the target is built from the
    // smallest hash of a range.
    std::mt19937_64 rng(0x7e1e);
    BaselineBackend baseline;
    const auto engines = testEngines();
    for (int iter = 0; iter < 12; ++iter) {
        const MiningHash mh = randomMiningHash(rng);
        U512 first;
        for (auto& l : first.limb)
            l = rng();
        if (iter % 3 == 0)
            first.limb[1] = ~std::uint64_t{0}; // the range crosses into a new prefix
        first.limb[0] = ~std::uint64_t{0} - 10;
        const U512 last = first.addU64(40);
        U512 best = first;
        U512 bestHash = powHashReference(mh, first);
        for (std::uint64_t i = 1; i <= 40; ++i) {
            const U512 n = first.addU64(i);
            const U512 h = powHashReference(mh, n);
            if (h < bestHash) {
                best = n;
                bestHash = h;
            }
        }
        JobContext job = JobContext::make(mh, U512::fromU64(1));
        U512 highOnly = bestHash;
        for (int i = 0; i < 4; ++i)
            highOnly.limb[i] = 0;
        struct Case {
            U512 target;
            bool found;
        };
        const Case cases[] = {
            {bestHash.addU64(1), true},   // ties high, low below: valid
            {bestHash, false},            // equal: not below
            {highOnly, false},            // ties high, low above
            {highOnly.sub(U512::fromU64(1)), false}, // below in the high half
        };
        for (const Case& c : cases) {
            job.target = c.target;
            const SearchResult want = baseline.search(job, first, last, SearchControl{});
            QM_CHECK(want.outcome == (c.found ? SearchOutcome::Found : SearchOutcome::Exhausted));
            for (const auto& engine : engines) {
                const SearchResult got = engine->search(job, first, last, SearchControl{});
                QM_CHECK(got.outcome == want.outcome);
                QM_CHECK_EQ(got.checked, want.checked);
                if (c.found) {
                    QM_CHECK_EQ(got.nonce, best);
                    QM_CHECK_EQ(got.hash, bestHash);
                }
                if (currentFailed()) {
                    std::fprintf(stderr, "  engine %s (%s), iteration %d\n", engine->name().c_str(),
                                 engine->codePath().c_str(), iter);
                    return;
                }
            }
        }
    }
}

QM_TEST(cancel_is_exact_for_intervals_that_split_batches)
{
    MiningHash mh{};
    const JobContext job = JobContext::make(mh, U512::max());
    for (const auto& engine : testEngines()) {
        for (std::uint64_t interval : {1u, 5u, 10u, 24u, 100u}) {
            std::atomic<bool> stop{false};
            std::uint64_t reported = 0;
            int calls = 0;
            SearchControl ctl;
            ctl.stop = &stop;
            ctl.progressInterval = interval;
            ctl.onProgress = [&](std::uint64_t n) {
                QM_CHECK_EQ(n, interval);
                reported += n;
                if (++calls == 3)
                    stop.store(true);
            };
            // Start just below the prefix boundary so the walk also crosses it.
            U512 first;
            first.limb[2] = 1;
            first = first.sub(U512::fromU64(13));
            // A bounded range: a walk that ignored the flag ends Exhausted
            // (and fails) instead of running on.
            const SearchResult r = engine->search(job, first, first.addU64(2000), ctl);
            QM_CHECK(r.outcome == SearchOutcome::Stopped);
            QM_CHECK_EQ(r.checked, 3 * interval);
            QM_CHECK_EQ(reported, r.checked);
            if (currentFailed()) {
                std::fprintf(stderr, "  engine %s (%s) interval %llu\n", engine->name().c_str(),
                             engine->codePath().c_str(), static_cast<unsigned long long>(interval));
                return;
            }
        }
    }
}

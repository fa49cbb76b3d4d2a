// quantus-miner-gpu-check: checks the gpu-cuda engine on a real GPU against the
// CPU core, without Qt (scripts/gpu-check.sh runs it on a GPU machine):
//   1. the device's field arithmetic on every edge combination and many
//      random cases, and its Poseidon2 permutation on random states,
//   2. the device's hash of random single nonces (both kernel variants),
//   3. searches over random easy jobs: the lowest valid nonce and the exact
//      count, also for exhausted ranges, ranges across limb carries and the
//      2^128 prefix boundary, and tiny launch shapes that need many launches,
//   4. a stop request ends a long search promptly with consistent counts.
// Prints "N passed, N failed" and exits non-zero on any failure.
#include "core/backend_registry.h"
#include "core/pow_midstate.h"
#include "cuda/cuda_backend.h"
#include "cuda/cuda_devices.h"
#include "cuda/device_buffer.h"
#include "cuda/device_self_test.h"
#include "cuda/gpu_backend.h"
#include "cuda/gpu_search.h"
#include "kernels/pow_kernels.h"
#include "tests/support/random_inputs.h"
#include "tools/backend_flags.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace qm;
using qmtest::randomMiningHash;
using qmtest::randomNonce;

namespace {

int passed = 0;
int failed = 0;

void verdict(bool ok, const std::string& what)
{
    std::printf("%s %s\n", ok ? "PASS" : "FAIL", what.c_str());
    std::fflush(stdout);
    (ok ? passed : failed)++;
}

// gpu::runOnDevice on GPU 0; false with the CUDA error printed.
template <typename In, typename Out, typename Launch>
bool runOnGpu0(const std::vector<In>& in, std::vector<Out>& out, Launch launch)
{
    cudaError_t e = cudaSetDevice(0);
    if (e == cudaSuccess)
        e = gpu::runOnDevice(in, out, launch);
    if (e != cudaSuccess) {
        std::printf("  CUDA error: %s\n", cudaGetErrorString(e));
        return false;
    }
    return true;
}

// Prints what a comparison found: the count, and the first difference of each
// part that differed.
bool reportCompare(const gpu::SelfTestReport& report, const std::string& compared)
{
    std::printf("  %s: %zu mismatches\n", compared.c_str(), report.mismatches());
    if (!report.passed())
        std::printf("  %s\n", report.summary().c_str());
    return report.passed();
}

// Part 1: the field arithmetic of the compact kernels, on the self-test's edge
// combinations and `count` random cases, against core/goldilocks.h.
bool checkField(std::size_t count, std::mt19937_64& rng)
{
    std::vector<gpu::FieldCase> cases = gpu::selfTestFieldCases();
    const auto random = gpu::randomFieldCases(count, rng());
    cases.insert(cases.end(), random.begin(), random.end());
    std::vector<std::uint64_t> results(cases.size() * gpu::kFieldOps);
    if (!runOnGpu0(cases, results, [&](const gpu::FieldCase* in, std::uint64_t* out) {
            return gpu::launchFieldCheck(in, out, static_cast<unsigned>(cases.size()), nullptr);
        }))
        return false;
    gpu::SelfTestReport report;
    gpu::compareFieldResults(cases, results.data(), report);
    return reportCompare(report, std::to_string(cases.size()) + " cases x " + std::to_string(gpu::kFieldOps) +
                                     " operations");
}

// Part 1: the permutation of the compact kernels on `count` random states (and
// the self-test's), against p2::permute.
bool checkPermute(std::size_t count, std::mt19937_64& rng)
{
    std::vector<std::uint64_t> states = gpu::selfTestPermuteStates();
    const auto random = gpu::randomPermuteStates(count, rng());
    states.insert(states.end(), random.begin(), random.end());
    std::vector<std::uint64_t> out(states.size());
    if (!runOnGpu0(states, out, [&](const std::uint64_t* in, std::uint64_t* o) {
            return gpu::launchPermute(in, o, static_cast<unsigned>(states.size() / 12), nullptr);
        }))
        return false;
    gpu::SelfTestReport report;
    gpu::comparePermuteResults(states, out.data(), report);
    return reportCompare(report, std::to_string(states.size() / 12) + " states");
}

// Part 2: single nonces of both PoW generations through the hash kernel of `variant`.
bool checkHashes(gpu::KernelVariant variant, int count, std::mt19937_64& rng)
{
    std::vector<gpu::HashItem> items(static_cast<std::size_t>(count));
    std::vector<MiningHash> hashes(items.size());
    std::vector<U512> nonces(items.size());
    std::vector<PowAlgorithm> pows(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        hashes[i] = randomMiningHash(rng);
        nonces[i] = randomNonce(rng);
        pows[i] = i % 2 ? PowAlgorithm::QPowV2 : PowAlgorithm::QPowV1;
        items[i] = gpu::hashItemFor(JobContext::make(hashes[i], U512::fromU64(1), pows[i]), nonces[i]);
    }
    std::vector<std::uint64_t> out(items.size() * 8);
    if (!runOnGpu0(items, out, [&](const gpu::HashItem* in, std::uint64_t* o) {
            return gpu::launchHash(variant, in, o, static_cast<unsigned>(items.size()), nullptr);
        }))
        return false;
    int wrong = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const U512 want = powHashReference(pows[i], hashes[i], nonces[i]);
        if (std::memcmp(want.limb.data(), out.data() + 8 * i, 64) != 0 && ++wrong <= 3)
            std::printf("  QPoW %s nonce %s: GPU hash differs from the CPU's\n", powAlgorithmName(pows[i]).c_str(),
                        nonces[i].toHex128().c_str());
    }
    return wrong == 0;
}

struct RangeCase {
    PowAlgorithm pow;
    MiningHash mh;
    U512 difficulty;
    U512 first;
    U512 last;
    SearchResult want; // cpu-fast's answer
};

// Part 3: one search on the GPU engine and on cpu-fast; same outcome, nonce,
// hash and count.
bool sameSearch(const Backend& gpuEngine, const RangeCase& c, std::string& detail)
{
    const JobContext job = JobContext::make(c.mh, c.difficulty, c.pow);
    const SearchResult& want = c.want;
    std::uint64_t progress = 0;
    SearchControl ctl;
    ctl.onProgress = [&](std::uint64_t n) { progress += n; };
    const SearchResult got = gpuEngine.search(job, c.first, c.last, ctl);
    const bool ok = got.outcome == want.outcome && got.checked == want.checked && progress == got.checked &&
                    (want.outcome != SearchOutcome::Found || (got.nonce == want.nonce && got.hash == want.hash));
    if (!ok) {
        detail = "QPoW " + powAlgorithmName(c.pow) + " first " + c.first.toHex128() + " difficulty " + c.difficulty.toDecimal() + ": CPU " +
                 std::to_string(static_cast<int>(want.outcome)) + "/" + std::to_string(want.checked) + " GPU " +
                 std::to_string(static_cast<int>(got.outcome)) + "/" + std::to_string(got.checked) + " progress " +
                 std::to_string(progress);
    }
    return ok;
}

std::vector<RangeCase> rangeCases(int count, std::mt19937_64& rng)
{
    std::string unused;
    auto cpu = makeBackend("cpu-fast", unused);
    std::vector<RangeCase> cases;
    for (int i = 0; i < count; ++i) {
        RangeCase c;
        c.pow = i % 2 ? PowAlgorithm::QPowV2 : PowAlgorithm::QPowV1;
        c.mh = randomMiningHash(rng);
        const int kind = i % 5;
        // Easy jobs find a nonce within a few launches; hard ones exhaust.
        const std::uint64_t difficulty = kind == 4 ? (1ULL << 40) : 1 + rng() % 20000;
        c.difficulty = U512::fromU64(difficulty);
        const std::uint64_t span = 1000 + rng() % 150000;
        U512 first;
        switch (kind) {
        case 0: for (auto& l : first.limb) l = rng(); break;
        case 1: first.limb[1] = rng(); first.limb[0] = ~0ULL - rng() % 5000; break;            // limb 0 carries
        case 2: first = U512::fromU64(rng()); first.limb[1] = ~0ULL; first.limb[0] = ~0ULL - rng() % 5000; break; // prefix changes
        case 3: first = U512::max().sub(U512::fromU64(span - 1)); break;                       // top of the space
        default: for (auto& l : first.limb) l = rng(); break;
        }
        bool carry = false;
        c.first = first;
        c.last = first.addU64(span - 1, &carry);
        if (carry)
            c.last = U512::max();
        c.want = cpu->search(JobContext::make(c.mh, c.difficulty, c.pow), c.first, c.last, SearchControl{});
        cases.push_back(c);
    }
    return cases;
}

bool checkRanges(const GpuOptions& options, const std::vector<RangeCase>& cases, const char* label)
{
    std::string error;
    auto engine = gpu::makeCudaBackend(options, error);
    if (!engine) {
        std::printf("  %s\n", error.c_str());
        return false;
    }
    int wrong = 0;
    for (const auto& c : cases) {
        std::string detail;
        if (!sameSearch(*engine, c, detail) && ++wrong <= 3)
            std::printf("  %s: %s\n", label, detail.c_str());
    }
    return wrong == 0;
}

// Part 4: a stop request during a search of the whole nonce space.
bool checkStop()
{
    std::string error;
    auto engine = makeBackend("gpu-cuda", error);
    if (!engine) {
        std::printf("  %s\n", error.c_str());
        return false;
    }
    MiningHash mh{};
    const JobContext job = JobContext::make(mh, U512::max());
    std::atomic<bool> stop{false};
    std::uint64_t progress = 0;
    SearchControl ctl;
    ctl.stop = &stop;
    ctl.onProgress = [&](std::uint64_t n) { progress += n; };
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        stop.store(true);
    });
    const auto t0 = std::chrono::steady_clock::now();
    const SearchResult r = engine->search(job, U512::zero(), U512::max(), ctl);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    stopper.join();
    std::printf("  stopped after %.3f s, %llu nonces checked\n", seconds, static_cast<unsigned long long>(r.checked));
    return r.outcome == SearchOutcome::Stopped && progress == r.checked && r.checked > 0;
}

void describe(const BackendOptions& backends)
{
    const gpu::CudaInventory inv = gpu::queryCudaDevices(backends.gpu);
    std::printf("%s; driver CUDA %d.%d\n", gpu::cudaBuildSummary().c_str(), inv.driverVersion / 1000,
                (inv.driverVersion % 1000) / 10);
    for (const auto& d : inv.devices) {
        std::printf("GPU %d %s, cc %d.%d, %d SMs, %.1f GiB, %s %s%s\n", d.index, d.name.c_str(), d.computeMajor,
                    d.computeMinor, d.multiprocessors, static_cast<double>(d.memoryBytes) / (1u << 30),
                    d.uuid.c_str(), d.usable ? "usable" : "NOT usable: ", d.problem.c_str());
    }
    if (!inv.available)
        std::printf("no usable GPU: %s\n", inv.reason.c_str());
    std::string error;
    auto engine = makeBackend("gpu-cuda", backends, error, nullptr);
    if (!engine) {
        std::printf("%s\n", error.c_str());
        return;
    }
    // Two chunks of mining of each generation (a few seconds) so both tuned
    // nonces per thread settle: each generation has its own kernel and shape.
    for (PowAlgorithm pow : {PowAlgorithm::QPowV1, PowAlgorithm::QPowV2}) {
        const JobContext job = JobContext::make(MiningHash{}, U512::max(), pow);
        U512 next = U512::zero();
        for (int chunk = 0; chunk < 2; ++chunk) {
            const U512 last = next.addU64(engine->feedProfile(1).minChunkNonces - 1);
            engine->search(job, next, last, SearchControl{});
            next = last.addU64(1);
        }
    }
    if (auto* g = dynamic_cast<const gpu::GpuSearchBackend*>(engine.get())) {
        for (const auto& line : g->deviceDescriptions())
            std::printf("launch: %s\n", line.c_str());
    }
}

[[noreturn]] void usage(int code)
{
    std::fprintf(code ? stderr : stdout,
                 "Usage: quantus-miner-gpu-check [--field N] [--states N] [--nonces N] [--ranges N] [--seed S]\n"
                 "       quantus-miner-gpu-check --describe [launch settings]\n"
                 "  --field N    random field-arithmetic cases, besides the edge values (default 1048576)\n"
                 "  --states N   random states through the permutation (default 16384)\n"
                 "  --nonces N   single nonces hashed per kernel variant (default 4096)\n"
                 "  --ranges N   random searches per launch shape (default 40)\n"
                 "  --seed S     random seed (default: from the clock, printed)\n"
                 "  --describe   list the GPUs and both PoW generations' launch shape, check nothing\n"
                 "With --describe, the launch settings:\n%s",
                 tools::backendFlagsHelp());
    std::exit(code);
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t fieldCases = std::size_t{1} << 20;
    std::size_t states = std::size_t{1} << 14;
    int nonces = 4096;
    int ranges = 40;
    std::uint64_t seed = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto number = [&]() -> std::uint64_t {
            if (i + 1 >= argc)
                usage(2);
            char* end = nullptr;
            const unsigned long long v = std::strtoull(argv[++i], &end, 10);
            if (*end)
                usage(2);
            return v;
        };
        if (a == "--field")
            fieldCases = static_cast<std::size_t>(std::min<std::uint64_t>(number(), 1u << 24));
        else if (a == "--states")
            states = static_cast<std::size_t>(std::min<std::uint64_t>(number(), 1u << 22));
        else if (a == "--nonces")
            nonces = static_cast<int>(number());
        else if (a == "--ranges")
            ranges = static_cast<int>(number());
        else if (a == "--seed")
            seed = number();
        else if (a == "--describe") {
            BackendOptions backends;
            for (int j = i + 1; j < argc; ++j) {
                std::string error;
                if (tools::takeBackendFlag(argc, argv, j, backends, error) != tools::FlagResult::Taken) {
                    std::fprintf(stderr, "quantus-miner-gpu-check: %s\n",
                                 error.empty() ? ("unknown option '" + std::string(argv[j]) + "'").c_str() : error.c_str());
                    return 2;
                }
            }
            gpu::registerGpuBackend();
            describe(backends);
            return 0;
        } else if (a == "--help" || a == "-h")
            usage(0);
        else
            usage(2);
    }
    gpu::registerGpuBackend();
    std::printf("seed %llu\n", static_cast<unsigned long long>(seed));
    const gpu::CudaInventory inv = gpu::queryCudaDevices();
    if (!inv.available) {
        std::printf("no usable GPU: %s\n", inv.reason.c_str());
        std::printf("0 passed, 1 failed\n");
        return 1;
    }
    std::mt19937_64 rng(seed);

    verdict(checkField(fieldCases, rng), "field arithmetic, edge values and random cases");
    verdict(checkPermute(states, rng), "Poseidon2 permutation, random states");
    verdict(checkHashes(gpu::KernelVariant::Compact, nonces, rng), "single nonces, compact kernel");
    verdict(checkHashes(gpu::KernelVariant::Inline, nonces, rng), "single nonces, inline kernel");

    const auto cases = rangeCases(ranges, rng);
    GpuOptions options;
    verdict(checkRanges(options, cases, "default shape"), "searches, default launch shape");
    options.blockDim = 64;
    options.threads = 192;
    options.iterations = 3;
    verdict(checkRanges(options, cases, "tiny shape"), "searches, 192 threads x 3 nonces per launch");
    options = GpuOptions{};
    options.inlineKernel = true;
    verdict(checkRanges(options, cases, "inline kernel"), "searches, inline kernel");
    verdict(checkStop(), "stop request during a search");

    const auto& stats = gpu::gpuCandidateStats();
    std::printf("candidates %llu, false positives %llu, hash mismatches %llu, device errors %llu\n",
                static_cast<unsigned long long>(stats.candidates.load()),
                static_cast<unsigned long long>(stats.falsePositives.load()),
                static_cast<unsigned long long>(stats.hashMismatches.load()),
                static_cast<unsigned long long>(stats.deviceErrors.load()));
    verdict(stats.falsePositives.load() == 0 && stats.hashMismatches.load() == 0 && stats.deviceErrors.load() == 0,
            "no false positives, hash mismatches or device errors");
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

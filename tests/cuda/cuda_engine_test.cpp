// Engine selection for gpu-cuda on whatever machine runs the tests: without
// CUDA in the build it warns and mines with cpu-fast; with CUDA but no driver
// or GPU it fails with an error naming the cause; with a GPU it mines, and
// agrees with the CPU. The device inventory tells the same story.
#include "tests/support/check.h"

#include "core/backend_registry.h"
#include "cuda/cuda_devices.h"
#include "cuda/gpu_backend.h"
#include "cuda/gpu_search.h"

#include <cstdlib>

using namespace qm;
using namespace qmtest;

#if defined(QM_HAVE_CUDA)
namespace {

bool mentionsACause(const std::string& error)
{
    for (const char* cause : {"driver", "no CUDA GPU", "no usable GPU", "stub", "busy", "kernel"}) {
        if (error.find(cause) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace
#endif

QM_TEST(gpu_cuda_engine_selection_matches_the_build_and_the_machine)
{
    const gpu::CudaInventory inv = gpu::queryCudaDevices();
    std::string error, warning;
    auto engine = makeBackend("gpu-cuda", BackendOptions{}, error, &warning);
    std::printf("  inventory: built=%d available=%d reason='%s'\n", inv.built, inv.available, inv.reason.c_str());
#if defined(QM_HAVE_CUDA)
    QM_CHECK(inv.built);
    QM_CHECK(!inv.architectures.empty());
    QM_CHECK(warning.empty());
    if (inv.available) {
        QM_CHECK(engine != nullptr);
        if (engine) {
            QM_CHECK_EQ(engine->name(), std::string("gpu-cuda"));
            // One search at a time drives every device.
            QM_CHECK_EQ(engine->feedProfile(8).concurrentSearches, 1u);
            // A tiny search, compared with cpu-fast.
            std::string e2;
            auto cpu = makeBackend("cpu-fast", e2);
            const JobContext job = JobContext::make(MiningHash{}, U512::fromU64(300));
            const SearchResult want = cpu->search(job, U512::fromU64(5), U512::fromU64(5000), SearchControl{});
            const SearchResult got = engine->search(job, U512::fromU64(5), U512::fromU64(5000), SearchControl{});
            QM_CHECK(got.outcome == want.outcome);
            QM_CHECK_EQ(got.checked, want.checked);
            QM_CHECK_EQ(got.nonce, want.nonce);
            // QPoW v2 runs a kernel of its own.
            const JobContext job2 = JobContext::make(MiningHash{}, U512::fromU64(300), PowAlgorithm::QPowV2);
            const SearchResult want2 = cpu->search(job2, U512::fromU64(5), U512::fromU64(5000), SearchControl{});
            const SearchResult got2 = engine->search(job2, U512::fromU64(5), U512::fromU64(5000), SearchControl{});
            QM_CHECK(got2.outcome == want2.outcome);
            QM_CHECK_EQ(got2.checked, want2.checked);
            QM_CHECK_EQ(got2.nonce, want2.nonce);
            // Every GPU passed its start-up self-test, and each describes
            // both generations' launch shape.
            QM_CHECK_EQ(gpu::gpuCandidateStats().hashMismatches.load(), 0u);
            if (const auto* g = dynamic_cast<const gpu::GpuSearchBackend*>(engine.get())) {
                for (const auto& line : g->deviceDescriptions()) {
                    std::printf("  %s\n", line.c_str());
                    QM_CHECK(line.find("QPoW v1: ") != std::string::npos);
                    QM_CHECK(line.find("QPoW v2: ") != std::string::npos);
                }
            }
        }
    } else {
        // No driver or no GPU (this is every CI machine): a clear error.
        std::printf("  error: %s\n", error.c_str());
        QM_CHECK(engine == nullptr);
        QM_CHECK(error.rfind("gpu-cuda: ", 0) == 0);
        QM_CHECK(mentionsACause(error));
        QM_CHECK(!inv.reason.empty());
        QM_CHECK(error.find(inv.reason) != std::string::npos || inv.reason.find("no usable") == 0);
    }
#else
    // Without CUDA: a warning, and cpu-fast mines instead.
    std::printf("  warning: %s\n", warning.c_str());
    QM_CHECK(engine != nullptr);
    QM_CHECK(error.empty());
    if (engine)
        QM_CHECK_EQ(engine->name(), std::string("cpu-fast"));
    QM_CHECK(warning.find("cpu-fast") != std::string::npos);
    QM_CHECK(warning.find("CUDA") != std::string::npos);
    QM_CHECK(!inv.built);
    QM_CHECK(!inv.available);
    QM_CHECK(inv.devices.empty());
    QM_CHECK(inv.reason.find("no CUDA support") != std::string::npos);
#endif
}

// Run by CTest with the toolkit's stub libcuda first on the library path: the
// error must name that cause, on any machine, GPU or not.
QM_TEST(a_stub_driver_is_named_as_the_cause)
{
    const char* expect = std::getenv("QM_TEST_EXPECT_GPU_ERROR");
    if (!expect)
        QM_SKIP("runs under CTest's gpu_cuda_stub_driver, with the stub library on the path");
    std::string error;
    auto engine = makeBackend("gpu-cuda", error);
    std::printf("  error: %s\n", error.c_str());
    QM_CHECK(engine == nullptr);
    QM_CHECK(error.find(expect) != std::string::npos);
    const gpu::CudaInventory inv = gpu::queryCudaDevices();
    QM_CHECK(!inv.available);
    QM_CHECK(inv.reason.find(expect) != std::string::npos);
}

QM_TEST(gpu_cuda_comes_from_the_cuda_library_registration)
{
    // main() registered it; the core alone knows only its CPU backends.
    const auto names = backendNames();
    QM_CHECK(names.size() == 3);
    if (names.size() == 3) {
        QM_CHECK_EQ(names[0], std::string("cpu-baseline"));
        QM_CHECK_EQ(names[1], std::string("cpu-fast"));
        QM_CHECK_EQ(names[2], std::string("gpu-cuda"));
    }
    // Registering again replaces the entry, never duplicates it.
    gpu::registerGpuBackend();
    QM_CHECK_EQ(backendNames().size(), 3u);
    // The status answers without creating the engine.
    const BackendStatus s = BackendRegistry::instance().status("gpu-cuda", BackendOptions{});
#if defined(QM_HAVE_CUDA)
    QM_CHECK_EQ(s.available, gpu::queryCudaDevices({}, false).available);
    if (!s.available)
        QM_CHECK(!s.reason.empty());
#else
    QM_CHECK(!s.available);
    QM_CHECK(s.reason.find("cpu-fast") != std::string::npos);
#endif
}

QM_TEST(build_summary_names_the_cuda_support)
{
    const std::string s = gpu::cudaBuildSummary();
#if defined(QM_HAVE_CUDA)
    QM_CHECK(s.find("CUDA ") == 0);
    QM_CHECK(s.find("kernels for") != std::string::npos);
#else
    QM_CHECK_EQ(s, std::string("no CUDA support in this build"));
#endif
}

int main(int argc, char** argv)
{
    // Before registration the core knows only its CPU backends.
    if (BackendRegistry::instance().contains("gpu-cuda")) {
        std::printf("gpu-cuda registered before the CUDA library registered it\n0 passed, 1 failed\n");
        return 1;
    }
    gpu::registerGpuBackend();
    return qmtest::runAll(argc > 1 ? argv[1] : "");
}

// Engine selection for gpu-cuda on whatever machine runs the tests: without
// CUDA in the build it warns and mines with cpu-fast; with CUDA but no driver
// or GPU it fails with an error naming the cause; with a GPU it mines, and
// agrees with the CPU. The device inventory tells the same story.
#include "check.h"

#include "cuda_devices.h"
#include "engine.h"
#include "gpu_search.h"

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
    auto engine = makeEngine("gpu-cuda", error, &warning);
    std::printf("  inventory: built=%d available=%d reason='%s'\n", inv.built, inv.available, inv.reason.c_str());
#if defined(QM_HAVE_CUDA)
    QM_CHECK(inv.built);
    QM_CHECK(!inv.architectures.empty());
    QM_CHECK(warning.empty());
    if (inv.available) {
        QM_CHECK(engine != nullptr);
        if (engine) {
            QM_CHECK_EQ(engine->name(), std::string("gpu-cuda"));
            QM_CHECK(!engine->hashesOnCallingThread());
            // A tiny search, compared with cpu-fast.
            std::string e2;
            auto cpu = makeEngine("cpu-fast", e2);
            const JobContext job = JobContext::make(MiningHash{}, U512::fromU64(300));
            const SearchResult want = cpu->search(job, U512::fromU64(5), U512::fromU64(5000), SearchControl{});
            const SearchResult got = engine->search(job, U512::fromU64(5), U512::fromU64(5000), SearchControl{});
            QM_CHECK(got.outcome == want.outcome);
            QM_CHECK_EQ(got.checked, want.checked);
            QM_CHECK_EQ(got.nonce, want.nonce);
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
    if (!expect) {
        std::printf("  (runs under CTest's gpu_cuda_stub_driver only)\n");
        return;
    }
    std::string error;
    auto engine = makeEngine("gpu-cuda", error);
    std::printf("  error: %s\n", error.c_str());
    QM_CHECK(engine == nullptr);
    QM_CHECK(error.find(expect) != std::string::npos);
    const gpu::CudaInventory inv = gpu::queryCudaDevices();
    QM_CHECK(!inv.available);
    QM_CHECK(inv.reason.find(expect) != std::string::npos);
}

QM_TEST(gpu_cuda_launch_settings_are_validated)
{
#if defined(QM_HAVE_CUDA)
    // Malformed settings are refused with the variable's name, before any
    // driver is asked.
    struct Case {
        const char* name;
        const char* value;
    };
    for (const Case c : {Case{"MINER_CUDA_BLOCK_DIM", "33"}, Case{"MINER_CUDA_BLOCK_DIM", "abc"},
                         Case{"MINER_CUDA_ITERS", "0"}, Case{"MINER_CUDA_THREADS", "-5"},
                         Case{"MINER_GPU_DEVICES", "0"}, Case{"MINER_CUDA_KERNEL", "fast"}}) {
        setenv(c.name, c.value, 1);
        std::string error;
        auto engine = makeEngine("gpu-cuda", error);
        unsetenv(c.name);
        QM_CHECK(engine == nullptr);
        QM_CHECK(error.find(c.name) != std::string::npos);
        if (Registry::get().currentFailed)
            std::fprintf(stderr, "  %s=%s gave '%s'\n", c.name, c.value, error.c_str());
    }
#else
    // The build has no launch settings to validate; the fallback ignores them.
    setenv("MINER_CUDA_BLOCK_DIM", "33", 1);
    std::string error, warning;
    auto engine = makeEngine("gpu-cuda", error, &warning);
    unsetenv("MINER_CUDA_BLOCK_DIM");
    QM_CHECK(engine != nullptr);
    QM_CHECK(!warning.empty());
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
    return qmtest::runAll(argc > 1 ? argv[1] : "");
}

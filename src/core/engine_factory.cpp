#include "engine.h"
#include "engine_baseline.h"
#include "engine_fast.h"
#include "gpu_search.h"

#if defined(QM_HAVE_CUDA)
#include "cuda_engine.h"
#endif

namespace qm {

std::vector<std::string> engineNames()
{
    return {"cpu-baseline", "cpu-fast", "gpu-cuda"};
}

std::unique_ptr<Engine> makeEngine(std::string_view name, std::string& error)
{
    std::string warning;
    auto engine = makeEngine(name, error, &warning);
    if (!warning.empty())
        gpu::gpuLog(warning);
    return engine;
}

std::unique_ptr<Engine> makeEngine(std::string_view name, std::string& error, std::string* warning)
{
    if (name == "cpu-baseline")
        return std::make_unique<BaselineEngine>();
    if (name == "cpu-fast")
        return makeFastEngine(cpu::isaRequestFromEnvironment(), cpu::hostCpuFeatures(), error);
    if (name == "gpu-cuda") {
#if defined(QM_HAVE_CUDA)
        static_cast<void>(warning); // a CUDA build has no stand-in: it says why the GPU is unusable
        return gpu::makeCudaEngine(error);
#else
        if (warning)
            *warning = "this build has no CUDA support (gpu-cuda was not compiled in): mining with cpu-fast instead";
        return makeEngine("cpu-fast", error, warning);
#endif
    }
    error = "unknown engine '" + std::string(name) + "'; choose one of cpu-baseline, cpu-fast, gpu-cuda";
    return nullptr;
}

} // namespace qm

#include "engine.h"
#include "engine_baseline.h"
#include "engine_fast.h"

namespace qm {

std::vector<std::string> engineNames()
{
    return {"cpu-baseline", "cpu-fast", "gpu-cuda"};
}

std::unique_ptr<Engine> makeEngine(std::string_view name, std::string& error)
{
    if (name == "cpu-baseline")
        return std::make_unique<BaselineEngine>();
    if (name == "cpu-fast")
        return std::make_unique<FastEngine>();
    if (name == "gpu-cuda") {
        error = "engine gpu-cuda is not available in this build";
        return nullptr;
    }
    error = "unknown engine '" + std::string(name) + "'; choose one of cpu-baseline, cpu-fast, gpu-cuda";
    return nullptr;
}

} // namespace qm

#include "service/backends.h"

#include "cuda/gpu_backend.h"

#include <mutex>

namespace qm {

void registerBackends()
{
    static std::once_flag once;
    std::call_once(once, [] { gpu::registerGpuBackend(); });
}

} // namespace qm

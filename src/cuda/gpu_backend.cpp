#include "cuda/gpu_backend.h"

#include "core/backend_registry.h"
#include "cuda/cuda_devices.h"

#if defined(QM_HAVE_CUDA)
#include "cuda/cuda_backend.h"
#endif

namespace qm::gpu {

namespace {

constexpr const char* kName = "gpu-cuda";

#if !defined(QM_HAVE_CUDA)
constexpr const char* kStandIn =
    "this build has no CUDA support (gpu-cuda was not compiled in): mining with cpu-fast instead";
#endif

BackendEntry entry()
{
    BackendEntry e;
    e.name = kName;
#if defined(QM_HAVE_CUDA)
    e.create = [](const BackendOptions& o, std::string& error, std::string&) { return makeCudaBackend(o.gpu, error); };
    e.status = [](const BackendOptions& o) {
        // The inventory without the kernel check: no context on any GPU.
        const CudaInventory inv = queryCudaDevices(o.gpu, false);
        return BackendStatus{inv.available, "cuda", inv.reason};
    };
#else
    e.create = [](const BackendOptions& o, std::string& error, std::string& warning) {
        warning = kStandIn;
        return BackendRegistry::instance().create("cpu-fast", o, error);
    };
    e.status = [](const BackendOptions&) { return BackendStatus{false, {}, kStandIn}; };
#endif
    return e;
}

} // namespace

void registerGpuBackend()
{
    BackendRegistry::instance().add(entry());
}

} // namespace qm::gpu

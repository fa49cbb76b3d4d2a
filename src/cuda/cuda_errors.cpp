#include "cuda/cuda_errors.h"

#include <cstdlib>
#include <dlfcn.h>

namespace qm::gpu {

namespace {

std::string versionText(int v)
{
    return std::to_string(v / 1000) + "." + std::to_string((v % 1000) / 10);
}

bool driverLibraryLoads()
{
    void* h = dlopen("libcuda.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (!h)
        return false;
    dlclose(h);
    return true;
}

} // namespace

std::string cudaErrorText(cudaError_t e)
{
    return std::string(cudaGetErrorName(e)) + " (" + cudaGetErrorString(e) + ")";
}

std::string explainCudaStartError(cudaError_t e, const std::string& visibleDevices)
{
    switch (e) {
    case cudaErrorInsufficientDriver: {
        if (!driverLibraryLoads())
            return "no NVIDIA driver: libcuda.so.1 was not found (install the NVIDIA driver, or use a CPU engine)";
        int driver = 0;
        cudaDriverGetVersion(&driver);
        return "the NVIDIA driver is too old: it supports CUDA " + (driver ? versionText(driver) : "?") +
               ", this build needs CUDA " + versionText(CUDART_VERSION) + " or newer (update the driver)";
    }
    case cudaErrorNoDevice: {
        std::string msg = "no CUDA GPU found";
        if (!visibleDevices.empty())
            msg += " (CUDA_VISIBLE_DEVICES=\"" + visibleDevices + "\" hides the others)";
        return msg;
    }
    case cudaErrorStubLibrary:
        return "libcuda.so.1 on the library path is the CUDA toolkit's stub, not a driver "
               "(remove the stubs directory from LD_LIBRARY_PATH, or install the NVIDIA driver)";
    case cudaErrorSystemDriverMismatch:
        return "the NVIDIA kernel module and user-space driver versions differ (reboot or reinstall the driver)";
    case cudaErrorCompatNotSupportedOnDevice:
        return "the CUDA forward-compatibility driver in use does not support this GPU";
    case cudaErrorDevicesUnavailable:
        return "every GPU is busy or unavailable (compute mode exclusive or prohibited)";
    case cudaErrorNotPermitted:
    case cudaErrorInitializationError:
        return "the CUDA driver failed to initialise: " + cudaErrorText(e) +
               " (check permissions on /dev/nvidia*, and dmesg)";
    default:
        return "CUDA failed to start: " + cudaErrorText(e);
    }
}

std::string explainKernelError(cudaError_t e, int computeMajor, int computeMinor)
{
    const std::string cc = std::to_string(computeMajor) + "." + std::to_string(computeMinor);
    if (e == cudaErrorUnsupportedPtxVersion) {
        return "the NVIDIA driver is too old to compile this build's PTX for compute capability " + cc +
               " (update the driver, or rebuild with CUDA_ARCH=" + std::to_string(computeMajor * 10 + computeMinor) +
               ")";
    }
    if (e == cudaErrorNoKernelImageForDevice || e == cudaErrorInvalidDeviceFunction) {
        return "this build has no kernel for compute capability " + cc + " (built for " QM_CUDA_ARCHITECTURES
               "; rebuild with CUDA_ARCH=" +
               std::to_string(computeMajor * 10 + computeMinor) + ")";
    }
    return "the kernel failed to load on compute capability " + cc + ": " + cudaErrorText(e);
}

} // namespace qm::gpu

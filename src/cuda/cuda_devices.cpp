#include "cuda/cuda_devices.h"

#if defined(QM_HAVE_CUDA)
#include "cuda/cuda_errors.h"
#include "kernels/pow_kernels.h"

#include <cstdio>
#endif

namespace qm::gpu {

#if defined(QM_HAVE_CUDA)

namespace {

std::string uuidText(const cudaUUID_t& u)
{
    const auto* b = reinterpret_cast<const unsigned char*>(u.bytes);
    char buf[48];
    std::snprintf(buf, sizeof buf, "GPU-%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return buf;
}

} // namespace

CudaInventory queryCudaDevices(const GpuOptions& options, bool checkKernels)
{
    CudaInventory inv;
    inv.built = true;
    inv.architectures = QM_CUDA_ARCHITECTURES;
    cudaRuntimeGetVersion(&inv.runtimeVersion);
    cudaDriverGetVersion(&inv.driverVersion);
    int count = 0;
    const cudaError_t e = cudaGetDeviceCount(&count);
    if (e != cudaSuccess) {
        cudaGetLastError();
        inv.reason = explainCudaStartError(e, options.visibleDevices);
        return inv;
    }
    if (count == 0) {
        inv.reason = explainCudaStartError(cudaErrorNoDevice, options.visibleDevices);
        return inv;
    }
    for (int i = 0; i < count; ++i) {
        CudaDeviceInfo d;
        d.index = i;
        cudaDeviceProp prop{};
        cudaError_t pe = cudaGetDeviceProperties(&prop, i);
        if (pe != cudaSuccess) {
            cudaGetLastError();
            d.problem = "cannot read its properties: " + cudaErrorText(pe);
            inv.devices.push_back(d);
            continue;
        }
        d.name = prop.name;
        d.memoryBytes = prop.totalGlobalMem;
        d.multiprocessors = prop.multiProcessorCount;
        d.computeMajor = prop.major;
        d.computeMinor = prop.minor;
        d.uuid = uuidText(prop.uuid);
        char bus[32] = {};
        if (cudaDeviceGetPCIBusId(bus, sizeof bus, i) == cudaSuccess)
            d.pciBusId = bus;
        cudaGetLastError();
        d.usable = true;
        if (checkKernels) {
            // Both generations' search kernels must load (each is a kernel of its own).
            SearchKernelInfo info;
            pe = cudaSetDevice(i);
            for (std::uint32_t pow : {kPowV1, kPowV2}) {
                if (pe == cudaSuccess)
                    pe = searchKernelInfo(KernelVariant::Compact, pow, 128, info);
            }
            if (pe != cudaSuccess) {
                cudaGetLastError();
                d.usable = false;
                d.problem = explainKernelError(pe, d.computeMajor, d.computeMinor);
            }
        }
        inv.devices.push_back(d);
    }
    for (const auto& d : inv.devices) {
        if (d.usable)
            inv.available = true;
    }
    if (!inv.available)
        inv.reason = "no usable CUDA GPU: GPU 0 " + inv.devices.front().name + ": " + inv.devices.front().problem;
    return inv;
}

std::string cudaBuildSummary()
{
    int runtime = 0;
    cudaRuntimeGetVersion(&runtime);
    return "CUDA " + std::to_string(runtime / 1000) + "." + std::to_string((runtime % 1000) / 10) +
           ", kernels for " QM_CUDA_ARCHITECTURES;
}

bool cudaCompiledIn()
{
    return true;
}

#else

CudaInventory queryCudaDevices(const GpuOptions&, bool)
{
    CudaInventory inv;
    inv.reason = "this build has no CUDA support (it was configured with QM_WITH_CUDA=OFF, or without nvcc)";
    return inv;
}

std::string cudaBuildSummary()
{
    return "no CUDA support in this build";
}

bool cudaCompiledIn()
{
    return false;
}

#endif

} // namespace qm::gpu

// The gpu-cuda kernels: the nonce search and a single-nonce hash used by the
// engine's start-up self-check and the device check. The arithmetic is
// pow_search.cuh, shared with the host.
#include "kernels/pow_kernels.h"
#include "kernels/pow_search.cuh"

namespace qm::gpu {

namespace {

// The round constants in constant memory: every thread of a warp reads the same
// word at the same time, which the constant cache serves as a broadcast.
__constant__ Poseidon2Constants kDeviceConstants = kPoseidon2;

constexpr unsigned kHashBlock = 128;

template <KernelVariant V>
__global__ void powSearchKernel(const SearchParams params, SearchSlot* slot)
{
    const std::uint64_t t = static_cast<std::uint64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (t >= params.threads)
        return;
    for (std::uint32_t it = 0; it < params.iterations; ++it) {
        if (!searchStep<V>(params, t, it, slot, kDeviceConstants))
            break;
    }
}

template <KernelVariant V>
__global__ void powHashKernel(const HashItem* items, std::uint64_t* hashes, unsigned count)
{
    const unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= count)
        return;
    hashItemAs<V>(items[i], hashes + 8 * std::size_t{i}, kDeviceConstants);
}

template <KernelVariant V>
cudaError_t kernelInfo(int blockDim, SearchKernelInfo& info)
{
    cudaFuncAttributes attr{};
    const cudaError_t e = cudaFuncGetAttributes(&attr, powSearchKernel<V>);
    if (e != cudaSuccess)
        return e;
    info.registers = attr.numRegs;
    info.localBytes = static_cast<int>(attr.localSizeBytes);
    info.maxThreadsPerBlock = attr.maxThreadsPerBlock;
    info.binaryVersion = attr.binaryVersion;
    return cudaOccupancyMaxActiveBlocksPerMultiprocessor(&info.blocksPerMultiprocessor, powSearchKernel<V>, blockDim,
                                                         0);
}

} // namespace

cudaError_t searchKernelInfo(KernelVariant variant, int blockDim, SearchKernelInfo& info)
{
    return variant == KernelVariant::Inline ? kernelInfo<KernelVariant::Inline>(blockDim, info)
                                            : kernelInfo<KernelVariant::Compact>(blockDim, info);
}

cudaError_t launchSearch(KernelVariant variant, const SearchParams& params, SearchSlot* deviceSlot, unsigned blocks,
                         unsigned blockDim, cudaStream_t stream)
{
    if (variant == KernelVariant::Inline)
        powSearchKernel<KernelVariant::Inline><<<blocks, blockDim, 0, stream>>>(params, deviceSlot);
    else
        powSearchKernel<KernelVariant::Compact><<<blocks, blockDim, 0, stream>>>(params, deviceSlot);
    return cudaGetLastError();
}

cudaError_t launchHash(KernelVariant variant, const HashItem* deviceItems, std::uint64_t* deviceHashes, unsigned count,
                       cudaStream_t stream)
{
    if (count == 0)
        return cudaSuccess;
    const unsigned blocks = (count + kHashBlock - 1) / kHashBlock;
    if (variant == KernelVariant::Inline)
        powHashKernel<KernelVariant::Inline><<<blocks, kHashBlock, 0, stream>>>(deviceItems, deviceHashes, count);
    else
        powHashKernel<KernelVariant::Compact><<<blocks, kHashBlock, 0, stream>>>(deviceItems, deviceHashes, count);
    return cudaGetLastError();
}

} // namespace qm::gpu

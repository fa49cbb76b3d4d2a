// The gpu-cuda kernels: the nonce search (one kernel per variant and PoW
// generation), and for the engine's start-up self-test and the device check a
// single-nonce hash, the field-arithmetic check and the bare permutation. The
// per-nonce code is pow_search.cuh, shared with the host.
#include "kernels/pow_kernels.h"
#include "kernels/pow_search.cuh"

namespace qm::gpu {

namespace {

// The round constants in constant memory: every thread of a warp reads the same
// word at the same time, which the constant cache serves as a broadcast.
__constant__ Poseidon2Constants kDeviceConstants = kPoseidon2;

constexpr unsigned kHashBlock = 128;

// One kernel per variant and PoW generation: each gets the registers and
// launch shape its own code needs, and its loops form the single nest the
// static cost gate (tests/cuda/sass_cost.py) weights.
template <KernelVariant V, std::uint32_t Pow>
__global__ void powSearchKernel(const SearchParams params, SearchSlot* slot)
{
    const std::uint64_t t = static_cast<std::uint64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (t >= params.threads)
        return;
    for (std::uint32_t it = 0; it < params.iterations; ++it) {
        if (!searchStepAs<V, Pow>(params, t, it, slot, kDeviceConstants))
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

__global__ void powFieldCheckKernel(const FieldCase* cases, std::uint64_t* results, unsigned count)
{
    const unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= count)
        return;
    fieldCheck(cases[i], results + kFieldOps * std::size_t{i});
}

__global__ void powPermuteKernel(const std::uint64_t* states, std::uint64_t* out, unsigned count)
{
    const unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= count)
        return;
    std::uint64_t s[12];
    for (int j = 0; j < 12; ++j)
        s[j] = states[12 * std::size_t{i} + j];
    permuteRolled(s, kDeviceConstants);
    for (int j = 0; j < 12; ++j)
        out[12 * std::size_t{i} + j] = s[j];
}

template <KernelVariant V, std::uint32_t Pow>
cudaError_t kernelInfo(int blockDim, SearchKernelInfo& info)
{
    cudaFuncAttributes attr{};
    const cudaError_t e = cudaFuncGetAttributes(&attr, powSearchKernel<V, Pow>);
    if (e != cudaSuccess)
        return e;
    info.registers = attr.numRegs;
    info.localBytes = static_cast<int>(attr.localSizeBytes);
    info.maxThreadsPerBlock = attr.maxThreadsPerBlock;
    info.binaryVersion = attr.binaryVersion;
    return cudaOccupancyMaxActiveBlocksPerMultiprocessor(&info.blocksPerMultiprocessor, powSearchKernel<V, Pow>,
                                                         blockDim, 0);
}

template <KernelVariant V>
void launchSearchAs(const SearchParams& params, SearchSlot* deviceSlot, unsigned blocks, unsigned blockDim,
                    cudaStream_t stream)
{
    if (params.pow == kPowV2)
        powSearchKernel<V, kPowV2><<<blocks, blockDim, 0, stream>>>(params, deviceSlot);
    else
        powSearchKernel<V, kPowV1><<<blocks, blockDim, 0, stream>>>(params, deviceSlot);
}

} // namespace

cudaError_t searchKernelInfo(KernelVariant variant, std::uint32_t pow, int blockDim, SearchKernelInfo& info)
{
    if (variant == KernelVariant::Inline)
        return pow == kPowV2 ? kernelInfo<KernelVariant::Inline, kPowV2>(blockDim, info)
                             : kernelInfo<KernelVariant::Inline, kPowV1>(blockDim, info);
    return pow == kPowV2 ? kernelInfo<KernelVariant::Compact, kPowV2>(blockDim, info)
                         : kernelInfo<KernelVariant::Compact, kPowV1>(blockDim, info);
}

cudaError_t launchSearch(KernelVariant variant, const SearchParams& params, SearchSlot* deviceSlot, unsigned blocks,
                         unsigned blockDim, cudaStream_t stream)
{
    if (variant == KernelVariant::Inline)
        launchSearchAs<KernelVariant::Inline>(params, deviceSlot, blocks, blockDim, stream);
    else
        launchSearchAs<KernelVariant::Compact>(params, deviceSlot, blocks, blockDim, stream);
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

cudaError_t launchFieldCheck(const FieldCase* deviceCases, std::uint64_t* deviceResults, unsigned count,
                             cudaStream_t stream)
{
    if (count == 0)
        return cudaSuccess;
    powFieldCheckKernel<<<(count + kHashBlock - 1) / kHashBlock, kHashBlock, 0, stream>>>(deviceCases, deviceResults,
                                                                                          count);
    return cudaGetLastError();
}

cudaError_t launchPermute(const std::uint64_t* deviceStates, std::uint64_t* deviceOut, unsigned count,
                          cudaStream_t stream)
{
    if (count == 0)
        return cudaSuccess;
    powPermuteKernel<<<(count + kHashBlock - 1) / kHashBlock, kHashBlock, 0, stream>>>(deviceStates, deviceOut, count);
    return cudaGetLastError();
}

} // namespace qm::gpu

// Host entry points of the kernels in pow_search.cu. Every call acts on the
// calling thread's current CUDA device and returns the CUDA status.
#pragma once

#include "kernels/search_abi.h"

#include <cuda_runtime_api.h>

namespace qm::gpu {

struct SearchKernelInfo {
    int registers = 0;          // per thread
    int localBytes = 0;         // per thread: stack and spills
    int maxThreadsPerBlock = 0;
    int binaryVersion = 0;      // compute capability of the code the device runs, e.g. 90
    int blocksPerMultiprocessor = 0; // resident blocks of `blockDim` threads
};

// Fails with cudaErrorNoKernelImageForDevice (or cudaErrorInvalidDeviceFunction)
// when the build has no code the device can run.
cudaError_t searchKernelInfo(KernelVariant variant, int blockDim, SearchKernelInfo& info);

// Runs searchStep over params.threads threads (blocks * blockDim of them) into
// the device's slot, which the caller has reset.
cudaError_t launchSearch(KernelVariant variant, const SearchParams& params, SearchSlot* deviceSlot, unsigned blocks,
                         unsigned blockDim, cudaStream_t stream);

// hashes[8 * i ...] = the full PoW hash of items[i], limbs least significant
// first, computed by the variant's per-nonce code.
cudaError_t launchHash(KernelVariant variant, const HashItem* deviceItems, std::uint64_t* deviceHashes,
                       unsigned count, cudaStream_t stream);

} // namespace qm::gpu

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

// The search kernel of `variant` for PoW generation `pow` (kPowV1 or kPowV2):
// each generation has its own kernel, so each gets its own registers and
// launch shape. Fails with cudaErrorNoKernelImageForDevice (or
// cudaErrorInvalidDeviceFunction) when the build has no code the device can run.
cudaError_t searchKernelInfo(KernelVariant variant, std::uint32_t pow, int blockDim, SearchKernelInfo& info);

// Runs searchStep over params.threads threads (blocks * blockDim of them) into
// the device's slot, which the caller has reset; params.pow picks the kernel.
cudaError_t launchSearch(KernelVariant variant, const SearchParams& params, SearchSlot* deviceSlot, unsigned blocks,
                         unsigned blockDim, cudaStream_t stream);

// hashes[8 * i ...] = the full PoW hash of items[i], limbs least significant
// first, computed by the variant's per-nonce code.
cudaError_t launchHash(KernelVariant variant, const HashItem* deviceItems, std::uint64_t* deviceHashes,
                       unsigned count, cudaStream_t stream);

// results[kFieldOps * i + op]: the device's field arithmetic on cases[i]
// (search_abi.h, FieldCase), for the engine's start-up self-test.
cudaError_t launchFieldCheck(const FieldCase* deviceCases, std::uint64_t* deviceResults, unsigned count,
                             cudaStream_t stream);

// out[12 * i ...] = the compact kernels' Poseidon2 permutation of
// states[12 * i ...] (any 64-bit words in; canonical words out).
cudaError_t launchPermute(const std::uint64_t* deviceStates, std::uint64_t* deviceOut, unsigned count,
                          cudaStream_t stream);

} // namespace qm::gpu

// gpu-cuda: the Engine over every visible NVIDIA GPU. Built only when the
// CUDA kernels are (QM_HAVE_CUDA); makeEngine("gpu-cuda") creates it.
#pragma once

#include "engine.h"
#include "pow_search.cuh"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace qm::gpu {

struct CudaEngineOptions {
    int deviceLimit = 0;            // MINER_GPU_DEVICES: the first N visible GPUs; 0 = all
    unsigned blockDim = 0;          // MINER_CUDA_BLOCK_DIM; 0 = the size that keeps most warps resident
    std::uint64_t threads = 0;      // MINER_CUDA_THREADS per GPU; 0 = every SM full, one wave
    std::uint32_t iterations = 0;   // MINER_CUDA_ITERS, nonces per thread; 0 = tuned to ~50 ms launches
    KernelVariant variant = KernelVariant::Compact; // MINER_CUDA_KERNEL=compact|inline
};

// Reads the MINER_* variables above; false with a message naming the variable
// when one is malformed.
bool cudaOptionsFromEnvironment(CudaEngineOptions& options, std::string& error);

// nullptr with an error naming the cause (no driver, driver too old, no GPU,
// no kernel for this GPU, ...). GPUs that fail their start-up self-check are
// left out with a logged warning as long as one works.
std::unique_ptr<Engine> makeCudaEngine(const CudaEngineOptions& options, std::string& error);
// With the options from the environment.
std::unique_ptr<Engine> makeCudaEngine(std::string& error);

} // namespace qm::gpu

// Typed settings of every backend, parsed once from the command line and the
// environment (miner/miner_config) and passed down; no backend reads the
// environment itself. Defaults here are the backends' own.
#pragma once

#include <cstdint>
#include <string>

namespace qm {

// The ranges each GPU setting accepts (checked where the settings are parsed).
inline constexpr int kMaxGpuDevices = 1024;
inline constexpr unsigned kMinGpuBlockDim = 32;   // and a multiple of it
inline constexpr unsigned kMaxGpuBlockDim = 1024;
inline constexpr std::uint64_t kMinGpuThreads = 32;
inline constexpr std::uint64_t kMaxGpuThreads = std::uint64_t{1} << 36;
inline constexpr std::uint32_t kMaxGpuIterations = 1u << 20;

struct GpuOptions {
    int deviceLimit = 0;          // the first N visible GPUs; 0 = all (--gpu-devices, MINER_GPU_DEVICES)
    unsigned blockDim = 0;        // threads per block; 0 = the size that keeps most warps resident
    std::uint64_t threads = 0;    // threads per GPU; 0 = every multiprocessor full, one wave
    std::uint32_t iterations = 0; // nonces per thread; 0 = tuned to ~50 ms launches
    bool inlineKernel = false;    // the "inline" kernel variant instead of "compact"
    // The device mask the driver was given, as the environment had it; only
    // quoted in messages that explain why no GPU is visible.
    std::string visibleDevices;
};

struct BackendOptions {
    // cpu-fast's code path: "" or "auto" = the widest this CPU runs; else
    // "scalar", "avx2" or "avx512" (MINER_CPU_ISA).
    std::string cpuIsa;
    GpuOptions gpu;
};

} // namespace qm

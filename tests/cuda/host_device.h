// A "GPU" that runs the kernel's per-thread code (kernels/pow_search.cuh) on the
// host: the gpu-cuda engine's driver, candidate logic and exact counts are
// tested here without a GPU. Threads are interleaved in a random order, as a
// real grid's warps may be, and faults can be injected.
#pragma once

#include "cuda/gpu_search.h"

#include <cstdint>
#include <memory>
#include <string>

namespace qmtest {

struct HostDeviceConfig {
    std::string name = "host";
    std::uint64_t threads = 64;          // grid threads per launch
    std::uint32_t iterations = 3;        // nonces per thread per launch
    qm::gpu::KernelVariant variant = qm::gpu::KernelVariant::Compact;
    std::uint64_t seed = 1;              // thread interleaving
    // Faults: a "valid" nonce the device claims at this offset of every launch
    // whose range holds it (a false positive); a corrupt hash in the records;
    // a failure of the n-th start or finish (1-based; 0 = never).
    std::uint64_t bogusOffset = qm::gpu::kNoOffset;
    bool corruptHashes = false;
    int failStartAt = 0;
    int failFinishAt = 0;
    int failOpenLane = 0;                // openLane fails from this call on
    std::uint32_t iterationsV2 = 0;      // nonces per thread of QPoW v2 launches; 0: `iterations`
};

std::unique_ptr<qm::gpu::Device> makeHostDevice(const HostDeviceConfig& config);

// A gpu-cuda engine over host devices.
std::unique_ptr<qm::gpu::GpuSearchBackend> makeHostEngine(const std::vector<HostDeviceConfig>& configs);

} // namespace qmtest

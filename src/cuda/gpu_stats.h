// The gpu-cuda backend's candidate and self-test counters, process-wide: the
// service exports them as metrics (metrics/gpu_metrics). Present in every build;
// without CUDA they stay at zero.
#pragma once

#include <atomic>
#include <cstdint>

namespace qm::gpu {

struct GpuCandidateStats {
    std::atomic<std::uint64_t> candidates{0};      // found on a GPU and re-checked on the CPU
    std::atomic<std::uint64_t> falsePositives{0};  // the CPU found the nonce invalid: never reported
    // Device results that differed from the CPU's: valid candidates whose
    // device hash differed, and every mismatching item of a GPU's start-up
    // self-test (cuda/device_self_test.h), which then refuses that GPU.
    std::atomic<std::uint64_t> hashMismatches{0};
    std::atomic<std::uint64_t> deviceErrors{0};    // launches that failed; the device is then left out
};

GpuCandidateStats& gpuCandidateStats();

} // namespace qm::gpu

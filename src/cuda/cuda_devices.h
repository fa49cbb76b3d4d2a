// What the service and the dashboard ask about CUDA: which GPUs the gpu-cuda
// engine can use, or why none. Qt-free; present in every build (a build without
// the engine answers that it has none).
#pragma once

#include "core/backend_options.h"

#include <cstdint>
#include <string>
#include <vector>

namespace qm::gpu {

struct CudaDeviceInfo {
    int index = 0;                 // CUDA ordinal, after CUDA_VISIBLE_DEVICES
    std::string name;              // "NVIDIA H200"
    std::uint64_t memoryBytes = 0; // total device memory
    int multiprocessors = 0;
    int computeMajor = 0;          // compute capability, e.g. 9.0
    int computeMinor = 0;
    std::string uuid;              // "GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", as NVML reports it
    std::string pciBusId;          // "0000:3b:00.0"
    bool usable = false;           // this build has code for it and it answered
    std::string problem;           // why not, when !usable
};

struct CudaInventory {
    bool built = false;            // this build contains the gpu-cuda engine
    bool available = false;        // at least one usable device
    std::string reason;            // why not, when !available
    int driverVersion = 0;         // CUDA version the driver supports, e.g. 13000; 0 without a driver
    int runtimeVersion = 0;        // CUDA runtime linked into this build
    std::string architectures;     // what the kernels were built for, e.g. "75;80;86;89;90;120"
    std::vector<CudaDeviceInfo> devices;
};

// Enumerates the visible GPUs. With checkKernels it also makes sure this
// build's kernel loads on each (this creates a CUDA context per GPU, which
// takes some time and memory: call it once, at start-up, not per refresh).
CudaInventory queryCudaDevices(const GpuOptions& options = {}, bool checkKernels = true);

// "compiled for 75;80;..." or "no CUDA support in this build": for --version.
std::string cudaBuildSummary();
// Whether this build contains the gpu-cuda engine (asks no driver).
bool cudaCompiledIn();

} // namespace qm::gpu

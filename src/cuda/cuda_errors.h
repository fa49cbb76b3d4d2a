// CUDA status codes turned into messages a user can act on. Internal to the
// CUDA build (needs the CUDA runtime headers).
#pragma once

#include <cuda_runtime_api.h>

#include <string>

namespace qm::gpu {

// "cudaErrorLaunchFailure (unspecified launch failure)".
std::string cudaErrorText(cudaError_t e);

// Why the CUDA runtime could not start (cudaGetDeviceCount failed): names the
// cause (no driver, driver too old, no GPU, stub library, ...) and what helps.
// visibleDevices: CUDA_VISIBLE_DEVICES as the process was started with it
// (GpuOptions::visibleDevices), named when it hides every GPU.
std::string explainCudaStartError(cudaError_t e, const std::string& visibleDevices);

// Why a device cannot run this build's kernels (cudaFuncGetAttributes failed).
std::string explainKernelError(cudaError_t e, int computeMajor, int computeMinor);

} // namespace qm::gpu

// gpu-cuda: the backend over the visible NVIDIA GPUs. Built only when the
// CUDA kernels are (QM_HAVE_CUDA); the registry entry (cuda/gpu_backend.h)
// creates it.
#pragma once

#include "core/backend.h"
#include "core/backend_options.h"

#include <memory>
#include <string>

namespace qm::gpu {

// nullptr with an error naming the cause (no driver, driver too old, no GPU,
// no kernel for this GPU, a launch shape the kernel cannot run, ...). GPUs
// that fail their start-up self-check are left out with a diagnostic as long
// as one works.
std::unique_ptr<Backend> makeCudaBackend(const GpuOptions& options, std::string& error);

} // namespace qm::gpu

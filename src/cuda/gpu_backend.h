// How the rest of the program gets gpu-cuda: this library adds it to the
// core's backend registry. In a build with the CUDA kernels the entry creates
// the real backend; in a build without them it names cpu-fast as the stand-in
// and says so, so "--engine gpu-cuda" keeps working everywhere.
#pragma once

namespace qm::gpu {

// Adds (or replaces) the "gpu-cuda" entry of BackendRegistry::instance().
// Idempotent; call it before resolving the configuration.
void registerGpuBackend();

} // namespace qm::gpu

// The backends the service offers: the core's CPU backends and gpu-cuda from
// the CUDA library (the real one, or cpu-fast standing in for it). Everything
// in base that resolves an engine name calls this first; it is cheap and
// registers once.
#pragma once

namespace qm {

void registerBackends();

} // namespace qm

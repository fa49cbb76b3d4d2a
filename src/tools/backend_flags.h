// The backend settings of the Qt-free tools, as command-line flags: the same
// settings the service takes from MINER_CPU_ISA, --gpu-devices and
// MINER_CUDA_*, with the same ranges (core/backend_options.h).
//   --cpu-isa auto|scalar|avx2|avx512   --gpu-devices N|all
//   --cuda-kernel compact|inline        --cuda-block-dim N
//   --cuda-threads N                    --cuda-iters N
#pragma once

#include "core/backend_options.h"

#include <string>

namespace qm::tools {

enum class FlagResult { NotMine, Taken, Invalid };

// Looks at argv[i]; when it is one of the flags above, takes its value
// (argv[i + 1], advancing i) into `options`. Invalid: *error says why.
FlagResult takeBackendFlag(int argc, char** argv, int& i, BackendOptions& options, std::string& error);

// The lines for --help.
const char* backendFlagsHelp();

} // namespace qm::tools

#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything
# (the CUDA engine too when nvcc is present) and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test

build=${QM_BUILD_DIR:-build}
cuda=OFF
if [[ -n "${NVCC:-}" ]] || command -v nvcc >/dev/null ||
   [[ -x "${CUDA_HOME:-${CUDA_PATH:-/usr/local/cuda}}/bin/nvcc" ]]; then
    cuda=ON
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQM_WITH_CUDA=$cuda
cmake --build "$build" --parallel "$(nproc)"
# No display in CI: the GUI tests run on the offscreen platform.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ctest --test-dir "$build" --output-on-failure --timeout 1500 "$@"

#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything
# (the CUDA engine too when nvcc is present) and runs every test with CTest;
# then builds the service with AddressSanitizer + UBSan in a tree of its own
# (headless, no CUDA: the host code of the HTTP guard, the job manager, the
# metrics and the configuration) and runs its suites labelled "asan".
# Arguments go to the first ctest (e.g. -R or -L to run fewer tests);
# QM_SKIP_ASAN=1 leaves out the sanitizer tree.
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
status=0
ctest --test-dir "$build" --output-on-failure --timeout 1500 "$@" || status=$?

if [[ "${QM_SKIP_ASAN:-0}" != 1 ]]; then
    asan="$build-asan"
    cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQM_WITH_CUDA=OFF \
        -DQM_WITH_DASHBOARD=OFF -DQM_SANITIZE=ON
    cmake --build "$asan" --parallel "$(nproc)" \
        --target tst_http_api tst_http_hardening tst_job_manager tst_metrics tst_config
    ctest --test-dir "$asan" --output-on-failure --timeout 1500 -L asan || status=$?
fi
exit "$status"

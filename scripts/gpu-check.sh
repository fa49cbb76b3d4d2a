#!/usr/bin/env bash
# Device check for the gpu-cuda engine, for a machine with an NVIDIA GPU, nvcc
# and CMake but no Qt. Builds the Qt-free core and the engine for this GPU,
# checks the GPU against the CPU core on fresh random jobs, benchmarks, and
# ends with a table: device, MH/s, launch shape. About 3-5 minutes.
#
#   scripts/gpu-check.sh
#
# Environment: CUDA_ARCH (default: from nvidia-smi), NVCC / CUDA_HOME (which
# nvcc), QM_GPU_BUILD_DIR (default build-gpu-check), BENCH_SECONDS (default 15),
# JOBS (default: all cores).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }
die() { printf 'gpu-check: %s\n' "$*" >&2; exit 1; }

build=${QM_GPU_BUILD_DIR:-build-gpu-check}
bench_seconds=${BENCH_SECONDS:-15}
jobs=${JOBS:-$(nproc)}
logs="$build/gpu-check-logs"
failures=()

command -v cmake >/dev/null || die "cmake is not installed"
command -v timeout >/dev/null || die "timeout (coreutils) is not installed"
if [[ -z "${NVCC:-}" ]]; then
    for candidate in "${CUDA_HOME:-}/bin/nvcc" "${CUDA_PATH:-}/bin/nvcc" "$(command -v nvcc || true)" /usr/local/cuda/bin/nvcc; do
        if [[ -n "$candidate" && -x "$candidate" && ! -d "$candidate" ]]; then
            export NVCC=$candidate
            break
        fi
    done
fi
[[ -n "${NVCC:-}" && -x "$NVCC" ]] || die "nvcc not found: set NVCC or CUDA_HOME"
echo "nvcc: $NVCC ($("$NVCC" --version | sed -n 's/.*release \([0-9.]*\).*/\1/p'))"

# The architecture of the GPUs here: building only for them keeps this quick.
arch=${CUDA_ARCH:-}
if [[ -z "$arch" ]]; then
    if command -v nvidia-smi >/dev/null; then
        caps=$(timeout 30 nvidia-smi --query-gpu=compute_cap --format=csv,noheader 2>/dev/null | tr -d ' .' | sort -u | paste -sd';' || true)
        [[ -n "$caps" ]] || die "nvidia-smi did not report a compute capability (is the driver loaded? try: nvidia-smi)"
        arch=$caps
    else
        echo "gpu-check: nvidia-smi not found; building for every default architecture (slower)" >&2
    fi
fi
echo "architectures: ${arch:-default list}"
if command -v nvidia-smi >/dev/null; then
    timeout 30 nvidia-smi --query-gpu=index,name,compute_cap,memory.total,driver_version --format=csv || true
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

say "configure and build ($build, $jobs jobs)"
mkdir -p "$build"
start=$(date +%s)
timeout 300 cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DQM_WITH_QT=OFF \
    -DQM_WITH_CUDA=ON -DCUDA_ARCH="$arch" >"$build/configure.log" 2>&1 ||
    { tail -30 "$build/configure.log"; die "configure failed (log: $build/configure.log)"; }
grep -E "gpu-cuda engine" "$build/configure.log" || true
timeout 600 cmake --build "$build" --parallel "$jobs" --target quantus-miner-gpu-check quantus-miner-core-bench \
    qm_gpu_search_test qm_cuda_engine_test >"$build/build.log" 2>&1 ||
    { tail -40 "$build/build.log"; die "build failed (log: $build/build.log)"; }
echo "built in $(( $(date +%s) - start )) s"
mkdir -p "$logs"

check=$build/src/tools/quantus-miner-gpu-check
bench=$build/src/tools/quantus-miner-core-bench

say "host build of the kernel code, engine selection on this machine"
if ! timeout 300 "$build/tests/cuda/qm_gpu_search_test" >"$logs/gpu_search_test.log" 2>&1; then
    failures+=("host tests (qm_gpu_search_test)")
fi
tail -2 "$logs/gpu_search_test.log"
if ! timeout 120 "$build/tests/cuda/qm_cuda_engine_test" 2>&1 | tee "$logs/cuda_engine_test.log"; then
    failures+=("engine selection test")
fi

say "GPU against CPU: single nonces, searches, stop"
if ! timeout 240 "$check" 2>&1 | tee "$logs/gpu-check.log"; then
    failures+=("quantus-miner-gpu-check (log: $logs/gpu-check.log)")
fi

# name | launch settings for the run (the tools' flags; the service takes the
# same settings from MINER_CUDA_*)
variants=(
    "compact|--cuda-kernel compact"
    "inline|--cuda-kernel inline"
    "compact, block 256|--cuda-kernel compact --cuda-block-dim 256"
)
rows=()
hps() { grep -o '"hashes_per_second":[0-9.]*' "$1" | cut -d: -f2; }
mhs() { awk -v h="$1" 'BEGIN { printf "%.2f", h / 1e6 }'; }

say "benchmarks, ${bench_seconds} s each"
for v in "${variants[@]}"; do
    name=${v%%|*}
    read -r -a flags <<<"${v#*|}"
    tag=${name//[^a-z0-9]/_}
    shape=$(timeout 120 "$check" --describe "${flags[@]}" 2>&1 | sed -n 's/^launch: //p' | head -1 || true)
    if timeout $((bench_seconds + 120)) "$bench" --engine gpu-cuda "${flags[@]}" --duration "$bench_seconds" --json \
        >"$logs/bench_$tag.json" 2>"$logs/bench_$tag.err"; then
        h=$(hps "$logs/bench_$tag.json")
        rows+=("gpu-cuda $name|$(mhs "$h")|${shape:-?}")
        echo "gpu-cuda $name: $(mhs "$h") MH/s"
    else
        failures+=("benchmark gpu-cuda $name: $(tail -1 "$logs/bench_$tag.err")")
        rows+=("gpu-cuda $name|failed|${shape:-?}")
    fi
done
# QPoW v2, the live network's PoW: 2 permutations a nonce against about 8.
if timeout $((bench_seconds + 120)) "$bench" --engine gpu-cuda --pow v2 --duration "$bench_seconds" --json \
    >"$logs/bench_v2.json" 2>"$logs/bench_v2.err"; then
    rows+=("gpu-cuda compact, QPoW v2|$(mhs "$(hps "$logs/bench_v2.json")")|${shape:-?}")
    echo "gpu-cuda compact, QPoW v2: $(mhs "$(hps "$logs/bench_v2.json")") MH/s"
else
    failures+=("benchmark gpu-cuda QPoW v2: $(tail -1 "$logs/bench_v2.err")")
fi
cpu_workers=$(nproc)
if timeout 60 "$bench" --engine cpu-fast --workers "$cpu_workers" --duration 10 --json >"$logs/bench_cpu.json" \
    2>"$logs/bench_cpu.err"; then
    rows+=("cpu-fast, $cpu_workers threads|$(mhs "$(hps "$logs/bench_cpu.json")")|$(nproc) cores of $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)")
else
    failures+=("benchmark cpu-fast")
fi

say "summary"
device="no nvidia-smi"
if command -v nvidia-smi >/dev/null; then
    device=$(timeout 30 nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | paste -sd'+' || true)
fi
printf '%-34s %10s  %s\n' "engine ($device)" "MH/s" "launch shape"
for r in "${rows[@]}"; do
    IFS='|' read -r a b c <<<"$r"
    printf '%-34s %10s  %s\n' "$a" "$b" "$c"
done
grep -E "^candidates" "$logs/gpu-check.log" || true
echo "logs: $logs"
if ((${#failures[@]})); then
    printf 'FAILED: %s\n' "${failures[@]}"
    exit 1
fi
echo "gpu-check: all checks passed"

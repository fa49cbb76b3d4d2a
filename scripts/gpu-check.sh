#!/usr/bin/env bash
# Device check for the gpu-cuda engine, for a machine with an NVIDIA GPU, nvcc
# and CMake but no Qt. Builds the Qt-free core and the engine for this GPU,
# checks the GPU against the CPU core (field arithmetic, permutation, hashes,
# searches on fresh random jobs), benchmarks QPoW v1 and v2 on the compact
# kernel and the inline one as its baseline, reads the static bound of the
# compact kernels off their sm_90 machine code (tests/cuda/sass_cost.py), and
# ends with a table: MH/s, launch shape and registers per PoW generation,
# compact/inline, and the measured rate against the static bound. About 4-6
# minutes.
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

say "GPU against CPU: field arithmetic, permutation, single nonces, searches, stop"
if ! timeout 240 "$check" 2>&1 | tee "$logs/gpu-check.log"; then
    failures+=("quantus-miner-gpu-check (log: $logs/gpu-check.log)")
fi

# The static bound: SASS instructions per nonce of the compact search kernels
# on sm_90, the architecture the budget (kernels/sass_budget.txt) and the
# model (an H200) are for, whatever GPU is here. Missing tools are reported,
# never a failure; a kernel over its budget is.
declare -A bound=()
static_note=""
say "static bound of the compact kernels (tests/cuda/sass_cost.py, sm_90)"
if [[ ! -f tests/cuda/sass_cost.py || ! -f kernels/sass_budget.txt ]]; then
    static_note="tests/cuda/sass_cost.py or kernels/sass_budget.txt is not in this checkout"
elif ! command -v python3 >/dev/null; then
    static_note="python3 is not installed"
else
    cuobjdump=""
    for candidate in "$(dirname "$NVCC")/cuobjdump" "${CUDA_HOME:-}/bin/cuobjdump" "$(command -v cuobjdump || true)"; do
        if [[ -n "$candidate" && -x "$candidate" && ! -d "$candidate" ]]; then
            cuobjdump=$candidate
            break
        fi
    done
    if [[ -z "$cuobjdump" ]] && scripts/fetch-cuda-disasm.sh "$build/cuda-disasm" >"$logs/fetch-disasm.log" 2>&1; then
        cuobjdump=$build/cuda-disasm/cuobjdump
    fi
    host_cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt" | head -1)
    cubin=$logs/pow_search_sm_90.cubin
    if [[ -z "$cuobjdump" ]]; then
        static_note="no cuobjdump beside $NVCC or on PATH, and none could be fetched (log: $logs/fetch-disasm.log)"
    elif ! timeout 300 "$NVCC" -ccbin "${host_cxx:-c++}" -std=c++17 -O3 -I . -I src -arch=sm_90 -cubin \
        -o "$cubin" kernels/pow_search.cu >"$logs/cubin.log" 2>&1; then
        tail -20 "$logs/cubin.log"
        static_note="the sm_90 cubin did not compile (log: $logs/cubin.log)"
        failures+=("nvcc -cubin for sm_90 (log: $logs/cubin.log)")
    else
        set +e
        timeout 300 python3 tests/cuda/sass_cost.py --cubin "$cubin" --budget kernels/sass_budget.txt \
            --cuobjdump "$cuobjdump" --json "$logs/sass_cost.json" >"$logs/sass_cost.log" 2>&1
        rc=$?
        set -e
        cat "$logs/sass_cost.log"
        case $rc in
        0) ;;
        1) failures+=("static cost gate: a compact kernel over its budget or a changed loop nest (log: $logs/sass_cost.log)") ;;
        77) static_note="sass_cost.py found no usable cuobjdump ($cuobjdump)" ;;
        *) static_note="sass_cost.py failed with status $rc (log: $logs/sass_cost.log)"
           failures+=("sass_cost.py: status $rc (log: $logs/sass_cost.log)") ;;
        esac
        # "bound powSearchKernel<compact,v1> 1234 MH/s"
        for g in v1 v2; do
            b=$(awk -v k="<compact,$g>" '$1 == "bound" && index($2, k) { print $3; exit }' "$logs/sass_cost.log")
            if [[ -n "$b" ]]; then
                bound[$g]=$b
            fi
        done
        if [[ -z "${bound[v1]:-}${bound[v2]:-}" && -z "$static_note" ]]; then
            static_note="sass_cost.py printed no 'bound powSearchKernel<compact,vN> X MH/s' line (log: $logs/sass_cost.log)"
        fi
    fi
fi
if [[ -n "$static_note" ]]; then
    echo "static bound: not available: $static_note"
fi
gpu_archs=$(sed 's/sm_//g; s/compute_//g; s/-real//g; s/-virtual//g; s/[ .]//g; s/,/;/g' <<<"$arch")
if [[ -n "$gpu_archs" && ";$gpu_archs;" != *";90;"* ]]; then
    echo "static bound: modelled on an H200 (sm_90); the GPUs here are sm_${gpu_archs//;/, sm_}"
fi

# name | pow | launch settings for the run (the tools' flags; the service
# takes the same settings from MINER_CUDA_*)
variants=(
    "compact|v1|--cuda-kernel compact"
    "compact|v2|--cuda-kernel compact"
    "inline|v1|--cuda-kernel inline"
    "inline|v2|--cuda-kernel inline"
    "compact, block 256|v1|--cuda-kernel compact --cuda-block-dim 256"
)
rows=()
declare -A rate=()     # "compact v1" -> MH/s
declare -A launch=()   # launch settings -> the device check's "launch:" line of GPU 0
hps() { sed -n 's/.*"hashes_per_second":\([0-9.]*\).*/\1/p' "$1" | head -1; }
mhs() { awk -v h="$1" 'BEGIN { printf "%.2f", h / 1e6 }'; }
# The part of a launch line for generation $2 ("v1"): registers, block, threads...
shape_of() { sed -n "s/.*QPoW $2: \([^;]*\).*/\1/p" <<<"$1" | head -1; }

say "benchmarks, ${bench_seconds} s each"
for v in "${variants[@]}"; do
    IFS='|' read -r name pow settings <<<"$v"
    read -r -a flags <<<"$settings"
    tag=${name//[^a-z0-9]/_}_$pow
    if [[ -z "${launch[$settings]+set}" ]]; then
        launch[$settings]=$(timeout 180 "$check" --describe "${flags[@]}" 2>&1 | sed -n 's/^launch: //p' | head -1 || true)
        echo "launch ($settings): ${launch[$settings]:-?}"
    fi
    shape=$(shape_of "${launch[$settings]}" "$pow")
    if timeout $((bench_seconds + 120)) "$bench" --engine gpu-cuda --pow "$pow" "${flags[@]}" \
        --duration "$bench_seconds" --json >"$logs/bench_$tag.json" 2>"$logs/bench_$tag.err"; then
        h=$(hps "$logs/bench_$tag.json")
        if [[ -n "$h" ]]; then
            rate["$name $pow"]=$(mhs "$h")
            rows+=("gpu-cuda $name, QPoW $pow|${rate["$name $pow"]}|${shape:-?}")
            echo "gpu-cuda $name, QPoW $pow: ${rate["$name $pow"]} MH/s"
        else
            failures+=("benchmark gpu-cuda $name, QPoW $pow: no hashes_per_second in $logs/bench_$tag.json")
            rows+=("gpu-cuda $name, QPoW $pow|failed|${shape:-?}")
        fi
    else
        failures+=("benchmark gpu-cuda $name, QPoW $pow: $(tail -1 "$logs/bench_$tag.err")")
        rows+=("gpu-cuda $name, QPoW $pow|failed|${shape:-?}")
    fi
done
cpu_workers=$(nproc)
if timeout 60 "$bench" --engine cpu-fast --workers "$cpu_workers" --duration 10 --json >"$logs/bench_cpu.json" \
    2>"$logs/bench_cpu.err"; then
    rows+=("cpu-fast, QPoW v1, $cpu_workers threads|$(mhs "$(hps "$logs/bench_cpu.json")")|$(nproc) cores of $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)")
else
    failures+=("benchmark cpu-fast")
fi

say "summary"
device="no nvidia-smi"
if command -v nvidia-smi >/dev/null; then
    device=$(timeout 30 nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | paste -sd'+' || true)
fi
printf '%-40s %10s  %s\n' "engine ($device)" "MH/s" "launch shape (GPU 0)"
for r in "${rows[@]}"; do
    IFS='|' read -r a b c <<<"$r"
    printf '%-40s %10s  %s\n' "$a" "$b" "$c"
done
echo
# Per generation: the compact kernel against the inline baseline of the same
# run, and against the static bound of its machine code.
pct() { awk -v y="$1" -v x="$2" 'BEGIN { printf "%.1f", 100 * y / x }'; }
for g in v1 v2; do
    compact=${rate["compact $g"]:-}
    inline=${rate["inline $g"]:-}
    if [[ -n "$compact" && -n "$inline" ]]; then
        echo "QPoW $g compact/inline: $(awk -v c="$compact" -v i="$inline" 'BEGIN { printf "%.2f", c / i }') ($compact / $inline MH/s)"
    else
        echo "QPoW $g compact/inline: not measured (a benchmark failed)"
    fi
    if [[ -n "${bound[$g]:-}" && -n "$compact" ]]; then
        echo "QPoW $g compact: static bound ${bound[$g]} MH/s, measured $compact MH/s ($(pct "$compact" "${bound[$g]}") %)"
    elif [[ -n "${bound[$g]:-}" ]]; then
        echo "QPoW $g compact: static bound ${bound[$g]} MH/s, not measured (the benchmark failed)"
    else
        echo "QPoW $g compact: no static bound, measured ${compact:-nothing} MH/s"
    fi
done
if [[ -n "$static_note" ]]; then
    echo "static bound: not available: $static_note"
fi
grep -E "^candidates" "$logs/gpu-check.log" || true
echo "logs: $logs"
if ((${#failures[@]})); then
    printf 'FAILED: %s\n' "${failures[@]}"
    exit 1
fi
echo "gpu-check: all checks passed"

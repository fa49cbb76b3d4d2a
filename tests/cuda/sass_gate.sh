#!/usr/bin/env bash
# CTest cuda_sass_cost (label gpu-static): compiles the kernels for sm_90,
# disassembles them and fails when a compact search kernel needs more SASS
# instructions per nonce than kernels/sass_budget.txt allows. Prints the
# table per instruction class and the H200 bound for QPoW v1 and v2.
#
#   sass_gate.sh NVCC HOST_CXX SOURCE_DIR WORK_DIR
set -euo pipefail
nvcc=$1 host_cxx=$2 src=$3 work=$4
mkdir -p "$work"

set +e
"$src/scripts/fetch-cuda-disasm.sh" "$work/cuda-disasm"
rc=$?
set -e
if ((rc == 77)); then
    echo "sass gate: skipped, no cuobjdump to be had on this machine"
    exit 77
fi
((rc == 0)) || exit "$rc"

cubin=$work/pow_search_gate_sm_90.cubin
"$nvcc" -ccbin "$host_cxx" -std=c++17 -O3 -I "$src" -I "$src/src" -arch=sm_90 -cubin -o "$cubin" \
    "$src/kernels/pow_search.cu"
exec python3 "$src/tests/cuda/sass_cost.py" --cubin "$cubin" --budget "$src/kernels/sass_budget.txt" \
    --cuobjdump "$work/cuda-disasm/cuobjdump" --json "$work/sass_cost.json"

#!/usr/bin/env bash
# Measures how responsive the dashboard stays while every worker hashes: starts
# the real application under a virtual display with --measure-stall, keeps all
# workers busy with a job no nonce solves (sent over HTTP, as a node would),
# and prints the longest event-loop stall the application saw (a 10 ms timer's
# lateness) over the measurement.
#
#   scripts/measure-gui-stall.sh [SECONDS]        default 30
#
# Environment: QM_BIN (default build/src/app/quantus-miner), QM_WORKERS
# (default: every CPU, nproc), QM_STALL_IDLE=1 (send no job: the baseline of
# the same machine at the same load). Needs curl and xvfb-run (package xvfb)
# unless a display is set. The result line goes to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
bin=${QM_BIN:-build/src/app/quantus-miner}
workers=${QM_WORKERS:-$(nproc)}
[[ -x "$bin" ]] || { echo "measure-gui-stall: $bin not found; build first or set QM_BIN" >&2; exit 1; }

. scripts/lib/dashboard-session.sh
port=$(qm_free_port) || { echo "measure-gui-stall: no free port found" >&2; exit 1; }
qm_session_begin
tmp=$qm_tmp

cmd=("$bin" --measure-stall "$seconds" --port "$port" --workers "$workers")
qm_launch 1344x784 "$tmp/out" "$tmp/log" "${cmd[@]}"

api="http://127.0.0.1:$port"
qm_wait_api "$api" || true
zeros=$(printf '0%.0s' $(seq 1 128))
ones=$(printf 'f%.0s' $(seq 1 128))
hash=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
[[ "${QM_STALL_IDLE:-0}" == 1 ]] || curl -s -o /dev/null -X POST "$api/mine" -H 'Content-Type: application/json' \
    -d "{\"job_id\":\"stall-check\",\"mining_hash\":\"$hash\",\"difficulty\":\"1000000000000000000000000\",\"nonce_start\":\"$zeros\",\"nonce_end\":\"$ones\"}"

qm_wait_app
status=$qm_status
if [[ $status -ne 0 ]] || ! grep -q "event-loop stall" "$tmp/out"; then
    echo "measure-gui-stall: the miner exited with status $status" >&2
    cat "$tmp/log" >&2
    exit 1
fi
grep "event-loop stall" "$tmp/out"

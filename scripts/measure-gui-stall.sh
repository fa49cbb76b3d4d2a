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

port=""
for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
    fi
done
[[ -n "$port" ]] || { echo "measure-gui-stall: no free port found" >&2; exit 1; }

tmp=$(mktemp -d)
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$tmp/config"

cmd=("$bin" --measure-stall "$seconds" --port "$port" --workers "$workers")
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    "${cmd[@]}" >"$tmp/out" 2>"$tmp/log" &
elif command -v xvfb-run >/dev/null; then
    xvfb-run --auto-servernum --server-args="-screen 0 1344x784x24" "${cmd[@]}" >"$tmp/out" 2>"$tmp/log" &
else
    QT_QPA_PLATFORM=offscreen "${cmd[@]}" >"$tmp/out" 2>"$tmp/log" &
fi
app_pid=$!

api="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    curl -s -o /dev/null "$api/result/probe" && break
    sleep 0.1
done
zeros=$(printf '0%.0s' $(seq 1 128))
ones=$(printf 'f%.0s' $(seq 1 128))
hash=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
[[ "${QM_STALL_IDLE:-0}" == 1 ]] || curl -s -o /dev/null -X POST "$api/mine" -H 'Content-Type: application/json' \
    -d "{\"job_id\":\"stall-check\",\"mining_hash\":\"$hash\",\"difficulty\":\"1000000000000000000000000\",\"nonce_start\":\"$zeros\",\"nonce_end\":\"$ones\"}"

status=0
wait "$app_pid" || status=$?
app_pid=""
if [[ $status -ne 0 ]] || ! grep -q "event-loop stall" "$tmp/out"; then
    echo "measure-gui-stall: the miner exited with status $status" >&2
    cat "$tmp/log" >&2
    exit 1
fi
grep "event-loop stall" "$tmp/out"

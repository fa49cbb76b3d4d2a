#!/usr/bin/env bash
# Makes the README's picture of the dashboard: starts the real application on
# a free port under a virtual display, sends it jobs over HTTP like a node
# would (easy ones that complete, one that exhausts its range and fails, one
# that is cancelled, and a hard one that keeps mining), and lets the
# application grab its own window (--screenshot) after the delay.
#
#   scripts/screenshot.sh [OUTPUT.png]          default docs/dashboard.png
#
# Environment: QM_BIN (default build/src/app/quantus-miner), QM_THEME (light,
# dark or system; default light), QM_SCREENSHOT_DELAY (seconds, default 8),
# QM_WORKERS (default 2), QM_LANG (interface language, default en),
# QT_SCALE_FACTOR (e.g. 2 for a 200 % image).
# Needs curl, and xvfb-run (package xvfb) unless a display is already set;
# without either it falls back to Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/dashboard.png}
bin=${QM_BIN:-build/src/app/quantus-miner}
theme=${QM_THEME:-light}
delay=${QM_SCREENSHOT_DELAY:-8}
workers=${QM_WORKERS:-2}
scale=${QT_SCALE_FACTOR:-1}

[[ -x "$bin" ]] || { echo "screenshot: $bin not found; build first (cmake --build build) or set QM_BIN" >&2; exit 1; }
command -v curl >/dev/null || { echo "screenshot: curl is needed" >&2; exit 1; }

. scripts/lib/dashboard-session.sh
port=$(qm_free_port) || { echo "screenshot: no free port found" >&2; exit 1; }
qm_session_begin
printf '[interface]\ntheme=%s\nlanguage=%s\n' "$theme" "${QM_LANG:-en}" >"$XDG_CONFIG_HOME/Quantus/Quantus Miner.conf"

out_abs=$(realpath -m "$out")
cmd=("$bin" --screenshot "$out_abs" --screenshot-delay "$delay" --port "$port" --workers "$workers"
     --engine cpu-fast)
width=$(awk -v s="$scale" 'BEGIN { printf "%d", 1280 * s + 64 }')
height=$(awk -v s="$scale" 'BEGIN { printf "%d", 720 * s + 64 }')
qm_launch "${width}x${height}" /dev/stdout /dev/stderr "${cmd[@]}"

api="http://127.0.0.1:$port"
qm_wait_api "$api" || { echo "screenshot: the miner did not answer on $api" >&2; exit 1; }

hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }
uuid() { cat /proc/sys/kernel/random/uuid; }
zeros=$(printf '0%.0s' $(seq 1 128))
ones=$(printf 'f%.0s' $(seq 1 128))
small_end=$(printf '0%.0s' $(seq 1 124))0fff

mine() { # difficulty nonce_end [job_id]
    local id=${3:-$(uuid)}
    curl -s -o /dev/null -X POST "$api/mine" -H 'Content-Type: application/json' \
        -d "{\"job_id\":\"$id\",\"mining_hash\":\"$(hex 32)\",\"difficulty\":\"$1\",\"nonce_start\":\"$zeros\",\"nonce_end\":\"$2\"}"
    echo "$id"
}

# Solved in a moment: a few hundred thousand hashes each.
mine 150000 "$ones" >/dev/null
sleep 1
mine 400000 "$ones" >/dev/null
# 4096 nonces at a difficulty none of them meets: the range runs out.
mine 1000000000000 "$small_end" >/dev/null
sleep 1
cancelled=$(mine 1000000000000000 "$ones")
sleep 1
curl -s -o /dev/null -X POST "$api/cancel/$cancelled"
mine 250000 "$ones" >/dev/null
# Keeps every worker busy until the picture is taken.
mine 1000000000000000000 "$ones" >/dev/null

qm_wait_app
status=$qm_status
if [[ $status -ne 0 || ! -s "$out_abs" ]]; then
    echo "screenshot: the miner exited with status $status without writing $out" >&2
    exit 1
fi
echo "screenshot: $out ($(stat -c %s "$out_abs") bytes)"

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

# A port nothing listens on (a refused connection).
port=""
for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
    fi
done
[[ -n "$port" ]] || { echo "screenshot: no free port found" >&2; exit 1; }

# Settings of its own: the user's saved dashboard settings neither change the
# picture nor get changed by it.
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
mkdir -p "$XDG_CONFIG_HOME/Quantus"
printf '[interface]\ntheme=%s\nlanguage=%s\n' "$theme" "${QM_LANG:-en}" >"$XDG_CONFIG_HOME/Quantus/Quantus Miner.conf"

out_abs=$(realpath -m "$out")
cmd=("$bin" --screenshot "$out_abs" --screenshot-delay "$delay" --port "$port" --workers "$workers"
     --engine cpu-fast)
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    "${cmd[@]}" &
elif command -v xvfb-run >/dev/null; then
    width=$(awk -v s="$scale" 'BEGIN { printf "%d", 1280 * s + 64 }')
    height=$(awk -v s="$scale" 'BEGIN { printf "%d", 720 * s + 64 }')
    xvfb-run --auto-servernum --server-args="-screen 0 ${width}x${height}x24" "${cmd[@]}" &
else
    QT_QPA_PLATFORM=offscreen "${cmd[@]}" &
fi
app_pid=$!

api="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    curl -s -o /dev/null "$api/result/probe" && break
    sleep 0.1
done
curl -s -o /dev/null "$api/result/probe" || { echo "screenshot: the miner did not answer on $api" >&2; exit 1; }

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

status=0
wait "$app_pid" || status=$?
app_pid=""
if [[ $status -ne 0 || ! -s "$out_abs" ]]; then
    echo "screenshot: the miner exited with status $status without writing $out" >&2
    exit 1
fi
echo "screenshot: $out ($(stat -c %s "$out_abs") bytes)"

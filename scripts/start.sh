#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and starts the
# miner with its defaults (the dashboard with a display, headless without).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build=${QM_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --parallel "$(nproc)"
exec "$build/src/app/quantus-miner" "$@"

#!/usr/bin/env bash
# Pictures of the dashboard in every shipped language, for checking that each
# translation is complete and fits: per language, the running application's
# window (scripts/screenshot.sh with jobs sent over HTTP, the language chosen
# in its settings) and the gallery of every tab and dialog
# (tests/gui/qm_gui_gallery --lang). Large files: they go to a git-ignored folder.
#
#   scripts/screenshot-languages.sh [OUTPUT_DIR] [LANG...]
#       default out/screenshots, every language with a translations/*.ts
#
# Environment: BUILD (default build), QM_SCREENSHOT_DELAY (default 8).
# Needs what scripts/screenshot.sh needs, and xvfb-run for the gallery.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-out/screenshots}
shift || true
build=${BUILD:-build}
langs=("$@")
if ((${#langs[@]} == 0)); then
    for ts in translations/quantus-miner_*.ts; do
        code=${ts#translations/quantus-miner_}
        langs+=("${code%.ts}")
    done
fi
gallery="$build/tests/gui/qm_gui_gallery"
[[ -x "$gallery" ]] || { echo "screenshot-languages: $gallery not found; build first or set BUILD" >&2; exit 1; }
mkdir -p "$out"

for lang in "${langs[@]}"; do
    echo "== $lang"
    QM_BIN="$build/src/app/quantus-miner" QM_LANG="$lang" scripts/screenshot.sh "$out/dashboard-$lang.png"
    if [[ -n "${DISPLAY:-}" ]]; then
        "$gallery" --lang "$lang" "$out/gallery-$lang" 4
    elif command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1400x900x24" "$gallery" --lang "$lang" "$out/gallery-$lang" 4
    else
        QT_QPA_PLATFORM=offscreen "$gallery" --lang "$lang" "$out/gallery-$lang" 4
    fi
done
echo "screenshot-languages: pictures in $out"

#!/usr/bin/env bash
# Refreshes the translation sources translations/quantus-miner_<lang>.ts from the
# user-visible strings in src/ and ui/ (Qt's lupdate), keeping what translators
# have done and dropping messages the code no longer has. The build compiles the
# .ts files into the application (translations/CMakeLists.txt).
#   scripts/update-translations.sh            refresh every existing language
#   scripts/update-translations.sh pt_BR ...  also start the named languages
# Also reachable as the build target `update_translations`.
# Needs Qt 6's lupdate (qt6-l10n-tools); LUPDATE=/path/to/lupdate picks another.
set -euo pipefail
cd "$(dirname "$0")/.."

find_lupdate() {
    local candidate
    for candidate in "${LUPDATE:-}" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
                     "$(command -v lupdate || true)"; do
        [[ -n "$candidate" && -x "$candidate" ]] || continue
        # qtchooser's lupdate may be Qt 5's, which reads Qt 6 sources worse.
        if "$candidate" -version 2>&1 | grep -q 'version 6\.'; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

lupdate=$(find_lupdate) || {
    echo "update-translations: Qt 6 lupdate not found; install qt6-l10n-tools or set LUPDATE" >&2
    exit 1
}

ts_files=(translations/quantus-miner_*.ts)
[[ -e "${ts_files[0]}" ]] || ts_files=()
for lang in "$@"; do
    if [[ ! "$lang" =~ ^[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?$ ]]; then
        echo "update-translations: '$lang' is not a language code such as de, pt_BR or zh_CN" >&2
        exit 1
    fi
    file="translations/quantus-miner_$lang.ts"
    [[ " ${ts_files[*]} " == *" $file "* ]] || ts_files+=("$file")
done
if ((${#ts_files[@]} == 0)); then
    echo "update-translations: no translations/quantus-miner_*.ts yet; name a language to start one" >&2
    exit 1
fi

# -locations relative: translators see where a message is used, and moving code
# changes line numbers only. The source language is English.
"$lupdate" -no-obsolete -locations relative -source-language en -extensions cpp,h,ui \
    src ui -ts "${ts_files[@]}"

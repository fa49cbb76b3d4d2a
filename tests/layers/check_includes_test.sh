#!/usr/bin/env bash
# The include check against a small tree with the project's own layer table:
# clean includes pass; an include the table forbids (core reaching into the
# service, the service reaching up into node, Qt in a Qt-free layer) fails,
# naming the file, the line and the include.
set -euo pipefail
source_dir=$1
check="$source_dir/scripts/check-includes.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/docs"
cp "$source_dir/docs/ARCHITECTURE.md" "$work/docs/"
# Every folder the table names, empty.
python3 - "$work" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
text = (root / "docs/ARCHITECTURE.md").read_text()
block = text.split("<!-- layers:begin -->")[1].split("<!-- layers:end -->")[0]
for row in block.splitlines():
    m = re.match(r"\|\s*`([^`]+)`", row)
    if m:
        (root / m.group(1)).mkdir(parents=True, exist_ok=True)
PY

printf '#include "core/field.h"\n#include <cstdint>\n' > "$work/src/core/ok.cpp"
printf '#include "service/job.h"\n#include "core/u512.h"\n#include "ui_main_window.h"\n' > "$work/src/gui/ok.cpp"
python3 "$check" --root "$work" > "$work/clean.txt" || { echo "clean tree refused:"; cat "$work/clean.txt"; exit 1; }

printf '#include "core/field.h"\n#include "service/job_manager.h"\n' > "$work/src/core/bad.cpp"
printf '#include <QString>\n' > "$work/src/core/qt.h"
printf '#include "gui/main_window.h"\n' > "$work/src/service/up.cpp"
# The service never reaches up into the node layer; the node layer may use the service.
printf '#include "node/node_client.h"\n' > "$work/src/service/node.cpp"
printf '#include "service/job_manager.h"\n#include "node/node_protocol.h"\n' > "$work/src/node/ok.cpp"
printf '#include "service/job.h"\n#include "core/pow.h"\n' > "$work/src/gui/bad.cpp"
if python3 "$check" --root "$work" > "$work/bad.txt"; then
    echo "forbidden includes passed:"; cat "$work/bad.txt"; exit 1
fi
grep -q 'src/core/bad.cpp:2: #include "service/job_manager.h"' "$work/bad.txt" || { cat "$work/bad.txt"; exit 1; }
grep -q 'src/core/qt.h:1: #include <QString> (src/core must not use Qt)' "$work/bad.txt" || { cat "$work/bad.txt"; exit 1; }
grep -q 'src/service/up.cpp:1: #include "gui/main_window.h"' "$work/bad.txt" || { cat "$work/bad.txt"; exit 1; }
grep -q 'src/service/node.cpp:1: #include "node/node_client.h" (src/service may include only' "$work/bad.txt" || { cat "$work/bad.txt"; exit 1; }
if grep -q 'src/node/ok.cpp' "$work/bad.txt"; then echo "node's include of the service refused"; cat "$work/bad.txt"; exit 1; fi
# gui may include core/u512.h only: core/pow.h is flagged as well.
grep -q 'src/gui/bad.cpp:2: #include "core/pow.h"' "$work/bad.txt" || { echo "gui's core/pow.h not flagged"; cat "$work/bad.txt"; exit 1; }
echo "check-includes: clean tree passes, forbidden includes are named"

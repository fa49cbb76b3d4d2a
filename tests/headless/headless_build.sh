#!/usr/bin/env bash
# CTest "headless_build": configures and builds the miner with
# QM_WITH_DASHBOARD=OFF in a build tree of its own, then checks that the
# binary links no dashboard library (Widgets, Charts, Gui, Svg, OpenGL), says
# so in --version, and runs the service headless even where a display is set.
# Usage: headless_build.sh SOURCE_DIR WORK_DIR GENERATOR
set -euo pipefail
src=$1
work=$2
generator=$3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cmake -S "$src" -B "$work" -G "$generator" -DCMAKE_BUILD_TYPE=Release -DQM_WITH_CUDA=OFF \
    -DQM_WITH_DASHBOARD=OFF >"$work.configure.log" 2>&1 || { cat "$work.configure.log"; fail "configure"; }
grep -q "headless only" "$work.configure.log" || fail "the configure step did not choose the headless binary"
cmake --build "$work" --target quantus-miner --parallel "$(nproc)" >"$work.build.log" 2>&1 ||
    { tail -50 "$work.build.log"; fail "build"; }

exe="$work/src/app/quantus-miner"
needed=$(readelf -d "$exe" | grep NEEDED || true)
for lib in Qt6Widgets Qt6Charts Qt6Gui Qt6Svg Qt6OpenGL; do
    ! grep -q "lib$lib" <<<"$needed" || fail "the headless binary links lib$lib"
done
for lib in Qt6Core Qt6Network Qt6HttpServer; do
    grep -q "lib$lib" <<<"$needed" || fail "the headless binary does not link lib$lib"
done
echo "links: $(grep -o 'lib[A-Za-z0-9_.+-]*' <<<"$needed" | tr '\n' ' ')"

"$exe" --version | tee "$work.version.txt"
grep -q "dashboard: no (headless build)" "$work.version.txt" || fail "--version does not say the build is headless"

# With a display in the environment the service still runs headless.
log="$work.run.log"
DISPLAY=:99 QT_QPA_PLATFORM= "$exe" --bind 127.0.0.1 --port 0 >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
grep -q "mode: headless (this build has no dashboard)" "$log" || { cat "$log"; kill "$pid" 2>/dev/null; fail "the mode line"; }
grep -q "listening on" "$log" || { cat "$log"; kill "$pid" 2>/dev/null; fail "the service did not start"; }
kill -TERM "$pid"
wait "$pid" || fail "the headless service did not exit cleanly on SIGTERM"
echo "headless build: no dashboard libraries, runs headless with a display set, stops on SIGTERM"

#!/usr/bin/env bash
# Builds the release packages of Quantus Miner: configures a Release build,
# builds the application, and makes the .deb, .rpm and .tar.gz with CPack
# (packaging/CMakeLists.txt), then lists them.
#   scripts/package.sh                     build in build-package/
#   scripts/package.sh DIR [CMAKE_ARG...]  build in DIR, with extra cmake options
# Environment:
#   QM_PACKAGE_GENERATORS  CPack generators, default "DEB;RPM;TGZ"
#   QM_WITH_CUDA           AUTO (default), ON or OFF: the gpu-cuda engine
#   QM_JOBS                parallel build jobs, default: the number of CPUs
#   SOURCE_DATE_EPOCH      date of the release notes (default: the commit's)
# The packages land in DIR/packages/. Needs dpkg-dev (dpkg-shlibdeps) for the
# .deb and rpm (rpmbuild) for the .rpm: scripts/install-deps.sh --test.
set -euo pipefail
cd "$(dirname "$0")/.."

build="build-package"
if [[ $# -gt 0 && "$1" != -* ]]; then
    build=$1
    shift
fi
generators=${QM_PACKAGE_GENERATORS:-DEB;RPM;TGZ}
jobs=${QM_JOBS:-$(nproc)}
out="$build/packages"

need() {
    command -v "$1" >/dev/null || {
        echo "package: '$1' is missing (Debian package $2); scripts/install-deps.sh --test installs it" >&2
        exit 1
    }
}
need cmake cmake
need ninja ninja-build
[[ ";$generators;" == *";DEB;"* ]] && need dpkg-shlibdeps dpkg-dev
[[ ";$generators;" == *";RPM;"* ]] && need rpmbuild rpm

# Compiled the way Debian compiles its own packages (fortify, stack protector,
# full RELRO, bind now, PIE), where dpkg-buildflags exists. Its -g and -O2 are
# dropped: the Release build type sets the optimisation, and packages ship stripped.
flags=()
if command -v dpkg-buildflags >/dev/null; then
    export DEB_BUILD_MAINT_OPTIONS=${DEB_BUILD_MAINT_OPTIONS:-hardening=+all}
    without_debug_and_opt() {
        local word kept=()
        for word in $1; do
            case "$word" in
                -g | -O | -O[0-9s]) ;;
                *) kept+=("$word") ;;
            esac
        done
        echo "${kept[*]}"
    }
    cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(without_debug_and_opt "$(dpkg-buildflags --get CXXFLAGS)")"
    ldflags=$(dpkg-buildflags --get LDFLAGS)
    flags=(-DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags")
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQM_WITH_QT=ON \
    -DQM_WITH_CUDA="${QM_WITH_CUDA:-AUTO}" "${flags[@]}" "$@"
# Only the application: packaging/ installs nothing else.
cmake --build "$build" --parallel "$jobs" --target quantus-miner

mkdir -p "$out"
rm -f "$out"/quantus-miner[-_]*
(cd "$build" && cpack -G "$generators" -B "$PWD/packages")
rm -rf "$out/_CPack_Packages"

echo
echo "package: artefacts in $out/"
for f in "$out"/quantus-miner[-_]*; do
    [[ "$f" == *.sha256 ]] && continue
    printf '  %-72s %8s KiB\n' "$(basename "$f")" "$(( $(stat -c %s "$f") / 1024 ))"
done

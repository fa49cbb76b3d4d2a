#!/usr/bin/env bash
# The packaging checks CTest runs (tests/packaging/CMakeLists.txt). Each exits
# 0 when the check passes, 1 when it fails, and 77 (CTest: skipped) with a
# message when the tool it needs is not installed (scripts/install-deps.sh
# --test installs them all).
#   packaging_checks.sh desktop FILE.desktop
#   packaging_checks.sh appstream BUILD_DIR       installs it to a scratch tree
#   packaging_checks.sh manpage FILE.1
#   packaging_checks.sh unit FILE.service PROGRAM
#   packaging_checks.sh cpack BUILD_DIR OUT_DIR      make the .deb, .rpm and .tar.gz
#   packaging_checks.sh lintian OUT_DIR
#   packaging_checks.sh contents OUT_DIR
set -euo pipefail

fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null || {
        printf 'SKIPPED: %s is not installed (Debian package %s; scripts/install-deps.sh --test)\n' "$1" "$2"
        exit 77
    }
}
one() { # DIR GLOB -> the single file matching
    # shellcheck disable=SC2206 # the pattern is meant to glob
    local files=("$1"/$2)
    [[ -e "${files[0]}" ]] || fail "no $2 in $1"
    ((${#files[@]} == 1)) || fail "several $2 in $1"
    echo "${files[0]}"
}

check=${1:?check name}
shift
case "$check" in
desktop)
    need desktop-file-validate desktop-file-utils
    out=$(desktop-file-validate "$1" 2>&1) || fail "desktop-file-validate: $out"
    # Hints are not failures to the tool; they are to this project.
    [[ -z "$out" ]] || fail "desktop-file-validate: $out"
    echo "desktop-file-validate: $1 is valid"
    ;;
appstream)
    need appstreamcli appstream
    build=$1
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # The installed tree, so the metainfo is checked together with the desktop
    # entry and the icons it refers to.
    DESTDIR="$tmp" cmake --install "$build" --prefix /usr >/dev/null || fail "cmake --install failed"
    appstreamcli validate-tree --no-net --explain "$tmp" || fail "appstreamcli validate-tree reported problems"
    ;;
manpage)
    need man man-db
    need groff groff-base
    # What lintian runs (groff-message): every warning of the formatter counts.
    out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$1" 2>&1 >/dev/null) ||
        fail "man could not format $1: $out"
    [[ -z "$out" ]] || fail "formatting $1 warns: $out"
    echo "man: $1 formats without warnings"
    ;;
unit)
    need systemd-analyze systemd
    unit=$1 program=$2
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # The unit names the installed program; verify against the built one.
    sed "s#/usr/bin/quantus-miner#$program#" "$unit" >"$tmp/quantus-miner.service"
    out=$(systemd-analyze verify --man=no "$tmp/quantus-miner.service" 2>&1) || fail "systemd-analyze verify: $out"
    [[ -z "$out" ]] || fail "systemd-analyze verify: $out"
    echo "systemd-analyze verify: no complaints"
    # The sandbox stays tight: systemd's exposure score (0 safest, 10 none) at most 2.0
    # (--threshold counts tenths).
    systemd-analyze security --offline=yes --threshold=20 "$tmp/quantus-miner.service" | tail -n 1 ||
        fail "the unit's sandbox got weaker (systemd-analyze security above 2.0)"
    ;;
cpack)
    need dpkg-shlibdeps dpkg-dev
    need rpmbuild rpm
    build=$1 out=$2
    rm -rf "$out"
    mkdir -p "$out"
    cpack --config "$build/CPackConfig.cmake" -G "DEB;RPM;TGZ" -B "$out" >"$out/cpack.log" 2>&1 || {
        cat "$out/cpack.log"
        fail "cpack failed"
    }
    rm -rf "$out/_CPack_Packages"
    for glob in 'quantus-miner_*.deb' 'quantus-miner-*.rpm' 'quantus-miner-*.tar.gz'; do
        echo "made $(basename "$(one "$out" "$glob")")"
    done
    ;;
lintian)
    need lintian lintian
    deb=$(one "$1" 'quantus-miner_*.deb')
    # Errors and warnings fail; the remaining informational tags are listed.
    lintian --fail-on error,warning --display-info --display-level '>=pedantic' "$deb" 2>&1 |
        grep -v 'running with root privileges' || true
    lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || fail "lintian reports errors or warnings"
    echo "lintian: no errors or warnings"
    ;;
contents)
    need dpkg-deb dpkg
    need rpm rpm
    deb=$(one "$1" 'quantus-miner_*.deb')
    rpm=$(one "$1" 'quantus-miner-*.rpm')
    tgz=$(one "$1" 'quantus-miner-*.tar.gz')
    version=$(dpkg-deb -f "$deb" Version)
    [[ "$(rpm -qp --qf '%{VERSION}' "$rpm" 2>/dev/null)" == "$version" ]] || fail "the .rpm's version differs from $version"
    [[ "$(basename "$tgz")" == "quantus-miner-$version-linux-"* ]] || fail "the .tar.gz is not named for $version"
    depends=$(dpkg-deb -f "$deb" Depends)
    has_dep() { [[ ", $depends," == *", $1 "* || ", $depends," == *", $1,"* ]]; }
    for dep in libqt6core6 libqt6network6 libqt6httpserver6 adduser; do
        has_dep "$dep" || fail "the .deb does not depend on $dep: $depends"
    done
    # The dashboard's libraries: required with it, absent from a headless build.
    for dep in libqt6gui6 libqt6widgets6; do
        if [[ "${2:-dashboard}" == dashboard ]]; then
            has_dep "$dep" || fail "the .deb does not depend on $dep: $depends"
        else
            ! has_dep "$dep" || fail "the headless .deb depends on $dep: $depends"
        fi
    done
    dpkg-deb --ctrl-tarfile "$deb" | tar -xOf - ./conffiles | grep -qx /etc/default/quantus-miner ||
        fail "the .deb does not mark /etc/default/quantus-miner as a conffile"
    rpm -qp --configfiles "$rpm" 2>/dev/null | grep -qx /etc/default/quantus-miner ||
        fail "the .rpm does not mark /etc/default/quantus-miner as configuration"
    rpm -qp --requires "$rpm" 2>/dev/null | grep -q '^libQt6Core\.so\.6' || fail "the .rpm does not require libQt6Core"
    for listing in "$(dpkg-deb --fsys-tarfile "$deb" | tar -tf - | sed 's#^\./#/#')" \
        "$(rpm -qpl "$rpm" 2>/dev/null)" "$(tar -tzf "$tgz" | sed 's#^[^/]*/#/#')"; do
        for path in /usr/bin/quantus-miner /usr/lib/systemd/system/quantus-miner.service /etc/default/quantus-miner \
            /usr/share/applications/io.github.quantus_network.QuantusMiner.desktop \
            /usr/share/icons/hicolor/512x512/apps/quantus-miner.png /usr/share/man/man1/quantus-miner.1.gz \
            /usr/share/doc/quantus-miner/examples/monitoring/prometheus.yml \
            /usr/share/doc/quantus-miner/examples/monitoring/rules/quantus-miner-alerts.yml \
            /usr/share/doc/quantus-miner/examples/monitoring/grafana/dashboards/quantus-miner.json; do
            grep -qx "$path" <<<"$listing" || fail "a package lacks $path"
        done
    done
    echo "deb, rpm and tar.gz: version $version, same layout, dependencies and conffile in place"
    ;;
*)
    fail "unknown check '$check'"
    ;;
esac

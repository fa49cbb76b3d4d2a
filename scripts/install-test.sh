#!/usr/bin/env bash
# Install test: puts the .deb into a fresh, minimal Debian root (debootstrap
# --variant=minbase), installs it with apt so that its dependencies come from
# Debian's archive, and checks what a user would get: the files, the service
# user, the conffile, `quantus-miner --version`, a headless mining round trip
# over HTTP on loopback (a job with exactly one valid nonce, and one with none),
# mining for a QUIC node (the test node program, with the official miner's
# `serve --node-addr --node-dir` command line: two valid QPoW v2 results),
# a clean stop on SIGTERM, the dashboard starting on Qt's offscreen platform,
# and removal and purge.
#   scripts/install-test.sh [PACKAGE.deb | DIR] [TEST_NODE]
# DIR holds the quantus-miner_*.deb (default: build-package/packages, made by
# scripts/package.sh). TEST_NODE is the qm_test_node program of a build with
# the tests (default: build/tests/node/qm_test_node). CTest runs it as the
# test `install_debootstrap` (label "install": `ctest -L install` runs it
# alone, `ctest -LE install` skips it).
# Environment: QM_DEBIAN_SUITE, QM_DEBIAN_MIRROR, QM_INSTALL_TEST_CACHE (the
# release, archive and tarball cache: scripts/lib/debian-root.sh), and
#   QM_INSTALL_TEST_KEEP   1: keep the root directory for inspection
# Needs root, debootstrap, chroot, curl and the mirror; fails with the reason
# when one is missing (it never passes without having run).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'install-test: %s\n' "$*"; }
fail() {
    printf 'install-test: FAIL: %s\n' "$*" >&2
    exit 1
}

# --- prerequisites -----------------------------------------------------------
[[ $EUID -eq 0 ]] || fail "must run as root (debootstrap, chroot and mount need it)"
for tool in debootstrap chroot curl mount umount mountpoint tar flock dpkg-deb; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing (scripts/install-deps.sh --test installs it)"
done

target=${1:-build-package/packages}
if [[ -d "$target" ]]; then
    debs=("$target"/quantus-miner_*.deb)
    [[ -e "${debs[0]}" ]] || fail "no quantus-miner_*.deb in $target (build one with scripts/package.sh)"
    ((${#debs[@]} == 1)) || fail "several quantus-miner_*.deb in $target; name one"
    deb=${debs[0]}
else
    deb=$target
fi
[[ -f "$deb" ]] || fail "no such package: $deb"
deb=$(readlink -f "$deb")
test_node=${2:-build/tests/node/qm_test_node}
[[ -x "$test_node" ]] ||
    fail "no test node program at $test_node (build the target qm_test_node and name it as the second argument)"
test_node=$(readlink -f "$test_node")
pkg_version=$(dpkg-deb -f "$deb" Version)
pkg_arch=$(dpkg-deb -f "$deb" Architecture)
# The version --version must print: the upstream part (0.1.0 of 0.1.0~git.x).
upstream_version=${pkg_version%%[~+-]*}

# shellcheck source=scripts/lib/debian-root.sh
. scripts/lib/debian-root.sh
# shellcheck source=scripts/lib/miner-checks.sh
. scripts/lib/miner-checks.sh
suite=$(qm_debian_suite)
mirror=$(qm_debian_mirror "$suite")
security_mirror=$(mirror_for "$suite-security")
updates_mirror=$(mirror_for "$suite-updates")
say "package $(basename "$deb") ($pkg_version, $pkg_arch); Debian $suite from $mirror"

root=$(readlink -f "$(mktemp -d "${TMPDIR:-/var/tmp}/qm-install-test.XXXXXX")")
miner_pid=
node_pid=
cleanup() {
    local status=$?
    if [[ -n "$miner_pid" ]] && kill -0 "$miner_pid" 2>/dev/null; then
        kill -KILL "$miner_pid" 2>/dev/null || true
        wait "$miner_pid" 2>/dev/null || true
    fi
    if [[ -n "$node_pid" ]] && kill -0 "$node_pid" 2>/dev/null; then
        kill -KILL "$node_pid" 2>/dev/null || true
        wait "$node_pid" 2>/dev/null || true
    fi
    # Anything else still running inside the root was started by this script.
    local p
    for p in /proc/[0-9]*; do
        if [[ "$(readlink "$p/root" 2>/dev/null)" == "$root/fs" ]]; then
            kill -KILL "${p#/proc/}" 2>/dev/null || true
        fi
    done
    # Everything mounted below the root (our /proc, and whatever a failed
    # debootstrap left), deepest first.
    local m
    while read -r m; do
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done < <(awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r)
    if [[ "${QM_INSTALL_TEST_KEEP:-0}" == 1 ]]; then
        say "root kept in $root"
    elif grep -q " $root" /proc/mounts; then
        say "something is still mounted under $root; not deleting it" >&2
    else
        rm -rf --one-file-system "$root"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

t_begin=$SECONDS
t_start=$SECONDS
tarball=$(qm_debian_root_tarball "$suite" "$pkg_arch" "$mirror" "$root")
mkdir "$root/fs"
tar -C "$root/fs" --numeric-owner -xpf "$tarball"
t_bootstrap=$((SECONDS - t_start))
rootfs="$root/fs"
[[ -c "$rootfs/dev/null" ]] || fail "the root has no /dev/null (debootstrap could not create device nodes)"

# Like a real system: the host's name resolution (the mirror's name), the
# same archive, no services started by package scripts.
cp /etc/hosts "$rootfs/etc/hosts"
cp -L /etc/resolv.conf "$rootfs/etc/resolv.conf" 2>/dev/null || true
{
    echo "deb $mirror $suite main"
    if [[ -n "$updates_mirror" ]]; then echo "deb ${updates_mirror%/} $suite-updates main"; fi
    if [[ -n "$security_mirror" ]]; then echo "deb ${security_mirror%/} $suite-security main"; fi
} >"$rootfs/etc/apt/sources.list"
printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
chmod 755 "$rootfs/usr/sbin/policy-rc.d"
mount -t proc proc "$rootfs/proc"

in_root() {
    chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# --- install with apt --------------------------------------------------------
t_start=$SECONDS
cp "$deb" "$rootfs/tmp/"
in_root apt-get update -qq >"$root/apt.log" 2>&1 || {
    tail -n 30 "$root/apt.log" >&2
    fail "apt-get update in the root failed"
}
in_root apt-get install -y -q "/tmp/$(basename "$deb")" >>"$root/apt.log" 2>&1 || {
    tail -n 40 "$root/apt.log" >&2
    fail "apt-get install of the package failed (unresolvable dependencies?)"
}
t_install=$((SECONDS - t_start))
pulled=$(grep -c '^Setting up ' "$root/apt.log" || true)
say "installed with $pulled packages in ${t_install}s"

# shellcheck disable=SC2016 # dpkg-query's own ${field} syntax
[[ "$(in_root dpkg-query -W -f='${Status}' quantus-miner)" == "install ok installed" ]] ||
    fail "dpkg does not list quantus-miner as installed"
say "ok: dpkg lists quantus-miner $pkg_version as installed"

for f in /usr/bin/quantus-miner \
    /usr/lib/systemd/system/quantus-miner.service \
    /usr/lib/sysusers.d/quantus-miner.conf \
    /etc/default/quantus-miner \
    /usr/share/applications/io.github.quantus_network.QuantusMiner.desktop \
    /usr/share/metainfo/io.github.quantus_network.QuantusMiner.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/quantus-miner.svg \
    /usr/share/icons/hicolor/48x48/apps/quantus-miner.png \
    /usr/share/man/man1/quantus-miner.1.gz \
    /usr/share/doc/quantus-miner/copyright; do
    [[ -f "$rootfs$f" ]] || fail "$f is not installed"
done
say "ok: program, unit, sysusers entry, defaults, desktop entry, metainfo, icons, man page, copyright"

# shellcheck disable=SC2016 # dpkg-query's own ${field} syntax
in_root dpkg-query -W -f='${Conffiles}\n' quantus-miner | grep -q '^ /etc/default/quantus-miner ' ||
    fail "/etc/default/quantus-miner is not a conffile"
say "ok: /etc/default/quantus-miner is a conffile"

passwd_entry=$(in_root getent passwd quantus-miner) || fail "postinst did not create the user quantus-miner"
IFS=: read -r _ _ uid _ _ home shell <<<"$passwd_entry"
((uid < 1000)) || fail "quantus-miner is not a system user (uid $uid)"
[[ "$home" == /var/lib/quantus-miner ]] || fail "the user's home is $home, not /var/lib/quantus-miner"
[[ "$shell" == */nologin || "$shell" == /bin/false ]] || fail "the user has a login shell ($shell)"
in_root getent group quantus-miner >/dev/null || fail "postinst did not create the group quantus-miner"
say "ok: system user and group quantus-miner (uid $uid, home $home, shell $shell)"

missing=$(in_root ldd /usr/bin/quantus-miner | grep 'not found' || true)
[[ -z "$missing" ]] || fail "unresolved libraries: $missing"
qxcb=$(find "$rootfs/usr/lib" -path '*/qt6/plugins/platforms/libqxcb.so' -print -quit)
[[ -n "$qxcb" ]] || fail "Qt's xcb platform plugin is missing (the dashboard could not open a window)"
missing=$(in_root ldd "${qxcb#"$rootfs"}" | grep 'not found' || true)
[[ -z "$missing" ]] || fail "the xcb platform plugin lacks libraries: $missing"
say "ok: every library of the program and of the xcb platform plugin resolves"

as_user() {
    chroot --userspec=quantus-miner:quantus-miner "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin \
        HOME=/tmp LANG=C.UTF-8 "$@"
}
version_text=$(as_user /usr/bin/quantus-miner --version 2>&1) || fail "quantus-miner --version failed: $version_text"
[[ "$version_text" == *"$upstream_version"* ]] ||
    fail "quantus-miner --version does not name version $upstream_version: $version_text"
say "ok: --version: $(head -n 1 <<<"$version_text")"

# --- mining: over HTTP, and for the QUIC test node (scripts/lib/miner-checks.sh)
qm_check_mining "$rootfs" "$root" "$test_node"
t_smoke=$qm_t_http
t_quic=$qm_t_quic


# --- the dashboard on a bare system --------------------------------------------
# Qt's offscreen platform stands in for a display: the dashboard with its
# charts, icons and styles comes up with nothing but the package's dependencies.
# The API answering proves the event loop runs, which starts after the windows.
log="$root/dashboard.log"
chroot --userspec=quantus-miner:quantus-miner "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen /usr/bin/quantus-miner --bind 127.0.0.1 --port 0 --workers 1 >"$log" 2>&1 &
miner_pid=$!
port=$(qm_port_from_log "$miner_pid" "$log" 'listening on http://127\.0\.0\.1:' "the dashboard")
grep -q 'mode: dashboard' "$log" || {
    cat "$log" >&2
    fail "with QT_QPA_PLATFORM=offscreen the miner did not choose the dashboard"
}
code=
for _ in $(seq 1 300); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/result/install-test-unknown" || true)
    [[ "$code" == 404 ]] && break
    sleep 0.1
done
[[ "$code" == 404 ]] || {
    cat "$log" >&2
    fail "the dashboard's event loop does not serve the API (last answer: '$code')"
}
stop_miner "the dashboard"
say "ok: the dashboard starts (offscreen platform), serves the API and stops on SIGTERM"

# --- removal and purge -------------------------------------------------------
in_root apt-get remove -y -q quantus-miner >>"$root/apt.log" 2>&1 || fail "apt-get remove failed"
[[ ! -e "$rootfs/usr/bin/quantus-miner" ]] || fail "remove left /usr/bin/quantus-miner"
[[ -f "$rootfs/etc/default/quantus-miner" ]] || fail "remove deleted the conffile (only purge may)"
in_root getent passwd quantus-miner >/dev/null || fail "remove deleted the user"
in_root apt-get purge -y -q quantus-miner >>"$root/apt.log" 2>&1 || fail "apt-get purge failed"
[[ ! -e "$rootfs/etc/default/quantus-miner" ]] || fail "purge left /etc/default/quantus-miner"
in_root getent passwd quantus-miner >/dev/null || fail "purge deleted the user"
say "ok: remove keeps the conffile and the user; purge deletes the conffile, keeps the user"

say "PASS in $((SECONDS - t_begin))s: root ${t_bootstrap}s (debootstrap or its cached tarball), apt install ${t_install}s, mining round trip ${t_smoke}s, QUIC node ${t_quic}s"

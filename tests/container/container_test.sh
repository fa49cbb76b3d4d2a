#!/usr/bin/env bash
# CTest "container_image" (label "container"): the container image built and
# checked offline. The headless build tree's package (no dashboard libraries)
# goes into an image built by scripts/container.sh with podman
# (--isolation=chroot, private vfs storage) on a local base: the debootstrap
# root the install test caches, imported with `podman import`. The image is
# then inspected (user, entrypoint, ports, health check, labels, size) and
# exported; its file list must hold no compilers and no apt lists, and its
# root, run with chroot as the image's user, mines over HTTP, mines for the
# QUIC test node and answers `quantus-miner health`. Running containers needs
# cgroups that CI machines may lack, so nothing here starts one.
# Skips (77) only when podman is missing. QM_CONTAINER_TEST_KEEP=1 keeps the
# image storage and the exported root in WORK_DIR for inspection.
#   container_test.sh SOURCE_DIR WORK_DIR HEADLESS_BUILD_DIR TEST_NODE
set -euo pipefail
src=$1
work=$2
headless=$3
test_node=$4
cd "$src"

say() { printf 'container-test: %s\n' "$*"; }
fail() {
    printf 'container-test: FAIL: %s\n' "$*" >&2
    exit 1
}

command -v podman >/dev/null || {
    echo "container-test: SKIP: podman is not installed (scripts/install-deps.sh --test installs it)"
    exit 77
}
[[ $EUID -eq 0 ]] || fail "must run as root (podman build --isolation=chroot, chroot and mount)"
for tool in cpack chroot mount umount curl tar dpkg-deb debootstrap flock; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing (scripts/install-deps.sh --test installs it)"
done
[[ -f "$headless/CPackConfig.cmake" && -x "$headless/src/app/quantus-miner" ]] ||
    fail "no headless build in $headless (the test headless_build makes it)"
[[ -x "$test_node" ]] || fail "no test node program at $test_node"

rootfs="$work/rootfs"
miner_pid=
node_pid=
cleanup() {
    local status=$?
    local p
    for p in "$miner_pid" "$node_pid"; do
        if [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; then
            kill -KILL "$p" 2>/dev/null || true
            wait "$p" 2>/dev/null || true
        fi
    done
    if mountpoint -q "$rootfs/proc" 2>/dev/null; then umount "$rootfs/proc" || umount -l "$rootfs/proc" || true; fi
    # Hundreds of MB of image layers and root: kept only when asked
    # (QM_CONTAINER_TEST_KEEP=1); the logs stay.
    if [[ "${QM_CONTAINER_TEST_KEEP:-0}" != 1 ]] && ! mountpoint -q "$rootfs/proc" 2>/dev/null; then
        rm -rf --one-file-system "$work/storage" "$work/run" "$rootfs"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A fresh work directory each run; podman's vfs storage is plain files.
if [[ -d "$work" ]]; then
    if mountpoint -q "$rootfs/proc" 2>/dev/null; then umount -l "$rootfs/proc"; fi
    rm -rf --one-file-system "$work"
fi
mkdir -p "$work"
t_begin=$SECONDS

# --- the package: the headless tree's ------------------------------------------
cpack --config "$headless/CPackConfig.cmake" -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack in the headless build tree failed"
}
debs=("$work"/packages/quantus-miner_*.deb)
[[ -e "${debs[0]}" ]] || fail "cpack made no .deb"
deb=${debs[0]}
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets && fail "the headless package depends on Qt Widgets"
arch=$(dpkg-deb -f "$deb" Architecture)
say "package $(basename "$deb")"

# --- the base image: the cached minimal Debian root -----------------------------
# shellcheck source=scripts/lib/debian-root.sh
. scripts/lib/debian-root.sh
# shellcheck source=scripts/lib/miner-checks.sh
. scripts/lib/miner-checks.sh
suite=$(qm_debian_suite)
mirror=$(qm_debian_mirror "$suite")
tarball=$(qm_debian_root_tarball "$suite" "$arch" "$mirror" "$work")
podman=(podman --root "$work/storage" --runroot "$work/run" --storage-driver vfs)
base="localhost/qm-debian-base:$suite"
"${podman[@]}" import "$tarball" "$base" >"$work/import.log" 2>&1 || {
    cat "$work/import.log" >&2
    fail "podman import of $tarball failed"
}
say "base image $base from $(basename "$tarball")"

# --- the image ------------------------------------------------------------------
t_start=$SECONDS
image=localhost/quantus-miner:test
QM_PODMAN_STORAGE="$work" scripts/container.sh --engine podman --deb "$deb" --base "$base" --tag "$image" \
    >"$work/build.log" 2>&1 || {
    tail -n 40 "$work/build.log" >&2
    fail "scripts/container.sh could not build the image"
}
t_build=$((SECONDS - t_start))
inspect() { "${podman[@]}" image inspect --format "$1" "$image"; }
user=$(inspect '{{.Config.User}}')
[[ -n "$user" && "$user" != root && "$user" != 0 && "$user" != 0:* ]] || fail "the image runs as '$user', not a non-root user"
[[ "$(inspect '{{json .Config.Entrypoint}}')" == '["quantus-miner","--no-gui","--bind","0.0.0.0"]' ]] ||
    fail "entrypoint is $(inspect '{{json .Config.Entrypoint}}')"
ports=$(inspect '{{json .Config.ExposedPorts}}')
[[ "$ports" == *'"9833/tcp"'* && "$ports" == *'"9900/tcp"'* ]] || fail "exposed ports are $ports"
[[ "$(inspect '{{json .Config.Healthcheck.Test}}')" == '["CMD","quantus-miner","health"]' ]] ||
    fail "health check is $(inspect '{{json .Config.Healthcheck}}')"
labels=$(inspect '{{json .Labels}}')
for label in title description version revision licenses; do
    [[ "$labels" == *"\"org.opencontainers.image.$label\""* ]] || fail "label org.opencontainers.image.$label is missing"
done
size=$(inspect '{{.Size}}')
base_size=$("${podman[@]}" image inspect --format '{{.Size}}' "$base")
say "ok: image built in ${t_build}s: user $user, entrypoint, ports 9833 and 9900, health check, OCI labels"

# --- its files --------------------------------------------------------------------
container=$("${podman[@]}" create "$image")
"${podman[@]}" export -o "$work/rootfs.tar" "$container"
# (podman without systemd says it cannot remove a health-check timer it never made)
"${podman[@]}" rm "$container" >/dev/null 2>&1 || true
mkdir "$rootfs"
tar -C "$rootfs" --numeric-owner -xpf "$work/rootfs.tar"
rm -f "$work/rootfs.tar"
for tool in gcc cc c++ g++ clang make cmake ninja ld as nvcc apt-file; do
    for dir in usr/bin usr/local/bin bin; do
        [[ ! -e "$rootfs/$dir/$tool" ]] || fail "the image carries a build tool: /$dir/$tool"
    done
done
lists=$(find "$rootfs/var/lib/apt/lists" -type f ! -name lock 2>/dev/null | head -n 3)
[[ -z "$lists" ]] || fail "the image keeps apt lists: $lists"
leftover=$(find "$rootfs/tmp" "$rootfs/var/cache/apt" -name '*.deb' 2>/dev/null | head -n 3)
[[ -z "$leftover" ]] || fail "the image keeps packages: $leftover"
desktop=$(find "$rootfs/usr/lib" -name 'libQt6Widgets.so*' -o -name 'libQt6Gui.so*' -o -name 'libGL*.so*' | head -n 3)
[[ -z "$desktop" ]] || fail "the image carries desktop libraries: $desktop"
grep -q '^quantus-miner:' "$rootfs/etc/passwd" || fail "the image has no user quantus-miner"
say "ok: no compilers, apt lists, leftover packages or desktop libraries; $((size / 1048576)) MiB ($(((size - base_size) / 1048576)) MiB over the base)"

# --- the compose stack and the Containerfile, as files ---------------------------
python3 tests/container/check_compose.py packaging/container || fail "packaging/container does not hold what it should"

# --- the image's root, run as its user ------------------------------------------
cp /etc/hosts "$rootfs/etc/hosts"
mount -t proc proc "$rootfs/proc"
qm_check_mining "$rootfs" "$work" "$test_node"

# The health check the image declares, against the miner started as the
# entrypoint starts it (its environment: MINER_PORT, MINER_METRICS_PORT).
log="$work/health-miner.log"
image_env=()
while IFS= read -r kv; do image_env+=("$kv"); done < <(inspect '{{range .Config.Env}}{{println .}}{{end}}' | grep .)
chroot --userspec="$user:$user" "$rootfs" /usr/bin/env -i "${image_env[@]}" HOME=/var/lib/quantus-miner \
    MINER_PORT=0 MINER_METRICS_PORT=0 quantus-miner --no-gui --bind 0.0.0.0 >"$log" 2>&1 &
miner_pid=$!
port=$(qm_port_from_log "$miner_pid" "$log" 'listening on http://0\.0\.0\.0:' "the entrypoint's miner")
healthy=
for _ in $(seq 1 100); do
    if chroot --userspec="$user:$user" "$rootfs" /usr/bin/env -i "${image_env[@]}" MINER_PORT="$port" \
        quantus-miner health >"$work/health.out" 2>&1; then
        healthy=1
        break
    fi
    kill -0 "$miner_pid" 2>/dev/null || break
    sleep 0.2
done
[[ -n "$healthy" ]] || {
    cat "$log" "$work/health.out" >&2
    fail "quantus-miner health never reported the running miner healthy"
}
stop_miner "the entrypoint's miner"
if chroot --userspec="$user:$user" "$rootfs" /usr/bin/env -i MINER_PORT="$port" quantus-miner health \
    >"$work/health.out" 2>&1; then
    fail "quantus-miner health reports a stopped miner healthy"
fi
say "ok: the HEALTHCHECK command: healthy while the miner runs, unhealthy once it stopped"

say "PASS in $((SECONDS - t_begin))s: image $((size / 1048576)) MiB, build ${t_build}s, HTTP ${qm_t_http}s, QUIC ${qm_t_quic}s"

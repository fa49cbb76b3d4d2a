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
# Environment:
#   QM_INSTALL_TEST_CACHE  cache for the debootstrap tarball (default
#                          ${XDG_CACHE_HOME:-~/.cache}/quantus-miner; /var/cache/quantus-miner without HOME)
#   QM_DEBIAN_MIRROR       Debian archive URL (default: the one this machine's apt uses)
#   QM_DEBIAN_SUITE        Debian release (default: this machine's, else bookworm)
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

suite=${QM_DEBIAN_SUITE:-}
if [[ -z "$suite" ]]; then
    # shellcheck disable=SC1091
    suite=$( (. /etc/os-release && [[ "${ID:-}" == debian ]] && echo "${VERSION_CODENAME:-}") || true)
    suite=${suite:-bookworm}
fi

# The Debian archive this machine's apt already uses (deb822 .sources and
# one-line .list files): "URI SUITE" for every enabled deb source with main.
apt_debian_sources() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f "$f" ]] || continue
        awk '$1 == "deb" {
                 i = 2
                 if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                 uri = $i; suite = $(i + 1); main = 0
                 for (j = i + 2; j <= NF; j++) if ($j == "main") main = 1
                 if (main) print uri, suite
             }' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f "$f" ]] || continue
        awk 'function flush(   u, s, nu, ns, a, b) {
                 if (types ~ /(^| )deb( |$)/ && comps ~ /(^| )main( |$)/ && enabled != "no") {
                     nu = split(uris, a, " "); ns = split(suites, b, " ")
                     for (u = 1; u <= nu; u++) for (s = 1; s <= ns; s++) print a[u], b[s]
                 }
                 types = uris = suites = comps = enabled = ""
             }
             /^[ \t]*$/ { flush(); next }
             /^#/ { next }
             tolower($1) == "types:"      { $1 = ""; types = $0 }
             tolower($1) == "uris:"       { $1 = ""; uris = $0 }
             tolower($1) == "suites:"     { $1 = ""; suites = $0 }
             tolower($1) == "components:" { $1 = ""; comps = $0 }
             tolower($1) == "enabled:"    { enabled = tolower($2) }
             END { flush() }' "$f"
    done
}
mirror_for() { apt_debian_sources | awk -v s="$1" '$2 == s { print $1; exit }'; }

mirror=${QM_DEBIAN_MIRROR:-$(mirror_for "$suite")}
[[ -n "$mirror" ]] || fail "no Debian '$suite' archive in this machine's apt sources; set QM_DEBIAN_MIRROR"
mirror=${mirror%/}
security_mirror=$(mirror_for "$suite-security")
updates_mirror=$(mirror_for "$suite-updates")
say "package $(basename "$deb") ($pkg_version, $pkg_arch); Debian $suite from $mirror"

keyring_args=()
if [[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]]; then
    keyring_args=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
fi
include_args=()
if [[ "$mirror" == https:* ]]; then include_args=(--include=ca-certificates); fi

# --- the root: from the cached debootstrap tarball, made once ---------------
cache_base=${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}
cache=${QM_INSTALL_TEST_CACHE:-${cache_base:-/var/cache}/quantus-miner}
tarball="$cache/debootstrap-$suite-$pkg_arch-minbase.tar"
mkdir -p "$cache"

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
(
    flock 9
    if [[ ! -s "$tarball" ]]; then
        say "creating the minimal $suite root with debootstrap (cached in $tarball)"
        work="$root/debootstrap-work"
        debootstrap --variant=minbase "${keyring_args[@]}" "${include_args[@]}" --arch="$pkg_arch" \
            "$suite" "$work" "$mirror" >"$root/debootstrap.log" 2>&1 || {
            tail -n 30 "$root/debootstrap.log" >&2
            fail "debootstrap from $mirror failed (no network, or no '$suite' there?)"
        }
        rm -rf "$work"/var/cache/apt/archives/*.deb "$work"/var/lib/apt/lists/*
        tar -C "$work" --numeric-owner -cf "$tarball.part" .
        mv "$tarball.part" "$tarball"
        rm -rf --one-file-system "$work"
    fi
) 9>"$cache/.lock"
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

# --- headless mining round trip ------------------------------------------------
# The 1000-difficulty vector of tests/data/pow_vectors.json: below nonce 1175
# (0x497) nothing in [0, 1175] meets the target, so [0, 0x497] has exactly one
# valid nonce and [0, 0x496] has none, whatever order the workers search in.
t_start=$SECONDS
mining_hash=7570fe1f5fa9b3cd48471ca8f27f225b6b71dbfa3e044a9b7f43012fa9cc4209
zeros=$(printf '%0125d' 0)
log="$root/miner.log"
# chroot and env exec the miner, so $! is the miner itself.
chroot --userspec=quantus-miner:quantus-miner "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 \
    /usr/bin/quantus-miner --no-gui --bind 127.0.0.1 --port 0 --metrics-port 0 --workers 2 \
    --engine cpu-fast --log-level info >"$log" 2>&1 &
miner_pid=$!

port=
metrics_port=
for _ in $(seq 1 300); do
    kill -0 "$miner_pid" 2>/dev/null || {
        cat "$log" >&2
        fail "the headless miner exited at start"
    }
    port=$(grep -so 'listening on http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1 | sed 's/.*://' || true)
    metrics_port=$(grep -so 'metrics on http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1 | sed 's/.*://' || true)
    [[ -n "$port" && -n "$metrics_port" ]] && break
    sleep 0.1
done
[[ -n "$port" ]] || {
    cat "$log" >&2
    fail "the miner did not report its port within 30 s"
}
say "ok: headless miner listening on 127.0.0.1:$port (metrics on $metrics_port), as user quantus-miner"

api="http://127.0.0.1:$port"
# One scalar field of a flat JSON object, without quotes (no jq on a bare system).
json_field() { grep -o "\"$1\": *[^,}]*" <<<"$2" | head -n 1 | sed -e "s/^\"$1\": *//" -e 's/^"//' -e 's/"$//'; }

stop_miner() { # what; sends SIGTERM to $miner_pid, expects exit status 0 within 30 s
    local status=0
    kill -TERM "$miner_pid"
    for _ in $(seq 1 300); do
        kill -0 "$miner_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$miner_pid" 2>/dev/null; then
        cat "$log" >&2
        fail "$1 did not stop within 30 s of SIGTERM"
    fi
    wait "$miner_pid" || status=$?
    miner_pid=
    [[ $status -eq 0 ]] || {
        cat "$log" >&2
        fail "$1 exited with status $status after SIGTERM"
    }
}

mine() { # job_id nonce_end_hex3
    local body code
    body="{\"job_id\":\"$1\",\"mining_hash\":\"$mining_hash\",\"distance_threshold\":\"1000\",\"nonce_start\":\"${zeros}000\",\"nonce_end\":\"${zeros}$2\"}"
    code=$(curl -sS -o "$root/mine.out" -w '%{http_code}' -H 'Content-Type: application/json' \
        --data "$body" "$api/mine") || fail "POST /mine for $1: no answer"
    [[ "$code" == 200 ]] || fail "POST /mine for $1 answered $code: $(cat "$root/mine.out")"
    [[ "$(json_field status "$(cat "$root/mine.out")")" == accepted ]] ||
        fail "POST /mine for $1 was not accepted: $(cat "$root/mine.out")"
}

result_of() { # job_id -> prints the final /result body
    local body status
    for _ in $(seq 1 600); do
        body=$(curl -sS "$api/result/$1") || fail "GET /result/$1: no answer"
        status=$(json_field status "$body")
        [[ "$status" == running ]] || {
            printf '%s' "$body"
            return 0
        }
        sleep 0.2
    done
    fail "job $1 still running after 120 s: $body"
}

mine install-test-one 497
body=$(result_of install-test-one)
[[ "$(json_field status "$body")" == completed ]] || fail "job with one valid nonce did not complete: $body"
[[ "$(json_field work "$body")" == "${zeros}497" ]] || fail "job found the wrong nonce: $body"
[[ "$(json_field nonce "$body")" == 497 ]] || fail "job reports the wrong nonce: $body"
say "ok: POST /mine + GET /result: completed with work ...0497, the one valid nonce"

mine install-test-none 496
body=$(result_of install-test-none)
[[ "$(json_field status "$body")" == failed ]] || fail "job without a valid nonce did not fail: $body"
[[ "$(json_field hash_count "$body")" == 1175 ]] || fail "job without a valid nonce did not check all 1175: $body"
say "ok: a range without a valid nonce ends failed after checking all 1175 nonces"

metrics=$(curl -sS "http://127.0.0.1:$metrics_port/metrics") || fail "GET /metrics: no answer"
grep -q '^# TYPE ' <<<"$metrics" || fail "GET /metrics is not in Prometheus text format"
say "ok: GET /metrics answers in Prometheus text format"

stop_miner "the miner"
t_smoke=$((SECONDS - t_start))
say "ok: SIGTERM stops the miner with status 0"

# --- mining for a QUIC node ----------------------------------------------------
# The test node program (tests/node/qm_test_node.cpp) plays today's node: it
# writes miner-auth-token and miner-tls-cert-sha256 into a node directory as
# the node does, listens on UDP 127.0.0.1, and checks every result against
# the QPoW v2 reference. Its libraries (Qt Network, ngtcp2, GnuTLS) are the
# package's own dependencies, so it runs in the bare root as it is.
t_start=$SECONDS
cp "$test_node" "$rootfs/usr/local/bin/qm-test-node"
missing=$(in_root ldd /usr/local/bin/qm-test-node | grep 'not found' || true)
[[ -z "$missing" ]] || fail "the test node program lacks libraries the package did not bring: $missing"
node_dir=/var/lib/quantus-node-test/chains/test
node_log="$root/test-node.log"
chroot "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    /usr/local/bin/qm-test-node --dir "$node_dir" --jobs 2 --difficulty 2000 --timeout 180 >"$node_log" 2>&1 &
node_pid=$!
node_port=
for _ in $(seq 1 300); do
    kill -0 "$node_pid" 2>/dev/null || {
        cat "$node_log" >&2
        fail "the test node exited at start"
    }
    node_port=$(grep -so 'listening on 127\.0\.0\.1:[0-9]*' "$node_log" | head -n 1 | sed 's/.*://' || true)
    [[ -n "$node_port" ]] && break
    sleep 0.1
done
[[ -n "$node_port" ]] || fail "the test node did not report its port within 30 s"
# The node's files are its user's; here the miner's user reads them.
in_root chown -R quantus-miner:quantus-miner /var/lib/quantus-node-test

log="$root/miner-quic.log"
chroot --userspec=quantus-miner:quantus-miner "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 \
    /usr/bin/quantus-miner serve --node-addr "127.0.0.1:$node_port" --node-dir "$node_dir" --cpu-workers 2 \
    --port 0 --metrics-port 0 --log-level info >"$log" 2>&1 &
miner_pid=$!
node_status=0
wait "$node_pid" || node_status=$?
node_pid=
if ((node_status != 0)); then
    cat "$node_log" "$log" >&2
    fail "mining for the QUIC test node failed (test node exit status $node_status)"
fi
grep -q 'ok: 2 valid result(s)' "$node_log" || {
    cat "$node_log" >&2
    fail "the test node did not confirm two valid results"
}
metrics_port=$(grep -so 'metrics on http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1 | sed 's/.*://' || true)
[[ -n "$metrics_port" ]] || fail "the node miner did not report its metrics port"
metrics=$(curl -sS "http://127.0.0.1:$metrics_port/metrics") || fail "GET /metrics of the node miner: no answer"
grep -q '^miner_node_results_total 2$' <<<"$metrics" || {
    grep '^miner_node' <<<"$metrics" >&2 || true
    fail "miner_node_results_total is not 2 after two solved node jobs"
}
if grep -qF "$(cat "$rootfs$node_dir/miner-auth-token")" "$log"; then
    fail "the miner's log contains the auth token"
fi
stop_miner "the node miner"
t_quic=$((SECONDS - t_start))
say "ok: serve --node-addr --node-dir: QUIC to the test node, 2 valid QPoW v2 results in ${t_quic}s; token not logged"

# --- the dashboard on a bare system --------------------------------------------
# Qt's offscreen platform stands in for a display: the dashboard with its
# charts, icons and styles comes up with nothing but the package's dependencies.
# The API answering proves the event loop runs, which starts after the windows.
log="$root/dashboard.log"
chroot --userspec=quantus-miner:quantus-miner "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen /usr/bin/quantus-miner --bind 127.0.0.1 --port 0 --workers 1 >"$log" 2>&1 &
miner_pid=$!
port=
for _ in $(seq 1 300); do
    kill -0 "$miner_pid" 2>/dev/null || {
        cat "$log" >&2
        fail "the dashboard exited at start"
    }
    port=$(grep -so 'listening on http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1 | sed 's/.*://' || true)
    [[ -n "$port" ]] && break
    sleep 0.1
done
[[ -n "$port" ]] || {
    cat "$log" >&2
    fail "the dashboard did not report its port within 30 s"
}
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

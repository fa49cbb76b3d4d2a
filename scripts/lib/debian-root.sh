# The minimal Debian root the install and container tests start from: which
# release and archive (this machine's apt sources), and a debootstrap
# --variant=minbase tarball of it, made once and cached. Sourced by
# scripts/install-test.sh and tests/container/container_test.sh; the caller
# defines say() and fail().
# Environment:
#   QM_DEBIAN_SUITE        Debian release (default: this machine's, else bookworm)
#   QM_DEBIAN_MIRROR       Debian archive URL (default: the one this machine's apt uses)
#   QM_INSTALL_TEST_CACHE  cache for the tarball (default ${XDG_CACHE_HOME:-~/.cache}/quantus-miner;
#                          /var/cache/quantus-miner without HOME)

# The release: QM_DEBIAN_SUITE, else this Debian's codename, else bookworm.
qm_debian_suite() {
    local suite=${QM_DEBIAN_SUITE:-}
    if [[ -z "$suite" ]]; then
        # shellcheck disable=SC1091
        suite=$( (. /etc/os-release && [[ "${ID:-}" == debian ]] && echo "${VERSION_CODENAME:-}") || true)
    fi
    echo "${suite:-bookworm}"
}

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


# The archive for SUITE: QM_DEBIAN_MIRROR, else this machine's (no trailing /).
qm_debian_mirror() {
    local mirror=${QM_DEBIAN_MIRROR:-$(mirror_for "$1")}
    [[ -n "$mirror" ]] || fail "no Debian '$1' archive in this machine's apt sources; set QM_DEBIAN_MIRROR"
    echo "${mirror%/}"
}

# Prints the path of the cached minbase tarball of SUITE for ARCH, making it
# with debootstrap from MIRROR first when it is missing (WORK: a scratch
# directory for the log). One maker at a time (flock).
qm_debian_root_tarball() {
    local suite=$1 arch=$2 mirror=$3 work=$4
    local cache_base=${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}
    local cache=${QM_INSTALL_TEST_CACHE:-${cache_base:-/var/cache}/quantus-miner}
    local tarball="$cache/debootstrap-$suite-$arch-minbase.tar"
    local keyring_args=() include_args=()
    if [[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]]; then
        keyring_args=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
    fi
    if [[ "$mirror" == https:* ]]; then include_args=(--include=ca-certificates); fi
    mkdir -p "$cache"
    (
        flock 9
        if [[ ! -s "$tarball" ]]; then
            say "creating the minimal $suite root with debootstrap (cached in $tarball)" >&2
            local root="$work/debootstrap-work"
            debootstrap --variant=minbase "${keyring_args[@]}" "${include_args[@]}" --arch="$arch" \
                "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
                tail -n 30 "$work/debootstrap.log" >&2
                fail "debootstrap from $mirror failed (no network, or no '$suite' there?)"
            }
            rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
            tar -C "$root" --numeric-owner -cf "$tarball.part" .
            mv "$tarball.part" "$tarball"
            rm -rf --one-file-system "$root"
        fi
    ) 9>"$cache/.lock" || exit 1
    echo "$tarball"
}

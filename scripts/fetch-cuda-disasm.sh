#!/usr/bin/env bash
# Puts a cuobjdump that reads sm_90 cubins at DEST/cuobjdump (with the
# nvdisasm it runs for SASS beside it) for the static
# cost gate (tests/cuda/sass_cost.py), without installing anything system-wide:
# the CUDA install's own when it has one, else the one in Debian's
# nvidia-cuda-toolkit package (section non-free), fetched with `apt-get
# download` through a private package list and unpacked under DEST.
#
#   scripts/fetch-cuda-disasm.sh DEST
#
# Exit status: 0 DEST/cuobjdump and DEST/nvdisasm are ready, 77 no cuobjdump can be had here (no
# CUDA install with one and no Debian mirror), 1 anything else.
set -euo pipefail

dest=${1:?usage: fetch-cuda-disasm.sh DEST}
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)

if [[ -x "$dest/cuobjdump" && -x "$dest/nvdisasm" ]]; then
    echo "cuobjdump: $dest/cuobjdump (already fetched)"
    exit 0
fi
for dir in "${CUDA_HOME:-}" "${CUDA_PATH:-}" /usr/local/cuda; do
    if [[ -n "$dir" && -x "$dir/bin/cuobjdump" && -x "$dir/bin/nvdisasm" ]]; then
        ln -sf "$dir/bin/cuobjdump" "$dest/cuobjdump"
        ln -sf "$dir/bin/nvdisasm" "$dest/nvdisasm"
        echo "cuobjdump: $dir/bin/cuobjdump"
        exit 0
    fi
done

command -v apt-get >/dev/null || { echo "fetch-cuda-disasm: no cuobjdump in the CUDA install and no apt-get"; exit 77; }
command -v dpkg-deb >/dev/null || { echo "fetch-cuda-disasm: dpkg-deb is missing"; exit 77; }

# A package list of its own: the machine's sources stay as they are. The
# mirror and suite are the machine's own Debian ones.
apt_dir="$dest/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/deb"
mirror=http://deb.debian.org/debian
suite=bookworm
if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [[ -n "$codename" ]] && suite=$codename
fi
for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    if [[ -r "$f" ]]; then
        m=$(grep -Eo 'https?://[^ ]+/debian/?( |$)' "$f" | grep -v security | head -1 | tr -d ' ' || true)
        [[ -n "$m" ]] && { mirror=${m%/}; break; }
    fi
done
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
echo "deb [signed-by=$keyring] $mirror $suite non-free" >"$apt_dir/sources.list"
apt_opts=(-q -o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o Debug::NoLocking=1
    -o "APT::Sandbox::User=$(id -un)" -o Acquire::http::Timeout=30 -o Acquire::Retries=0)
if ! apt-get "${apt_opts[@]}" update >"$apt_dir/update.log" 2>&1; then
    echo "fetch-cuda-disasm: cannot read $mirror $suite non-free (log: $apt_dir/update.log)"
    exit 77
fi
if ! (cd "$apt_dir/deb" && apt-get "${apt_opts[@]}" download nvidia-cuda-toolkit >"$apt_dir/download.log" 2>&1); then
    echo "fetch-cuda-disasm: cannot download nvidia-cuda-toolkit (log: $apt_dir/download.log)"
    exit 77
fi
debs=("$apt_dir"/deb/nvidia-cuda-toolkit_*.deb)
deb=${debs[0]}
rm -rf "$apt_dir/x"
mkdir -p "$apt_dir/x"
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$apt_dir/x" ./usr/bin/cuobjdump ./usr/bin/nvdisasm
mv "$apt_dir/x/usr/bin/cuobjdump" "$apt_dir/x/usr/bin/nvdisasm" "$dest/"
rm -rf "$apt_dir/x" "$apt_dir/deb"
echo "cuobjdump: $dest/cuobjdump (from $(basename "$deb"))"

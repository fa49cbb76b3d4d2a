#!/usr/bin/env bash
# Builds the container image of the headless miner
# (packaging/container/Containerfile) with podman or docker.
#   scripts/container.sh [--deb FILE] [--base IMAGE] [--tag TAG] [--engine podman|docker]
# Without --deb it first builds the package without the dashboard (so the
# image carries no desktop libraries) in build-container/, with the gpu-cuda
# engine when CUDA is installed (scripts/package.sh; QM_WITH_CUDA=OFF leaves it
# out). --base defaults to docker.io/library/debian:bookworm-slim; --tag to
# localhost/quantus-miner:latest; the engine to podman, else docker.
# podman builds with --isolation=chroot (no cgroups or user namespaces
# needed) and the docker image format (which keeps the HEALTHCHECK).
# Environment:
#   QM_PODMAN_STORAGE  DIR: podman keeps this build's images under DIR (vfs
#                      storage), away from the user's; the tests use it
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "container: $*" >&2
    exit 1
}

deb=
base=docker.io/library/debian:bookworm-slim
tag=localhost/quantus-miner:latest
engine=
while (($#)); do
    case "$1" in
        --deb | --base | --tag | --engine)
            (($# >= 2)) || fail "$1 needs a value"
            case "$1" in
                --deb) deb=$2 ;;
                --base) base=$2 ;;
                --tag) tag=$2 ;;
                --engine) engine=$2 ;;
            esac
            shift 2
            ;;
        -h | --help)
            sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *) fail "unknown argument '$1' (see scripts/container.sh --help)" ;;
    esac
done

if [[ -z "$engine" ]]; then
    if command -v podman >/dev/null; then engine=podman; elif command -v docker >/dev/null; then engine=docker; fi
fi
[[ "$engine" == podman || "$engine" == docker ]] ||
    fail "needs podman or docker (Debian: apt-get install podman), or --engine podman|docker"
command -v "$engine" >/dev/null || fail "$engine is not installed"

cmd=("$engine")
build_args=()
if [[ "$engine" == podman ]]; then
    if [[ -n "${QM_PODMAN_STORAGE:-}" ]]; then
        cmd+=(--root "$QM_PODMAN_STORAGE/storage" --runroot "$QM_PODMAN_STORAGE/run" --storage-driver vfs)
    fi
    build_args+=(--isolation=chroot --format docker)
fi

if [[ -z "$deb" ]]; then
    QM_PACKAGE_GENERATORS=DEB scripts/package.sh build-container -DQM_WITH_DASHBOARD=OFF
    debs=(build-container/packages/quantus-miner_*.deb)
    [[ -e "${debs[0]}" ]] || fail "scripts/package.sh made no .deb"
    deb=${debs[0]}
fi
[[ -f "$deb" ]] || fail "no such package: $deb"
if dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets'; then
    echo "container: warning: $deb is the dashboard's package; the image will carry the desktop libraries" >&2
fi

# A context of its own: the Containerfile and the one package.
context=$(mktemp -d "${TMPDIR:-/tmp}/qm-container.XXXXXX")
trap 'rm -rf "$context"' EXIT
cp packaging/container/Containerfile "$context/"
cp "$deb" "$context/quantus-miner.deb"
version=$(dpkg-deb -f "$deb" Version)
revision=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)

"${cmd[@]}" build "${build_args[@]}" -f "$context/Containerfile" \
    --build-arg BASE="$base" --build-arg DEB=quantus-miner.deb \
    --build-arg VERSION="$version" --build-arg REVISION="$revision" --build-arg CREATED="$created" \
    -t "$tag" "$context"

size=$("${cmd[@]}" image inspect --format '{{.Size}}' "$tag")
echo "container: built $tag ($version) from $base: $((size / 1024 / 1024)) MiB"

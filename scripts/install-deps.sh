#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu 23.04+ (Qt 6.4 with QtHttpServer) packages that building, running and
# testing Quantus Miner need, skipping those already present.
#   scripts/install-deps.sh          build and run
#   scripts/install-deps.sh --test   also the test tools (Xvfb, packaging checks, debootstrap,
#                                    podman for the container image, zbarimg for the QR code check,
#                                    prometheus/promtool for the monitoring stack)
set -euo pipefail

packages=(
    build-essential cmake ninja-build git pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    libqt6opengl6-dev libgl-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins qt6-translations-l10n
    libngtcp2-dev libngtcp2-crypto-gnutls-dev libgnutls28-dev
    libqrencode-dev libarchive-dev
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(
        xvfb xauth x11-utils
        dpkg-dev fakeroot file rpm lintian desktop-file-utils appstream debootstrap
        curl man-db groff-base systemd librsvg2-bin
        fonts-wqy-microhei
        wrk
        podman python3-yaml
        zbar-tools
        prometheus
    )
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are present"
    exit 0
fi

sudo=()
if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Renders the hicolor PNG icons from the SVG master, resources/icons/quantus-miner.svg.
# Run it after changing the SVG and commit the PNGs with it: the build installs the
# committed files, so building a package needs no SVG renderer.
#   scripts/render-icons.sh     needs rsvg-convert (librsvg2-bin) or ImageMagick's convert
set -euo pipefail
cd "$(dirname "$0")/.."

svg=resources/icons/quantus-miner.svg
out=packaging/icons
sizes=(16 22 24 32 48 64 128 256 512)
mkdir -p "$out"

for size in "${sizes[@]}"; do
    png="$out/quantus-miner-$size.png"
    if command -v rsvg-convert >/dev/null; then
        rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" --output "$png"
    elif command -v convert >/dev/null; then
        convert -background none -density 384 "$svg" -resize "${size}x${size}" "$png"
    else
        echo "render-icons: install librsvg2-bin (rsvg-convert) or imagemagick" >&2
        exit 1
    fi
    # No timestamps or text chunks: the same SVG gives byte-identical PNGs.
    if command -v convert >/dev/null; then
        convert "$png" -strip "PNG32:$png"
    fi
    echo "render-icons: $png"
done

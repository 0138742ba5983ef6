#!/usr/bin/env bash
# Draws the Fahras application icon (our own artwork): a teal rounded square with the Arabic
# letter ف (from the bundled, OFL-licensed Noto Naskh Arabic Bold) and an amber magnifying glass.
# Writes fahras-256.png, fahras-128.png and fahras-48.png beside this script and copies them to
# the GUI's resources (the window icon). Needs ImageMagick 6 or 7 (`convert`).
# Run from anywhere: host/dist/src/main/packaging/make-icon.sh
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
font="$root/host/app/src/main/resources/org/fahras/app/gui/fonts/NotoNaskhArabic-Bold.ttf"
gui="$root/host/app/src/main/resources/org/fahras/app/gui/icons"

convert -size 256x256 gradient:'#17958a'-'#0a4843' \
  \( -size 256x256 xc:none -fill white -draw "roundrectangle 8,8 247,247 44,44" \) \
  -alpha set -compose DstIn -composite -compose over \
  -font "$font" -pointsize 160 -fill white -gravity center -annotate -14-14 'ف' \
  -fill none -stroke '#f5b83d' -strokewidth 13 -draw "circle 184,184 184,158" \
  -stroke '#f5b83d' -strokewidth 18 -draw "line 203,203 224,224" \
  -strip -depth 8 "$here/fahras-256.png"
for size in 128 48; do
  convert "$here/fahras-256.png" -filter Lanczos -resize "${size}x${size}" -strip -depth 8 \
    "$here/fahras-$size.png"
done
mkdir -p "$gui"
cp "$here"/fahras-{256,128,48}.png "$gui/"
echo "icons written to $here and $gui"

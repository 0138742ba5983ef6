#!/usr/bin/env bash
# Installs the Fahras menu entry and icon for the current user (no root needed):
#   ~/.local/share/applications/fahras.desktop
#   ~/.local/share/icons/hicolor/{48x48,128x128,256x256}/apps/fahras.png
# Usage:
#   install-desktop-entry.sh [LAUNCHER]    install, Exec pointing at LAUNCHER
#   install-desktop-entry.sh --uninstall   remove them again
# LAUNCHER defaults to the app image this script sits in (Fahras/lib/app/packaging/ ->
# Fahras/bin/Fahras). It may be an app image folder (Fahras/), or any launcher, e.g. the plain
# distribution's host/dist/target/fahras/bin/fahras or the checkout's ./fahras.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/fahras.desktop" "$icons"/{48x48,128x128,256x256}/apps/fahras.png
  echo "Fahras menu entry removed"
  exit 0
fi

launcher="${1:-$here/../../../bin/Fahras}"
if [ -d "$launcher" ] && [ -x "$launcher/bin/Fahras" ]; then
  launcher="$launcher/bin/Fahras"
fi
if [ ! -x "$launcher" ] || [ -d "$launcher" ]; then
  echo "install-desktop-entry.sh: no launcher at $launcher (give the app image or a launcher)" >&2
  exit 2
fi
launcher="$(readlink -f "$launcher")"

mkdir -p "$apps"
for size in 48 128 256; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$here/fahras-$size.png" "$icons/${size}x${size}/apps/fahras.png"
done
# Exec: the launcher's absolute path, quoted per the desktop entry specification (escaped for
# the desktop file, then for sed's replacement).
exec_path="$(printf '%s' "$launcher" | sed -e 's/[\\"`$]/\\\\&/g' -e 's/[|&\\]/\\&/g')"
sed -e "s|^Exec=.*|Exec=\"$exec_path\"|" "$here/fahras.desktop" > "$apps/fahras.desktop"
chmod 644 "$apps/fahras.desktop"
touch "$icons" # desktops notice new icons by the theme folder's time stamp
echo "Fahras menu entry installed: $apps/fahras.desktop -> $launcher"

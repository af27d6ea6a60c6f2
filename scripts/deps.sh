#!/usr/bin/env bash
# Installs the Debian 12 packages geobrief needs to build, run and test,
# but only those that are missing, so a second run costs nothing.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config
  libsfml-dev libgdal-dev libimgui-dev libglu1-mesa-dev libpng-dev zlib1g-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev
  libavcodec-dev libavformat-dev libavfilter-dev libswscale-dev libavutil-dev
  fonts-dejavu-core
  ffmpeg
  xvfb xauth xdotool x11-utils x11-apps
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "geobrief: installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

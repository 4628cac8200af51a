#!/usr/bin/env bash
# Installs the Debian 12 packages Attention Lab needs to build, run and test. Safe to run again: it only calls
# apt-get when a package is missing. Needs root (or sudo).
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqcustomplot-dev libeigen3-dev libgtest-dev libgl-dev
  xvfb xauth fonts-dejavu-core
  poppler-utils
  clang libclang-rt-14-dev
  python3-numpy python3-matplotlib libbenchmark-dev
  desktop-file-utils appstream dpkg-dev fakeroot file fonts-noto-cjk qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"

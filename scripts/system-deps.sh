#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Nashra needs that pip cannot provide: the shared libraries
# Qt loads, venv support for the system Python and poppler-utils for the PDF tests
# (--with-screen-tools adds Xvfb, ImageMagick and an Arabic font for screenshots).
# Installs only what is missing; needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1
  poppler-utils  # pdftotext and pdftoppm: the tests read and render exported PDFs with them
)
if [ "${1:-}" = "--with-screen-tools" ]; then
  packages+=(xvfb xauth imagemagick fonts-noto-core)
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; install Qt 6's runtime libraries yourself" >&2
  exit 0
fi
# python3 -m venv needs python3-venv on Debian, unless python3 is not Debian's own.
if ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "system-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "system-deps: run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

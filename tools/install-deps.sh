#!/usr/bin/env bash
# Installs what Contact Desk needs to build, run and test on Debian 12, and nothing when all
# of it is already there. Run as root (or with sudo available).
# --list prints the package list, one a line, and installs nothing (tests/packaging reads it).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-image-formats-plugins
    qtkeychain-qt6-dev libsodium-dev libsqlite3-dev libgl-dev
    postgresql postgresql-client libpq-dev
    xvfb xauth fonts-dejavu-core poppler-utils desktop-file-utils dpkg-dev file
    appstream lintian groff-base man-db gzip
)

if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

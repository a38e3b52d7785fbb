#!/usr/bin/env bash
# Installs what the fuzz build (tools/fuzz.sh, docs/FUZZING.md) needs on top of
# install-deps.sh: clang 14 and its run-time libraries, which hold libFuzzer
# (libclang_rt.fuzzer-x86_64.a) and the sanitizer run-times. The default build and test run do
# not need these, so install-deps.sh leaves them out. Run as root (or with sudo available).
set -euo pipefail

packages=(clang-14 libclang-rt-14-dev)

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

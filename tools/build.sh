#!/usr/bin/env bash
# Configures and builds Contact Desk into build/ (or $CONTACTDESK_BUILD_DIR).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${CONTACTDESK_BUILD_DIR:-$src/build}
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CONTACTDESK_BUILD_TYPE:-RelWithDebInfo} \
    "${launcher[@]}" "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"

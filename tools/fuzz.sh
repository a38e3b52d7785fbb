#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan into build-fuzz/ (or
# $CONTACTDESK_FUZZ_BUILD_DIR) and runs them as the ctest tests labelled `fuzz`, each for
# $CONTACTDESK_FUZZ_SECONDS (default 60) from its seed corpus in tests/fuzz/corpus/.
# Arguments are passed to ctest, e.g. -R fuzz_csv. Only the fuzz targets and what they link are
# built, not the programs or the ordinary tests. See docs/FUZZING.md.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${CONTACTDESK_FUZZ_BUILD_DIR:-$src/build-fuzz}
"$src/tools/install-fuzz-deps.sh"
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCONTACTDESK_FUZZ=ON -DCONTACTDESK_BENCHMARKS=OFF \
    -DCONTACTDESK_FUZZ_SECONDS="${CONTACTDESK_FUZZ_SECONDS:-60}" "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)" --target fuzz_all
# One at a time: each fuzzer keeps a core busy for its whole run.
ctest --test-dir "$build" -L fuzz --output-on-failure "$@"

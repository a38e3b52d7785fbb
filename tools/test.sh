#!/usr/bin/env bash
# Quick start, command two: install what is missing, build, and run every test with ctest,
# against a private PostgreSQL server that is started first and stopped afterwards.
# Arguments are passed to ctest, e.g. -R tst_csv.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${CONTACTDESK_BUILD_DIR:-$src/build}
"$src/tools/install-deps.sh"
"$src/tools/build.sh"
"$src/tools/with-postgres.sh" ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)" "$@"

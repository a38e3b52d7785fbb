#!/usr/bin/env bash
# Quick start, command two: install what is missing, build, and run every test with ctest,
# against a private PostgreSQL server that is started first and stopped afterwards.
# Arguments are passed to ctest, e.g. -R tst_csv.
#
# After install-deps.sh everything a test needs is on the machine, so nothing may be skipped:
# CONTACTDESK_NO_SKIP=1 turns a test's skip into a failure (tests/support/verify.h), and a test
# that ctest still reports as skipped fails the run.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${CONTACTDESK_BUILD_DIR:-$src/build}
"$src/tools/install-deps.sh"
"$src/tools/build.sh"
export CONTACTDESK_NO_SKIP=1
# As root, package_deb also installs the built .deb with apt-get, runs both programs from
# /usr/bin and purges it again (packaging/check-package.sh).
export CONTACTDESK_INSTALL_TEST=${CONTACTDESK_INSTALL_TEST:-1}
log=$(mktemp /tmp/contactdesk-ctest.XXXXXX)
trap 'rm -f "$log"' EXIT
rc=0
"$src/tools/with-postgres.sh" ctest --test-dir "$build" --output-on-failure --timeout 600 \
    -j "$(nproc)" "$@" 2>&1 | tee "$log" || rc=$?
if grep -q '\*\*\*Skipped' "$log"; then
    echo "test.sh: these tests were skipped, which this run does not allow:" >&2
    grep '\*\*\*Skipped' "$log" >&2
    [ "$rc" -ne 0 ] || rc=1
fi
exit "$rc"

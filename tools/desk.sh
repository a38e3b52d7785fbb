#!/usr/bin/env bash
# Quick start, command one: install what is missing, build, and start the Desk on its embedded
# SQLite database (created and migrated on first run in the user's data directory).
# Arguments are passed to contactdesk, e.g. --profile DIR.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
"$src/tools/install-deps.sh"
"$src/tools/build.sh"
exec "${CONTACTDESK_BUILD_DIR:-$src/build}/bin/contactdesk" "$@"

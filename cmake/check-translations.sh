#!/usr/bin/env bash
# Fails when a message in the code is missing from the committed translation source file:
# someone added or changed a tr() text without running the update_translations target.
#
#   check-translations.sh LUPDATE CMAKE GENERATE_PROJECT_SCRIPT PROJECT_CMAKE_FILE TS_FILE
#
# PROJECT_CMAKE_FILE is what qt_add_translations writes for lupdate (sources, include paths);
# GENERATE_PROJECT_SCRIPT (Qt's GenerateLUpdateProject.cmake) turns it into lupdate's JSON.
set -euo pipefail
lupdate=$1 cmake=$2 generate=$3 project=$4 ts=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cmake" -DIN_FILE="$project" -DOUT_FILE="$tmp/project.json" -P "$generate"
"$lupdate" -project "$tmp/project.json" -ts "$tmp/current.ts" -no-obsolete -locations none -silent
# One line per message: its context and source text (multi-line texts by their first line).
messages() {
    awk '/<name>/ { gsub(/.*<name>|<\/name>.*/, ""); ctx = $0 }
         /<source>/ { line = $0; sub(/.*<source>/, "", line); sub(/<\/source>.*/, "", line); print ctx "\t" line }' "$1" | sort -u
}
messages "$tmp/current.ts" >"$tmp/code"
messages "$ts" >"$tmp/committed"
missing=$(comm -23 "$tmp/code" "$tmp/committed")
count=$(wc -l <"$tmp/code")
if [ -n "$missing" ]; then
    echo "Messages in the code but not in $(basename "$ts") (run: cmake --build BUILD --target update_translations):"
    echo "$missing"
    exit 1
fi
echo "check-translations: all $count messages of the code are in $(basename "$ts")"

#!/usr/bin/env bash
# Fails when the build uses something that no package of tools/install-deps.sh provides.
#
#   check-dependencies.sh [--without PACKAGE]... BUILD_DIR INSTALL_DEPS_SCRIPT PROGRAM...
#
# --without drops a package from the list, to show that the check notices it missing.
#
# What the build used: every CMake package directory (*_DIR:PATH) in BUILD_DIR/CMakeCache.txt and
# every shared library the programs link (ldd). For each, dpkg -S names the owning package,
# which must be in install-deps.sh's list or in the dependency closure of that list without
# recommends or suggests (what `apt-get install --no-install-recommends` brings on a fresh
# machine). Exit 0: all provided; 1: something is not; 2: cannot check (not Debian, bad input).
set -uo pipefail

without=()
while [ "${1:-}" = "--without" ]; do
    without+=("${2:?--without needs a package name}")
    shift 2
done
build=${1:?usage: check-dependencies.sh BUILD_DIR INSTALL_DEPS_SCRIPT PROGRAM...}
deps_script=${2:?usage: check-dependencies.sh BUILD_DIR INSTALL_DEPS_SCRIPT PROGRAM...}
shift 2
programs=("$@")

for tool in dpkg dpkg-query apt-cache ldd; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-dependencies: $tool not found: this check needs a Debian system" >&2
        exit 2
    fi
done
cache="$build/CMakeCache.txt"
if [ ! -f "$cache" ]; then
    echo "check-dependencies: $cache not found: configure the build first" >&2
    exit 2
fi

listed=()
while IFS= read -r p; do
    keep=1
    for w in "${without[@]}"; do
        [ "$p" = "$w" ] && keep=0
    done
    [ "$keep" = 1 ] && listed+=("$p")
done < <(bash "$deps_script" --list)
if [ ${#listed[@]} -eq 0 ]; then
    echo "check-dependencies: $deps_script --list printed no packages" >&2
    exit 2
fi

# The closure: every package name apt-cache prints at the start of a line (indented lines
# are the dependency fields; <name> is a virtual package, whose providers appear unindented).
declare -A provided=()
while IFS= read -r line; do
    case "$line" in
        " "* | "<"* | "") ;;
        *) provided["${line%%:*}"]=1 ;;
    esac
done < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${listed[@]}" 2>/dev/null)
for p in "${listed[@]}"; do
    provided["$p"]=1
done
if [ ${#provided[@]} -le ${#listed[@]} ]; then
    echo "check-dependencies: apt-cache depends found no dependencies (run apt-get update)" >&2
    exit 2
fi

# The package owning a file, trying the /lib <-> /usr/lib spelling dpkg may know it by.
owner() {
    local f=$1 candidates=("$1") out
    candidates+=("$(readlink -f "$f")")
    case "$f" in
        /usr/lib/*) candidates+=("${f#/usr}") ;;
        /lib/*) candidates+=("/usr$f") ;;
    esac
    for c in "${candidates[@]}"; do
        out=$(dpkg -S "$c" 2>/dev/null | grep -v '^diversion' | head -n 1) || true
        if [ -n "$out" ]; then
            out=${out%%: *}
            out=${out%%,*}
            echo "${out%%:*}"
            return 0
        fi
    done
    return 1
}

failures=0
checked=0
check() {
    local what=$1 file=$2 pkg
    checked=$((checked + 1))
    if ! pkg=$(owner "$file"); then
        echo "NOT FROM A PACKAGE: $what ($file)"
        failures=$((failures + 1))
        return
    fi
    if [ -z "${provided[$pkg]:-}" ]; then
        echo "MISSING: $what comes from package $pkg, which tools/install-deps.sh does not install"
        failures=$((failures + 1))
    fi
}

while IFS= read -r entry; do
    name=${entry%%:*}
    dir=${entry#*=}
    case "$dir" in *-NOTFOUND | "") continue ;; esac
    [ -d "$dir" ] || continue
    file=$(find "$dir" -maxdepth 1 -type f \( -name '*Config.cmake' -o -name '*-config.cmake' \) | sort | head -n 1)
    [ -n "$file" ] || file=$(find "$dir" -maxdepth 1 -type f | sort | head -n 1)
    [ -n "$file" ] || continue
    check "CMake package $name" "$file"
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=' "$cache")

for prog in "${programs[@]}"; do
    if [ ! -x "$prog" ]; then
        echo "check-dependencies: program $prog not built" >&2
        exit 2
    fi
    while IFS= read -r lib; do
        check "$(basename "$prog") links $(basename "$lib")" "$lib"
    done < <(ldd "$prog" | awk '/=> \// { print $3 } /^\t\/[^ ]+ \(/ { print $1 }')
done

echo "check-dependencies: $checked files checked, ${#listed[@]} packages listed, ${#provided[@]} in their closure, $failures not provided"
[ "$failures" -eq 0 ]

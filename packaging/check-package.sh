#!/usr/bin/env bash
# Builds the Debian package and checks it (ctest package_deb):
#
#   check-package.sh BUILD_DIR PACKAGING_DIR
#
# - its files (dpkg-deb -c): both programs, desktop entry, icon, AppStream metainfo, man pages,
#   bash completion, the shared database's schema files, copyright;
# - its control data: Depends computed by dpkg-shlibdeps plus the Qt plugins it loads;
# - the metainfo inside it passes appstreamcli validate, the desktop entry desktop-file-validate,
#   and lintian reports no error or warning (no overrides: none were needed);
# - as root with CONTACTDESK_INSTALL_TEST=1 (tools/test.sh sets it): apt-get installs it with
#   its dependencies, /usr/bin/contactdesk --version and /usr/bin/contactdesk-admin --version
#   run, and it is purged again. A machine where contactdesk is already installed is left alone.
set -uo pipefail
build=${1:?usage: check-package.sh BUILD_DIR PACKAGING_DIR}
packaging=${2:?usage: check-package.sh BUILD_DIR PACKAGING_DIR}
src=$(cd "$packaging/.." && pwd)

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

for tool in cpack dpkg-deb appstreamcli desktop-file-validate lintian; do
    command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool not found (tools/install-deps.sh installs it)"; exit 1; }
done

out=$(mktemp -d /tmp/contactdesk-package.XXXXXX)
trap 'rm -rf "$out"' EXIT
if ! (cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1); then
    cat "$out/cpack.log"
    echo "FAIL: cpack could not build the package"
    exit 1
fi
deb=$(ls "$out"/contactdesk_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$out/cpack.log"; echo "FAIL: no contactdesk_*.deb written"; exit 1; }
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
expect=(
    /usr/bin/contactdesk
    /usr/bin/contactdesk-admin
    /usr/share/applications/contactdesk.desktop
    /usr/share/icons/hicolor/scalable/apps/contactdesk.svg
    /usr/share/metainfo/invalid.contactdesk.contactdesk.metainfo.xml
    /usr/share/man/man1/contactdesk.1.gz
    /usr/share/man/man1/contactdesk-admin.1.gz
    /usr/share/bash-completion/completions/contactdesk
    /usr/share/bash-completion/completions/contactdesk-admin
    /usr/share/doc/contactdesk/copyright
    /usr/share/doc/contactdesk/changelog.gz
)
for f in "$src"/resources/server/*.sql; do
    expect+=("/usr/share/contactdesk/server/$(basename "$f")")
done
for f in "${expect[@]}"; do
    grep -qx "$f" <<<"$contents" || fail "the package lacks $f"
done

control=$(dpkg-deb -f "$deb" Package Version Architecture Depends)
echo "$control"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins; do
    grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || fail "Depends lacks $d"
done

x="$out/root"
dpkg-deb -x "$deb" "$x"
appstreamcli validate --no-net "$x/usr/share/metainfo/invalid.contactdesk.contactdesk.metainfo.xml" ||
    fail "appstreamcli validate refuses the metainfo"
desktop-file-validate "$x/usr/share/applications/contactdesk.desktop" || fail "desktop entry invalid"
# The man pages in the package are the programs' own --help-man.
for p in contactdesk contactdesk-admin; do
    if ! cmp -s <(gzip -dc "$x/usr/share/man/man1/$p.1.gz") <(LC_ALL=C.UTF-8 LANGUAGE= "$build/bin/$p" --help-man); then
        fail "$p.1.gz differs from $p --help-man"
    fi
done

# --fail-on warning: warnings count too. An exception would go in an overrides file the package
# installs (/usr/share/lintian/overrides/contactdesk), each with its reason.
lintian_log="$out/lintian.log"
lintian --fail-on error,warning --tag-display-limit 0 "$deb" >"$lintian_log" 2>&1
lintian_rc=$?
cat "$lintian_log"
[ "$lintian_rc" -eq 0 ] || fail "lintian: errors or warnings (see above)"

if [ "$(id -u)" = 0 ] && [ "${CONTACTDESK_INSTALL_TEST:-0}" = 1 ]; then
    if dpkg-query -W -f='${Status}' contactdesk 2>/dev/null | grep -q "install ok installed"; then
        echo "contactdesk is already installed here: not installing over it"
    else
        export DEBIAN_FRONTEND=noninteractive
        if apt-get install -y -q "$deb" >"$out/install.log" 2>&1; then
            v=$(/usr/bin/contactdesk --version 2>&1)
            echo "installed: $v"
            [ "$v" = "contactdesk $(dpkg-deb -f "$deb" Version)" ] || fail "/usr/bin/contactdesk --version said: $v"
            v=$(/usr/bin/contactdesk-admin --version 2>&1)
            echo "installed: $v"
            [ "$v" = "contactdesk-admin $(dpkg-deb -f "$deb" Version)" ] || fail "/usr/bin/contactdesk-admin --version said: $v"
            /usr/bin/contactdesk-admin --help >/dev/null || fail "/usr/bin/contactdesk-admin --help failed"
            man -w contactdesk-admin >/dev/null 2>&1 || fail "man cannot find contactdesk-admin(1)"
        else
            cat "$out/install.log"
            fail "apt-get install of the package failed"
        fi
        apt-get purge -y -q contactdesk >"$out/purge.log" 2>&1 || { cat "$out/purge.log"; fail "apt-get purge failed"; }
        [ ! -e /usr/bin/contactdesk ] || fail "/usr/bin/contactdesk is still there after the purge"
    fi
else
    echo "not installing: run as root with CONTACTDESK_INSTALL_TEST=1 (tools/test.sh does)"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) with the package"
    exit 1
fi
echo "package checked"

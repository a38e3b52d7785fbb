#!/usr/bin/env bash
# Runs a command beside a private PostgreSQL server made for it: initdb in a new temporary
# folder (as the postgres user when run as root, since initdb refuses root), listening on a
# private port and socket folder, and stopped and removed when the command ends, pass or fail.
#
# The command sees:
#   CONTACTDESK_TEST_PG       libpq conninfo for the superuser over the socket (trust)
#   CONTACTDESK_TEST_PG_HOST  127.0.0.1, CONTACTDESK_TEST_PG_PORT  the private port
#                             (TCP logins need a password: scram-sha-256)
#   CONTACTDESK_TEST_PG_SUPERPASS  the superuser's password for TCP logins
#   CONTACTDESK_TEST_PG_CTL   a script taking pg_ctl arguments for this server (stop/start
#                             in fault tests), e.g. "$CONTACTDESK_TEST_PG_CTL stop -m immediate"
set -euo pipefail

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    echo "with-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi

dir=$(mktemp -d /tmp/contactdesk-pg.XXXXXX)
chmod 755 "$dir"
mkdir -p "$dir/sock"
as_pg=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$dir" "$dir/sock"
    as_pg=(runuser -u postgres --)
fi

pick_port() {
    local p
    for _ in $(seq 1 50); do
        p=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return
        fi
    done
    echo 25432
}
port=${CONTACTDESK_TEST_PG_PORT:-$(pick_port)}
superpass="contactdesk-test-$RANDOM$RANDOM"
printf '%s\n' "$superpass" >"$dir/pwfile"
[ "$(id -u)" = 0 ] && chown postgres "$dir/pwfile"

cat >"$dir/pg_ctl.sh" <<EOS
#!/usr/bin/env bash
exec ${as_pg[*]} "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" "\$@"
EOS
chmod 755 "$dir/pg_ctl.sh"

cleanup() {
    local rc=$?
    "$dir/pg_ctl.sh" stop -m fast >/dev/null 2>&1 || "$dir/pg_ctl.sh" stop -m immediate >/dev/null 2>&1 || true
    if [ $rc -ne 0 ] && [ -f "$dir/server.log" ]; then
        echo "with-postgres: last lines of the server log:" >&2
        tail -n 20 "$dir/server.log" >&2 || true
    fi
    rm -rf "$dir"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${as_pg[@]}" "$pgbin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
"$dir/pg_ctl.sh" start >/dev/null

export CONTACTDESK_TEST_PG="host=$dir/sock port=$port user=postgres dbname=postgres"
export CONTACTDESK_TEST_PG_HOST=127.0.0.1
export CONTACTDESK_TEST_PG_PORT=$port
export CONTACTDESK_TEST_PG_SOCKET=$dir/sock
export CONTACTDESK_TEST_PG_SUPERPASS=$superpass
export CONTACTDESK_TEST_PG_CTL=$dir/pg_ctl.sh
# Tests that need the server fail, rather than skip, when it is missing.
export CONTACTDESK_REQUIRE_PG=1
echo "with-postgres: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $port" >&2
"$@"

#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the back-end tests, on a loopback port only.
#
#   eval "$(tests/pg_cluster.sh start)"   # exports PAKRU_TEST_PG; the tests then run on both
#   tests/pg_cluster.sh stop
#
# The cluster lives in a temporary folder (PAKRU_PG_DIR, default /tmp/pakru-pg-<port>), runs
# as the invoking user (as the unprivileged postgres user when invoked as root: the server
# refuses to run as root), with trust authentication on 127.0.0.1 only, a UTF-8 C.UTF-8
# locale (so Cyrillic case folds) and no fsync: nothing in it outlives the tests.
set -euo pipefail
port="${PAKRU_PG_PORT:-54329}"
folder="${PAKRU_PG_DIR:-/tmp/pakru-pg-$port}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin" ] || bin="$(dirname "$(command -v pg_ctl)")"

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
start)
    if [ ! -d "$folder/data" ]; then
        mkdir -p "$folder"
        [ "$(id -u)" -ne 0 ] || chown postgres "$folder"
        as_owner "$bin/initdb" -D "$folder/data" -A trust -U postgres -E UTF8 \
            --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
            || { cat "$folder/initdb.log" >&2; exit 1; }
    fi
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start \
        -o "-h 127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
    echo "export PAKRU_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    [ ! -d "$folder/data" ] || as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
    rm -rf "$folder"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the hub's store tests.
#
#   scripts/postgres-test-cluster.sh start DIR   initdb's a cluster in DIR (created if missing), starts it on
#                                                127.0.0.1 and a free port, and prints its connection URL
#                                                (also written to DIR/url)
#   scripts/postgres-test-cluster.sh stop DIR    stops it (DIR can then be deleted)
#   scripts/postgres-test-cluster.sh resume DIR  starts a stopped cluster again, on the same port and data
#                                                (the hub's reliability tests stop and resume one mid-run)
#
# PostgreSQL refuses to run as root: as root the cluster runs as the system user playbook-pg
# (created when missing). The server comes from Debian's postgresql package, installed when missing.
# Only for tests: trust authentication on loopback, fsync off (POSTGRES_CLUSTER_DURABLE=1: on).
set -euo pipefail

usage() { echo "usage: $0 start|stop|resume DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2
pg_user=playbook-pg

sudo=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then return 1; fi
  echo "$found"
}

install_postgres() {
  echo "installing: postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq postgresql >/dev/null
}

# Runs a command as the cluster's owner: playbook-pg when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u "$pg_user" -- "$@")
  else
    "$@"
  fi
}

# Starts the cluster in DIR/data on 127.0.0.1:$2 (socket in DIR), not waiting for disk writes
# unless POSTGRES_CLUSTER_DURABLE=1 (the benchmarks: commits flushed to disk, as in production).
start_server() {
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${POSTGRES_CLUSTER_DURABLE:-0}" = 1 ] && durability=""
  as_owner "$1/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $2 -k $dir $durability" \
    start >/dev/null || { cat "$dir/data/server.log" >&2; exit 1; }
}

case "$action" in
  start)
    bin=$(pg_bin) || { install_postgres; bin=$(pg_bin); } || { echo "error: no initdb after installing postgresql" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
      id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
      chown "$pg_user" "$dir"
      # The owner must reach DIR through its parents (mktemp's folders are private to root).
      chmod o+x "$(dirname "$dir")" 2>/dev/null || true
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$bin/initdb" -D "$dir/data" -U playbook --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    start_server "$bin" "$port"
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U playbook playbook_test
    url="postgres://playbook@127.0.0.1:$port/playbook_test"
    echo "$url" > "$dir/url"
    echo "$url"
    ;;
  stop)
    bin=$(pg_bin) || exit 0
    [ -f "$dir/data/postmaster.pid" ] || exit 0
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  resume)
    bin=$(pg_bin) || { echo "error: no PostgreSQL installed" >&2; exit 1; }
    dir=$(cd "$dir" && pwd)
    [ -f "$dir/url" ] || { echo "error: no cluster in $dir (start one first)" >&2; exit 1; }
    port=$(sed -E 's|.*:([0-9]+)/.*|\1|' "$dir/url")
    start_server "$bin" "$port"
    ;;
  *) usage ;;
esac

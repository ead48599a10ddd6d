#!/usr/bin/env bash
# A PostgreSQL server of its own for a fault test that stops it hard, so that the server the rest of the suite shares
# never goes down: made with initdb in ${TMPDIR:-/tmp}/pythoncareers-postgres-NAME, listening on a Unix socket in that
# folder only (no TCP port to collide with another server), trusting local connections, so no password exists.
#   scripts/fault-database.sh start NAME    makes it the first time, starts it (crash recovery after a hard stop) and
#                                           prints its connection string without a database: Host=...;Port=...;Username=...
#   scripts/fault-database.sh stop NAME     pg_ctl stop -m immediate: as a crash would, no checkpoint, every connection cut
#   scripts/fault-database.sh remove NAME   stops it the same way and deletes its folder
# Like the replica, it runs as the postgres user for root and as the caller otherwise. A test run that was killed leaves
# its server running: the next run's `remove` of the same NAME (the tests derive it from PYTHONCAREERS_DATABASE, as they
# do their databases' names) stops and deletes it before making a new one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/database.sh

fault_log() { printf '[fault-database] %s\n' "$*" >&2; }

if [ "$#" -ne 2 ] || ! [[ "$2" =~ ^[A-Za-z0-9_-]+$ ]]; then
  echo "usage: scripts/fault-database.sh start|stop|remove NAME (letters, digits, _ and -)" >&2
  exit 2
fi
command="$1"
folder="${TMPDIR:-/tmp}/pythoncareers-postgres-$2"
data="$folder/data"
port=5432

install_postgres_if_missing
choose_server_owner
bin="$(postgres_bin)"

server_running() { [ -f "$data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

make_server() {
  fault_log "making a PostgreSQL server in $folder"
  as_owner mkdir -p -m 700 "$folder"
  as_owner "$bin/initdb" -D "$data" -U "$server_owner" --auth=trust --encoding=UTF8 --no-locale --no-sync >/dev/null
  # Its data need not outlive the machine, so it skips fsync; the test runs two instances' pools against it.
  printf "listen_addresses = ''\nunix_socket_directories = '%s'\nport = %s\nfsync = off\nshared_buffers = '32MB'\nmax_connections = 200\n" \
    "$folder" "$port" | as_owner tee -a "$data/postgresql.conf" >/dev/null
}

start() {
  [ -f "$data/PG_VERSION" ] || make_server
  if ! server_running; then
    as_owner "$bin/pg_ctl" -D "$data" -l "$folder/server.log" -w -t 60 start >/dev/null
  fi
  printf 'Host=%s;Port=%s;Username=%s\n' "$folder" "$port" "$server_owner"
}

stop() {
  if server_running; then
    as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null
  fi
}

remove() {
  stop
  rm -rf "$folder"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  remove) remove ;;
  *) echo "usage: scripts/fault-database.sh start|stop|remove NAME" >&2; exit 2 ;;
esac

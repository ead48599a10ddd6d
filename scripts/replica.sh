#!/usr/bin/env bash
# A hot standby of the local PostgreSQL cluster on a second port, for ConnectionStrings:ReadReplica.
#   scripts/replica.sh start    makes it with pg_basebackup the first time, starts it, waits until it streams
#   scripts/replica.sh stop     stops it (its data directory stays, so the next start only catches up)
#   scripts/replica.sh remove   stops it and deletes its data directory
#   scripts/replica.sh pause|resume   holds or releases the replay of the primary's changes (the tests' way to tell
#                               a page read from the standby from one read from the primary: only a superuser may)
# REPLICA_PORT (default 5433) chooses the port; the standby listens on the primary's socket directory only, no TCP.
# The primary is the cluster scripts/database.sh prepares (or the socket ConnectionStrings__Default names). The standby
# runs as the primary's owner: the postgres user for root (through Debian's `local replication all peer` line), the
# caller for the private .pgdata cluster (trusted locally by initdb). It uses no replication slot, so a standby left
# stopped never makes the primary keep WAL; one that stayed away too long to catch up is made again from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/database.sh

replica_port="${REPLICA_PORT:-5433}"

replica_log() { printf '[replica] %s\n' "$*" >&2; }

# Finds the primary's socket directory and port: ConnectionStrings__Default's when set, else the cluster database.sh starts.
find_primary() {
  if [ -n "${ConnectionStrings__Default:-}" ]; then
    primary_host="$(printf '%s' "$ConnectionStrings__Default" | tr ';' '\n' | sed -n 's/^[[:space:]]*\(Host\|Server\)[[:space:]]*=[[:space:]]*//Ip' | head -n 1)"
    primary_port="$(printf '%s' "$ConnectionStrings__Default" | tr ';' '\n' | sed -n 's/^[[:space:]]*Port[[:space:]]*=[[:space:]]*//Ip' | head -n 1)"
    primary_port="${primary_port:-5432}"
    case "$primary_host" in
      /*) ;;
      *) replica_log "ConnectionStrings__Default names $primary_host: the replica is made only of a cluster on this machine's Unix socket"; return 1 ;;
    esac
  else
    ensure_database
    primary_host="$socket_dir"
    primary_port="$socket_port"
  fi
}

# Who owns the primary's files, and where the standby's own data directory goes.
choose_owner() {
  choose_server_owner
  primary_user="$server_owner"
  if [ "$(id -u)" -eq 0 ]; then
    replica_data="$(getent passwd postgres | cut -d: -f6)/pythoncareers-replica-$replica_port"
  else
    replica_data="$repo_root/.pgreplica-$replica_port"
  fi
  bin="$(postgres_bin)"
}

primary_sql() { as_owner psql -h "$primary_host" -p "$primary_port" -U "$primary_user" -d postgres -tAXc "$1"; }
replica_sql() { as_owner psql -h "$primary_host" -p "$replica_port" -U "$primary_user" -d postgres -tAXc "$1"; }

replica_running() { [ -f "$replica_data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$replica_data" status >/dev/null 2>&1; }

# A standby needs a replication line in pg_hba.conf for the primary's owner over the socket; Debian's default has one.
allow_local_replication() {
  if [ "$(primary_sql "SELECT count(*) FROM pg_hba_file_rules WHERE type = 'local' AND 'replication' = ANY(database) AND (user_name && ARRAY['all', '$primary_user'])")" = 0 ]; then
    local hba
    hba="$(primary_sql "SHOW hba_file")"
    replica_log "allowing local replication for $primary_user in $hba"
    printf 'local   replication     %s                                peer\n' "$primary_user" >>"$hba"
    primary_sql "SELECT pg_reload_conf()" >/dev/null
  fi
}

make_standby() {
  replica_log "making a standby of $primary_host:$primary_port in $replica_data (pg_basebackup)"
  as_owner rm -rf "$replica_data"
  as_owner "$bin/pg_basebackup" -h "$primary_host" -p "$primary_port" -U "$primary_user" -D "$replica_data" \
    --wal-method=stream --write-recovery-conf --checkpoint=fast --no-sync
  # A standby must allow at least as many connections, locks and workers as its primary, or it refuses to start.
  # Debian keeps the configuration outside the data directory, so the standby gets its own, reusing the primary's
  # pg_hba.conf and pg_ident.conf. It skips fsync, as the copy itself does (--no-sync): a standby lost with the machine is
  # made again, and with fsync on its first start syncs the whole copied data directory first, which on a shared build
  # machine whose server holds every engineer's test databases took more than the minute start is given.
  local name
  {
    printf "port = %s\nlisten_addresses = ''\nunix_socket_directories = '%s'\nhot_standby = on\nshared_buffers = '32MB'\nfsync = off\n" \
      "$replica_port" "$primary_host"
    for name in max_connections max_prepared_transactions max_locks_per_transaction max_wal_senders max_worker_processes; do
      printf '%s = %s\n' "$name" "$(primary_sql "SHOW $name")"
    done
    printf "hba_file = '%s'\nident_file = '%s'\n" "$(primary_sql "SHOW hba_file")" "$(primary_sql "SHOW ident_file")"
  } | as_owner tee "$replica_data/postgresql.conf" >/dev/null
}

start_standby() {
  as_owner "$bin/pg_ctl" -D "$replica_data" -l "$replica_data/server.log" -w -t 60 start >/dev/null
}

# True once the standby receives WAL from the primary (up to 20 s).
wait_for_streaming() {
  local tries
  for tries in $(seq 1 40); do
    if [ "$(replica_sql "SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'" 2>/dev/null)" = 1 ]; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}

start() {
  find_primary
  choose_owner
  if replica_running; then
    replica_log "the standby on port $replica_port is already running"
    return 0
  fi
  allow_local_replication
  # A standby made before the primary allowed more connections would refuse to start: make it again.
  if [ ! -f "$replica_data/standby.signal" ] \
    || ! grep -qx "max_connections = $(primary_sql "SHOW max_connections")" "$replica_data/postgresql.conf"; then
    make_standby
  fi
  replica_log "starting the standby on port $replica_port"
  start_standby
  if ! wait_for_streaming; then
    replica_log "the standby cannot catch up with the primary (its WAL is gone): making it again"
    as_owner "$bin/pg_ctl" -D "$replica_data" -m fast -w stop >/dev/null
    make_standby
    start_standby
    wait_for_streaming
  fi
  replica_log "streaming: Host=$primary_host;Port=$replica_port"
}

stop() {
  find_primary
  choose_owner
  if replica_running; then
    replica_log "stopping the standby on port $replica_port"
    as_owner "$bin/pg_ctl" -D "$replica_data" -m fast -w stop >/dev/null
  fi
}

remove() {
  stop
  replica_log "deleting $replica_data"
  as_owner rm -rf "$replica_data"
}

# Waits until replay has actually stopped, so that nothing the caller writes next reaches the standby's pages.
pause() {
  find_primary
  choose_owner
  replica_sql "SELECT pg_wal_replay_pause()" >/dev/null
  local tries
  for tries in $(seq 1 40); do
    if [ "$(replica_sql "SELECT pg_get_wal_replay_pause_state()")" = paused ]; then
      return 0
    fi
    sleep 0.25
  done
  replica_log "replay on port $replica_port did not pause within 10 s"
  return 1
}

resume() {
  find_primary
  choose_owner
  replica_sql "SELECT pg_wal_replay_resume()" >/dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  remove) remove ;;
  pause) pause ;;
  resume) resume ;;
  *) printf 'usage: %s start|stop|remove|pause|resume\n' "$0" >&2; exit 2 ;;
esac

# Sourced by run.sh and test.sh: makes sure a PostgreSQL server and the pythoncareers database exist,
# then exports ConnectionStrings__Default. No password is ever stored: the connection uses a Unix socket.
#   - ConnectionStrings__Default already set: use that server as it is.
#   - root (CI and the project's build machines): start the machine's cluster, create a role named root.
#   - anyone else: a project-private cluster in .pgdata/, listening on a socket only.

database_name="${PYTHONCAREERS_DATABASE:-pythoncareers}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '[database] %s\n' "$*" >&2; }

install_postgres_if_missing() {
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
      log "installing PostgreSQL"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      log "PostgreSQL is not installed: install it (for example: sudo apt-get install postgresql) or set ConnectionStrings__Default."
      return 1
    fi
  fi
}

postgres_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$bin" ]; then printf '%s' "$bin"; else dirname "$(command -v pg_ctl)"; fi
}

# Who owns and runs the servers made beside the main one (the replica, the fault tests' own): the postgres user for root,
# since PostgreSQL refuses to run as root, and the caller otherwise. Sets server_owner; as_owner runs a command as them.
choose_server_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    as_owner() { runuser -u postgres -- "$@"; }
    server_owner=postgres
  else
    as_owner() { "$@"; }
    server_owner="$(id -un)"
  fi
}

# Enough for the test suite's many sites and their pools at once.
max_connections=300

start_machine_cluster() {
  local version cluster port
  read -r version cluster port < <(pg_lsclusters --no-header | awk 'NR==1 {print $1, $2, $3}') || true
  if [ -z "${version:-}" ]; then
    log "no PostgreSQL cluster on this machine: creating one"
    version="$(basename "$(dirname "$(postgres_bin)")")"
    pg_createcluster "$version" main >/dev/null
    cluster=main
    port=5432
  fi
  if ! pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1; then
    log "starting PostgreSQL $version/$cluster"
    pg_ctlcluster "$version" "$cluster" start
  fi
  # The test suite runs many sites at once, each with pools of its own: Debian's 100 connections ran out.
  if [ "$(runuser -u postgres -- psql -p "$port" -tAc "SHOW max_connections")" -lt "$max_connections" ]; then
    log "raising PostgreSQL's max_connections to $max_connections (a restart)"
    runuser -u postgres -- psql -p "$port" -qc "ALTER SYSTEM SET max_connections = $max_connections"
    pg_ctlcluster "$version" "$cluster" restart
  fi
  if ! runuser -u postgres -- psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'root'" | grep -q 1; then
    log "creating database role root"
    runuser -u postgres -- psql -p "$port" -qc "CREATE ROLE root LOGIN CREATEDB"
  fi
  socket_dir=/var/run/postgresql
  socket_port="$port"
}

start_private_cluster() {
  local bin data
  bin="$(postgres_bin)"
  data="$repo_root/.pgdata"
  socket_dir="$data/socket"
  socket_port=5432
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a private PostgreSQL cluster in $data"
    "$bin/initdb" -D "$data" -U "$(id -un)" --auth=trust --encoding=UTF8 --no-locale >/dev/null
    mkdir -p "$socket_dir"
    chmod 700 "$data" "$socket_dir"
  fi
  if ! "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "starting the private PostgreSQL cluster"
    "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
      -o "-c listen_addresses='' -k '$socket_dir' -p $socket_port -c max_connections=$max_connections" start >/dev/null
  fi
}

ensure_database() {
  if [ -n "${ConnectionStrings__Default:-}" ]; then
    log "using the server in ConnectionStrings__Default"
    return 0
  fi
  install_postgres_if_missing || return 1
  if [ "$(id -u)" -eq 0 ]; then start_machine_cluster; else start_private_cluster; fi
  local user
  user="$(id -un)"
  if ! psql -h "$socket_dir" -p "$socket_port" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database_name'" | grep -q 1; then
    log "creating database $database_name"
    createdb -h "$socket_dir" -p "$socket_port" "$database_name"
  fi
  export ConnectionStrings__Default="Host=$socket_dir;Port=$socket_port;Database=$database_name;Username=$user"
}

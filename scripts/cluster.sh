#!/usr/bin/env bash
# The deployment of docker-compose.yml without Docker, over the local PostgreSQL: Redis, two site instances (Production,
# a database of their own, migrated first by the site's migrate command) and nginx in front with the repository's
# config, serving https with a certificate made here, so that the site's Secure, __Host- cookies work as in production.
#   scripts/cluster.sh start   starts everything, returns once nginx and both instances answer
#   scripts/cluster.sh stop    stops what start started
#   scripts/cluster.sh stop-redis|start-redis   takes the running cluster's Redis away and gives it back on its port,
#                              as an outage would (the fault tests' way to stop it)
#   scripts/cluster.sh proxy   starts nginx alone, as start does, in front of whatever already answers on the site ports
#                              (scripts/benchmark.sh --nginx puts its bare-Kestrel ceiling there); stop stops it
# Settings (environment):
#   ConnectionStrings__Default        the PostgreSQL server (any database in it; the instances use their own there), as
#                                     scripts/database.sh takes it: by default the local server it prepares
#   PYTHONCAREERS_CLUSTER_PORT        nginx's https port on 127.0.0.1 (5443)
#   PYTHONCAREERS_CLUSTER_SITE_PORTS  the two instances' http ports on 127.0.0.1 ("5081 5082")
#   PYTHONCAREERS_CLUSTER_REDIS_PORT  Redis's port on 127.0.0.1 (6390)
#   PYTHONCAREERS_CLUSTER_DATABASE    the instances' database (<PYTHONCAREERS_DATABASE>_cluster)
#   PYTHONCAREERS_CLUSTER_DIR         where the processes keep their pid files, logs, mail and certificate (.cluster)
#   PYTHONCAREERS_CLUSTER_SITE        the built PythonCareers.Web.dll to run (default: a Release build made here)
#   PYTHONCAREERS_CLUSTER_TLS         "off": nginx serves plain http, and the site's public origin is http (default: on)
# nginx connects to the instances from 127.0.0.2, the one address they take forwarded headers from: a client on this
# host (127.0.0.1) that talks to an instance directly cannot choose the address it is seen with.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

port="${PYTHONCAREERS_CLUSTER_PORT:-5443}"
read -r -a site_ports <<<"${PYTHONCAREERS_CLUSTER_SITE_PORTS:-5081 5082}"
redis_port="${PYTHONCAREERS_CLUSTER_REDIS_PORT:-6390}"
run="${PYTHONCAREERS_CLUSTER_DIR:-$repo/.cluster}"
proxy_address=127.0.0.2
tls="${PYTHONCAREERS_CLUSTER_TLS:-on}"
if [ "$tls" = off ]; then origin="http://localhost:$port"; else origin="https://localhost:$port"; fi

cluster_log() { printf '[cluster] %s\n' "$*" >&2; }

# running PIDFILE: whether the process named in the pid file is alive.
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# wait_for DESCRIPTION COMMAND...: retries the command for up to two minutes (the build machines are shared and slow).
wait_for() {
  local description="$1"
  shift
  for _ in $(seq 240); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  cluster_log "$description did not come up; logs are in $run"
  exit 1
}

start_redis() {
  mkdir -p "$run/redis"
  redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$run/redis" \
    --daemonize yes --pidfile "$run/redis.pid" --logfile "$run/redis.log"
  wait_for "Redis on port $redis_port" redis-cli -p "$redis_port" ping
}

make_certificate() {
  [ -f "$run/tls/cert.pem" ] && return 0
  mkdir -p "$run/tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$run/tls/key.pem" -out "$run/tls/cert.pem" 2>/dev/null
  chmod 600 "$run/tls/key.pem"
}

# The instances' environment: Production, their own database, Redis, the public https origin nginx serves, forwarded
# headers from nginx's address only, and mail into a folder instead of out.
site_environment() {
  export ASPNETCORE_ENVIRONMENT=Production
  export ConnectionStrings__Default="$cluster_connection"
  export ConnectionStrings__Redis="127.0.0.1:$redis_port"
  export Site__PublicOrigin="$origin"
  export ForwardedHeaders__KnownProxies__0="$proxy_address"
  export Email__PickupDirectory="$run/mail"
}

start_site() {
  local site_port="$1"
  # In a session of its own, with no terminal and no inherited output, so it outlives this script and whoever ran it
  # is not kept waiting on its output. From the project folder, its content root (wwwroot, appsettings.json).
  (
    site_environment
    cd src/PythonCareers.Web
    exec setsid dotnet "$site" --urls "http://127.0.0.1:$site_port" </dev/null >"$run/site-$site_port.log" 2>&1
  ) &
  echo $! >"$run/site-$site_port.pid"
}

write_nginx_config() {
  local conf="$run/nginx/conf" site_port
  mkdir -p "$conf/careers" "$run/nginx/logs" "$run/nginx/temp"
  {
    echo "# Written by scripts/cluster.sh: the instances of this cluster."
    for site_port in "${site_ports[@]}"; do
      echo "server 127.0.0.1:$site_port max_fails=1 fail_timeout=10s;"
    done
  } >"$conf/careers/upstream.conf"
  local listener="listen 127.0.0.1:$port ssl;
ssl_certificate $run/tls/cert.pem;
ssl_certificate_key $run/tls/key.pem;"
  if [ "$tls" = off ]; then listener="listen 127.0.0.1:$port;"; fi
  cat >"$conf/careers/server.conf" <<EOF
# Written by scripts/cluster.sh: $origin on 127.0.0.1:$port, connecting to the instances from $proxy_address.
$listener
proxy_bind $proxy_address;
access_log $run/nginx/logs/access.log careers;
EOF
  cat >"$conf/nginx.conf" <<EOF
# Written by scripts/cluster.sh: a private nginx (its own pid, logs and temporary files) around the repository's config.
worker_processes 1;
pid $run/nginx/nginx.pid;
error_log $run/nginx/logs/error.log warn;
events {
    worker_connections 1024;
}
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $run/nginx/temp/body;
    proxy_temp_path $run/nginx/temp/proxy;
    fastcgi_temp_path $run/nginx/temp/fastcgi;
    uwsgi_temp_path $run/nginx/temp/uwsgi;
    scgi_temp_path $run/nginx/temp/scgi;
    include $repo/deploy/nginx/careers.conf;
}
EOF
  # nginx started by root runs its workers as nobody, who must be able to write request bodies to disk.
  if [ "$(id -u)" -eq 0 ]; then chown nobody "$run/nginx/temp"; fi
}

start() {
  if [ "${#site_ports[@]}" -ne 2 ]; then
    cluster_log "PYTHONCAREERS_CLUSTER_SITE_PORTS must name two ports"
    exit 1
  fi
  local pidfile
  for pidfile in "$run/nginx/nginx.pid" "$run/redis.pid" "$run"/site-*.pid; do
    if running "$pidfile"; then
      cluster_log "a cluster already runs from $run: scripts/cluster.sh stop first"
      exit 1
    fi
  done
  # Whatever part did start is stopped again when a later one fails.
  trap 'status=$?; if [ "$status" -ne 0 ]; then stop; fi' EXIT
  source scripts/packages.sh
  require_commands nginx:nginx redis-server:redis-server redis-cli:redis-tools openssl:openssl curl:curl
  source scripts/database.sh
  ensure_database
  local cluster_database="${PYTHONCAREERS_CLUSTER_DATABASE:-${database_name}_cluster}"
  cluster_connection="$(printf '%s' "$ConnectionStrings__Default" | sed -E "s/(^|;)Database=[^;]*/\1Database=$cluster_database/I")"
  mkdir -p "$run/mail"

  site="${PYTHONCAREERS_CLUSTER_SITE:-}"
  if [ -z "$site" ]; then
    cluster_log "building the site (Release)"
    dotnet build src/PythonCareers.Web -c Release -v quiet -nologo >"$run/build.log" || { cat "$run/build.log"; exit 1; }
    site="$repo/src/PythonCareers.Web/bin/Release/net10.0/PythonCareers.Web.dll"
  fi

  cluster_log "migrating $cluster_database"
  (
    site_environment
    cd src/PythonCareers.Web
    dotnet "$site" migrate </dev/null >"$run/migrate.log" 2>&1
  ) || { cat "$run/migrate.log"; exit 1; }

  start_redis
  make_certificate
  local site_port
  for site_port in "${site_ports[@]}"; do
    start_site "$site_port"
  done
  for site_port in "${site_ports[@]}"; do
    wait_for "the instance on port $site_port" curl -fs "http://127.0.0.1:$site_port/health/ready"
  done

  start_nginx
  wait_for "nginx on port $port" curl -fs --cacert "$run/tls/cert.pem" "$origin/health/ready"
  cluster_log "serving $origin (instances on ${site_ports[*]}, Redis on $redis_port, logs in $run)"
}

start_nginx() {
  write_nginx_config
  # -e: the log for what nginx says before it has read the config, which would otherwise go to the system's.
  nginx -p "$run/nginx" -e "$run/nginx/logs/error.log" -c "$run/nginx/conf/nginx.conf" -t -q
  nginx -p "$run/nginx" -e "$run/nginx/logs/error.log" -c "$run/nginx/conf/nginx.conf"
}

proxy() {
  if running "$run/nginx/nginx.pid"; then
    cluster_log "nginx already runs from $run: scripts/cluster.sh stop first"
    exit 1
  fi
  trap 'status=$?; if [ "$status" -ne 0 ]; then stop; fi' EXIT
  source scripts/packages.sh
  require_commands nginx:nginx openssl:openssl curl:curl
  make_certificate
  start_nginx
  # Whatever answers, even a 502: nginx is up, and what is behind it is the caller's.
  wait_for "nginx on port $port" curl -s -o /dev/null --cacert "$run/tls/cert.pem" "$origin/"
  cluster_log "nginx serves $origin in front of ${site_ports[*]}"
}

# stop_process PIDFILE: SIGTERM, then up to 30 s for it to finish its requests and exit.
stop_process() {
  local pid
  running "$1" || { rm -f "$1"; return 0; }
  pid="$(cat "$1")"
  kill "$pid"
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  rm -f "$1"
}

stop() {
  local pidfile
  stop_process "$run/nginx/nginx.pid"
  for pidfile in "$run"/site-*.pid; do
    stop_process "$pidfile"
  done
  stop_process "$run/redis.pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  stop-redis) stop_process "$run/redis.pid" ;;
  start-redis) start_redis ;;
  proxy) proxy ;;
  *)
    echo "usage: scripts/cluster.sh start|stop|stop-redis|start-redis|proxy" >&2
    exit 2
    ;;
esac

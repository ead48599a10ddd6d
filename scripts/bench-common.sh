# Sourced by the benchmark scripts: installs wrk when missing, makes the benchmark database (<database>_bench, afresh, with
# BENCH_POSTINGS generated postings), builds in Release, and defines how to start the site as in production and read wrk.
# Sets: seconds, connections, work (a folder for logs and results), bench (the benchmark tool), bench_connection.

postings="${BENCH_POSTINGS:-100000}"
seconds="${BENCH_SECONDS:-10}"
connections=16

source scripts/packages.sh
require_commands wrk:wrk

source scripts/database.sh
ensure_database
bench_connection="$(printf '%s' "$ConnectionStrings__Default" | sed -E "s/(^|;)Database=[^;]*/\1Database=${database_name}_bench/I")"

work="$(mktemp -d /tmp/bench-XXXXXX)"
site_pids=()
stop_sites() {
  local pid
  for pid in "${site_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
}
trap stop_sites EXIT

dotnet build PythonCareers.sln -c Release -v quiet -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
bench=(dotnet benchmarks/PythonCareers.Benchmarks/bin/Release/net10.0/PythonCareers.Benchmarks.dll)
"${bench[@]}" seed "$bench_connection" "$postings"

# start_site PORT [NAME=VALUE...]: the site as in production, from its project folder (its content root), logging as
# configured to a file, with any extra settings given. Its process id is left in site_pid.
start_site() {
  local origin="http://127.0.0.1:$1"
  shift
  if curl -s -o /dev/null "$origin/health/live"; then
    echo "something already answers on $origin: stop it first" >&2
    exit 1
  fi
  (
    cd src/PythonCareers.Web
    export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="$bench_connection" Site__PublicOrigin="$origin" "$@"
    exec dotnet bin/Release/net10.0/PythonCareers.Web.dll --urls "$origin"
  ) >"$work/site-${origin##*:}.log" 2>&1 &
  site_pid=$!
  site_pids+=("$site_pid")
  for _ in $(seq 60); do
    curl -fs "$origin/health/ready" >/dev/null && return 0
    kill -0 "$site_pid" 2>/dev/null || { cat "$work/site-${origin##*:}.log"; exit 1; }
    sleep 1
  done
  echo "the site on $origin did not get ready" >&2
  exit 1
}

# wrk's summary line in milliseconds: "99%  12.34ms" -> 12.34 (wrk prints us, ms or s).
milliseconds() {
  awk -v want="$1" '$1 == want {
    v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
    print (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }'
}

# Share of the CPU busy over a second: other work on the machine skews the figures.
cpu_busy() {
  local a b total=0 i
  read -ra a < <(head -1 /proc/stat)
  sleep 1
  read -ra b < <(head -1 /proc/stat)
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $((100 - 100 * (b[4] - a[4]) / total))
}

# A log line per request comes to hundreds of megabytes with the cache on: keep the end of each (a cluster's too).
trim_logs() {
  local log
  for log in "$work"/site-*.log "$work"/*/site-*.log; do
    [ -f "$log" ] || continue
    tail -n 1000 "$log" >"$log.tail" && mv "$log.tail" "$log"
  done
}

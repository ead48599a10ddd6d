# Sourced by the benchmark scripts: installs wrk when missing, builds in Release, and defines how to fill the benchmark
# database of a size (use_size), start the site as in production (start_site), read wrk, and query the database.
# Sets: seconds, work (a folder for logs and results), bench (the benchmark tool), BENCH_PASSWORD (made up for this run).

seconds="${BENCH_SECONDS:-10}"

source scripts/packages.sh
require_commands wrk:wrk curl:curl psql:postgresql-client

source scripts/database.sh
ensure_database

work="$(mktemp -d /tmp/bench-XXXXXX)"
site_pids=()
stop_sites() {
  local pid
  for pid in "${site_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  site_pids=()
}
trap stop_sites EXIT

dotnet build benchmarks/PythonCareers.Benchmarks -c Release -v quiet -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
bench=(dotnet benchmarks/PythonCareers.Benchmarks/bin/Release/net10.0/PythonCareers.Benchmarks.dll)

# The benchmark recruiter's password, made up for this run: the seed sets it, the suite signs in with it.
BENCH_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -d '+/=')"
export BENCH_PASSWORD

# use_size POSTINGS: the benchmark database with that many generated postings, <database>_bench_POSTINGS, made once and
# kept for later runs (a million take minutes to make). Sets bench_database, bench_connection, and psql_target for sql.
# Every process of the benchmark keeps at most 16 connections to the server (the site, the baseline and the recording
# alike): at 64 wrk connections each would otherwise open 64, and the shared server's 300 slots run out for everyone.
use_size() {
  bench_database="${database_name}_bench_$1"
  psql_target="$(printf '%s' "$ConnectionStrings__Default" | sed -E "s/(^|;)Database=[^;]*/\1Database=$bench_database/I" |
    sed -E 's/Host=/host=/I; s/Database=/dbname=/I; s/Port=/port=/I; s/Username=/user=/I; s/;/ /g')"
  bench_connection="$(printf '%s' "$ConnectionStrings__Default" | sed -E "s/(^|;)Database=[^;]*/\1Database=$bench_database/I");Maximum Pool Size=16"
  "${bench[@]}" seed "$bench_connection" "$1"
}

# sql STATEMENT: runs it in the benchmark database, printing the rows unaligned.
sql() { psql "$psql_target" -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }

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

# wrk_figures FILE: requests per second, p50, p99 and errors (answers of 400 and above, and socket errors) of a wrk run.
wrk_figures() {
  printf '%s %s %s %s' "$(awk '/^Requests\/sec/ {print $2}' "$1")" "$(milliseconds 50% <"$1")" "$(milliseconds 99% <"$1")" \
    "$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$1")"
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

# load: the CPU's share busy over a second and the load average, for the record beside each run.
load() { echo "CPU $(cpu_busy)% busy, load average $(cut -d' ' -f1-3 /proc/loadavg)"; }

# rss PID: a process's resident memory in MB.
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1 / 1024}'; }

# A log line per request comes to hundreds of megabytes with the cache off: keep the end of each.
trim_logs() {
  local log
  for log in "$work"/site-*.log; do
    [ -f "$log" ] || continue
    tail -n 1000 "$log" >"$log.tail" && mv "$log.tail" "$log"
  done
}

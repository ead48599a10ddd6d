#!/usr/bin/env bash
# Benchmarks /jobs with a keyword and two facets: 100,000 generated postings in a database of their own
# (<database>_bench, made afresh), the site in Release as in production on http://127.0.0.1:5090 and, with the
# output cache off, on :5091; then three runs each of wrk (16 connections) on both and of the same SQL through raw Npgsql
# (16 workers), for the same time. Prints p50/p99 latency and throughput of each, and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."

postings="${BENCH_POSTINGS:-100000}"
seconds="${BENCH_SECONDS:-10}"
connections=16
search='q=django&country=de&workplace=remote'
cached=5090
uncached=5091

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "wrk is not installed: install it (for example: sudo apt-get install wrk)" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

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
# configured to a file, with any extra settings given.
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
  local pid=$!
  site_pids+=("$pid")
  for _ in $(seq 60); do
    curl -fs "$origin/health/ready" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/site-${origin##*:}.log"; exit 1; }
    sleep 1
  done
  echo "the site on $origin did not get ready" >&2
  exit 1
}
start_site "$cached"
start_site "$uncached" PublicPages__CacheSeconds=0
curl -fsS "http://127.0.0.1:$cached/jobs?$search" -o "$work/page.html"
echo "/jobs?$search: $(grep -o '<h2 id="results-title">[^<]*' "$work/page.html" | sed 's/.*>//; s/&#x201C;/“/; s/&#x201D;/”/')"

# wrk's summary line in milliseconds: "99%  12.34ms" -> 12.34 (wrk prints us, ms or s).
milliseconds() {
  awk -v want="$1" '$1 == want {
    v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
    print (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }'
}
# site_run PORT RUN: p50, p99 and requests per second.
site_run() {
  local out="$work/wrk-$1-$2.txt"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$1/jobs?$search" >"$out"
  if grep -qE 'Non-2xx|Socket errors' "$out"; then cat "$out" >&2; exit 1; fi
  printf '%s %s %s' "$(milliseconds 50% <"$out")" "$(milliseconds 99% <"$out")" "$(awk '/^Requests\/sec/ {print $2}' "$out")"
}
raw_run() {
  "${bench[@]}" raw "$bench_connection" "$search" "$seconds" "$connections" | awk '{print $3, $4, $5}'
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

echo "warming up"
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$cached/jobs?$search" >/dev/null
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$uncached/jobs?$search" >/dev/null
echo "SQL statements per page: $("${bench[@]}" raw "$bench_connection" "$search" 2 "$connections" | awk '{print $2}')"

results="$work/results.txt"
for run in 1 2 3; do
  echo "run $run: CPU $(cpu_busy)% busy before it"
  on="$(site_run "$cached" "$run")" && off="$(site_run "$uncached" "$run")" && raw="$(raw_run)" || exit 1
  echo "$run $on $off $raw" >>"$results"
done

awk '
  function median(col,   n, i, j, t, v) {
    n = 0; for (i = 1; i <= NR; i++) v[++n] = row[i, col]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return v[int((n + 1) / 2)]
  }
  function line(name, c) {
    printf "%-7s %8.2fms %8.2fms %9.0f | %8.2fms %8.2fms %9.0f | %8.2fms %8.2fms %9.0f | %8.2f %8.2f\n",
      name, c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12]
  }
  { for (c = 1; c <= 10; c++) row[NR, c] = $c; row[NR, 11] = $4 / $10; row[NR, 12] = $7 / $10 }
  END {
    printf "%-7s %32s | %32s | %32s | %17s\n", "", "site (output cache on)", "site (output cache off)", "raw Npgsql, same SQL", "site/raw"
    printf "%-7s %10s %10s %9s | %10s %10s %9s | %10s %10s %9s | %8s %8s\n",
      "run", "p50", "p99", "req/s", "p50", "p99", "req/s", "p50", "p99", "pages/s", "on", "off"
    for (i = 1; i <= NR; i++) { for (c = 2; c <= 12; c++) cur[c] = row[i, c]; line(row[i, 1], cur) }
    for (c = 2; c <= 12; c++) med[c] = median(c)
    line("median", med)
    print "site/raw: requests per second over raw pages per second, in the same run"
  }' "$results"
# A log line per request comes to hundreds of megabytes with the cache on: keep the end of each.
for log in "$work"/site-*.log; do tail -n 1000 "$log" >"$log.tail" && mv "$log.tail" "$log"; done
echo "wrk output, the end of the site logs, and results: $work"

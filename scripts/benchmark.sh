#!/usr/bin/env bash
# Benchmarks /jobs: 100,000 generated postings in a database of their own (<database>_bench, made afresh), the site in
# Release on http://127.0.0.1:5090, then three runs of wrk (16 connections) beside the same SQL through raw Npgsql
# (16 workers), each for the same time. Prints p50/p99 latency and throughput for both, and their medians.
set -euo pipefail
cd "$(dirname "$0")/.."

postings="${BENCH_POSTINGS:-100000}"
seconds="${BENCH_SECONDS:-10}"
connections=16
search='q=django&country=de&workplace=remote'
origin='http://127.0.0.1:5090'

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
site_pid=""
stop_site() {
  if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null && wait "$site_pid" 2>/dev/null || true; fi
}
trap stop_site EXIT

dotnet build PythonCareers.sln -c Release -v quiet -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
bench=(dotnet benchmarks/PythonCareers.Benchmarks/bin/Release/net10.0/PythonCareers.Benchmarks.dll)
"${bench[@]}" seed "$bench_connection" "$postings"

if curl -s -o /dev/null "$origin/health/live"; then
  echo "something already answers on $origin: stop it first" >&2
  exit 1
fi

# The site as in production, from its project folder (its content root), logging as configured, to a file.
(
  cd src/PythonCareers.Web
  export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="$bench_connection" Site__PublicOrigin="$origin"
  exec dotnet bin/Release/net10.0/PythonCareers.Web.dll --urls "$origin"
) >"$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 60); do
  curl -fs "$origin/health/ready" >/dev/null && break
  kill -0 "$site_pid" 2>/dev/null || { cat "$work/site.log"; exit 1; }
  sleep 1
done
curl -fsS "$origin/jobs?$search" -o "$work/page.html"
echo "/jobs?$search: $(grep -o '<h2 id="results-title">[^<]*' "$work/page.html" | sed 's/.*>//; s/&#x201C;/“/; s/&#x201D;/”/')"

# wrk's summary line in milliseconds: "99%  12.34ms" -> 12.34 (wrk prints us, ms or s).
milliseconds() {
  awk -v want="$1" '$1 == want {
    v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
    print (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }'
}
site_run() {
  local out="$work/wrk-$1.txt"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$origin/jobs?$search" >"$out"
  if grep -qE 'Non-2xx|Socket errors' "$out"; then cat "$out" >&2; exit 1; fi
  printf '%s %s %s' "$(milliseconds 50% <"$out")" "$(milliseconds 99% <"$out")" "$(awk '/^Requests\/sec/ {print $2}' "$out")"
}
raw_run() {
  "${bench[@]}" raw "$bench_connection" "$search" "$seconds" "$connections" | awk '{print $3, $4, $5}'
}

echo "warming up"
wrk -t2 -c"$connections" -d5s "$origin/jobs?$search" >/dev/null
echo "SQL statements per page: $("${bench[@]}" raw "$bench_connection" "$search" 2 "$connections" | awk '{print $2}')"

# Share of the CPU busy over a second, before each run: other work on the machine skews the figures.
cpu_busy() {
  local a b
  read -ra a < <(head -1 /proc/stat); sleep 1; read -ra b < <(head -1 /proc/stat)
  local total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $(( 100 - 100 * (b[4] - a[4]) / total ))
}

results="$work/results.txt"
for run in 1 2 3; do
  echo "run $run: CPU $(cpu_busy)% busy before it"
  echo "$run $(site_run "$run") $(raw_run)" >>"$results"
done

awk '
  function median(col,   n, i, j, t, v) {
    n = 0; for (i = 1; i <= NR; i++) v[++n] = row[i, col]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return v[int((n + 1) / 2)]
  }
  { for (c = 1; c <= 7; c++) row[NR, c] = $c; row[NR, 8] = $4 / $7 }
  END {
    fmt = "%-7s %10s %10s %12s %10s %10s %12s %10s\n"
    printf fmt, "run", "site p50", "site p99", "site req/s", "raw p50", "raw p99", "raw pages/s", "site/raw"
    for (i = 1; i <= NR; i++)
      printf "%-7s %8.2fms %8.2fms %12.0f %8.2fms %8.2fms %12.0f %10.2f\n", row[i, 1], row[i, 2], row[i, 3], row[i, 4], row[i, 5], row[i, 6], row[i, 7], row[i, 8]
    printf "%-7s %8.2fms %8.2fms %12.0f %8.2fms %8.2fms %12.0f %10.2f\n", "median", median(2), median(3), median(4), median(5), median(6), median(7), median(8)
    print "site/raw: site requests per second over raw pages per second"
  }' "$results"
echo "wrk output, site log and results: $work"

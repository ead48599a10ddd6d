#!/usr/bin/env bash
# Benchmarks /jobs with a keyword and two facets: 100,000 generated postings in a database of their own
# (<database>_bench, made afresh), the site in Release as in production on http://127.0.0.1:5090 and, with the
# output cache off, on :5091; then three runs each of wrk (16 connections) on both and of the same SQL through raw Npgsql
# (16 workers), for the same time. Prints p50/p99 latency and throughput of each, and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."

search='q=django&country=de&workplace=remote'
cached=5090
uncached=5091
source scripts/bench-common.sh

start_site "$cached"
start_site "$uncached" PublicPages__CacheSeconds=0
curl -fsS "http://127.0.0.1:$cached/jobs?$search" -o "$work/page.html"
echo "/jobs?$search: $(grep -o '<h2 id="results-title">[^<]*' "$work/page.html" | sed 's/.*>//; s/&#x201C;/“/; s/&#x201D;/”/')"

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
trim_logs
echo "wrk output, the end of the site logs, and results: $work"

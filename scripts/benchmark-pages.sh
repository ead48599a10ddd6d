#!/usr/bin/env bash
# Benchmarks every kind of public page as deployed, answered from the output cache, against its ceiling: the same bytes
# served from memory by a bare Kestrel endpoint, measured in the same run. Over 100,000 generated postings (the database
# scripts/benchmark.sh uses, made afresh), the site in Release as in production on http://127.0.0.1:5092, the ceiling on
# :5093; three runs of wrk (16 connections) per page on each. Prints, per page, the medians of requests per second, p50,
# p99 and errors, the ratio site/ceiling, and the site's memory (RSS) at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

site=5092
ceiling=5093
source scripts/bench-common.sh

start_site "$site"
posting="$(curl -fsS "http://127.0.0.1:$site/jobs" | grep -o 'href="/jobs/[0-9][^"]*"' | head -1 | sed 's/href="//; s/"$//')"
pages=(/ /roles /roles/data-scientist /salaries /salaries/python-programmer /skills /skills/django
  "/jobs?q=django&country=de&workplace=remote" "/jobs?role=data-scientist&page=40" "$posting" /jobs/feed.xml)
"${bench[@]}" ceiling "http://127.0.0.1:$site" "$ceiling" "${pages[@]}" >"$work/ceiling.log" 2>&1 &
site_pids+=("$!")
for _ in $(seq 30); do curl -fs -o /dev/null "http://127.0.0.1:$ceiling/" && break; sleep 1; done

# page_run PORT PATH: requests per second, p50, p99 and errors (non-2xx answers and socket errors) of one wrk run.
page_run() {
  local out="$work/wrk.txt"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$1$2" >"$out"
  printf '%s %s %s %s' "$(awk '/^Requests\/sec/ {print $2}' "$out")" "$(milliseconds 50% <"$out")" "$(milliseconds 99% <"$out")" \
    "$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$out")"
}

echo "warming up"
for page in "${pages[@]}"; do
  wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$site$page" >/dev/null
  wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$ceiling$page" >/dev/null
done

results="$work/results.txt"
for run in 1 2 3; do
  echo "run $run: CPU $(cpu_busy)% busy before it"
  for page in "${pages[@]}"; do
    echo "$page $(page_run "$ceiling" "$page") $(page_run "$site" "$page")" >>"$results"
  done
done
rss="$(ps -o rss= -p "$site_pid")"

awk -v rss="$rss" '
  function median(a, b, c) { return a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b)) }
  { n[$1]++; k = $1 SUBSEP n[$1]; for (c = 2; c <= 9; c++) v[k, c] = $c; v[k, 10] = $6 / $2
    if (n[$1] == 1) order[++pages] = $1 }
  END {
    printf "%-44s | %9s %8s %8s | %9s %8s %8s %6s | %6s\n", "page (medians of 3 runs)", "ceiling/s", "p50", "p99", "site/s", "p50", "p99", "errors", "ratio"
    for (i = 1; i <= pages; i++) {
      p = order[i]
      for (c = 2; c <= 10; c++) m[c] = median(v[p SUBSEP 1, c], v[p SUBSEP 2, c], v[p SUBSEP 3, c])
      errors = v[p SUBSEP 1, 9] + v[p SUBSEP 2, 9] + v[p SUBSEP 3, 9]
      printf "%-44s | %9.0f %7.2fms %7.2fms | %9.0f %7.2fms %7.2fms %6d | %6.2f\n", p, m[2], m[3], m[4], m[6], m[7], m[8], errors, m[10]
    }
    printf "ratio: site over ceiling, requests per second, the median of the three runs'"'"' ratios; errors: all three runs\n"
    printf "site memory at the end: %.0f MB RSS\n", rss / 1024
  }' "$results"
trim_logs
echo "wrk output, the end of the site log, and results: $work"

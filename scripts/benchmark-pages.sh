#!/usr/bin/env bash
# Benchmarks every kind of public page as deployed, answered from the output cache, against its ceiling: the same bytes
# served from memory by a bare Kestrel endpoint, measured in the same run. Over 100,000 generated postings (the database
# scripts/benchmark.sh uses, made afresh), the site in Release as in production on http://127.0.0.1:5092 (its output
# cache in memory), the ceiling on :5093; three runs of wrk (16 connections) per page on each. Prints, per page, the
# medians of requests per second, p50, p99 and errors, the ratio site/ceiling, and the site's memory (RSS) at the end.
#   scripts/benchmark-pages.sh          one instance against the ceiling
#   scripts/benchmark-pages.sh --nginx  also, in the same runs, the deployment of scripts/cluster.sh (nginx with the
#                                       repository's config in front of two instances sharing Redis) on :5094, against
#                                       the same nginx config in front of the ceiling on :5097
# nginx serves plain http here: both sides would pay the same TLS, and on two shared cores its cost would narrow the
# gap this measures, the site's own work per page.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  "") through_nginx=false ;;
  --nginx) through_nginx=true ;;
  *)
    echo "usage: scripts/benchmark-pages.sh [--nginx]" >&2
    exit 2
    ;;
esac

site=5092
ceiling=5093
cluster=5094
cluster_sites="5098 5099"
cluster_redis=6391
proxied_ceiling=5097
source scripts/bench-common.sh

# The cluster and the proxy of the ceiling, as scripts/cluster.sh runs them, with folders, ports and database of their own.
cluster_command() {
  PYTHONCAREERS_CLUSTER_TLS=off PYTHONCAREERS_CLUSTER_DATABASE="${database_name}_bench" \
    PYTHONCAREERS_CLUSTER_SITE="$PWD/src/PythonCareers.Web/bin/Release/net10.0/PythonCareers.Web.dll" \
    PYTHONCAREERS_CLUSTER_REDIS_PORT="$cluster_redis" env "$@"
}
stop_everything() {
  if "$through_nginx"; then
    cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/cluster" scripts/cluster.sh stop || true
    cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/proxied-ceiling" scripts/cluster.sh stop || true
  fi
  stop_sites
}
trap stop_everything EXIT

start_site "$site"
posting="$(curl -fsS "http://127.0.0.1:$site/jobs" | grep -o 'href="/jobs/[0-9][^"]*"' | head -1 | sed 's/href="//; s/"$//')"
pages=(/ /roles /roles/data-scientist /salaries /salaries/python-programmer /skills /skills/django
  "/jobs?q=django&country=de&workplace=remote" "/jobs?role=data-scientist&page=40" "$posting" /jobs/feed.xml)
"${bench[@]}" ceiling "http://127.0.0.1:$site" "$ceiling" "${pages[@]}" >"$work/ceiling.log" 2>&1 &
site_pids+=("$!")
for _ in $(seq 30); do curl -fs -o /dev/null "http://127.0.0.1:$ceiling/" && break; sleep 1; done

# Each target: a name for the table, then its port.
targets=("ceiling $ceiling" "site $site")
if "$through_nginx"; then
  cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/cluster" PYTHONCAREERS_CLUSTER_PORT="$cluster" \
    PYTHONCAREERS_CLUSTER_SITE_PORTS="$cluster_sites" scripts/cluster.sh start
  cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/proxied-ceiling" PYTHONCAREERS_CLUSTER_PORT="$proxied_ceiling" \
    PYTHONCAREERS_CLUSTER_SITE_PORTS="$ceiling" scripts/cluster.sh proxy
  targets+=("nginx+ceiling $proxied_ceiling" "nginx+2-instances $cluster")
fi

# page_run PORT PATH: requests per second, p50, p99 and errors (non-2xx answers and socket errors) of one wrk run.
page_run() {
  local out="$work/wrk.txt"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$1$2" >"$out"
  printf '%s %s %s %s' "$(awk '/^Requests\/sec/ {print $2}' "$out")" "$(milliseconds 50% <"$out")" "$(milliseconds 99% <"$out")" \
    "$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$out")"
}

echo "warming up"
for page in "${pages[@]}"; do
  for target in "${targets[@]}"; do
    wrk -t2 -c"$connections" -d2s "http://127.0.0.1:${target#* }$page" >/dev/null
  done
done

# One line per run, page and target: run, page, target, requests per second, p50, p99, errors.
results="$work/results.txt"
for run in 1 2 3; do
  echo "run $run: CPU $(cpu_busy)% busy before it"
  for page in "${pages[@]}"; do
    for target in "${targets[@]}"; do
      echo "$run $page ${target% *} $(page_run "${target#* }" "$page")" >>"$results"
    done
  done
done

# rss PIDFILE|PID: a process's resident memory in MB.
rss() {
  local pid="$1"
  [ -f "$pid" ] && pid="$(cat "$pid")"
  ps -o rss= -p "$pid" | awk '{printf "%.0f", $1 / 1024}'
}

# table NAME CEILING SITE: the medians of CEILING's and SITE's figures for each page, and the median of the runs' ratios.
table() {
  awk -v title="$1" -v ceiling="$2" -v site="$3" '
    function median(a, b, c) { return a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b)) }
    $3 == ceiling || $3 == site {
      if (!seen[$2]++) order[++pages] = $2
      for (c = 4; c <= 7; c++) v[$2, $3, $1, c] = $c
    }
    END {
      printf "\n%s\n", title
      printf "%-44s | %9s %8s %8s | %9s %8s %8s %6s | %6s\n", "page (medians of 3 runs)", ceiling "/s", "p50", "p99", site "/s", "p50", "p99", "errors", "ratio"
      for (i = 1; i <= pages; i++) {
        p = order[i]
        for (c = 4; c <= 6; c++) {
          a[c] = median(v[p, ceiling, 1, c], v[p, ceiling, 2, c], v[p, ceiling, 3, c])
          b[c] = median(v[p, site, 1, c], v[p, site, 2, c], v[p, site, 3, c])
        }
        ratio = median(v[p, site, 1, 4] / v[p, ceiling, 1, 4], v[p, site, 2, 4] / v[p, ceiling, 2, 4], v[p, site, 3, 4] / v[p, ceiling, 3, 4])
        errors = v[p, site, 1, 7] + v[p, site, 2, 7] + v[p, site, 3, 7] + v[p, ceiling, 1, 7] + v[p, ceiling, 2, 7] + v[p, ceiling, 3, 7]
        printf "%-44s | %9.0f %7.2fms %7.2fms | %9.0f %7.2fms %7.2fms %6d | %6.2f\n", p, a[4], a[5], a[6], b[4], b[5], b[6], errors, ratio
      }
    }' "$results"
}

# The role page rendered afresh (a query string the cache has not seen makes each request a miss): its SQL statements and
# database time, from the site's own db.client.operation.duration (the background services' few statements meanwhile
# included).
database_use() {
  curl -fsS "http://127.0.0.1:$site/metrics" | awk '/^db_client_operation_duration_seconds_(sum|count)/ {
    split($1, name, "{"); v[name[1]] += $NF } END {
    printf "%s %s", v["db_client_operation_duration_seconds_count"] + 0, v["db_client_operation_duration_seconds_sum"] + 0 }'
}
for n in $(seq 20); do curl -fs -o /dev/null "http://127.0.0.1:$site/roles/data-scientist?warm=$n"; done
read -r statements_before seconds_before <<<"$(database_use)"
for n in $(seq 200); do curl -fs -o /dev/null "http://127.0.0.1:$site/roles/data-scientist?uncached=$n"; done
read -r statements_after seconds_after <<<"$(database_use)"

table "one instance, straight to Kestrel" ceiling site
awk -v c0="$statements_before" -v c1="$statements_after" -v s0="$seconds_before" -v s1="$seconds_after" 'BEGIN {
  printf "the role page rendered afresh: %.1f SQL statements and %.2f ms of database time a page (200 pages)\n", (c1 - c0) / 200, (s1 - s0) * 1000 / 200 }'
echo "site memory at the end: $(rss "$site_pid") MB RSS"
if "$through_nginx"; then
  table "through nginx (plain http, the repository's careers.conf)" nginx+ceiling nginx+2-instances
  memory=()
  for pidfile in "$work"/cluster/site-*.pid; do memory+=("$(rss "$pidfile") MB"); done
  echo "instances' memory at the end: ${memory[*]} RSS; Redis $(rss "$work/cluster/redis.pid") MB RSS"
fi
echo "ratio: site over ceiling, requests per second, the median of the three runs' ratios; errors: all three runs, both sides"
trim_logs
echo "wrk output, the end of the sites' logs, and results: $work"

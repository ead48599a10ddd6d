#!/usr/bin/env bash
# The benchmark suite (issue 12). For each size of board (BENCH_SIZES, default "100000 1000000" generated postings, each in
# a database of its own that later runs keep: <database>_bench_<postings>), in the same run:
#   - the site in Release as in production on http://127.0.0.1:5100 (output cache on) and a copy with it off on :5101;
#   - the ceiling: each page's own bytes, fetched from the site once, served from memory by bare Kestrel on :5102;
#   - the baseline: the SQL the site runs for each page, recorded from EF Core, through raw Npgsql, its rows rendered
#     with minimal code by bare Kestrel on :5103 (Fortunes-style);
# then wrk on loopback at 16 and 64 connections (BENCH_CONNECTIONS), BENCH_SECONDS (default 5) a run, three runs, against
# each page on each of the four, and a signed-in recruiter submitting the posting form (antiforgery token and all;
# synchronous_commit as the server has it, on). It prints, as Markdown tables, the medians of requests per second, p50,
# p99 and errors, the ratios to the ceiling and to the baseline, the database statements per request (the site's own
# db.client.operation.duration count on its metrics endpoint), the sites' memory (RSS), and each target of the issue beside
# its figure. Then the alert digest run (BENCH_ALERTS confirmed alerts, default 10,000; 0 skips it) on :5104, and, after
# the first size, a mixed soak of BENCH_SOAK_SECONDS (default 600; 0 skips it): 90% pages, 9% searches, 1% submissions,
# with its errors and the site's memory at its start and end.
#   scripts/benchmark.sh          as above
#   scripts/benchmark.sh --nginx  also, in the same runs, the cached pages through the deployment of scripts/cluster.sh
#                                 (nginx with the repository's config on :5105 in front of two instances on :5106 and
#                                 :5107 sharing Redis on :5109) against the same nginx config in front of the ceiling
#                                 (:5108). nginx serves plain http here: both sides would pay the same TLS, and on two
#                                 shared cores its cost would narrow the gap this measures, the site's own work per page.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  "") through_nginx=false ;;
  --nginx) through_nginx=true ;;
  *)
    echo "usage: scripts/benchmark.sh [--nginx]" >&2
    exit 2
    ;;
esac

sizes="${BENCH_SIZES:-100000 1000000}"
connection_counts="${BENCH_CONNECTIONS:-16 64}"
soak_seconds="${BENCH_SOAK_SECONDS:-600}"
alerts="${BENCH_ALERTS:-10000}"
fresh="${BENCH_NEW_POSTINGS:-1000}"
digest_limit="${BENCH_DIGEST_SECONDS:-900}"
export BENCH_SECONDS="${BENCH_SECONDS:-5}"
cached=5100
uncached=5101
ceiling=5102
baseline=5103
alert_site=5104
cluster=5105
cluster_sites="5106 5107"
proxied_ceiling=5108
cluster_redis=5109
source scripts/bench-common.sh

# The cluster and the proxy of the ceiling, as scripts/cluster.sh runs them, with folders, ports and database of their own.
cluster_command() {
  PYTHONCAREERS_CLUSTER_TLS=off PYTHONCAREERS_CLUSTER_DATABASE="$bench_database" \
    PYTHONCAREERS_CLUSTER_SITE="$PWD/src/PythonCareers.Web/bin/Release/net10.0/PythonCareers.Web.dll" \
    PYTHONCAREERS_CLUSTER_REDIS_PORT="$cluster_redis" env "$@"
}
stop_everything() {
  if "$through_nginx" && [ -n "${bench_database:-}" ]; then
    cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/cluster" scripts/cluster.sh stop || true
    cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/proxied-ceiling" scripts/cluster.sh stop || true
  fi
  stop_sites
}
trap stop_everything EXIT

# Both sites as deployed, but with rate limits no single benchmark client meets: the limits are per client and per
# recruiter, and wrk is one client and one recruiter doing the work of thousands.
limits=(RateLimits__PostingPerMinute=100000000 RateLimits__ApiPerMinute=100000000)
search='/jobs?q=django&country=de&workplace=remote'
results="$work/results.txt"
statements_file="$work/statements.txt"
memory_file="$work/memory.txt"
targets_file="$work/targets.txt"
: >"$results" >"$statements_file" >"$memory_file" >"$targets_file"

# page_run PORT PATH CONNECTIONS FILE: one wrk run; its figures (requests per second, p50, p99, errors). A request may take
# up to 30 s before it counts as an error (wrk's own limit, 2 s, is shorter than an uncached search over a million
# postings takes at 64 connections).
page_run() {
  wrk -t2 -c"$3" -d"${seconds}s" --timeout 30s --latency "http://127.0.0.1:$1$2" >"$4"
  wrk_figures "$4"
}

# site_statements PORT: the statements the site has run since it started, from its own metrics. The exporter answers a
# scrape from a copy it keeps for 300 ms, so the count is read once that copy is older than what it counts.
site_statements() {
  sleep 0.5
  curl -fsS "http://127.0.0.1:$1/metrics" | awk '/^db_client_operation_duration_seconds_count/ {n += $NF} END {print n + 0}'
}

# per_request PORT PATH: the site's statements per request over 10 requests of PATH, one after another (the background
# services' few statements meanwhile included).
per_request() {
  local before after
  before="$(site_statements "$1")"
  for _ in $(seq 10); do curl -fsS -o /dev/null "http://127.0.0.1:$1$2"; done
  after="$(site_statements "$1")"
  awk -v a="$before" -v b="$after" 'BEGIN {printf "%.1f", (b - a) / 10}'
}

# wait_for PORT LOG: until something answers on PORT, or the process writing LOG has said why it could not.
wait_for() {
  for _ in $(seq 300); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 1
  done
  cat "$2" >&2
  exit 1
}

# token_of: the antiforgery token of the first form in the page on stdin.
token_of() { grep -o '<input[^>]*__RequestVerificationToken[^>]*>' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/'; }

# sign_in PORT: signs the benchmark recruiter in and reads the posting form as a browser would; exports BENCH_COOKIE (the
# session's cookies) and BENCH_FORM (a valid posting, with the form's antiforgery token) for the wrk scripts.
sign_in() {
  local origin="http://127.0.0.1:$1" jar="$work/cookies-$1.txt" token status role skill
  rm -f "$jar"
  token="$(curl -fsS -c "$jar" -b "$jar" "$origin/account/sign-in" | token_of)"
  status="$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Email=bench@pythoncareers.example" \
    --data-urlencode "Password=$BENCH_PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$origin/account/sign-in")"
  [ "$status" = 302 ] || { echo "the benchmark recruiter could not sign in ($status)" >&2; exit 1; }
  token="$(curl -fsS -c "$jar" -b "$jar" "$origin/recruiter/postings/new" | token_of)"
  role="$(sql "SELECT id FROM role_profiles WHERE slug = 'python-web-developer'")"
  skill="$(sql "SELECT id FROM skills WHERE slug = 'django'")"
  BENCH_COOKIE="$(awk -F'\t' 'NF == 7 {sub(/^#HttpOnly_/, "", $1); printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar")"
  BENCH_FORM="Title=Senior+Django+Developer+%28benchmark+submission%29&RoleProfileId=$role&EmploymentType=FullTime&Level=Senior"
  BENCH_FORM+="&City=Berlin&CountryCode=DE&Workplace=Hybrid&SalaryMin=70000&SalaryMax=90000&Currency=EUR&SalaryPeriod=Year"
  BENCH_FORM+="&SalaryConfirmed=true&Description=Build+**Django**+services.&SkillIds=$skill&ApplyUrl=https%3A%2F%2Fbench.example%2Fjobs%2F1"
  BENCH_FORM+="&intent=submit&__RequestVerificationToken=$token"
  export BENCH_COOKIE BENCH_FORM
}

# per_submission: the site's statements per posting submitted, over 10 submissions one after another.
per_submission() {
  local before after
  before="$(site_statements "$cached")"
  for _ in $(seq 10); do
    curl -fsS -o /dev/null -H "Cookie: $BENCH_COOKIE" -H "Content-Type: application/x-www-form-urlencoded" --data "$BENCH_FORM" "http://127.0.0.1:$cached/recruiter/postings/new"
  done
  after="$(site_statements "$cached")"
  awk -v a="$before" -v b="$after" 'BEGIN {printf "%.1f", (b - a) / 10}'
}

submissions() { sql "SELECT count(*) FROM job_postings WHERE title = 'Senior Django Developer (benchmark submission)'"; }

# measure SIZE: the pages, the submissions and the sites' memory at one size, into the results files.
measure() {
  local size="$1" posting company page run connections target port before after line
  start_site "$cached" "${limits[@]}"
  cached_pid="$site_pid"
  start_site "$uncached" "${limits[@]}" PublicPages__CacheSeconds=0
  local uncached_pid="$site_pid"
  posting="$(curl -fsS "http://127.0.0.1:$cached/jobs" | grep -o 'href="/jobs/[0-9][^"]*"' | head -1 | sed 's/href="//; s/"$//')"
  company="$(curl -fsS "http://127.0.0.1:$cached$posting" | grep -o 'href="/companies/[^"]*"' | head -1 | sed 's/href="//; s/"$//')"
  [ -n "$posting" ] && [ -n "$company" ] || { echo "no posting or company page found on /jobs" >&2; exit 1; }
  pages=(/ /roles/data-scientist /salaries/python-programmer /skills/django "$company" "$posting" "$search"
    "/jobs?role=data-scientist&page=40" "/api/v1/jobs?q=django&country=de&workplace=remote")
  "${bench[@]}" ceiling "http://127.0.0.1:$cached" "$ceiling" "${pages[@]}" >"$work/ceiling.log" 2>&1 &
  site_pids+=("$!")
  "${bench[@]}" baseline "$bench_connection" "http://127.0.0.1:$uncached" "$baseline" "${pages[@]}" >"$work/baseline-$size.log" 2>&1 &
  site_pids+=("$!")
  wait_for "$ceiling" "$work/ceiling.log"
  wait_for "$baseline" "$work/baseline-$size.log"
  sign_in "$cached"
  targets=("ceiling $ceiling" "cached $cached" "uncached $uncached" "baseline $baseline")
  if "$through_nginx"; then
    cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/cluster" PYTHONCAREERS_CLUSTER_PORT="$cluster" \
      PYTHONCAREERS_CLUSTER_SITE_PORTS="$cluster_sites" scripts/cluster.sh start
    cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/proxied-ceiling" PYTHONCAREERS_CLUSTER_PORT="$proxied_ceiling" \
      PYTHONCAREERS_CLUSTER_SITE_PORTS="$ceiling" scripts/cluster.sh proxy
    targets+=("nginx-ceiling $proxied_ceiling" "nginx-cluster $cluster")
  fi

  echo "warming up"
  for page in "${pages[@]}"; do
    for target in "${targets[@]}"; do
      wrk -t2 -c16 -d1s "http://127.0.0.1:${target#* }$page" >/dev/null
    done
  done
  wrk -t2 -c16 -d2s -s benchmarks/wrk/submit.lua "http://127.0.0.1:$cached/recruiter/postings/new" >/dev/null

  for page in "${pages[@]}"; do
    echo "$size $page $(per_request "$cached" "$page") $(per_request "$uncached" "$page") $(awk -v p="$page" '$1 == "statements" && $3 == p {print $2}' "$work/baseline-$size.log")" >>"$statements_file"
  done
  echo "$size submission $(per_submission) - -" >>"$statements_file"

  for run in 1 2 3; do
    echo "$size postings, run $run: $(load) before it"
    for connections in $connection_counts; do
      for page in "${pages[@]}"; do
        for target in "${targets[@]}"; do
          line="$(page_run "${target#* }" "$page" "$connections" "$work/wrk.txt")"
          echo "$size $connections $run $page ${target% *} $line" >>"$results"
        done
      done
      before="$(submissions)"
      wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency -s benchmarks/wrk/submit.lua "http://127.0.0.1:$cached/recruiter/postings/new" >"$work/wrk.txt"
      after="$(submissions)"
      echo "$size $connections $run submission cached $(wrk_figures "$work/wrk.txt") $((after - before)) $(awk '/requests in/ {print $1}' "$work/wrk.txt")" >>"$results"
    done
  done
  echo "$size cached $(rss "$cached_pid") uncached $(rss "$uncached_pid")" >>"$memory_file"
  if "$through_nginx"; then
    local pidfile memory=()
    for pidfile in "$work"/cluster/site-*.pid; do memory+=("$(rss "$(cat "$pidfile")") MB"); done
    echo "$size postings: the cluster's instances' memory at the end: ${memory[*]} RSS; Redis $(rss "$(cat "$work/cluster/redis.pid")") MB RSS"
    cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/cluster" scripts/cluster.sh stop
    cluster_command PYTHONCAREERS_CLUSTER_DIR="$work/proxied-ceiling" scripts/cluster.sh stop
  fi
}

# digest SIZE: BENCH_ALERTS confirmed alerts with varied searches, BENCH_NEW_POSTINGS postings published since their last
# digest, all due at once; the site on :5104 looks for due digests every second. The time until every digest is made
# and queued, the mail queued, the statements the site ran meanwhile (mail delivery included), and its memory, idle and
# at its peak (BENCH_DIGEST_SECONDS, default 900, bounds the wait). The alerts and mail are removed afterwards, so the
# database can be kept for the next run.
digest() {
  local size="$1" idle before started peak now finished after queued
  sql "DELETE FROM job_alerts; DELETE FROM outgoing_mails"
  sql "UPDATE job_postings SET published_at = now() - interval '30 days' WHERE published_at > now() - interval '1 hour'"
  sql "UPDATE job_postings SET published_at = now() - random() * interval '10 minutes'
       WHERE id IN (SELECT id FROM job_postings WHERE status = 'Published' AND revision_of_id IS NULL AND expires_at > now() + interval '1 day' ORDER BY random() LIMIT $fresh)"
  sql "INSERT INTO job_alerts (key, email, search, frequency, created_at, confirmed_at, digested_through, next_digest_at)
       SELECT gen_random_uuid(), 'seeker' || n || '@example.org',
              jsonb_build_object(
                'text', (ARRAY[NULL, NULL, NULL, 'django', 'pandas', 'fastapi', 'machine learning'])[1 + n % 7],
                'roleSlug', (SELECT slug FROM role_profiles ORDER BY slug OFFSET n % 8 LIMIT 1),
                'countryCode', (ARRAY[NULL, 'DE', 'US', 'GB', 'NL', 'FR'])[1 + n % 6],
                'workplace', (ARRAY[NULL, NULL, 'Remote', 'Hybrid'])[1 + n % 4],
                'employmentType', NULL, 'level', (ARRAY[NULL, 'Senior', 'Entry'])[1 + n % 3],
                'skillSlug', NULL, 'currency', NULL, 'salaryFloor', NULL,
                'sort', CASE WHEN n % 7 >= 3 THEN 'Relevance' ELSE 'Newest' END, 'page', 1),
              CASE WHEN n % 5 = 0 THEN 'Weekly' ELSE 'Daily' END,
              now() - interval '2 days', now() - interval '2 days', now() - interval '1 hour', now() + interval '1 hour'
       FROM generate_series(1, $alerts) AS n"
  start_site "$alert_site" Alerts__IntervalSeconds=1 Alerts__SettleSeconds=0 Email__PickupDirectory="$work/mail"
  # The idle figure: the site ready and settled a few seconds, with nothing due yet.
  sleep 5
  idle="$(rss "$site_pid")"
  before="$(site_statements "$alert_site")"
  started="$(date +%s.%N)"
  sql "UPDATE job_alerts SET next_digest_at = now()"
  peak=0
  while [ "$(sql "SELECT count(*) FROM job_alerts WHERE next_digest_at <= now()")" -gt 0 ]; do
    if awk -v s="$started" -v n="$(date +%s.%N)" -v limit="$digest_limit" 'BEGIN {exit !(n - s > limit)}'; then
      echo "the digests were not all made within $digest_limit s: $(sql "SELECT count(*) FROM job_alerts WHERE next_digest_at <= now()") still due" >&2
      break
    fi
    now="$(rss "$site_pid")"
    [ "$now" -gt "$peak" ] && peak="$now"
    sleep 0.5
  done
  finished="$(date +%s.%N)"
  after="$(site_statements "$alert_site")"
  queued="$(sql "SELECT count(*) FROM outgoing_mails")"
  now="$(rss "$site_pid")"
  [ "$now" -gt "$peak" ] && peak="$now"
  stop_sites
  sql "DELETE FROM job_alerts; DELETE FROM outgoing_mails"
  awk -v n="$size" -v s="$started" -v f="$finished" -v a="$alerts" -v p="$fresh" -v q="$queued" -v b="$before" -v e="$after" -v m="$peak" -v i="$idle" 'BEGIN {
    printf "\nalert digests at %d postings: %d alerts over %d newly published postings\n", n, a, p
    printf "- every digest made and queued in %.1f s (%.2f ms an alert); %d digest mails queued\n", f - s, (f - s) * 1000 / a, q
    printf "- %d SQL statements meanwhile (%.2f an alert, mail delivery included)\n", e - b, (e - b) / a
    printf "- the site'\''s memory: %d MB RSS at its peak, %d MB idle before the run\n", m, i
    printf "%d alert digest peak RSS | %d MB | under 250 MB | %s\n", n, m, m < 250 ? "met" : "missed" >> "'"$targets_file"'"
  }'
}

# soak SECONDS: the mixed load against the cached site (as deployed), 16 connections, with its errors and the site's
# memory when it starts and ends.
soak() {
  local start end before after
  export BENCH_PAGES="${pages[*]}"
  sign_in "$cached"
  wrk -t2 -c16 -d10s -s benchmarks/wrk/soak.lua "http://127.0.0.1:$cached" >/dev/null
  start="$(rss "$cached_pid")"
  before="$(submissions)"
  echo "soak, $1 s: $(load) before it"
  wrk -t2 -c16 -d"$1s" --latency -s benchmarks/wrk/soak.lua "http://127.0.0.1:$cached" >"$work/soak.txt"
  after="$(submissions)"
  end="$(rss "$cached_pid")"
  read -r rate p50 p99 errors <<<"$(wrk_figures "$work/soak.txt")"
  awk -v s="$1" -v r="$rate" -v a="$p50" -v b="$p99" -v e="$errors" -v m0="$start" -v m1="$end" -v w="$((after - before))" 'BEGIN {
    growth = (m1 - m0) * 100 / m0
    printf "\nsoak, %d s at 16 connections (90%% pages, 9%% searches, 1%% submissions): %.0f requests a second, p50 %.2f ms, p99 %.2f ms, %d errors, %d postings submitted\n", s, r, a, b, e, w
    printf "- the site'\''s memory: %d MB RSS at the start, %d MB at the end (%+.1f%%)\n", m0, m1, growth
    printf "soak errors | %d | none | %s\n", e, e == 0 ? "met" : "missed" >> "'"$targets_file"'"
    printf "soak memory growth | %+.1f%% (%d to %d MB) | under 10%% | %s\n", growth, m0, m1, growth < 10 ? "met" : "missed" >> "'"$targets_file"'"
  }'
}

first=true
for size in $sizes; do
  use_size "$size"
  # The generated postings' recruiter counts as reminded already: thousands close within three days, and the sites would
  # spend the benchmark mailing their reminders (a mail's claim and record, thousands of statements a minute).
  sql "UPDATE job_postings SET reminded_of_expiry = expires_at WHERE reminded_of_expiry IS DISTINCT FROM expires_at; DELETE FROM outgoing_mails"
  measure "$size"
  if "$first" && [ "$soak_seconds" -gt 0 ]; then soak "$soak_seconds"; fi
  first=false
  stop_sites
  trim_logs
  if [ "$alerts" -gt 0 ]; then digest "$size"; fi
done

# The tables: medians of the three runs for each size, connection count, page and target, and the median of the runs'
# ratios (site over ceiling, uncached site over baseline).
awk -v search="$search" -v seconds="$seconds" -v statements="$statements_file" -v memory="$memory_file" -v targets="$targets_file" '
  function median(a, b, c) { return a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b)) }
  function m(key, c) { return median(v[key, 1, c], v[key, 2, c], v[key, 3, c]) }
  # A page slower than a run answers nothing in it: its ratio is not measured (-1), never counted as met.
  function ratio(k1, k2) {
    if (v[k2, 1, 6] == 0 || v[k2, 2, 6] == 0 || v[k2, 3, 6] == 0) return -1
    return median(v[k1, 1, 6] / v[k2, 1, 6], v[k1, 2, 6] / v[k2, 2, 6], v[k1, 3, 6] / v[k2, 3, 6])
  }
  function shown(r) { return r < 0 ? "-" : sprintf("%.2f", r) }
  function verdict(ok) { return ok ? "met" : "missed" }
  function against(r, target) { return r < 0 ? "no answer within a run" : verdict(r >= target) }
  # A table of every page served by the site target beside the ceiling target, with the ratio against 0.9.
  function against_ceiling(size, cn, site_target, ceiling_target, header,   i, p, a, b, r) {
    print header
    print "| --- | --- | --- | --- | --- | --- | --- | --- |"
    for (i = 1; i <= n_pages; i++) {
      p = pages[i]; a = size SUBSEP cn SUBSEP p SUBSEP site_target; b = size SUBSEP cn SUBSEP p SUBSEP ceiling_target
      r = ratio(a, b)
      printf "| `%s` | %.0f | %.0f | %.2f ms | %.2f ms | %d | %s | %s |\n", p, m(b, 6), m(a, 6), m(a, 7), m(a, 8), m(a, 9), shown(r), against(r, 0.9)
    }
  }
  FILENAME == statements { site[$1, $2] = $3; off[$1, $2] = $4; raw[$1, $2] = $5; next }
  FILENAME == memory { rss[$1, "cached"] = $3; rss[$1, "uncached"] = $5; next }
  {
    if (!seen_size[$1]++) sizes[++n_sizes] = $1
    if (!seen_conn[$2]++) conns[++n_conns] = $2
    if ($4 != "submission" && !seen_page[$4]++) pages[++n_pages] = $4
    seen_target[$5] = 1
    for (c = 6; c <= NF; c++) v[$1 SUBSEP $2 SUBSEP $4 SUBSEP $5, $3, c] = $c
  }
  END {
    for (s = 1; s <= n_sizes; s++) {
      size = sizes[s]
      for (k = 1; k <= n_conns; k++) {
        cn = conns[k]
        printf "\n%s postings, %s connections, output cache on, against the ceiling (medians of 3 runs of %s s)\n\n", size, cn, seconds
        against_ceiling(size, cn, "cached", "ceiling", "| page | ceiling/s | site/s | site p50 | site p99 | errors | site/ceiling | 0.9 |")
        if (seen_target["nginx-cluster"]) {
          printf "\n%s postings, %s connections, through nginx (plain http, the repository'\''s careers.conf), against nginx in front of the ceiling\n\n", size, cn
          against_ceiling(size, cn, "nginx-cluster", "nginx-ceiling", "| page | nginx+ceiling/s | nginx+2 instances/s | p50 | p99 | errors | ratio | 0.9 |")
        }
        printf "\n%s postings, %s connections, output cache off, against the raw Npgsql baseline (medians of 3 runs of %s s)\n\n", size, cn, seconds
        print "| page | baseline/s | p50 | p99 | site/s | site p50 | site p99 | errors | site/baseline | 0.6 |"
        print "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
        for (i = 1; i <= n_pages; i++) {
          p = pages[i]; a = size SUBSEP cn SUBSEP p SUBSEP "uncached"; b = size SUBSEP cn SUBSEP p SUBSEP "baseline"
          r = ratio(a, b)
          printf "| `%s` | %.0f | %.2f ms | %.2f ms | %.0f | %.2f ms | %.2f ms | %d | %s | %s |\n", p, m(b, 6), m(b, 7), m(b, 8), m(a, 6), m(a, 7), m(a, 8), m(a, 9), shown(r), against(r, 0.6)
          if (p == search) {
            limit = size <= 100000 ? 25 : 60
            line[++lines] = sprintf("%s uncached `/jobs` search, %s connections | %s | p99 <= %d ms, >= 400/s | %s", size, cn,
              m(a, 6) > 0 ? sprintf("p99 %.1f ms, %.0f/s", m(a, 8), m(a, 6)) : "no answer within a run", limit, verdict(m(a, 6) > 0 && m(a, 8) <= limit && m(a, 6) >= 400))
          }
        }
        a = size SUBSEP cn SUBSEP "submission" SUBSEP "cached"
        printf "\nposting submissions, %s connections: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors; stored (median of the runs) %d, answers wrk counted %d\n", cn, m(a, 6), m(a, 7), m(a, 8), m(a, 9), m(a, 10), m(a, 11)
        line[++lines] = sprintf("%s submissions, %s connections | %.0f/s, %d errors | >= 250/s, no errors | %s", size, cn, m(a, 6), m(a, 9), verdict(m(a, 6) >= 250 && m(a, 9) == 0))
      }
      printf "\n%s postings: database statements per request (site with cache on / off, baseline)\n\n", size
      print "| page | cache on | cache off | baseline |"
      print "| --- | --- | --- | --- |"
      for (i = 1; i <= n_pages; i++) printf "| `%s` | %s | %s | %s |\n", pages[i], site[size, pages[i]], off[size, pages[i]], raw[size, pages[i]]
      printf "| a posting submitted (POST `/recruiter/postings/new`) | %s | | |\n", site[size, "submission"]
      line[++lines] = sprintf("%s site memory at the end, cache on | %d MB | under 250 MB | %s", size, rss[size, "cached"], verdict(rss[size, "cached"] < 250))
      line[++lines] = sprintf("%s site memory at the end, cache off | %d MB | under 250 MB | %s", size, rss[size, "uncached"], verdict(rss[size, "uncached"] < 250))
    }
    print "\ntargets\n\n| what | figure | target | |\n| --- | --- | --- | --- |"
    for (i = 1; i <= lines; i++) print "| " line[i] " |"
    while ((getline t < targets) > 0) print "| " t " |"
  }' "$statements_file" "$memory_file" "$results"
echo "wrk output, the end of the sites' logs, and results: $work"

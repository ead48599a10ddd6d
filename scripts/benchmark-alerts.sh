#!/usr/bin/env bash
# Benchmarks the job alert digests: over 100,000 generated postings (the database scripts/benchmark.sh uses, made
# afresh), 10,000 confirmed alerts with varied searches (BENCH_ALERTS) and 1,000 postings published since their last
# digest (BENCH_NEW_POSTINGS), all due at once. Starts the site in Release as in production on http://127.0.0.1:5094
# with digests looked for every second, and prints the time until every digest is made and queued, the mail queued,
# the SQL statements the site ran meanwhile (its own db.client.operation.duration count, mail delivery included) and
# the site's peak memory (RSS) against the issue's 250 MB target, beside its memory idle in the same run (ready, before any
# digest is due).
set -euo pipefail
cd "$(dirname "$0")/.."

site=5094
alerts="${BENCH_ALERTS:-10000}"
fresh="${BENCH_NEW_POSTINGS:-1000}"
source scripts/bench-common.sh

# psql takes the same database in its own form: host=... dbname=... user=...
psql_target="$(printf '%s' "$bench_connection" | sed -E 's/Host=/host=/I; s/Database=/dbname=/I; s/Port=/port=/I; s/Username=/user=/I; s/;/ /g')"
sql() { psql "$psql_target" -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }

echo "making $alerts confirmed alerts and $fresh newly published postings"
# The generated postings' recruiters count as reminded already: thousands close within three days, and their reminders
# would be mailed in the same minutes.
sql "UPDATE job_postings SET reminded_of_expiry = expires_at"
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

target_mb=250
statements() { curl -fsS "http://127.0.0.1:$site/metrics" | awk '/^db_client_operation_duration_seconds_count/ {n += $NF} END {print n + 0}'; }
start_site "$site" Alerts__IntervalSeconds=1 Alerts__SettleSeconds=0 Email__PickupDirectory="$work/mail"
# The idle figure: the site ready and settled a few seconds, with nothing due yet.
sleep 5
idle="$(ps -o rss= -p "$site_pid")"
before="$(statements)"
started="$(date +%s.%N)"
sql "UPDATE job_alerts SET next_digest_at = now()"
peak=0
while [ "$(sql "SELECT count(*) FROM job_alerts WHERE next_digest_at <= now()")" -gt 0 ]; do
  rss="$(ps -o rss= -p "$site_pid")"
  [ "$rss" -gt "$peak" ] && peak="$rss"
  sleep 0.5
done
finished="$(date +%s.%N)"
after="$(statements)"
queued="$(sql "SELECT count(*) FROM outgoing_mails")"
rss="$(ps -o rss= -p "$site_pid")"
[ "$rss" -gt "$peak" ] && peak="$rss"

awk -v s="$started" -v f="$finished" -v a="$alerts" -v p="$fresh" -v q="$queued" -v b="$before" -v e="$after" -v m="$peak" -v i="$idle" -v t="$target_mb" 'BEGIN {
  printf "alerts digested: %d, over %d newly published postings (of 100,000)\n", a, p
  printf "time to make and queue every digest: %.1f s (%.2f ms an alert)\n", f - s, (f - s) * 1000 / a
  printf "digest mails queued: %d\n", q
  printf "SQL statements meanwhile: %d (%.2f an alert, mail delivery included)\n", e - b, (e - b) / a
  printf "site memory, peak: %.0f MB RSS (target: under %d MB, %s); idle before the run: %.0f MB RSS\n", m / 1024, t, m / 1024 < t ? "met" : "missed", i / 1024
}'
trim_logs
echo "the site log: $work"

#!/usr/bin/env bash
# Benchmarks making the posted-salary index afresh (one snapshot, as the site makes each day's) over 100,000 and then
# 1,000,000 generated postings, all published in its window, in the benchmark database (<database>_bench, made afresh for
# each size). Prints the three runs' times and their median for each size, and the CPU's load before each.
#   BENCH_SIZES="100000 1000000" scripts/benchmark-index.sh
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="${BENCH_SIZES:-100000 1000000}"
export BENCH_POSTINGS="${sizes%% *}"
source scripts/bench-common.sh

for size in $sizes; do
  [ "$size" = "$BENCH_POSTINGS" ] || "${bench[@]}" seed "$bench_connection" "$size"
  echo "CPU $(cpu_busy)% busy before it"
  "${bench[@]}" index "$bench_connection"
done

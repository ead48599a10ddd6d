#!/usr/bin/env bash
# Benchmarks making the posted-salary index afresh (one snapshot, as the site makes each day's) over 100,000 and then
# 1,000,000 generated postings, all published in its window, in the benchmark databases scripts/benchmark.sh uses
# (<database>_bench_<postings>, made when missing). Prints the three runs' times and their median for each size, and the
# CPU's load before each.
#   BENCH_SIZES="100000 1000000" scripts/benchmark-index.sh
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="${BENCH_SIZES:-100000 1000000}"
source scripts/bench-common.sh

for size in $sizes; do
  use_size "$size"
  load
  "${bench[@]}" index "$bench_connection"
done

#!/usr/bin/env bash
# Runs every test in the solution against a real PostgreSQL (each test project makes its own database).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/database.sh
ensure_database
# The cluster tests run the deployment through scripts/cluster.sh (nginx, Redis, a certificate made with openssl); the
# output-cache tests run a redis-server of their own; the compose test checks docker-compose.yml with the real docker-compose;
# the browser tests drive Debian's chromium through Playwright.
source scripts/packages.sh
require_commands nginx:nginx redis-server:redis-server redis-cli:redis-tools openssl:openssl curl:curl docker-compose:docker-compose chromium:chromium

# Minimal console output names each failed test with its message and stack and each project's totals, and nothing about
# passing tests, so the end of the output (all that CI keeps) shows what failed.
dotnet test PythonCareers.sln --logger "console;verbosity=minimal" "$@"

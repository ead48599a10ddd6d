#!/usr/bin/env bash
# Runs every test in the solution against a real PostgreSQL (each test project makes its own database).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/database.sh
ensure_database

# The output-cache tests run a private redis-server of their own.
if ! command -v redis-server >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "redis-server is not installed: install it (for example: sudo apt-get install redis-server)" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

dotnet test PythonCareers.sln --logger "console;verbosity=normal" "$@"

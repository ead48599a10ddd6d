#!/usr/bin/env bash
# Runs every test in the solution against a real PostgreSQL (each test project makes its own database).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/database.sh
ensure_database

dotnet test PythonCareers.sln --logger "console;verbosity=normal" "$@"

#!/usr/bin/env bash
# Runs the site on http://localhost:5080: starts PostgreSQL, migrates, seeds, serves.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/database.sh
ensure_database

export Database__MigrateOnStartup=true
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project src/PythonCareers.Web --no-launch-profile --urls "${PYTHONCAREERS_URLS:-http://localhost:5080}"

#!/usr/bin/env bash
# The ingest bench on the PostgreSQL store (issue 16): the ingest bench's generated ACLED file
# loaded into a fresh PostgreSQL database, then again (every row unchanged), beside the same two
# runs into a fresh SQLite store. Prints rows/s and peak memory of each.
#
#   PGHOST=127.0.0.1 PGPORT=55432 PGUSER=postgres bench/ingest-postgres.sh [ROWS]     ROWS defaults to 240000
#   (psql on PATH: Debian keeps it in /usr/lib/postgresql/VERSION/bin)
#
# The server is psql's (PGHOST, PGPORT, PGUSER, and PGPASSWORD or ~/.pgpass); the bench makes the
# database kwatch_bench_ingest and drops it at the end. NO_BUILD=1 skips the Release builds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-240000}"
BENCH_DIR="${BENCH_DIR:-/tmp/kwatch-bench}"
DB_NAME=kwatch_bench_ingest
die() { echo "ingest-postgres.sh: $*" >&2; exit 2; }
[[ "$ROWS" =~ ^[0-9]+$ && "$ROWS" -gt 0 ]] || die "ROWS must be a whole number > 0 (got '$ROWS')"
[[ -n "${PGHOST:-}" && -n "${PGPORT:-}" && -n "${PGUSER:-}" ]] || die "set PGHOST, PGPORT and PGUSER to the PostgreSQL server"
command -v psql >/dev/null || die "psql is missing: apt-get install -y postgresql-client"
[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y time"
mkdir -p "$BENCH_DIR"
CLI="$ROOT/src/KhorasanWatch.Cli/bin/Release/net10.0/kwatch.dll"
GEN="$ROOT/bench/AcledGenerator/bin/Release/net10.0/AcledGenerator.dll"
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  (cd "$ROOT" && dotnet build -c Release src/KhorasanWatch.Cli -nologo -v q && dotnet build -c Release bench/AcledGenerator -nologo -v q) >/dev/null || die "build failed"
fi
CSV="$BENCH_DIR/acled-$ROWS.csv"
[[ -f "$CSV" ]] || dotnet "$GEN" "$CSV" "$ROWS" 1 >/dev/null

psql -qc "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME" postgres >/dev/null 2>&1 || die "cannot create the database $DB_NAME"
trap 'psql -qc "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" postgres >/dev/null 2>&1 || true' EXIT
PG="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$DB_NAME"
SQLITE="$BENCH_DIR/ingest-postgres-beside.db"
rm -f "$SQLITE" "$SQLITE-journal" "$SQLITE-audit"

run() { # LABEL STORE
  local out; out="$(/usr/bin/time -f "%e %M" dotnet "$CLI" ingest "$CSV" --db "$2" 2>&1 >/dev/null | tail -1)"
  read -r seconds kb <<<"$out"
  awk -v l="$1" -v r="$ROWS" -v s="$seconds" -v k="$kb" 'BEGIN { printf "| %s | %.1f s | %.0f rows/s | %.0f MB |\n", l, s, r / s, k / 1024 }'
}
echo "| $ROWS rows, whole call | time | rows/s | peak memory |"
echo "|---|---:|---:|---:|"
run "SQLite, fresh" "$SQLITE"
run "SQLite, again (unchanged)" "$SQLITE"
run "PostgreSQL, fresh" "$PG"
run "PostgreSQL, again (unchanged)" "$PG"
rm -f "$SQLITE" "$SQLITE-journal" "$SQLITE-audit"

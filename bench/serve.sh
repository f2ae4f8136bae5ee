#!/usr/bin/env bash
# The dashboard under load: `kwatch serve` on the 2.4M-row store, driven with bounded concurrency
# for a bounded time per page (bench/ServeLoad), p50/p95/p99 and errors.
#
#   bench/serve.sh [ROWS] [SECONDS] [CONCURRENCY]     defaults 2400000, 20, 4
#
# Environment:
#   BENCH_DIR=/tmp/kwatch-bench   where the CSV and the store are (shared with bench/ingest.sh and bench/reads.sh)
#   NO_BUILD=1                    use what is built
#   NO_REINGEST=1                 serve the store as it is (a store ingested by another build has none of
#                                 this build's snapshot, so every read computes from the events)
# Exit status: 0 when every p95 target is met with no errors, 1 when one is missed, 2 when it could not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-2400000}"
SECONDS_PER_PAGE="${2:-20}"
CONCURRENCY="${3:-4}"
BENCH_DIR="${BENCH_DIR:-/tmp/kwatch-bench}"
PORT="${PORT:-5191}"
die() { echo "serve.sh: $*" >&2; exit 2; }
mkdir -p "$BENCH_DIR"

BIN="$BENCH_DIR/serve-bin"
LOAD="$ROOT/bench/ServeLoad/bin/Release/net10.0/ServeLoad.dll"
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  echo "building the CLI, the generator and bench/ServeLoad (Release) ..."
  (cd "$ROOT" && dotnet build -c Release src/KhorasanWatch.Cli -nologo -v q && dotnet build -c Release bench/AcledGenerator -nologo -v q \
    && dotnet build -c Release bench/ServeLoad -nologo -v q) >"$BENCH_DIR/serve-build.log" 2>&1 || { tail -30 "$BENCH_DIR/serve-build.log" >&2; die "build failed"; }
  rm -rf "$BIN" && cp -r "$ROOT/src/KhorasanWatch.Cli/bin/Release/net10.0" "$BIN"
fi
[[ -f "$BIN/kwatch.dll" && -f "$LOAD" ]] || die "nothing built yet: run without NO_BUILD=1"

CSV="$BENCH_DIR/acled-$ROWS.csv"
STORE="$BENCH_DIR/serve-$ROWS.db"
if [[ ! -f "$CSV" || "$(wc -l <"$CSV")" -ne $((ROWS + 1)) ]]; then
  echo "generating $CSV ..."
  dotnet "$ROOT/bench/AcledGenerator/bin/Release/net10.0/AcledGenerator.dll" "$CSV" "$ROWS" 1
fi
if [[ ! -f "$STORE" ]]; then
  echo "ingesting $CSV into $STORE (once) ..."
  code=0; dotnet "$BIN/kwatch.dll" ingest "$CSV" --db "$STORE" >/dev/null 2>"$BENCH_DIR/serve-ingest.err" || code=$?
  (( code <= 1 )) || die "ingest failed: $(tail -3 "$BENCH_DIR/serve-ingest.err")"
elif [[ "${NO_REINGEST:-0}" != 1 ]]; then
  echo "re-ingesting $CSV into $STORE (every row unchanged; writes this build's snapshot) ..."
  code=0; dotnet "$BIN/kwatch.dll" ingest "$CSV" --db "$STORE" >/dev/null 2>"$BENCH_DIR/serve-ingest.err" || code=$?
  (( code <= 1 )) || die "re-ingest failed: $(tail -3 "$BENCH_DIR/serve-ingest.err")"
fi

dotnet "$BIN/kwatch.dll" serve --db "$STORE" --urls "http://127.0.0.1:$PORT" >"$BENCH_DIR/serve.out" 2>"$BENCH_DIR/serve.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/sources" && break
  kill -0 $SERVER 2>/dev/null || die "kwatch serve stopped: $(tail -3 "$BENCH_DIR/serve.err")"
  sleep 0.5
done

echo
echo "Dashboard load: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, source $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- src || echo ' + uncommitted changes in src/'), store $(basename "$STORE") ($ROWS rows, $(du -h "$STORE" | cut -f1))"
code=0; dotnet "$LOAD" "http://127.0.0.1:$PORT" "$SECONDS_PER_PAGE" "$CONCURRENCY" || code=$?
echo "server peak memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$SERVER/status)"
exit $code

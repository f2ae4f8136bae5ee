#!/usr/bin/env bash
# Outputs at scale (issue 17): a store dense in the watched actor's events, then `kwatch events
# --format json` and `kwatch report` on it, each one whole CLI call under GNU time.
#
#   bench/scale.sh [ROWS] [ISKP_SHARE]      defaults: 4200000 0.8 (about 300,000 ISKP events)
#
# The generator's ISKP_SHARE is the share of Afghanistan's non-state perpetrators that are ISKP.
# Environment: BENCH_DIR=/tmp/kwatch-bench; NO_BUILD=1 skips the Release builds.
# Prints the store's size, then wall seconds, peak RSS and output size per call (bench/README.md,
# "Outputs at scale").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-4200000}"
SHARE="${2:-0.8}"
BENCH_DIR="${BENCH_DIR:-/tmp/kwatch-bench}"

die() { echo "scale.sh: $*" >&2; exit 2; }
[[ "$ROWS" =~ ^[0-9]+$ && "$ROWS" -gt 0 ]] || die "ROWS must be a whole number > 0 (got '$ROWS')"
[[ "$SHARE" =~ ^0?\.[0-9]+$ ]] || die "ISKP_SHARE must be a number below 1 (got '$SHARE')"
[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y time"
mkdir -p "$BENCH_DIR"

CLI_DLL="$ROOT/src/KhorasanWatch.Cli/bin/Release/net10.0/kwatch.dll"
GEN_DLL="$ROOT/bench/AcledGenerator/bin/Release/net10.0/AcledGenerator.dll"
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  for project in src/KhorasanWatch.Cli bench/AcledGenerator; do
    echo "building $project (Release) ..." >&2
    (cd "$ROOT" && dotnet build -c Release "$project" -nologo -v q) >"$BENCH_DIR/scale-build.log" 2>&1 \
      || { tail -30 "$BENCH_DIR/scale-build.log" >&2; die "build of $project failed"; }
  done
fi
CLI_BIN="$BENCH_DIR/scale-bin"
rm -rf "$CLI_BIN" && cp -r "$(dirname "$CLI_DLL")" "$CLI_BIN"
KWATCH=(dotnet "$CLI_BIN/kwatch.dll")

CSV="$BENCH_DIR/dense-$ROWS-$SHARE.csv"
STORE="$BENCH_DIR/dense-$ROWS-$SHARE.db"
[[ -f "$CSV" ]] || dotnet "$GEN_DLL" "$CSV" "$ROWS" 1 "$SHARE"
if [[ ! -f "$STORE" ]]; then
  echo "ingesting $CSV ..." >&2
  /usr/bin/time -f "%e %M" -o "$BENCH_DIR/scale-ingest.time" "${KWATCH[@]}" ingest "$CSV" --db "$STORE" >/dev/null 2>&1 || true
else
  # This build's snapshot: an ingest of no rows (the generator's header alone) writes it.
  dotnet "$GEN_DLL" "$BENCH_DIR/scale-header.csv" 0 2>/dev/null
  /usr/bin/time -f "%e %M" -o "$BENCH_DIR/scale-ingest.time" "${KWATCH[@]}" ingest "$BENCH_DIR/scale-header.csv" --db "$STORE" >/dev/null 2>&1 || true
fi

events=$(sqlite3 "$STORE" "SELECT count(*) FROM events" 2>/dev/null || echo '?')
watched=$(sqlite3 "$STORE" "SELECT count(*) FROM events WHERE role <> 'none'" 2>/dev/null || echo '?')
echo "Outputs at scale: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, source $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "store: $events events, $watched of the watched actor; ingest (or snapshot refresh) $(tail -1 "$BENCH_DIR/scale-ingest.time" | awk '{ printf "%s s, peak %.0f MB", $1, $2 / 1024 }')"
echo
echo "| call | wall s | peak RSS MB | output MB |"
echo "|---|---:|---:|---:|"
# call LABEL OUT ARGS...: one timed call; OUT is the file it writes, or - for its standard output (counted, not kept)
call() {
  local label=$1 out=$2 size; shift 2
  if [[ "$out" == - ]]; then
    size=$( { /usr/bin/time -f "%e %M" -o "$BENCH_DIR/scale-call.time" "${KWATCH[@]}" "$@" 2>"$BENCH_DIR/scale-call.err" || echo "failed" >&2; } | wc -c)
  else
    /usr/bin/time -f "%e %M" -o "$BENCH_DIR/scale-call.time" "${KWATCH[@]}" "$@" >/dev/null 2>"$BENCH_DIR/scale-call.err" \
      || { tail -5 "$BENCH_DIR/scale-call.err" >&2; die "$label failed"; }
    size=$(stat -c %s "$out")
  fi
  tail -1 "$BENCH_DIR/scale-call.time" | awk -v l="$label" -v s="$size" '{ printf "| %s | %s | %.0f | %.1f |\n", l, $1, $2 / 1024, s / 1e6 }'
}
call "events --format json" - events --db "$STORE" --format json
call "events --format csv" - events --db "$STORE" --format csv
call "report (default range: three years by quarter)" "$BENCH_DIR/scale-report.html" report --db "$STORE" --out "$BENCH_DIR/scale-report.html"
# The whole history: from the day the actor's coverage starts (its emergence, or the home country's first year of data if later).
start=$("${KWATCH[@]}" indicators --db "$STORE" --period year --format json 2>/dev/null | grep -o '"coverage_start": *"[0-9-]*"' | grep -o '[0-9-]\{10\}') \
  || die "could not read the store's coverage_start"
call "report, $start to the end by month" "$BENCH_DIR/scale-report-all.html" report --db "$STORE" --from "$start" --period month --out "$BENCH_DIR/scale-report-all.html"

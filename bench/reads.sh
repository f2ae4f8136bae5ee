#!/usr/bin/env bash
# Reads at scale: time the reading verbs as whole CLI calls on a 2.4M-row store and on the shipped
# 62-row sample, where the time goes in process, and DuckDB answering the same counts.
#
#   bench/reads.sh [ROWS]           ROWS defaults to 2400000 (the ingest bench's file)
#
# Environment:
#   BENCH_DIR=/tmp/kwatch-bench     where the CSV, the stores and the DuckDB file go (shared with bench/ingest.sh)
#   NO_BUILD=1                      skip the builds (use what is already built and published)
#   RUNS=5                          timed runs of each call (after one untimed run that warms the page cache)
#
# The CLI runs twice over: as built (`dotnet kwatch.dll`, what `dotnet run` and the tests use) and
# as published with ReadyToRun (`dotnet publish -r linux-x64 -p:PublishReadyToRun=true`, compiled
# ahead of time, so no JIT at start). Exit status: 0 when it ran (the targets are read from the
# table, bench/README.md "Reads"), 2 when it could not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-2400000}"
BENCH_DIR="${BENCH_DIR:-/tmp/kwatch-bench}"
RUNS="${RUNS:-5}"

die() { echo "reads.sh: $*" >&2; exit 2; }
[[ "$ROWS" =~ ^[0-9]+$ && "$ROWS" -gt 0 ]] || die "ROWS must be a whole number > 0 (got '$ROWS')"
[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y time"
mkdir -p "$BENCH_DIR"

BUILT="$BENCH_DIR/reads-built"
R2R="$BENCH_DIR/reads-r2r"
READS_DLL="$ROOT/bench/Reads/bin/Release/net10.0/Reads.dll"
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  echo "building the CLI, the generator and bench/Reads (Release), and publishing the CLI with ReadyToRun ..."
  (cd "$ROOT" && dotnet build -c Release src/KhorasanWatch.Cli -nologo -v q && dotnet build -c Release bench/AcledGenerator -nologo -v q \
    && dotnet build -c Release bench/Reads -nologo -v q \
    && dotnet publish src/KhorasanWatch.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$R2R" -nologo -v q) \
    >"$BENCH_DIR/reads-build.log" 2>&1 || { tail -30 "$BENCH_DIR/reads-build.log" >&2; die "build failed"; }
  rm -rf "$BUILT" && cp -r "$ROOT/src/KhorasanWatch.Cli/bin/Release/net10.0" "$BUILT"
fi
[[ -f "$BUILT/kwatch.dll" && -f "$R2R/kwatch.dll" && -f "$READS_DLL" ]] || die "nothing built yet: run without NO_BUILD=1"

CSV="$BENCH_DIR/acled-$ROWS.csv"
BIG="$BENCH_DIR/reads-$ROWS.db"
SAMPLE="$BENCH_DIR/reads-sample.db"
if [[ ! -f "$CSV" || "$(wc -l <"$CSV")" -ne $((ROWS + 1)) ]]; then
  echo "generating $CSV ..."
  dotnet "$ROOT/bench/AcledGenerator/bin/Release/net10.0/AcledGenerator.dll" "$CSV" "$ROWS" 1
fi
if [[ ! -f "$BIG" ]] || ! dotnet "$BUILT/kwatch.dll" sources --db "$BIG" >/dev/null 2>&1; then
  echo "ingesting $CSV into $BIG (once) ..."
  rm -f "$BIG"
  # Exit 1 is an ingest that kept its good rows and rejected some (the generator writes a few dates before ACLED's coverage).
  code=0; dotnet "$BUILT/kwatch.dll" ingest "$CSV" --db "$BIG" >/dev/null 2>"$BENCH_DIR/reads-ingest.err" || code=$?
  (( code <= 1 )) || die "ingest failed: $(tail -3 "$BENCH_DIR/reads-ingest.err")"
elif [[ "${NO_REINGEST:-0}" != 1 ]]; then
  # The reading verbs load a snapshot that this build writes at the end of an ingest; a store
  # ingested by another build has none of this build's. A re-ingest of the same file changes no
  # event (every row is unchanged) and writes it. NO_REINGEST=1 skips this (and times the events path).
  echo "re-ingesting $CSV into $BIG (unchanged rows; writes this build's snapshot) ..."
  code=0; /usr/bin/time -f "%e %M" -o "$BENCH_DIR/reads-reingest.time" dotnet "$BUILT/kwatch.dll" ingest "$CSV" --db "$BIG" >/dev/null 2>"$BENCH_DIR/reads-ingest.err" || code=$?
  (( code <= 1 )) || die "re-ingest failed: $(tail -3 "$BENCH_DIR/reads-ingest.err")"
  read -r wall kb < <(tail -1 "$BENCH_DIR/reads-reingest.time") # GNU time puts "Command exited with non-zero status" first for exit 1
  echo "  took $wall s, peak $((kb / 1024)) MB"
fi
rm -f "$SAMPLE"
dotnet "$BUILT/kwatch.dll" ingest "$ROOT/samples/iskp-notable-attacks.csv" --db "$SAMPLE" >/dev/null 2>&1 || die "sample ingest failed"
dotnet "$BUILT/kwatch.dll" claims import "$ROOT/samples/claims/iskp-paper-claims.csv" --db "$SAMPLE" >/dev/null 2>&1 || die "claims import failed"

# median wall seconds and the largest peak RSS (MB) of RUNS runs of one call, after an untimed one
measure() {
  local out="$BENCH_DIR/reads-call.out" t="$BENCH_DIR/reads-call.time" walls=() rss=0
  "$@" >"$out" 2>&1 || { echo "failed: $* ($(tail -2 "$out"))" >&2; echo "fail fail"; return; }
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$t" "$@" >"$out" 2>&1
    read -r wall kb <"$t"
    walls+=("$wall")
    (( kb > rss )) && rss=$kb
  done
  printf '%s %d\n' "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" $((rss / 1024))
}

declare -A CALLS=(
  [indicators_quarter]="indicators --period quarter --from 2021-01-01 --to 2021-12-31"
  [indicators_year]="indicators --period year"
  [warnings]="warnings"
  [report]="report --out $BENCH_DIR/reads-report.html"
  [events_summary]="events --actor iskp --summary"
  [ach_score]="ach score"
  [sources]="sources"
)
ORDER=(indicators_quarter indicators_year warnings report events_summary ach_score sources)

echo
echo "Reads benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, source $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- src || echo ' + uncommitted changes in src/')"
echo "stores: $(basename "$BIG") ($ROWS rows, $(du -h "$BIG" | cut -f1)) and the shipped sample (62 rows); median wall of $RUNS warm runs, largest peak RSS"
echo
echo "| call | 2.4M, built: s | MB | 2.4M, ReadyToRun: s | MB | sample, built: s | sample, ReadyToRun: s | 2.4M ÷ sample (ReadyToRun) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for name in "${ORDER[@]}"; do
  read -r -a args <<<"${CALLS[$name]}"
  read -r bw bm < <(measure dotnet "$BUILT/kwatch.dll" "${args[@]}" --db "$BIG")
  read -r rw rm < <(measure "$R2R/kwatch" "${args[@]}" --db "$BIG")
  read -r sw _ < <(measure dotnet "$BUILT/kwatch.dll" "${args[@]}" --db "$SAMPLE")
  read -r srw _ < <(measure "$R2R/kwatch" "${args[@]}" --db "$SAMPLE")
  ratio=$(awk -v a="$rw" -v b="$srw" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
  echo "| kwatch ${CALLS[$name]/$BENCH_DIR\//} | $bw | $bm | $rw | $rm | $sw | $srw | $ratio |"
done

echo
echo "In process, on $(basename "$BIG") (bench/Reads stages):"
dotnet "$READS_DLL" stages "$BIG" "$RUNS"
echo
dotnet "$READS_DLL" duckdb "$CSV" "$BENCH_DIR/reads-$ROWS.duckdb" 20
echo "kwatch indicators (the same question, events per quarter of 2021):"
"$R2R/kwatch" indicators --period quarter --from 2021-01-01 --to 2021-12-31 --db "$BIG" --format json \
  | grep -E '^      "(period|events)":' | paste -sd' ' | tr -s ' ' | sed 's/^/  /'

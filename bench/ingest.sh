#!/usr/bin/env bash
# Ingest benchmark: generate an ACLED-format file and time `kwatch ingest` on it end to end.
#
#   bench/ingest.sh [ROWS]          ROWS defaults to 2400000 (about ACLED's whole history, ~1.3 GB)
#
# Environment:
#   BENCH_DIR=/tmp/kwatch-bench     where the CSV, the store and the reports go
#   NO_BUILD=1                      skip the two Release builds (use what is already built)
#   MIN_ROWS_PER_SEC=100000         the throughput target of the first (fresh) ingest
#   MAX_RSS_MB=500                  the peak-memory target, checked on both runs
#
# Exit status: 0 when every target is met, 1 when one is missed (the failing target is printed),
# 2 when the benchmark could not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-2400000}"
BENCH_DIR="${BENCH_DIR:-/tmp/kwatch-bench}"
MIN_ROWS_PER_SEC="${MIN_ROWS_PER_SEC:-100000}"
MAX_RSS_MB="${MAX_RSS_MB:-500}"
SEED=1

die() { echo "ingest.sh: $*" >&2; exit 2; }

[[ "$ROWS" =~ ^[0-9]+$ && "$ROWS" -gt 0 ]] || die "ROWS must be a whole number > 0 (got '$ROWS')"
[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y time"
command -v dotnet >/dev/null || die "dotnet is not on PATH"
mkdir -p "$BENCH_DIR"

CLI_DLL="$ROOT/src/KhorasanWatch.Cli/bin/Release/net10.0/kwatch.dll"
GEN_DLL="$ROOT/bench/AcledGenerator/bin/Release/net10.0/AcledGenerator.dll"
CSV="$BENCH_DIR/acled-$ROWS.csv"
STORE="$BENCH_DIR/store-$ROWS.db"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

build() {
  local log="$BENCH_DIR/build.log"
  echo "building $1 (Release) ..."
  if ! (cd "$ROOT" && dotnet build -c Release "$1" -nologo -v q) >"$log" 2>&1; then
    tail -30 "$log" >&2
    die "build of $1 failed (full log: $log)"
  fi
}

if [[ "${NO_BUILD:-0}" != 1 ]]; then
  build src/KhorasanWatch.Cli
  build bench/AcledGenerator
fi
[[ -f "$CLI_DLL" ]] || die "missing $CLI_DLL (build src/KhorasanWatch.Cli in Release)"
[[ -f "$GEN_DLL" ]] || die "missing $GEN_DLL (build bench/AcledGenerator in Release)"

# Run a snapshot of the built CLI, so that a rebuild of src/ in the middle of the benchmark (other
# work going on in the repo) cannot swap the binary between the two runs.
CLI_BIN="$BENCH_DIR/kwatch-bin"
rm -rf "$CLI_BIN"
cp -r "$(dirname "$CLI_DLL")" "$CLI_BIN"
RUN_DLL="$CLI_BIN/kwatch.dll"

# --- the input file: reused when it is already there with the right number of lines ------------
gen_seconds="(reused)"
lines=-1
if [[ -f "$CSV" ]]; then
  lines=$(wc -l <"$CSV")
fi
if [[ "$lines" -ne $((ROWS + 1)) ]]; then
  echo "generating $CSV ($ROWS rows, seed $SEED) ..."
  t0=$(now)
  dotnet "$GEN_DLL" "$CSV" "$ROWS" "$SEED"
  gen_seconds=$(since "$t0")
else
  echo "reusing $CSV"
fi

# Baseline: how long a plain sequential read of the same bytes takes (from the page cache, as the
# ingest will read it).
t0=$(now); wc -l <"$CSV" >/dev/null; read_seconds=$(since "$t0")
size_mb=$(awk -v b="$(stat -c %s "$CSV")" 'BEGIN { printf "%.0f", b / 1e6 }')

# --- the ingest runs ---------------------------------------------------------------------------
rm -f "$STORE" "$STORE-wal" "$STORE-shm" "$STORE-journal"

# run N: times one `kwatch ingest` into $BENCH_DIR/time-N.txt, report-N.json, stderr-N.txt
run() {
  local n=$1 rc=0
  echo "ingest run $n: dotnet $RUN_DLL ingest $CSV --db $STORE --json   (snapshot of ${CLI_DLL#"$ROOT"/})"
  /usr/bin/time -v -o "$BENCH_DIR/time-$n.txt" \
    dotnet "$RUN_DLL" ingest "$CSV" --db "$STORE" --json >"$BENCH_DIR/report-$n.json" 2>"$BENCH_DIR/stderr-$n.txt" || rc=$?
  # 0 = success, 1 = done but some rows rejected; anything else means the run failed.
  if [[ $rc -gt 1 ]]; then
    tail -20 "$BENCH_DIR/stderr-$n.txt" >&2
    grep -v '^Command exited' "$BENCH_DIR/time-$n.txt" | head -3 >&2 || true
    die "ingest run $n exited $rc (report: $BENCH_DIR/report-$n.json)"
  fi
}

# wall seconds from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.35"
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$BENCH_DIR/time-$1.txt"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$BENCH_DIR/time-$1.txt"; }
# first occurrence of a numeric key in the report: the keys below occur only in files[] objects
count() { grep -m1 -o "\"$2\": *[0-9]*" "$BENCH_DIR/report-$1.json" | grep -o '[0-9]*$' || echo "?"; }
rate() { awk -v r="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", r / s; else print 0 }'; }

run 1
run 2

w1=$(wall 1); w2=$(wall 2); m1=$(rss_mb 1); m2=$(rss_mb 2)
r1=$(count 1 read); r2=$(count 2 read)
[[ "$r1" =~ ^[0-9]+$ ]] || die "report-1.json has no files[0].read (see $BENCH_DIR/report-1.json)"
[[ "$r2" =~ ^[0-9]+$ ]] || die "report-2.json has no files[0].read (see $BENCH_DIR/report-2.json)"
rps1=$(rate "$r1" "$w1"); rps2=$(rate "$r2" "$w2")

echo
echo "Ingest benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo), .NET SDK $(dotnet --version)"
echo "command: bench/ingest.sh $ROWS   (ingest: dotnet src/KhorasanWatch.Cli/bin/Release/net10.0/kwatch.dll ingest FILE --db STORE --json, run from a copy)"
echo "source: $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$ROOT" && [[ -n "$(git status --porcelain -- src 2>/dev/null)" ]] && echo ' + uncommitted changes in src/')"
echo "file: $CSV, $ROWS rows, $size_mb MB; generated in ${gen_seconds} s; plain read (wc -l) ${read_seconds} s"
echo
printf '| %-22s | %11s | %7s | %8s | %11s | %12s | %9s | %9s | %7s | %9s | %8s | %8s | %8s |\n' \
  run rows "size MB" "wall s" "rows/s" "peak RSS MB" read added updated unchanged rejected warnings linked
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' \
  "------------------------" "-------------:" "--------:" "---------:" "------------:" "-------------:" "----------:" "----------:" "--------:" "----------:" "---------:" "---------:" "---------:"
for n in 1 2; do
  if [[ $n == 1 ]]; then label="1: fresh store"; w=$w1; m=$m1; rps=$rps1; else label="2: re-ingest same file"; w=$w2; m=$m2; rps=$rps2; fi
  printf '| %-22s | %11s | %7s | %8s | %11s | %12s | %9s | %9s | %7s | %9s | %8s | %8s | %8s |\n' \
    "$label" "$ROWS" "$size_mb" "$w" "$rps" "$m" \
    "$(count $n read)" "$(count $n added)" "$(count $n updated)" "$(count $n unchanged)" \
    "$(count $n rejected)" "$(count $n warnings)" "$(count $n linked)"
done
echo
echo "store: $STORE ($(du -h "$STORE" | cut -f1)); reports: $BENCH_DIR/report-{1,2}.json; GNU time output: $BENCH_DIR/time-{1,2}.txt"

# --- targets -----------------------------------------------------------------------------------
failed=0
fail() { echo "TARGET MISSED: $*"; failed=1; }
[[ "$r1" -eq "$ROWS" ]] || fail "run 1 read $r1 rows, expected $ROWS"
[[ "$(count 1 rejected)" == 0 ]] || echo "note: run 1 rejected $(count 1 rejected) rows (see report-1.json)"
[[ "$(count 2 added)" == 0 ]] || fail "re-ingest added $(count 2 added) rows, expected 0 (idempotent re-ingest)"
[[ "$rps1" -ge "$MIN_ROWS_PER_SEC" ]] || fail "throughput: $rps1 rows/s < $MIN_ROWS_PER_SEC rows/s (fresh ingest)"
[[ "$m1" -lt "$MAX_RSS_MB" ]] || fail "memory: run 1 peak RSS $m1 MB >= $MAX_RSS_MB MB"
[[ "$m2" -lt "$MAX_RSS_MB" ]] || fail "memory: run 2 peak RSS $m2 MB >= $MAX_RSS_MB MB"
if [[ $failed == 0 ]]; then
  echo "all targets met: >= $MIN_ROWS_PER_SEC rows/s, peak RSS < $MAX_RSS_MB MB"
fi
exit $failed

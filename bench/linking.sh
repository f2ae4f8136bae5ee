#!/usr/bin/env bash
# Linking at scale: an ACLED-format file ingested into a store that already holds a UCDP- and a
# GTD-format file, against the same ingest into an empty store, and the links found against the
# links planted (bench/README.md, "Linking").
#
#   bench/linking.sh [ROWS] [SEED]      defaults: 2400000 (about ACLED's whole history) 1
#
# Steps: (1) ingest the generated ACLED file into an empty store (timed); (2) plant UCDP and GTD
# twins of a share of that store's linkable records, with near misses and background records;
# (3) ingest the two into a second store, then the ACLED file (timed); (4) check the second store's
# links against a brute-force application of the rule and against the planted twins.
# Environment: BENCH_DIR=/tmp/kwatch-bench; NO_BUILD=1 skips the Release builds; MIN_RATIO=0.7.
# Exit status: 0 when every target is met, 1 when one is missed, 2 when the benchmark could not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-2400000}"
SEED="${2:-1}"
BENCH_DIR="${BENCH_DIR:-/tmp/kwatch-bench}"
MIN_RATIO="${MIN_RATIO:-0.7}"

die() { echo "linking.sh: $*" >&2; exit 2; }
[[ "$ROWS" =~ ^[0-9]+$ && "$ROWS" -gt 0 ]] || die "ROWS must be a whole number > 0 (got '$ROWS')"
[[ "$SEED" =~ ^[0-9]+$ ]] || die "SEED must be a whole number (got '$SEED')"
[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y time"
command -v dotnet >/dev/null || die "dotnet is not on PATH"
mkdir -p "$BENCH_DIR"

CLI_DLL="$ROOT/src/KhorasanWatch.Cli/bin/Release/net10.0/kwatch.dll"
GEN_DLL="$ROOT/bench/AcledGenerator/bin/Release/net10.0/AcledGenerator.dll"
LINK_DLL="$ROOT/bench/Linking/bin/Release/net10.0/Linking.dll"
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  for project in src/KhorasanWatch.Cli bench/AcledGenerator bench/Linking; do
    echo "building $project (Release) ..." >&2
    (cd "$ROOT" && dotnet build -c Release "$project" -nologo -v q) >"$BENCH_DIR/linking-build.log" 2>&1 \
      || { tail -30 "$BENCH_DIR/linking-build.log" >&2; die "build of $project failed"; }
  done
fi
for dll in "$CLI_DLL" "$GEN_DLL" "$LINK_DLL"; do [[ -f "$dll" ]] || die "missing $dll (build it in Release)"; done

# A copy of the built CLI, so a rebuild during the benchmark cannot swap the binary between runs.
CLI_BIN="$BENCH_DIR/linking-bin"
rm -rf "$CLI_BIN" && cp -r "$(dirname "$CLI_DLL")" "$CLI_BIN"
KWATCH=(dotnet "$CLI_BIN/kwatch.dll")

CSV="$BENCH_DIR/acled-$ROWS.csv"
if [[ ! -f "$CSV" || "$(wc -l <"$CSV")" -ne $((ROWS + 1)) ]]; then
  echo "generating $CSV ($ROWS rows, seed 1) ..." >&2
  dotnet "$GEN_DLL" "$CSV" "$ROWS" 1
fi

WORK="$BENCH_DIR/linking-$ROWS-$SEED"
EMPTY="$WORK/empty.db"
FUSED="$WORK/fused.db"
rm -rf "$WORK" && mkdir -p "$WORK"

# ingest LABEL STORE FILE...: one timed `kwatch ingest`, its wall seconds and peak RSS in $WORK/LABEL.time
ingest() {
  local label=$1 store=$2 rc=0; shift 2
  echo "ingest ($label): kwatch ingest $* --db $store" >&2
  /usr/bin/time -f "%e %M" -o "$WORK/$label.time" "${KWATCH[@]}" ingest "$@" --db "$store" --json >"$WORK/$label.json" 2>"$WORK/$label.err" || rc=$?
  [[ $rc -le 1 ]] || { tail -20 "$WORK/$label.err" >&2; die "ingest ($label) exited $rc"; }
}
wall() { tail -1 "$WORK/$1.time" | awk '{ print $1 }'; }
rss_mb() { tail -1 "$WORK/$1.time" | awk '{ printf "%.0f", $2 / 1024 }'; }
linked() { grep -o '"linked": *[0-9]*' "$WORK/$1.json" | grep -o '[0-9]*$' | awk '{ s += $1 } END { print s + 0 }'; }
rate() { awk -v r="$ROWS" -v s="$1" 'BEGIN { printf "%.0f", r / s }'; }

ingest empty "$EMPTY" "$CSV"
dotnet "$LINK_DLL" plant "$EMPTY" "$WORK" "$SEED"
ingest others "$FUSED" "$WORK/ged.csv" "$WORK/gtd.csv"
ingest fused "$FUSED" "$CSV"
check_rc=0
dotnet "$LINK_DLL" check "$FUSED" "$WORK/planted.tsv" >"$WORK/check.txt" || check_rc=$?
[[ $check_rc -le 1 ]] || die "the check could not run"

we=$(wall empty); wf=$(wall fused)
ratio=$(awk -v e="$we" -v f="$wf" 'BEGIN { printf "%.2f", e / f }')
echo
echo "Linking benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, .NET SDK $(dotnet --version), source $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "command: bench/linking.sh $ROWS $SEED; files: $(wc -l <"$WORK/ged.csv") UCDP-format rows, $(wc -l <"$WORK/gtd.csv") GTD-format rows (headers included)"
echo
echo "| ingest of $ROWS ACLED-format rows | wall s | rows/s | peak RSS MB | links made |"
echo "|---|---:|---:|---:|---:|"
echo "| into an empty store | $we | $(rate "$we") | $(rss_mb empty) | $(linked empty) |"
echo "| into a store holding the UCDP and GTD files ($(wall others) s to load them, $(linked others) links) | $wf | $(rate "$wf") | $(rss_mb fused) | $(linked fused) |"
echo
echo "rate with other sources / rate into an empty store: $ratio (target >= $MIN_RATIO)"
cat "$WORK/check.txt"
failed=0
awk -v r="$ratio" -v m="$MIN_RATIO" 'BEGIN { exit !(r >= m) }' || { echo "TARGET MISSED: rate ratio $ratio < $MIN_RATIO"; failed=1; }
[[ $check_rc == 0 ]] || { echo "TARGET MISSED: the links are not the rule's, or fewer than 95 % of the twins were linked, or a near miss was linked (above)"; failed=1; }
exit $failed

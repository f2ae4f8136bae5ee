#!/usr/bin/env bash
# Calibration of `kwatch warnings` end to end: synthetic ACLED-format stores with known truth,
# written through the real `kwatch ingest` and read by the real `kwatch warnings --format json`
# (in-process, through the command line's own entry point), null scenarios and changes, beside an
# oracle and the improved Farrington algorithm.
#
#   bench/calibration.sh [RUNS] [KEY_RUNS] [CHANGE_RUNS] [SEED]     defaults: 300 1500 300 1
#
# Prints the markdown tables (bench/README.md, "Calibration") to stdout; progress and the run time
# go to stderr. The same arguments always print the same tables. About 15 minutes on 2 cores with
# the defaults; `bench/calibration.sh 100 300 100` takes about 4.
# Environment: NO_BUILD=1 skips the Release build; CALIBRATION_ONLY=TEXT keeps the scenarios whose
# names hold TEXT (and the null scenarios the changes are compared with).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DLL="$ROOT/bench/Calibration/bin/Release/net10.0/Calibration.dll"

die() { echo "calibration.sh: $*" >&2; exit 2; }

command -v dotnet >/dev/null || die "dotnet is not on PATH"
for arg in "$@"; do
  [[ "$arg" =~ ^[0-9]+$ ]] || die "arguments are whole numbers: RUNS KEY_RUNS CHANGE_RUNS SEED (got '$arg')"
done

if [[ "${NO_BUILD:-0}" != 1 ]]; then
  log="$(mktemp)"
  echo "building bench/Calibration (Release) ..." >&2
  if ! (cd "$ROOT" && dotnet build -c Release bench/Calibration -nologo -v q) >"$log" 2>&1; then
    tail -30 "$log" >&2
    die "build failed (full log: $log)"
  fi
  rm -f "$log"
fi

exec dotnet "$DLL" "$@"

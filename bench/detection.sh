#!/usr/bin/env bash
# Detection-quality benchmark: simulated count series with a known change; the CUSUM against the
# asymptotic optimum and against the naive "≥ 2× the trailing-year mean" rule at equal false alarms.
#
#   bench/detection.sh [SEED] [CHANGES] [IN_CONTROL_YEARS]     defaults: 1 20000 50000
#
# Prints the markdown tables (bench/README.md, "Detection quality") to stdout; build messages and
# the run time go to stderr. The same arguments always print the same tables.
# Environment: NO_BUILD=1 skips the Release build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DLL="$ROOT/bench/Detection/bin/Release/net10.0/Detection.dll"

die() { echo "detection.sh: $*" >&2; exit 2; }

command -v dotnet >/dev/null || die "dotnet is not on PATH"
for arg in "$@"; do
  [[ "$arg" =~ ^[0-9]+$ ]] || die "arguments are whole numbers: SEED CHANGES IN_CONTROL_YEARS (got '$arg')"
done

if [[ "${NO_BUILD:-0}" != 1 ]]; then
  log="$(mktemp)"
  echo "building bench/Detection (Release) ..." >&2
  if ! (cd "$ROOT" && dotnet build -c Release bench/Detection -nologo -v q) >"$log" 2>&1; then
    tail -30 "$log" >&2
    die "build failed (full log: $log)"
  fi
  rm -f "$log"
fi
[[ -f "$DLL" ]] || die "missing $DLL (build bench/Detection in Release)"

exec dotnet "$DLL" "$@"

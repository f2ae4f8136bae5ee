#!/usr/bin/env bash
# Known truth for `kwatch backtest` and the report's forecasts: simulated stores from four
# processes (Poisson, negative binomial, Hawkes with branching ratio 0.5, a drifting log-rate),
# each written through the real `kwatch ingest` and scored by the real `kwatch backtest --format json`
# (in-process, through the command line's own entry point).
#
#   bench/forecasts.sh [STORES] [SEED] [HORIZONS]     defaults: 40 1 1,3,6
#
# Prints the markdown tables (bench/README.md, "Forecasts") to stdout; progress and the run time go
# to stderr. The same arguments always print the same tables. About 5 minutes on 2 cores with the
# defaults; `bench/forecasts.sh 20 1 3` takes under one.
# Environment: NO_BUILD=1 skips the Release build; FORECASTS_EACH_MODEL=1 adds every model's
# reliability table; FORECASTS_QUESTION=pace|mass_casualty|abroad keeps one question's bins;
# FORECASTS_BY_QUESTION=1 adds each question's table; FORECASTS_PROCESS=poisson|negative_binomial|hawkes|drifting runs one process.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DLL="$ROOT/bench/Calibration/bin/Release/net10.0/Calibration.dll"

die() { echo "forecasts.sh: $*" >&2; exit 2; }

command -v dotnet >/dev/null || die "dotnet is not on PATH"
[[ "${1:-40}" =~ ^[0-9]+$ ]] || die "STORES is a whole number (got '$1')"
[[ "${2:-1}" =~ ^[0-9]+$ ]] || die "SEED is a whole number (got '$2')"
[[ "${3:-1,3,6}" =~ ^[136](,[136])*$ ]] || die "HORIZONS are 1, 3 or 6, comma-separated (got '$3')"

if [[ "${NO_BUILD:-0}" != 1 ]]; then
  log="$(mktemp)"
  echo "building bench/Calibration (Release) ..." >&2
  if ! (cd "$ROOT" && dotnet build -c Release bench/Calibration -nologo -v q) >"$log" 2>&1; then
    tail -30 "$log" >&2
    die "build failed (full log: $log)"
  fi
  rm -f "$log"
fi

exec dotnet "$DLL" forecasts "${1:-40}" "${2:-1}" "${3:-1,3,6}"

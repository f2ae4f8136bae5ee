#!/usr/bin/env bash
# Kills real `kwatch ingest` processes at random points (100 by default) and checks, after each,
# that the store passes PRAGMA integrity_check and holds exactly the events of before or after
# the file: the long form of StoreCrashTests (tests/KhorasanWatch.Cli.Tests), which runs 12 in
# every `dotnet test`.
#
#   bench/kills.sh [KILLS]     default 100; about 1 s a run on 2 cores (110 runs: 1.5 min)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ "${1:-100}" =~ ^[0-9]+$ ]] || { echo "kills.sh: KILLS is a whole number (got '$1')" >&2; exit 2; }
cd "$ROOT"
KWATCH_KILLS="${1:-100}" dotnet test tests/KhorasanWatch.Cli.Tests -c Release \
  --filter "FullyQualifiedName~StoreCrashTests.KillsAtRandomPoints" --logger "console;verbosity=detailed" | grep -E "runs:|Passed|Failed|Total"

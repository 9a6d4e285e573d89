#!/usr/bin/env bash
# Issue 12: how soon `aidtracker summarize` of a 1,000,000-commitment ledger stops after Ctrl+C (SIGINT), at several
# moments of its run (reading, validating, summarising, writing), measured from the signal to the process's end.
#   benchmarks/cli-speed/cancel.sh [WORKDIR] [COUNT]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/aidtracker-cli-speed}
count=${2:-1000000}
mkdir -p "$work"
ledger="$work/ledger-$count.json"
[ -f "$ledger" ] || dotnet run -c Release benchmarks/cli-speed/generate-ledger.cs -- "$ledger" "$count"
dotnet build -c Release src/AidTracker.Cli -nologo -v q >/dev/null
tool="src/AidTracker.Cli/bin/Release/net10.0/AidTracker.Cli.dll"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
dotnet "$tool" summarize "$ledger" --to USD --by donor,year --format json -o "$work/out.json" >/dev/null
full=$(( ($(date +%s%N) - start) / 1000000 ))
echo "uninterrupted run: $full ms"
for delay in 0.3 0.8 1.2 1.6 2.0 2.4; do
  rm -f "$work/out.json"
  dotnet "$tool" summarize "$ledger" --to USD --by donor,year --format json -o "$work/out.json" >/dev/null 2>"$work/err.txt" &
  pid=$!
  sleep "$delay"
  sent=$(date +%s%N)
  kill -INT "$pid" 2>/dev/null || true
  set +e; wait "$pid"; code=$?; set -e
  ended=$(( ($(date +%s%N) - sent) / 1000000 ))
  left=$(find "$work" -maxdepth 1 -name '.out.json.*.tmp' | wc -l)
  echo "SIGINT after ${delay} s: exit $code, stopped ${ended} ms after the signal, temporary files left: $left, $(head -c 80 "$work/err.txt")"
done

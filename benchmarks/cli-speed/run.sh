#!/usr/bin/env bash
# The CLI speed measurement of issue 6 (docs/benchmarks.md, "CLI (issue 6)"):
# a 1,000,000-commitment ledger summarised in USD by donor and year, end to end, next to reading the file alone.
#   benchmarks/cli-speed/run.sh [WORKDIR] [COUNT]
set -euo pipefail
source "$(dirname "$0")/prepare.sh" "$@"
for i in 1 2 3; do
  /usr/bin/time -f "read alone (aidtracker validate):                        %e s wall, %U s user, %M KB peak" \
    dotnet "$tool" validate "$ledger" >/dev/null
  /usr/bin/time -f "aidtracker summarize --to USD --by donor,year:            %e s wall, %U s user, %M KB peak" \
    dotnet "$tool" summarize "$ledger" --to USD --by donor,year >/dev/null
  /usr/bin/time -f "aidtracker summarize --to USD --by donor,year --format json: %e s wall, %U s user, %M KB peak" \
    dotnet "$tool" summarize "$ledger" --to USD --by donor,year --format json -o /dev/null
  /usr/bin/time -f "aidtracker summarize --to USD --by donor,year --format csv:  %e s wall, %U s user, %M KB peak" \
    dotnet "$tool" summarize "$ledger" --to USD --by donor,year --format csv >/dev/null
done
dotnet run -c Release benchmarks/cli-speed/measure-phases.cs -- "$ledger" 3

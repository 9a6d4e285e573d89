#!/usr/bin/env bash
# Issue 16: `aidtracker summarize --to USD --by donor,year` against the same job in DuckDB 1.5 (DuckDB.NET), done the
# way an analyst would: the records as newline-delimited JSON, the rates from the same ECB and IMF files, an ASOF join
# on the value date, DECIMAL(38,10), GROUP BY donor, year (the query is in duckdb-compare.cs). Also the Parquet export
# against summarize. Ratios in docs/benchmarks.md ("Issue 16").
#   [RUNS=3] benchmarks/cli-speed/duckdb.sh [WORKDIR] [COUNT]
set -euo pipefail
source "$(dirname "$0")/prepare.sh" "$@"
ndjson="$work/ledger-$count.ndjson"
compare="benchmarks/cli-speed/duckdb-compare.cs"
[ -f "$ndjson" ] || dotnet run -c Release "$compare" -- ndjson "$ledger" "$ndjson"
dotnet build -c Release "$compare" -nologo -v q >/dev/null 2>&1 || true
for i in $(seq 1 "${RUNS:-3}"); do
  /usr/bin/time -f "aidtracker validate (reading alone):                  %e s wall, %U s user, %M KB peak" \
    dotnet "$tool" validate "$ledger" >/dev/null
  /usr/bin/time -f "aidtracker summarize --format csv:                    %e s wall, %U s user, %M KB peak" \
    dotnet "$tool" summarize "$ledger" --to USD --by donor,year --format csv -o "$work/summary.csv"
  /usr/bin/time -f "aidtracker summarize --format json (rates-used pairs): %e s wall, %U s user, %M KB peak" \
    dotnet "$tool" summarize "$ledger" --to USD --by donor,year --format json -o "$work/summary.json"
  /usr/bin/time -f "aidtracker export --to USD (Parquet):                  %e s wall, %U s user, %M KB peak" \
    dotnet "$tool" export "$ledger" --to USD -o "$work/records.parquet" >/dev/null
  /usr/bin/time -f "duckdb process (query timed inside, line above):       %e s wall, %U s user, %M KB peak" \
    dotnet run -c Release --no-build "$compare" -- query "$ndjson" "$work/summary.csv"
done
ls -l "$work/summary.json" "$work/records.parquet"

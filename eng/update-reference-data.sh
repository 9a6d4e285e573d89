#!/usr/bin/env bash
# Refreshes the reference data in data/ from the publishers: the ECB's whole history of euro reference rates, and the
# National Bank of Ukraine's days after the last one in data/nbu-official-uah-rates.csv.gz. See data/README.md.
#
#   eng/update-reference-data.sh [--source ecb|nbu|all] [--ecb URL|FILE] [--nbu URL|DIR] [--until YYYY-MM-DD]
#                                [--data-dir DIR] [--cli COMMAND]
#
#   --source    which files to refresh (default: all)
#   --ecb       the ECB history: a URL or a local file, zip (as the ECB serves it) or CSV
#               (default: https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip)
#   --nbu       the NBU days: a URL with {date} for YYYYMMDD, or a local folder of exchange-YYYYMMDD.json answers
#               (default: https://bank.gov.ua/NBUStatService/v1/statdirectory/exchange?json&date={date})
#   --until     the last NBU day to ask for (default: today, UTC)
#   --data-dir  the folder to refresh (default: data/ of this repository); its README.md gets the new dates
#   --cli       how to run the aidtracker tool, which reads the new ECB file with the library's own reader
#               (default: dotnet run --project src/AidTracker.Cli -c Release --)
#
# Every new file is checked before anything is replaced: it parses completely (each line has the header's fields, an
# ISO date, and for each currency N/A or a positive decimal), its dates are strictly in order (newest first) and
# include every date of the file it replaces, no currency column is lost, the old NBU rows are kept as they were, and
# the library reads the ECB file with the same coverage. Files are written next to the old ones and renamed over them
# only when every check of every requested source has passed: a failed check names the offending line or day and
# leaves data/ as it was. Exit codes: 0 refreshed (or already current), 1 a download or a check failed, 2 usage.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

source=all
ecb=https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip
nbu='https://bank.gov.ua/NBUStatService/v1/statdirectory/exchange?json&date={date}'
until=$(date -u +%F)
data_dir=$root/data
cli="dotnet run --project $root/src/AidTracker.Cli -c Release --"

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source=${2:?}; shift 2;;
    --ecb) ecb=${2:?}; shift 2;;
    --nbu) nbu=${2:?}; shift 2;;
    --until) until=${2:?}; shift 2;;
    --data-dir) data_dir=${2:?}; shift 2;;
    --cli) cli=${2:?}; shift 2;;
    -h|--help) usage; exit 0;;
    *) echo "update-reference-data: unknown option '$1'." >&2; usage >&2; exit 2;;
  esac
done
case "$source" in ecb|nbu|all) ;; *) echo "update-reference-data: --source must be ecb, nbu or all, not '$source'." >&2; exit 2;; esac
[ -d "$data_dir" ] || { echo "update-reference-data: the data folder '$data_dir' does not exist." >&2; exit 2; }
data_dir=$(cd "$data_dir" && pwd)

# New files are staged inside the data folder (same file system, so installing them is a rename) and removed on exit.
stage=$(mktemp -d "$data_dir/.update.XXXXXX")
trap 'rm -rf "$stage"' EXIT

python3 "$root/eng/reference_data.py" check --source "$source" --ecb "$ecb" --nbu "$nbu" --until "$until" \
  --data-dir "$data_dir" --stage "$stage"

# The library's own reader must read the new ECB file completely, with the coverage the checks found.
if [ -f "$stage/ecb-eurofxref-hist.csv" ]; then
  echo "update-reference-data: reading the new ECB file with the aidtracker tool ($cli)"
  if ! $cli rates --rates "$stage/ecb-eurofxref-hist.csv" --format json >"$stage/ecb-coverage.json" 2>"$stage/cli-errors.txt"; then
    echo "update-reference-data: the aidtracker tool could not read the new ECB file; nothing was replaced: $(tail -n 3 "$stage/cli-errors.txt")" >&2
    exit 1
  fi
  python3 "$root/eng/reference_data.py" compare-coverage --stage "$stage"
fi

python3 "$root/eng/reference_data.py" install --data-dir "$data_dir" --stage "$stage"

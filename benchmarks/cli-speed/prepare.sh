# Sourced by the scripts of this folder (run.sh, cancel.sh) with their arguments [WORKDIR] [COUNT]: goes to the
# repository root, generates the ledger of COUNT commitments once (kept in WORKDIR), builds the tool in Release, and sets
# $work, $count, $ledger and $tool.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
work=${1:-/tmp/aidtracker-cli-speed}
count=${2:-1000000}
mkdir -p "$work"
ledger="$work/ledger-$count.json"
[ -f "$ledger" ] || dotnet run -c Release benchmarks/cli-speed/generate-ledger.cs -- "$ledger" "$count"
dotnet build -c Release src/AidTracker.Cli -nologo -v q >/dev/null
tool="src/AidTracker.Cli/bin/Release/net10.0/AidTracker.Cli.dll"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

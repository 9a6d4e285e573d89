#!/usr/bin/env bash
# Adds the symbols that the PublicApiAnalyzers report as undeclared (RS0016) to each project's
# PublicAPI.Unshipped.txt, and removes the ones reported as gone (RS0017). Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet build AidTracker.sln -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -nologo -clp:NoSummary >"$log" 2>&1 || true
python3 - "$log" <<'PY'
import re, sys, collections, os
add = collections.defaultdict(set); remove = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.search(r"(RS0016|RS0017): Symbol '(.+?)' is (?:not part of the declared public API|part of the declared API, but is either not public or could not be found).*\[(.+?\.csproj)\]", line)
    if not m:
        continue
    d = os.path.dirname(m.group(3))
    (add if m.group(1) == "RS0016" else remove)[d].add(m.group(2))
import glob
dirs = set(add) | set(remove) | {os.path.dirname(p) for p in glob.glob("src/*/PublicAPI.Unshipped.txt")}
for d in dirs:
    path = os.path.join(d, "PublicAPI.Unshipped.txt")
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")] if os.path.exists(path) else ["#nullable enable"]
    body = set(l for l in lines[1:] if l.strip()) - remove[d] | add[d]
    with open(path, "w", encoding="utf-8") as f:
        f.write("#nullable enable\n" + "".join(s + "\n" for s in sorted(body, key=lambda s: s.replace("~", ""))))
    print(f"{path}: +{len(add[d])} -{len(remove[d])}")
PY
rm -f "$log"

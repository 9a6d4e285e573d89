#!/usr/bin/env bash
# Issue 12: how soon `aidtracker summarize` of a 1,000,000-commitment ledger stops after Ctrl+C (SIGINT), at several
# moments of its run (reading, validating, summarising, writing), measured from the signal to the process's end.
#   benchmarks/cli-speed/cancel.sh [WORKDIR] [COUNT]
set -euo pipefail
source "$(dirname "$0")/prepare.sh" "$@"
# The runs are started from Python with SIGINT at its default: a process started in the background of a script inherits
# SIGINT ignored (the shell's rule for background jobs), and then Ctrl+C would never reach it.
python3 - "$tool" "$ledger" "$work" <<'PY'
import glob, os, signal, subprocess, sys, time
tool, ledger, work = sys.argv[1:4]
out = os.path.join(work, "out.json")
args = ["dotnet", tool, "summarize", ledger, "--to", "USD", "--by", "donor,year", "--format", "json", "-o", out]
def default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)
t = time.monotonic()
subprocess.run(args, stdout=subprocess.DEVNULL, preexec_fn=default_sigint, check=True)
print(f"uninterrupted run: {(time.monotonic() - t) * 1000:.0f} ms")
for sig in (signal.SIGINT, signal.SIGTERM):
    for delay in (0.3, 0.8, 1.2, 1.6, 2.0, 2.5, 3.0):
        if os.path.exists(out):
            os.remove(out)
        p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=default_sigint)
        time.sleep(delay)
        sent = time.monotonic()
        p.send_signal(sig)
        err = p.communicate()[1].decode()[:60].strip()
        stopped = (time.monotonic() - sent) * 1000
        left = len(glob.glob(os.path.join(work, ".out.json.*.tmp")))
        print(f"{sig.name} after {delay} s: exit {p.returncode}, stopped {stopped:.0f} ms after the signal, temporary files left: {left}, {err}")
PY

#!/usr/bin/env bash
# Refreshes docs/report-sample.png, the README's picture of the sample ledger's report: runs the browser tests of
# AidTracker.Reports (headless Chromium; apt-get install -y chromium), whose screenshot test writes the report of
# samples/japan-ukraine.ledger.json at 1280x800 to artifacts/report-screenshots/, and copies that file to docs/.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "update-report-screenshot: chromium is not installed (apt-get install -y chromium)" >&2; exit 1; }
AIDTRACKER_REQUIRE_CHROMIUM=1 dotnet test --project tests/AidTracker.Reports.Tests/AidTracker.Reports.Tests.csproj -- --filter-method "*SampleReport_Screenshot_IsNotBlankAndDoesNotScrollSideways*"
cp artifacts/report-screenshots/sample-report-1280x800.png docs/report-sample.png
echo "update-report-screenshot: docs/report-sample.png ($(wc -c <docs/report-sample.png) bytes)"

#:project ../../src/AidTracker/AidTracker.csproj
#:property TreatWarningsAsErrors=false
#:property Configuration=Release

// The phases of `aidtracker summarize LEDGER --to USD --by donor,year` in one process, timed with a Stopwatch:
//   dotnet run -c Release benchmarks/cli-speed/measure-phases.cs -- LEDGER [RUNS]
// Prints, per run: reading the file alone (LedgerJson.ReadFileAsync: parse, records, validation), the summary
// (ledger.Summarize on every core) and the process's peak working set.
using System.Diagnostics;
using System.Globalization;
using AidTracker;
using AidTracker.Aggregation;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;

string path = args[0];
int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
IClock clock = SystemClock.Instance;

// the embedded rates load lazily; count them in the first run's summary only once
_ = ExchangeRateSources.Default.Coverage;
for (int run = 1; run <= runs; run++)
{
    var watch = Stopwatch.StartNew();
    Ledger ledger = await LedgerJson.ReadFileAsync(path, clock);
    TimeSpan read = watch.Elapsed;
    watch.Restart();
    Summary summary = ledger.Summarize(
        new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(GroupKey.Donor, GroupKey.Year),
        Environment.ProcessorCount
    );
    TimeSpan summarize = watch.Elapsed;
    Console.WriteLine(
        string.Create(
            CultureInfo.InvariantCulture,
            $"run {run}: read {read.TotalSeconds:F2} s, summarize {summarize.TotalSeconds:F2} s "
                + $"({summary.Groups.Length} groups, {summary.RatesUsed.Count:N0} rates), peak working set "
                + $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB"
        )
    );
    ledger = null!;
    summary = null!;
    GC.Collect();
}

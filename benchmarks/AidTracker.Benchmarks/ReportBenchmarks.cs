using System.Globalization;
using AidTracker.Cli;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AidTracker.Benchmarks;

/// <summary>
/// Issue 17: <c>aidtracker report</c> of a 100,000-record ledger against <c>aidtracker summarize</c> of the same ledger
/// (the baseline), both run in process through the tool's own entry point, each reading the ledger file and writing its
/// output with <c>-o</c>. Goal: the report in under twice the time of summarize. The report's records table lists the
/// first 50 records per donor, its rates and unconverted amounts the first 200: it summarises, it does not list 100,000
/// rows.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private string _folder = null!;
    private string _ledgerFile = null!;
    private CliServices _services = null!;

    [ParamsSource(nameof(SizeValues))]
    public int Records { get; set; }

    public static IEnumerable<int> SizeValues => LedgerBenchmarkData.Sizes;

    /// <summary>Gets or sets the ledger's shape: <c>2024</c>, the JSON benchmarks' ledger (Japan, every record in 2024:
    /// 12 monthly points); <c>10y-5donors</c>, the same records over the ten years 2015-2024 and five donors on four
    /// fiscal years (120 monthly points, the longest span drawn by month).</summary>
    [Params("2024", "10y-5donors")]
    public string Shape { get; set; } = "2024";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "aidtracker-report-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        _ledgerFile = Path.Combine(_folder, "ledger.json");
        File.WriteAllBytes(
            _ledgerFile,
            LedgerBenchmarkData.Write(
                Shape == "2024"
                    ? LedgerBenchmarkData.Build(Records)
                    : LedgerBenchmarkData.Build(Records, months: 120, manyDonors: true)
            )
        );
        _services = new CliServices(
            PlainConsole.Create(TextWriter.Null, 200),
            TextWriter.Null,
            LedgerBenchmarkData.Clock,
            DateTimeZone.Utc,
            progressConsole: null
        );
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public int Summarize() => Run("summarize", _ledgerFile, "--to", "USD", "-o", Path.Combine(_folder, "summary.txt"));

    [Benchmark]
    public int Report() => Run("report", _ledgerFile, "--to", "USD", "-o", Path.Combine(_folder, "report.html"));

    private int Run(params string[] args)
    {
        int exit = CliApp.RunAsync(args, _services).GetAwaiter().GetResult();
        return exit == 0
            ? exit
            : throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"aidtracker {args[0]} exited with {exit}.")
            );
    }
}

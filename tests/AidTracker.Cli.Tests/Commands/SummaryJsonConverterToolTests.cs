using System.Text.Encodings.Web;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Serialization;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests.Commands;

/// <summary><c>ConfigureForAidTracker()</c> writes a summary as <c>summarize --format json</c> prints it (issue 13, point 2).</summary>
public class SummaryJsonConverterToolTests
{
    [Fact]
    public async Task Serialize_SampleInUsd_EqualsTheToolsOutput()
    {
        CliRun run = await CliRun.RunAsync("summarize", CliRun.Sample, "--to", "USD", "--by", "fiscal-year", "--format", "json");
        Ledger ledger = await LedgerJson.ReadFileAsync(CliRun.Sample, new FakeClock(CliRun.Today));
        Summary summary = ledger.Summarize(new SummaryQuery().WithReportingCurrency(Currency.USD).GroupedBy(GroupKey.DonorFiscalYear));
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.ConfigureForAidTracker();

        string written = JsonSerializer.Serialize(summary, options) + "\n";

        run.ShouldSucceed();
        written.Should().Be(run.Out);
    }
}

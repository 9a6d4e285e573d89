using System.Text.Encodings.Web;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Serialization;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests.Commands;

/// <summary><c>ConfigureForAidTracker()</c> writes a summary as <c>summarize --format json</c> prints it (issue 13,
/// point 2).</summary>
public class SummaryJsonConverterToolTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Serialize_SamplePerCurrency_EqualsTheToolsOutput(bool indented)
    {
        string[] indent = indented ? ["--indent"] : [];
        CliRun run = await CliRun.RunAsync([
            "summarize",
            CliRun.Sample,
            "--by",
            "fiscal-year",
            "--format",
            "json",
            .. indent,
        ]);
        Ledger ledger = await LedgerJson.ReadFileAsync(CliRun.Sample, new FakeClock(CliRun.Today));
        Summary summary = ledger.Summarize(new SummaryQuery().GroupedBy(GroupKey.DonorFiscalYear));
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }.ConfigureForAidTracker();

        string written = JsonSerializer.Serialize(summary, options) + "\n";

        run.ShouldSucceed();
        written.Should().Be(run.Out);
    }
}

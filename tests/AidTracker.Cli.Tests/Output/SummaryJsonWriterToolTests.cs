using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests.Output;

/// <summary>
/// The library's <see cref="SummaryJsonWriter"/> writes exactly what <c>aidtracker summarize --format json</c> writes
/// (the tool calls it): the same bytes for the same summary, and valid against docs/cli.schema.json.
/// </summary>
public class SummaryJsonWriterToolTests
{
    private const string Package = "jp-ua-erp-4";

    [Fact]
    public async Task ToJson_SamplePackageInUsd_EqualsTheToolsOutput()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--by",
            "donor,year",
            "--id",
            Package,
            "--format",
            "json",
            "--indent",
            "--rates-used",
            "all"
        );
        SummaryQuery query = new SummaryQuery { ReportingCurrency = Currency.USD }
            .GroupedBy(GroupKey.Donor, GroupKey.Year)
            .WhereIds([Package]);

        string json = await ToolJsonAsync(query);

        run.ShouldSucceed();
        json.Should().Be(run.Out);
        json.Should().Contain("\"value\": \"58825751.29\"").And.Contain("\"rate\": \"0.006684744465");
        CliContract.Validate(JsonDocument.Parse(json).RootElement, "summarize");
    }

    [Fact]
    public async Task ToJson_SampleByMonthAtTheRatesOfOneDate_EqualsTheToolsOutput()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "EUR",
            "--by",
            "month",
            "--rates-on",
            "2024-06-28",
            "--format",
            "json",
            "--indent",
            "--rates-used",
            "all"
        );
        SummaryQuery query = new SummaryQuery
        {
            ReportingCurrency = Currency.EUR,
            Policy = ConversionPolicy.OnDate(new LocalDate(2024, 6, 28)),
        }.GroupedBy(GroupKey.Month);

        string json = await ToolJsonAsync(query);

        run.ShouldSucceed();
        json.Should().Be(run.Out);
        CliContract.Validate(JsonDocument.Parse(json).RootElement, "summarize");
    }

    [Fact]
    public async Task ToJson_SampleIntoGoldWithNoRate_EqualsTheToolsOutputWithItsUnconvertedAmount()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "XAU",
            "--by",
            "donor",
            "--allow-incomplete",
            "--format",
            "json",
            "--indent",
            "--rates-used",
            "all"
        );
        SummaryQuery query = new SummaryQuery { ReportingCurrency = Currency.FromCode("XAU") }.GroupedBy(
            GroupKey.Donor
        );

        string json = await ToolJsonAsync(query);

        run.ShouldSucceed();
        json.Should().Be(run.Out);
        JsonElement root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("complete").GetBoolean().Should().BeFalse();
        root.GetProperty("unconverted").GetArrayLength().Should().Be(1);
        CliContract.Validate(root, "summarize");
    }

    /// <summary>The document with the options the tool uses: every rate, the ledger's record counts, the itemised
    /// parts.</summary>
    private static async Task<string> ToolJsonAsync(SummaryQuery query)
    {
        Ledger ledger = await ReadSampleAsync();
        Summary summary = ledger.Summarize(query);
        Summary parts = ledger.Summarize(query.ItemisedParts());
        var options = new SummaryJsonWriterOptions
        {
            RatesUsed = RatesUsedDetail.All,
            Ledger = ledger,
            Itemised = summary.Counts.InsideCountedParent == 0 || parts.Counts.Counted == 0 ? null : parts,
        };
        return SummaryJsonWriter.ToJson(summary, options, CancellationToken.None);
    }

    private static Task<Ledger> ReadSampleAsync() =>
        LedgerJson.ReadFileAsync(CliRun.Sample, new FakeClock(CliRun.Today));
}

using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;

namespace AidTracker.Cli.Tests.Commands;

public class SummarizeCommandTests
{
    private const string Package = "jp-ua-erp-4";
    private const string Itemised = "jp-ua-erp-4,jp-ua-dpl-2022,jp-ua-dpl-2022-top-up";

    [Fact]
    public async Task Summarize_MainJob_ShowsJapansAidInDollarsByFiscalYear()
    {
        CliRun run = await CliRun.RunAsync("summarize", CliRun.Sample, "--to", "USD", "--by", "fiscal-year");

        run.ShouldSucceed();
        run.Out.Should().Contain("Committed amounts in USD, by fiscal-year.");
        run.Out.Should().MatchRegex(@"│ FY2024 +│ +1 │ over 12,400,000,000\.00 USD │");
        run.Out.Should().MatchRegex(@"│ Total +│ +1 │ over 12,400,000,000\.00 USD │");
        run.Out.Should().Contain("Counted 1 of 4 records; 3 inside a counted parent (not added again).");
        run.Out.Should().Contain("Itemised inside the counted totals above");
        run.Out.Should()
            .MatchRegex(
                @"│ FY2022 +│ +2 │ up to 588,619,050\.31 USD │",
                "the 2022 loan (up to 13 billion yen) and its top-up (65 billion yen)"
            );
        run.Out.Should().MatchRegex(@"│ FY2024 +│ +1 │ +58,825,751\.29 USD │", "the fourth emergency recovery package");
        run.Out.Should()
            .Contain(
                "1 JPY = 0.006684744465... USD (ECB, 2025-02-27, daily, via EUR: 1 EUR = 156.73 JPY, 1 EUR = 1.0477 "
                    + "USD)"
            );
        run.Out.Should().Contain("Rates used (3)");
        run.Out.Should().NotContain("No exchange rate was needed");
    }

    [Fact]
    public async Task Summarize_NothingItemised_SaysNoRateWasNeeded()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--id",
            "jp-ua-cumulative-2025-03"
        );

        run.ShouldSucceed();
        run.Out.Should().NotContain("Itemised");
        run.Out.Should().Contain("No exchange rate was needed: every amount counted is in USD.");
    }

    [Fact]
    public async Task Summarize_AsJson_ListsTheItemisedPartsApartFromTheCountedTotals()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--by",
            "fiscal-year",
            "--format",
            "json",
            "--rates-used",
            "all"
        );

        run.ShouldSucceed();
        JsonNode document = JsonNode.Parse(run.Out)!;
        document["rates"]!
            .AsArray()
            .Should()
            .BeEmpty("the counted total is in dollars; the parts' rates are in itemised");
        document["itemised"]!["rates"]!.AsArray().Should().HaveCount(3);
        document["totals"]![0]!["value"]!.GetValue<string>().Should().Be("12400000000.00");
    }

    [Fact]
    public async Task Summarize_ThePackageAlone_Is58825751Point29UsdAtTheEcbCrossRate()
    {
        CliRun run = await CliRun.RunAsync("summarize", CliRun.Sample, "--to", "USD", "--id", Package);

        run.ShouldSucceed();
        run.Out.Should().MatchRegex(@"│ +1 │ 58,825,751\.29 USD │");
        run.Out.Should()
            .Contain(
                "1 JPY = 0.006684744465... USD (ECB, 2025-02-27, daily, via EUR: 1 EUR = 156.73 JPY, 1 EUR = 1.0477 "
                    + "USD)"
            );
        run.Out.Should().Contain("Source: European Central Bank");
    }

    [Fact]
    public async Task Summarize_ThePackageAloneAsJson_FollowsTheContract()
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
            "--rates-used",
            "all"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        json.GetProperty("measure").GetString().Should().Be("committed");
        json.GetProperty("currency").GetString().Should().Be("USD");
        json.GetProperty("groupBy").EnumerateArray().Select(k => k.GetString()).Should().Equal("donor", "year");
        JsonElement group = json.GetProperty("groups").EnumerateArray().Should().ContainSingle().Subject;
        group.GetProperty("key").GetProperty("donor").GetString().Should().Be("JPN");
        group.GetProperty("key").GetProperty("year").GetString().Should().Be("2025");
        group.GetProperty("count").GetInt32().Should().Be(1);
        group.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("58825751.29");
        JsonElement total = json.GetProperty("totals").EnumerateArray().Should().ContainSingle().Subject;
        total.GetProperty("value").GetString().Should().Be("58825751.29");
        total.GetProperty("currency").GetString().Should().Be("USD");
        total.GetProperty("qualifier").GetString().Should().Be("exact");
        json.GetProperty("complete").GetBoolean().Should().BeTrue();
        JsonElement rate = json.GetProperty("rates").EnumerateArray().Should().ContainSingle().Subject;
        rate.GetProperty("from").GetString().Should().Be("JPY");
        rate.GetProperty("requestedDate").GetString().Should().Be("2025-02-27");
        rate.GetProperty("usedDate").GetString().Should().Be("2025-02-27");
        rate.GetProperty("rate").GetString().Should().StartWith("0.006684744465");
        rate.GetProperty("source").GetString().Should().Be("ECB");
        json.GetProperty("unconverted").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Summarize_ItemisedPackagesByFiscalYear_ConvertEachAtItsOwnDateAndKeepTheCeiling()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--by",
            "fiscal-year",
            "--id",
            Itemised,
            "--format",
            "json",
            "--rates-used",
            "all"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        JsonElement[] groups = [.. json.GetProperty("groups").EnumerateArray()];
        groups
            .Select(g => g.GetProperty("key").GetProperty("fiscal-year").GetString())
            .Should()
            .Equal("FY2022", "FY2024");
        groups[0]
            .GetProperty("totals")[0]
            .GetProperty("qualifier")
            .GetString()
            .Should()
            .Be("at-most", "up to 13 billion yen plus exactly 65 billion yen is up to 78 billion yen");
        groups[1].GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("58825751.29");
        json.GetProperty("rates")
            .EnumerateArray()
            .Select(r => r.GetProperty("requestedDate").GetString())
            .Should()
            .Equal("2022-04-28", "2022-06-07", "2025-02-27");
    }

    [Fact]
    public async Task Summarize_WithoutTo_TotalsPerCurrencyWithoutRates()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--id",
            Itemised,
            "--format",
            "json",
            "--rates-used",
            "all"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        json.GetProperty("currency").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement total = json.GetProperty("totals").EnumerateArray().Should().ContainSingle().Subject;
        total.GetProperty("value").GetString().Should().Be("86800000000");
        total.GetProperty("currency").GetString().Should().Be("JPY");
        total.GetProperty("qualifier").GetString().Should().Be("at-most");
        json.GetProperty("rates").GetArrayLength().Should().Be(0);
        json.GetProperty("credits").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Summarize_SeveralCurrenciesWithoutTo_OneTotalPerCurrency()
    {
        using var folder = new TempFolder();
        string file = ValidateCommandTests.Broken(folder, ledger => ledger["commitments"]!
                .AsArray()
                .Add(
                    new JsonObject
                    {
                        ["id"] = "eu-ua-1",
                        ["title"] = "A grant",
                        ["donor"] = "DEU",
                        ["recipient"] = "UKR",
                        ["amount"] = new JsonObject { ["value"] = "1000000", ["currency"] = "EUR" },
                        ["stage"] = "committed",
                        ["date"] = "2025-02-27",
                        ["category"] = "humanitarian",
                        ["instrument"] = "grant",
                    }
                ));

        CliRun run = await CliRun.RunAsync("summarize", file, "--by", "donor", "--format", "csv");

        run.ShouldSucceed();
        run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Should()
            .Equal(
                "donor,count,value,currency,qualifier,complete",
                "DEU,1,1000000.00,EUR,exact,true",
                "JPN,1,12400000000.00,USD,at-least,true"
            );
    }

    [Fact]
    public async Task Summarize_AsOfBeforeThePackages_LeavesThemOut()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--id",
            Itemised,
            "--as-of",
            "2022-12-31",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        json.GetProperty("asOf").GetString().Should().Be("2022-12-31");
        json.GetProperty("counts")
            .GetProperty("excludedByAsOf")
            .GetInt32()
            .Should()
            .Be(2, "the package and the cumulative figure are dated 2025");
        json.GetProperty("counts").GetProperty("counted").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Summarize_AnnualAverageBasis_UsesTheImfAndCreditsIt()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--id",
            "jp-ua-dpl-2022",
            "--basis",
            "annual-average",
            "--format",
            "json",
            "--rates-used",
            "all"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        json.GetProperty("policy").GetProperty("kind").GetString().Should().Be("annual-average");
        JsonElement rate = json.GetProperty("rates").EnumerateArray().Should().ContainSingle().Subject;
        rate.GetProperty("source").GetString().Should().Be("IMF");
        rate.GetProperty("basis").GetString().Should().Be("annual-average");
        rate.GetProperty("requestedDate").GetString().Should().Be("2022-04-28");
        rate.GetProperty("usedDate").GetString().Should().Be("2022-12-31");
        json.GetProperty("credits")[0].GetString().Should().StartWith("Source: International Monetary Fund");
    }

    [Theory]
    [InlineData("imf", "IMF", "2022-12-31")]
    [InlineData("ecb", "ECB", "2022-04-28")]
    [InlineData("default", "ECB", "2022-04-28")]
    public async Task Summarize_RatesOption_AsksThatSource(string option, string source, string usedDate)
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--id",
            "jp-ua-dpl-2022",
            "--rates",
            option,
            "--format",
            "json",
            "--rates-used",
            "all"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        json.GetProperty("ratesSource").GetString().Should().Be(option);
        JsonElement rate = json.GetProperty("rates").EnumerateArray().Should().ContainSingle().Subject;
        rate.GetProperty("source").GetString().Should().Be(source);
        rate.GetProperty("usedDate").GetString().Should().Be(usedDate);
    }

    [Fact]
    public async Task Summarize_MissingRate_PrintsThePartialSummaryListsTheRecordAndExits1()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "UAH",
            "--id",
            Package,
            "--basis",
            "daily"
        );

        run.ShouldFailWith(1, "1 amount could not be converted into UAH", "--allow-incomplete");
        run.Out.Should()
            .Contain("Not converted (1; the totals leave them out)")
            .And.Contain("jp-ua-erp-4: 8,800,000,000 JPY: ")
            .And.Contain("ECB has no rates for UAH");
    }

    [Fact]
    public async Task Summarize_MissingRateWithOutputFile_WritesNothingAndKeepsTheOldFile()
    {
        using var folder = new TempFolder();
        string file = folder.Write("summary.json", "old summary");

        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "UAH",
            "--id",
            Package,
            "--basis",
            "daily",
            "--format",
            "json",
            "-o",
            file
        );

        run.ShouldFailWith(1, "nothing was written to " + file);
        run.Out.Should().BeEmpty();
        File.ReadAllText(file).Should().Be("old summary");
        folder.FileNames.Should().Equal("summary.json");
    }

    [Fact]
    public async Task Summarize_MissingRateWithAllowIncomplete_WritesTheFileMarkedIncompleteAndExits0()
    {
        using var folder = new TempFolder();
        string file = folder.File("summary.json");

        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "UAH",
            "--id",
            Package,
            "--basis",
            "daily",
            "--format",
            "json",
            "-o",
            file,
            "--allow-incomplete"
        );

        run.ShouldSucceed();
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        CliContract.Validate(json.RootElement, "summarize");
        json.RootElement.GetProperty("complete").GetBoolean().Should().BeFalse();
        JsonElement unconverted = json
            .RootElement.GetProperty("unconverted")
            .EnumerateArray()
            .Should()
            .ContainSingle()
            .Subject;
        unconverted.GetProperty("id").GetString().Should().Be(Package);
        unconverted.GetProperty("reason").GetString().Should().Contain("UAH");
    }

    [Fact]
    public async Task Summarize_InvalidLedger_ListsEachErrorAndExits1()
    {
        using var folder = new TempFolder();
        string file = ValidateCommandTests.Broken(folder, ledger =>
            ledger["commitments"]![1]!["parent"] = "no-such-parent"
        );

        CliRun run = await CliRun.RunAsync("summarize", file, "--to", "USD");

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().HaveCount(2);
        run.ErrorLines[0]
            .Should()
            .Match($"aidtracker: {file}:*: error unknown-parent: record 'jp-ua-erp-4' at $.commitments[1].parent: *");
        run.ErrorLines[1].Should().Contain("1 error, 0 warnings").And.Contain("aidtracker validate");
    }

    [Fact]
    public async Task Summarize_ValueDateInTheFutureOfTheClock_IsAnInvalidLedger()
    {
        CliRun run = await CliRun.RunAsync(
            Instant.FromUtc(2025, 1, 1, 0, 0),
            "summarize",
            CliRun.Sample,
            "--to",
            "USD"
        );

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("value-date-in-future");
    }

    [Fact]
    public async Task Summarize_MissingLedger_FailsWithExit1()
    {
        CliRun run = await CliRun.RunAsync("summarize", "no-such.ledger.json", "--to", "USD");

        run.ShouldFailWith(1, "cannot read 'no-such.ledger.json': no such file.");
    }

    [Theory]
    [InlineData(new[] { "--by", "continent" }, "--by 'continent' is not a key to group by", "fiscal-year")]
    [InlineData(new[] { "--by", "year,year" }, "--by names 'year' twice")]
    [InlineData(new[] { "--measure", "promised" }, "--measure 'promised' is not a measure")]
    [InlineData(new[] { "--to", "XYZ" }, "--to 'XYZ' is not a known currency code")]
    [InlineData(new[] { "--as-of", "31/03/2025" }, "--as-of '31/03/2025' is not a date")]
    [InlineData(new[] { "--basis", "daily" }, "give --to CUR too")]
    [InlineData(new[] { "--format", "xml" }, "--format 'xml' is not offered here; use table or json or csv")]
    public async Task Summarize_UsageError_FailsWithExit2BeforeReading(string[] options, params string[] expected)
    {
        CliRun run = await CliRun.RunAsync(["summarize", "no-such.ledger.json", .. options]);

        run.ShouldFailWith(2, expected);
    }

    [Fact]
    public async Task Summarize_CsvToFile_WritesRfc4180Rows()
    {
        using var folder = new TempFolder();
        string file = folder.File("by-year.csv");

        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--by",
            "year,instrument",
            "--id",
            Itemised,
            "--format",
            "csv",
            "-o",
            file
        );

        run.ShouldSucceed();
        run.Out.Should().BeEmpty();
        string[] rows = File.ReadAllText(file).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().Be("year,instrument,count,value,currency,qualifier,complete");
        rows.Should().Contain("2025,grant,1,58825751.29,USD,exact,true");
        rows.Should().HaveCount(3);
    }
}

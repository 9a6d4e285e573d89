using System.Text.Json;

namespace AidTracker.Cli.Tests.Commands;

public class SummarizeJsonOptionsTests
{
    private const string Parts = "jp-ua-erp-4,jp-ua-dpl-2022,jp-ua-dpl-2022-top-up";

    private static readonly JsonSerializerOptions Relaxed = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task Summarize_JsonByDefault_ListsOnePairWithItsDatesRangeAndRecords()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--id",
            Parts,
            "--format",
            "json"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        json.GetProperty("ratesUsed").GetString().Should().Be("pairs");
        json.TryGetProperty("rates", out _).Should().BeFalse("every rate is listed only with --rates-used all");
        JsonElement pair = json.GetProperty("ratePairs").EnumerateArray().Should().ContainSingle().Subject;
        pair.GetProperty("from").GetString().Should().Be("JPY");
        pair.GetProperty("to").GetString().Should().Be("USD");
        pair.GetProperty("source").GetString().Should().Be("ECB");
        pair.GetProperty("basis").GetString().Should().Be("daily");
        pair.GetProperty("firstDate").GetString().Should().Be("2022-04-28");
        pair.GetProperty("lastDate").GetString().Should().Be("2025-02-27");
        pair.GetProperty("days").GetInt32().Should().Be(3);
        pair.GetProperty("lowestRate").GetString().Should().Be("0.0066847444650035092196771518");
        pair.GetProperty("highestRate").GetString().Should().Be("0.0076460293152483045285495515");
        pair.GetProperty("records").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Summarize_RatesUsedAll_ListsEveryRateBesideThePairs()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--id",
            Parts,
            "--format",
            "json",
            "--rates-used",
            "all"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        json.GetProperty("ratesUsed").GetString().Should().Be("all");
        json.GetProperty("rates")
            .EnumerateArray()
            .Select(r => r.GetProperty("usedDate").GetString())
            .Should()
            .Equal("2022-04-28", "2022-06-07", "2025-02-27");
        json.GetProperty("ratePairs").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Summarize_RatesUsedNone_ListsNoRateButKeepsTheCredits()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--id",
            Parts,
            "--format",
            "json",
            "--rates-used",
            "none"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        json.TryGetProperty("ratePairs", out _).Should().BeFalse();
        json.TryGetProperty("rates", out _).Should().BeFalse();
        json.GetProperty("credits")[0].GetString().Should().StartWith("Source: European Central Bank");
    }

    [Fact]
    public async Task Summarize_Json_ItemisedSectionHasThePartsConvertedButNotAdded()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--by",
            "fiscal-year",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        json.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("12400000000.00");
        JsonElement itemised = json.GetProperty("itemised");
        itemised.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("647444801.60");
        itemised.GetProperty("totals")[0].GetProperty("qualifier").GetString().Should().Be("at-most");
        itemised
            .GetProperty("groups")
            .EnumerateArray()
            .Select(g =>
                g.GetProperty("key").GetProperty("fiscal-year").GetString()
                + " "
                + g.GetProperty("totals")[0].GetProperty("value").GetString()
            )
            .Should()
            .Equal("FY2022 588619050.31", "FY2024 58825751.29");
        itemised.GetProperty("ratePairs")[0].GetProperty("records").GetInt32().Should().Be(3);
        json.GetProperty("ratePairs").GetArrayLength().Should().Be(0, "the counted total is in dollars already");
    }

    [Fact]
    public async Task Summarize_NothingItemised_ItemisedIsNull()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--id",
            "jp-ua-erp-4",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        run.Json().GetProperty("itemised").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Summarize_JsonToAPipe_IsCompactUnlessIndentIsGiven()
    {
        CliRun compact = await CliRun.RunAsync("summarize", CliRun.Sample, "--to", "USD", "--format", "json");
        CliRun indented = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--format",
            "json",
            "--indent"
        );

        compact.ShouldSucceed();
        indented.ShouldSucceed();
        compact.Out.TrimEnd('\n').Should().NotContain("\n", "one line to a pipe or a file");
        compact.Out.Should().StartWith("{\"measure\":\"committed\",\"currency\":\"USD\",");
        indented.Out.Should().StartWith("{\n  \"measure\": \"committed\",\n");
        JsonSerializer
            .Serialize(JsonDocument.Parse(indented.Out).RootElement, Relaxed)
            .Should()
            .Be(compact.Out.TrimEnd('\n'));
    }

    [Fact]
    public async Task Summarize_CsvWithItemised_WritesThePartsToTheirOwnFile()
    {
        using var folder = new TempFolder();
        string totals = folder.File("totals.csv");
        string parts = folder.File("parts.csv");

        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--by",
            "fiscal-year",
            "--format",
            "csv",
            "-o",
            totals,
            "--itemised",
            parts
        );

        run.ShouldSucceed();
        File.ReadAllText(totals)
            .Should()
            .Be("fiscal-year,count,value,currency,qualifier,complete\r\nFY2024,1,12400000000.00,USD,at-least,true\r\n");
        File.ReadAllText(parts)
            .Should()
            .Be(
                "fiscal-year,count,value,currency,qualifier,complete\r\n"
                    + "FY2022,2,588619050.31,USD,at-most,true\r\nFY2024,1,58825751.29,USD,exact,true\r\n"
            );
    }

    [Theory]
    [InlineData("--format json --rates-used some", "--rates-used 'some' is not none, pairs or all")]
    [InlineData("--format csv --rates-used all", "--rates-used is for --format json")]
    [InlineData("--indent", "--indent is for --format json")]
    [InlineData("--format json --itemised parts.csv", "--itemised FILE is for --format csv with -o FILE")]
    public async Task Summarize_OutputOptionsMisused_AreUsageErrors(string options, string message)
    {
        CliRun run = await CliRun.RunAsync(["summarize", CliRun.Sample, "--to", "USD", .. options.Split(' ')]);

        run.ShouldFailWith(2, message);
    }
}

using System.Text.Json;

namespace AidTracker.Cli.Tests.Commands;

public class SummarizeCumulativeTests
{
    [Fact]
    public async Task Summarize_CumulativeByYear_RunsUpToTheCeilingThenTheCumulativeClaim()
    {
        CliRun run = await CliRun.RunAsync("summarize", CliRun.Sample, "--to", "USD", "--cumulative", "year");

        run.ShouldSucceed();
        run.Out.Should().Contain("Running totals at the end of each year.");
        run.Out.Should().MatchRegex(@"│ 2022 +│ 2022-12-31 │ +2 │ +up to 588,619,050\.31 USD │");
        run.Out.Should().MatchRegex(@"│ 2024 +│ 2024-12-31 │ +2 │ +up to 588,619,050\.31 USD │");
        run.Out.Should().MatchRegex(@"│ 2025 +│ 2025-03-05 │ +1 │ over 12,400,000,000\.00 USD │");
    }

    [Fact]
    public async Task Summarize_CumulativeByJapansFiscalYear_AsCsv()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--cumulative",
            "fiscal-year",
            "--format",
            "csv"
        );

        run.ShouldSucceed();
        run.Out.Should()
            .Be(
                "period,end,count,value,currency,qualifier,complete\r\n"
                    + "FY2022,2023-03-31,2,588619050.31,USD,at-most,true\r\n"
                    + "FY2023,2024-03-31,2,588619050.31,USD,at-most,true\r\n"
                    + "FY2024,2025-03-05,1,12400000000.00,USD,at-least,true\r\n"
            );
    }

    [Fact]
    public async Task Summarize_CumulativeByQuarterAsJson_MatchesTheContractUpToAsOf()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--by",
            "instrument",
            "--cumulative",
            "quarter",
            "--as-of",
            "2022-12-31",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarizeCumulative");
        json.GetProperty("cumulative").GetString().Should().Be("quarter");
        json.GetProperty("points")
            .EnumerateArray()
            .Select(p => p.GetProperty("period").GetString() + " " + p.GetProperty("end").GetString())
            .Should()
            .Equal("2022-Q2 2022-06-30", "2022-Q3 2022-09-30", "2022-Q4 2022-12-31");
        JsonElement first = json.GetProperty("points")[0].GetProperty("summary");
        first.GetProperty("groups")[0].GetProperty("key").GetProperty("instrument").GetString().Should().Be("loan");
        first.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("588619050.31");
        first.GetProperty("ratePairs")[0].GetProperty("records").GetInt32().Should().Be(2);
    }

    [Theory]
    [InlineData("--cumulative decade", "--cumulative 'decade' is not a step")]
    [InlineData("--cumulative year --basis stated", "--cumulative is for the committed")]
    public async Task Summarize_CumulativeMisused_IsAUsageError(string options, string message)
    {
        CliRun run = await CliRun.RunAsync(["summarize", CliRun.Sample, "--to", "USD", .. options.Split(' ')]);

        run.ShouldFailWith(2, message);
    }
}

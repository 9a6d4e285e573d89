using System.Text.Json;
using NodaTime;

namespace AidTracker.Cli.Tests.Commands;

public class RatesCommandTests
{
    [Fact]
    public async Task Rates_Table_ListsTheThreeSourcesWithCoverageStalenessAndCredits()
    {
        CliRun run = await CliRun.RunAsync(Instant.FromUtc(2026, 4, 20, 9, 0), "rates");

        run.ShouldSucceed();
        run.Out.Should()
            .MatchRegex(@"│ ECB +│ daily \(7-day tolerance\) +│ EUR +│ +41 │ 1999-01-04 │ 2026-04-13 │ +7 │");
        run.Out.Should()
            .MatchRegex(
                @"│ NBU +│ daily \(7-day tolerance\) +│ UAH +│ +105 │ 1996-09-02 │ 2022-07-21 │ +1,369 │ 2022-07-21 +│ "
                    + @"- +│"
            );
        run.Out.Should().MatchRegex(@"│ IMF +│ annual-average +│ USD +│ +\d+ │ \d{4}-12-31 │ 2024-12-31 │ +475 │");
        run.Out.Should().Contain("Embedded rates only (no data folder");
        run.Out.Should().Contain("RUB to 2022-03-01").And.Contain("UAH").And.Contain("JPY");
        run.Out.Should()
            .Contain("Source: European Central Bank")
            .And.Contain("Source: National Bank of Ukraine")
            .And.Contain("Source: International Monetary Fund");
    }

    [Fact]
    public async Task Rates_Json_FollowsTheContractWithPerCurrencyCoverage()
    {
        CliRun run = await CliRun.RunAsync("rates", "--format", "json");

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "rates");
        json.GetProperty("today").GetString().Should().Be("2026-11-26");
        JsonElement[] sources = [.. json.GetProperty("sources").EnumerateArray()];
        sources.Select(s => s.GetProperty("name").GetString()).Should().Equal("ECB", "NBU", "IMF");
        json.GetProperty("dataDir")
            .ValueKind.Should()
            .Be(JsonValueKind.Null, "the tests see no environment, so no per-user folder");
        JsonElement ecb = sources[0];
        ecb.GetProperty("lastDate").GetString().Should().Be("2026-04-13");
        ecb.GetProperty("daysStale").GetInt32().Should().Be(227);
        JsonElement rub = ecb.GetProperty("currencies")
            .EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "RUB");
        rub.GetProperty("lastDate").GetString().Should().Be("2022-03-01");
        ecb.GetProperty("embedded").GetProperty("lastDate").GetString().Should().Be("2026-04-13");
        ecb.GetProperty("updated").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("credits").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Rates_EcbOnly_ListsOnlyTheEcb()
    {
        CliRun run = await CliRun.RunAsync("rates", "--rates", "ecb", "--format", "json");

        run.ShouldSucceed();
        run.Json()
            .GetProperty("sources")
            .EnumerateArray()
            .Select(s => s.GetProperty("name").GetString())
            .Should()
            .Equal("ECB");
        run.Json().GetProperty("credits").EnumerateArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Rates_File_DescribesTheFile()
    {
        using var folder = new TempFolder();
        string file = folder.Write(
            "treasury.csv",
            "date,base,quote,rate\n2025-02-27,USD,JPY,150\n2025-02-28,USD,JPY,151\n"
        );

        CliRun run = await CliRun.RunAsync("rates", "--rates", file, "--format", "json");

        run.ShouldSucceed();
        JsonElement source = run.Json().GetProperty("sources").EnumerateArray().Should().ContainSingle().Subject;
        source.GetProperty("name").GetString().Should().Be("treasury");
        source.GetProperty("lastDate").GetString().Should().Be("2025-02-28");
    }

    [Fact]
    public async Task Rates_UnknownFormat_FailsWithExit2()
    {
        CliRun run = await CliRun.RunAsync("rates", "--format", "xml");

        run.ShouldFailWith(2, "--format 'xml'");
    }
}

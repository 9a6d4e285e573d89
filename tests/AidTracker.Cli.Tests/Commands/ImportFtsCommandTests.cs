using System.Text.Json;
using AidTracker.Serialization;
using AidTracker.Tests.Shared;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests.Commands;

public class ImportFtsCommandTests
{
    private static readonly string[] Pages =
    [
        Fts("custom-search-locationid-1-year-2020-page-3.json"),
        Fts("custom-search-locationid-1-year-2020.json"),
        Fts("custom-search-locationid-1-year-2020-page-2.json"),
    ];

    private static string Fts(string file) => Path.Combine(RepoPaths.FtsTestData, file);

    [Fact]
    public async Task ImportFts_AfghanistanThreePages_WritesTheLedgerAndReconcilesWithFts()
    {
        using var folder = new TempFolder();
        string output = folder.File("afg.ledger.json");

        CliRun run = await CliRun.RunAsync(["import", "fts", .. Pages, "-o", output]);

        run.ShouldSucceed();
        run.Out.Should()
            .MatchRegex(@"│ funding \(commitments and paid\) +│ +725,591,299\.00 USD │ +725,591,299\.00 USD │ yes +│");
        run.Out.Should().MatchRegex(@"│ not imported: other-boundary +│ +156 │");
        run.Out.Should().MatchRegex(@"│ not imported: shared +│ +17 │");
        run.Out.Should().Contain($"Wrote {output}: 311 commitments, 180 disbursements.");
        Ledger ledger = await LedgerJson.ReadFileAsync(
            output,
            new FakeClock(CliRun.Today),
            TestContext.Current.CancellationToken
        );
        ledger.Commitments.Should().HaveCount(311);
        ledger.Commitments.Count(c => !c.StatedEquivalents.IsEmpty).Should().BeGreaterThan(100);
    }

    [Fact]
    public async Task ImportFts_Json_FollowsTheContract()
    {
        using var folder = new TempFolder();

        CliRun run = await CliRun.RunAsync([
            "import",
            "fts",
            .. Pages,
            "-o",
            folder.File("out.json"),
            "--format",
            "json",
            "--boundary",
            "all",
            "--shared",
            "include",
        ]);

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "importFts");
        json.GetProperty("flowsImported").GetInt32().Should().Be(484);
        json.GetProperty("reconciliation").GetProperty("fundingAgrees").GetBoolean().Should().BeTrue();
        json.GetProperty("reconciliation")
            .GetProperty("ftsFunding")
            .GetProperty("value")
            .GetString()
            .Should()
            .Be("725591299.00");
    }

    [Fact]
    public async Task ImportFts_PageOfAnotherSearch_WritesNothingAndExits1()
    {
        using var folder = new TempFolder();
        string other = folder.Write(
            "other.json",
            """{"data": {"incoming": {"flowCount": 1, "fundingTotal": 5, "pledgeTotal": 0}, "flows": []}, "meta": {"count": 1}}"""
        );
        string output = folder.Write("out.ledger.json", "previous ledger");

        CliRun run = await CliRun.RunAsync("import", "fts", Pages[1], other, "-o", output);

        run.ShouldFailWith(1, "*other.json is not a page of the same search as*", "*No ledger was written*");
        File.ReadAllText(output).Should().Be("previous ledger");
    }

    [Fact]
    public async Task ImportFts_TruncatedPage_WritesNothingAndExits1()
    {
        using var folder = new TempFolder();
        string truncated = folder.Write("truncated.json", File.ReadAllText(Pages[0])[..5000]);

        CliRun run = await CliRun.RunAsync("import", "fts", truncated, "-o", folder.File("out.json"));

        run.ShouldFailWith(1, "*truncated.json is not valid JSON*");
        folder.FileNames.Should().Equal("truncated.json");
    }

    [Fact]
    public async Task ImportFts_NotAnFtsAnswer_WritesNothingAndExits1()
    {
        using var folder = new TempFolder();
        string ledger = folder.Write("x.json", """{"schemaVersion": 1, "commitments": []}""");

        CliRun run = await CliRun.RunAsync("import", "fts", ledger, "-o", folder.File("out.json"));

        run.ShouldFailWith(1, "*x.json is not an FTS flow search answer: it has no data.flows array*");
        folder.FileNames.Should().Equal("x.json");
    }

    [Fact]
    public async Task ImportFts_BadBoundary_Exits2()
    {
        using var folder = new TempFolder();

        CliRun run = await CliRun.RunAsync(
            "import",
            "fts",
            Pages[0],
            "-o",
            folder.File("out.json"),
            "--boundary",
            "inbound"
        );

        run.ShouldFailWith(2, "*--boundary 'inbound' is not a boundary*");
    }

    [Fact]
    public async Task ImportFts_OutputIsAnInput_Exits2()
    {
        CliRun run = await CliRun.RunAsync("import", "fts", Pages[0], "-o", Pages[0]);

        run.ExitCode.Should().Be(2);
        File.Exists(Pages[0]).Should().BeTrue();
    }
}

public class ImportFtsThenSummarizeStatedTests
{
    [Fact]
    public async Task SummarizeBasisStated_AfghanistanImport_EqualsFtsFundingTotalAndMarketRatesDiffer()
    {
        using var folder = new TempFolder();
        string ledger = folder.File("afg.ledger.json");
        string[] pages =
        [
            .. Directory.GetFiles(RepoPaths.FtsTestData, "custom-search-*.json").Order(StringComparer.Ordinal),
        ];
        (await CliRun.RunAsync(["import", "fts", .. pages, "-o", ledger])).ShouldSucceed();

        CliRun stated = await CliRun.RunAsync(
            "summarize",
            ledger,
            "--to",
            "USD",
            "--basis",
            "stated",
            "--measure",
            "committed"
        );
        CliRun market = await CliRun.RunAsync("summarize", ledger, "--to", "USD", "--measure", "committed");

        stated.ShouldSucceed();
        stated.Out.Should().MatchRegex(@"│ +311 │ 725,591,299\.00 USD │");
        stated
            .Out.Should()
            .Contain(
                "Basis stated: 175 commitments at their stated equivalent in USD; the other records at market rates."
            );
        market.ShouldSucceed();
        market.Out.Should().MatchRegex(@"│ +311 │ 726,110,935\.42 USD │");
    }

    [Fact]
    public async Task SummarizeBasisStatedJson_AfghanistanImport_SaysHowManyCommitmentsStoodAtTheirStatedEquivalent()
    {
        using var folder = new TempFolder();
        string ledger = folder.File("afg.ledger.json");
        string[] pages =
        [
            .. Directory.GetFiles(RepoPaths.FtsTestData, "custom-search-*.json").Order(StringComparer.Ordinal),
        ];
        (await CliRun.RunAsync(["import", "fts", .. pages, "-o", ledger])).ShouldSucceed();

        CliRun stated = await CliRun.RunAsync(
            "summarize",
            ledger,
            "--to",
            "USD",
            "--basis",
            "stated",
            "--format",
            "json"
        );
        CliRun market = await CliRun.RunAsync("summarize", ledger, "--to", "USD", "--format", "json");

        stated.ShouldSucceed();
        JsonElement json = stated.Json();
        CliContract.Validate(json, "summarize");
        json.GetProperty("statedCommitments").GetInt32().Should().Be(175);
        json.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("725591299.00");
        market.ShouldSucceed();
        CliContract.Validate(market.Json(), "summarize");
        market.Json().GetProperty("statedCommitments").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task SummarizeByTagPlan_AfghanistanImport_FtsFundingByPlanAddingUpToItsTotal()
    {
        using var folder = new TempFolder();
        string ledger = folder.File("afg.ledger.json");
        string[] pages =
        [
            .. Directory.GetFiles(RepoPaths.FtsTestData, "custom-search-*.json").Order(StringComparer.Ordinal),
        ];
        (await CliRun.RunAsync(["import", "fts", .. pages, "-o", ledger])).ShouldSucceed();

        CliRun run = await CliRun.RunAsync(
            "summarize",
            ledger,
            "--to",
            "USD",
            "--basis",
            "stated",
            "--by",
            "tag:fts:plan,tag:fts:usage-year",
            "--format",
            "json"
        );
        CliRun table = await CliRun.RunAsync(
            "summarize",
            ledger,
            "--to",
            "USD",
            "--basis",
            "stated",
            "--by",
            "tag:fts:plan"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        json.GetProperty("groupBy")
            .EnumerateArray()
            .Select(k => k.GetString())
            .Should()
            .Equal("tag:fts:plan", "tag:fts:usage-year");
        Dictionary<string, (string Value, int Count)> groups = json.GetProperty("groups")
            .EnumerateArray()
            .ToDictionary(
                g =>
                    g.GetProperty("key").GetProperty("tag:fts:plan").GetString()
                    + " | "
                    + g.GetProperty("key").GetProperty("tag:fts:usage-year").GetString(),
                g => (g.GetProperty("totals")[0].GetProperty("value").GetString()!, g.GetProperty("count").GetInt32())
            );
        groups
            .Should()
            .BeEquivalentTo(
                new Dictionary<string, (string, int)>
                {
                    ["929 Afghanistan 2020 | 2020"] = ("564447748.00", 250),
                    ["(none) | 2020"] = ("146143551.00", 60),
                    ["1006 Famine Prevention COVID-19 2020 | 2020"] = ("15000000.00", 1),
                }
            );
        json.GetProperty("totals")[0]
            .GetProperty("value")
            .GetString()
            .Should()
            .Be("725591299.00", "FTS's incoming.fundingTotal");
        table.ShouldSucceed();
        table.Out.Should().MatchRegex(@"│ 929 Afghanistan 2020 +│ +250 │ 564,447,748\.00 USD │");
    }

    [Fact]
    public async Task SummarizeByTag_NoTagName_Exits2NamingTheForm()
    {
        CliRun run = await CliRun.RunAsync("summarize", CliRun.Sample, "--by", "donor,tag:");

        run.ShouldFailWith(2, "*--by 'tag:' is not a key to group by*tag:NAME*");
    }

    [Fact]
    public async Task SummarizeBasisStated_WithoutTo_Exits2()
    {
        CliRun run = await CliRun.RunAsync("summarize", CliRun.Sample, "--basis", "stated");

        run.ShouldFailWith(2, "*give --to CUR too*");
    }
}

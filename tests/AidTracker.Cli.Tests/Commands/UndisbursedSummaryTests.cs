using System.Text.Json.Nodes;

namespace AidTracker.Cli.Tests.Commands;

/// <summary><c>summarize --measure undisbursed</c>: committed, disbursed and the undisbursed balance by group, with the
/// disbursement rate.</summary>
public class UndisbursedSummaryTests
{
    private const string Parts = "jp-ua-erp-4,jp-ua-dpl-2022,jp-ua-dpl-2022-top-up";

    /// <summary>The sample with the 2022 loan paid out in full and the fourth package paid 9 billion yen (0.2 billion
    /// over).</summary>
    private static string WithDisbursements(TempFolder folder)
    {
        JsonNode ledger = JsonNode.Parse(File.ReadAllText(CliRun.Sample))!;
        JsonArray disbursements = ledger["disbursements"]!.AsArray();
        disbursements.Add(Paid("jp-ua-dpl-2022-paid", "jp-ua-dpl-2022", "13000000000", "2022-07-15"));
        disbursements.Add(Paid("jp-ua-erp-4-paid", "jp-ua-erp-4", "9000000000", "2025-03-10"));
        return folder.Write("paid.ledger.json", ledger.ToJsonString());
    }

    private static JsonObject Paid(string id, string commitment, string value, string date) =>
        new()
        {
            ["id"] = id,
            ["commitment"] = commitment,
            ["donor"] = "JPN",
            ["recipient"] = "UKR",
            ["amount"] = new JsonObject { ["value"] = value, ["currency"] = "JPY" },
            ["date"] = date,
        };

    [Fact]
    public async Task Summarize_UndisbursedByInstrument_BalancesRatesAndTheOverDisbursement()
    {
        using var folder = new TempFolder();
        CliRun run = await CliRun.RunAsync(
            "summarize",
            WithDisbursements(folder),
            "--by",
            "instrument",
            "--id",
            Parts,
            "--measure",
            "undisbursed"
        );

        run.ShouldSucceed();
        run.Out.Should()
            .Contain("Committed, disbursed and undisbursed amounts per currency (not converted), by instrument");
        run.Out.Should().MatchRegex(@"│ grant +│ +1 │ +8,800,000,000 JPY │ +9,000,000,000 JPY │ +0 JPY │ 102\.3% │");
        run.Out.Should()
            .MatchRegex(
                @"│ loan +│ +2 │ up to 78,000,000,000 JPY │ +13,000,000,000 JPY │ up to 65,000,000,000 JPY │ +16\.7% │"
            );
        run.Out.Should()
            .MatchRegex(
                @"│ Total +│ +3 │ up to 86,800,000,000 JPY │ +22,000,000,000 JPY │ up to 65,000,000,000 JPY │ +25\.3% │"
            );
        run.Out.Should()
            .Contain(
                "over-disbursed: jp-ua-erp-4: 9,000,000,000 JPY disbursed against 8,800,000,000 JPY (200,000,000 JPY "
                    + "more; its balance counts as zero)"
            );
    }

    [Fact]
    public async Task Summarize_UndisbursedAsOfBeforeThePackagePayment_CountsOnlyTheLoanPayment()
    {
        using var folder = new TempFolder();
        CliRun run = await CliRun.RunAsync(
            "summarize",
            WithDisbursements(folder),
            "--id",
            Parts,
            "--measure",
            "undisbursed",
            "--as-of",
            "2025-03-01",
            "--format",
            "csv"
        );

        run.ShouldSucceed();
        run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Should()
            .Equal(
                "count,committed,disbursed,undisbursed,currency,qualifier,disbursementRate",
                "3,86800000000,13000000000,73800000000,JPY,at-most,0.14977"
            ); // 13 / 86.8 = 0.14976958...
    }

    [Fact]
    public async Task Summarize_UndisbursedAsJson_FollowsTheContract()
    {
        using var folder = new TempFolder();
        CliRun run = await CliRun.RunAsync(
            "summarize",
            WithDisbursements(folder),
            "--id",
            Parts,
            "--measure",
            "undisbursed",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        CliContract.Validate(run.Json(), "summarizeUndisbursed");
        JsonNode document = JsonNode.Parse(run.Out)!;
        document["undisbursed"]![0]!["value"]!.GetValue<string>().Should().Be("65000000000");
        document["undisbursed"]![0]!["qualifier"]!.GetValue<string>().Should().Be("at-most");
        document["disbursementRate"]!.GetValue<string>().Should().Be("0.253456"); // 22 / 86.8
        document["overDisbursed"]![0]!["id"]!.GetValue<string>().Should().Be("jp-ua-erp-4");
        document["overDisbursed"]![0]!["excess"]!["value"]!.GetValue<string>().Should().Be("200000000");
    }

    [Fact]
    public async Task Summarize_UndisbursedOnTheStatedBasis_IsAUsageError()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--basis",
            "stated",
            "--measure",
            "undisbursed"
        );

        run.ShouldFailWith(2, "--basis stated is not for --measure undisbursed*");
    }
}

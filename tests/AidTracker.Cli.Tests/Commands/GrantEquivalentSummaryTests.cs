using System.Globalization;
using System.Text.Json.Nodes;

namespace AidTracker.Cli.Tests.Commands;

/// <summary><c>summarize --measure grant-equivalent --income-group ...</c>: loans at their grant equivalent beside face
/// value, with the rule and rate each used.</summary>
public class GrantEquivalentSummaryTests
{
    private const string Parts = "jp-ua-erp-4,jp-ua-dpl-2022,jp-ua-dpl-2022-top-up";

    [Fact]
    public async Task Summarize_SampleInUsdAsLowerMiddleIncome_ShowsTheLoanAtItsGrantEquivalentBesideItsFaceValue()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--measure",
            "grant-equivalent",
            "--income-group",
            "lmic"
        );

        run.ShouldSucceed();
        run.Out.Should().Contain("Committed amounts at face value and at grant equivalent in USD.");
        run.Out.Should().Contain("Income groups: lmic for every recipient.");
        run.Out.Should()
            .MatchRegex(
                @"│ +1 │ over 12,400,000,000\.00 USD │ over 12,400,000,000\.00 USD │",
                "the cumulative figure's composition is not known"
            );
        run.Out.Should()
            .MatchRegex(
                @"│ jp-ua-dpl-2022 +│ up to 13,000,000,000 JPY │ lmic +│ +7\.00% │ +62\.06% │ +15\.00% │ up to "
                    + @"8,067,567,659 JPY │ up to 99,398,381\.10 USD │ up to 61,684,858\.83 USD │"
            );
        run.Out.Should()
            .MatchRegex(
                @"│ jp-ua-dpl-2022-top-up +│ +65,000,000,000 JPY │ lmic +│ +7\.00% │ +62\.06% │ +15\.00% │ "
                    + @"+40,337,838,297 JPY │ +489,220,669\.21 USD │ +303,601,603\.78 USD │"
            );
        run.Out.Should()
            .Contain(
                "jp-ua-dpl-2022: grant element 62.06% at the 7% discount rate (DAC rule for lower-middle-income "
                    + "countries) reaches the 15% minimum (terms: 1% a year, 30 years incl. 10 years' grace, "
                    + "equal-principal, 2 payments a year)"
            );
        run.Out.Should().Contain("1 JPY = 0.007646029315... USD (ECB, 2022-04-28, daily");
    }

    [Fact]
    public async Task Summarize_ByInstrument_ShowsBothMeasuresPerGroup()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--to",
            "USD",
            "--by",
            "instrument",
            "--id",
            Parts,
            "--measure",
            "grant-equivalent",
            "--income-group",
            "lmic"
        );

        run.ShouldSucceed();
        run.Out.Should().MatchRegex(@"│ grant +│ +1 │ +58,825,751\.29 USD │ +58,825,751\.29 USD │");
        run.Out.Should().MatchRegex(@"│ loan +│ +2 │ up to 588,619,050\.31 USD │ up to 365,286,462\.61 USD │");
        run.Out.Should().MatchRegex(@"│ Total +│ +3 │ up to 647,444,801\.60 USD │ up to 424,112,213\.90 USD │");
    }

    [Fact]
    public async Task Summarize_GrantEquivalentAsJson_FollowsTheContract()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--by",
            "instrument",
            "--id",
            Parts,
            "--measure",
            "grant-equivalent",
            "--income-group",
            "ldc",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        CliContract.Validate(run.Json(), "summarizeGrantEquivalent");
        JsonNode document = JsonNode.Parse(run.Out)!;
        JsonNode loan = document["loans"]![0]!;
        loan["id"]!.GetValue<string>().Should().Be("jp-ua-dpl-2022");
        loan["incomeGroup"]!.GetValue<string>().Should().Be("ldc");
        loan["discountRate"]!.GetValue<string>().Should().Be("0.09");
        loan["minimumGrantElement"]!.GetValue<string>().Should().Be("0.45");
        loan["grantElement"]!.GetValue<string>().Should().Be("0.711774191993", "the check of the conventions: 71.18%");
        // 13,000,000,000 × 0.711774191993
        loan["grantEquivalent"]!["value"]!.GetValue<string>().Should().Be("9253064496");
        loan["faceValueConverted"].Should().BeNull();
        document["groups"]![1]!["grantEquivalent"]![0]!["value"]!.GetValue<string>().Should().Be("55518386975");
        document["complete"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Summarize_GrantEquivalentAsCsv_HasBothColumns()
    {
        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--by",
            "instrument",
            "--id",
            Parts,
            "--measure",
            "grant-equivalent",
            "--income-group",
            "lmic",
            "--format",
            "csv"
        );

        run.ShouldSucceed();
        run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Should()
            .Equal(
                "instrument,count,faceValue,grantEquivalent,currency,qualifier",
                "grant,1,8800000000,8800000000,JPY,exact",
                "loan,2,78000000000,48405405956,JPY,at-most"
            );
    }

    [Fact]
    public async Task Summarize_IncomeGroupFileWithoutTheLoansYear_ListsTheLoanAndExits1UnlessAllowed()
    {
        using var folder = new TempFolder();
        string groups = folder.Write("groups.csv", "recipient,year,income-group\nUKR,2023,lmic\n");

        CliRun failed = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--id",
            Parts,
            "--measure",
            "grant-equivalent",
            "--income-group",
            groups
        );
        CliRun allowed = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--id",
            Parts,
            "--measure",
            "grant-equivalent",
            "--income-group",
            groups,
            "--allow-incomplete"
        );

        failed.ShouldFailWith(1, "2 loans without a known grant equivalent", "--allow-incomplete");
        allowed.ShouldSucceed();
        allowed
            .Out.Should()
            .Contain(
                "jp-ua-dpl-2022: no income group is given for UKR in 2022 (income groups from groups.csv (1 row)), so "
                    + "the discount rate is unknown"
            );
    }

    [Theory]
    [InlineData(new[] { "--measure", "grant-equivalent" }, 2, "needs --income-group")]
    [InlineData(new[] { "--income-group", "lmic" }, 2, "--income-group is for --measure grant-equivalent")]
    [InlineData(
        new[] { "--measure", "grant-equivalent", "--income-group", "hic" },
        2,
        "'hic' is neither an income group"
    )]
    [InlineData(
        new[] { "--measure", "grants" },
        2,
        "use committed, pledged, disbursed, spent, grant-equivalent or undisbursed"
    )]
    public async Task Summarize_BadGrantEquivalentOptions_AreUsageErrors(string[] options, int exitCode, string message)
    {
        CliRun run = await CliRun.RunAsync(["summarize", CliRun.Sample, .. options]);

        run.ShouldFailWith(exitCode, message);
    }

    [Fact]
    public async Task Summarize_BadIncomeGroupFile_IsInvalidDataNamingTheLine()
    {
        using var folder = new TempFolder();
        string groups = folder.Write("groups.csv", "recipient,year,income-group\nUKR,2022,high\n");

        CliRun run = await CliRun.RunAsync(
            "summarize",
            CliRun.Sample,
            "--measure",
            "grant-equivalent",
            "--income-group",
            groups
        );

        run.ShouldFailWith(1, "groups.csv, line 2: 'high' is not an income group");
    }

    [Fact]
    public async Task Summarize_ManyLoansOneDear_ListsFiftyAndSaysTheDearOneIsNotOda()
    {
        using var folder = new TempFolder();
        IEnumerable<string> loans = Enumerable
            .Range(0, 53)
            .Select(i =>
                "{\"id\": \"loan-"
                + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
                + "\", \"title\": \"Loan\", \"donor\": \"JPN\", \"recipient\": \"UKR\", "
                + "\"amount\": {\"value\": \"1000000\", \"currency\": \"USD\"}, \"stage\": \"committed\", \"date\": "
                + "\"2024-01-01\", \"category\": \"financial\", \"instrument\": \"loan\", "
                + "\"terms\": {\"interestRate\": \""
                + (i == 0 ? "0.05" : "0.01")
                + "\", \"maturityYears\": 10, \"graceYears\": 2}}"
            );
        string ledger = folder.Write(
            "loans.ledger.json",
            "{\"schemaVersion\": 1, \"commitments\": [" + string.Join(",", loans) + "]}"
        );

        CliRun run = await CliRun.RunAsync(
            "summarize",
            ledger,
            "--measure",
            "grant-equivalent",
            "--income-group",
            "lmic"
        );

        run.ShouldSucceed();
        run.Out.Should()
            .Contain(
                "loan-00: grant element 9.21% at the 7% discount rate (DAC rule for lower-middle-income countries) is "
                    + "below the 15% minimum: not concessional, grant equivalent 0 as ODA"
            );
        run.Out.Should()
            .MatchRegex(@"│ loan-00 +│ +1,000,000\.00 USD │ lmic +│ +7\.00% │ +9\.21% │ +15\.00% │ +0\.00 USD │");
        run.Out.Should()
            .Contain("loan-49")
            .And.NotContain("loan-50")
            .And.Contain("... and 3 more loans (--format json lists them all)");
        run.Out.Should().MatchRegex(@"│ +53 │ +53,000,000\.00 USD │ +\d{2},\d{3},\d{3}\.\d{2} USD │");
    }
}

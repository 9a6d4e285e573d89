using System.Text.Json.Nodes;

namespace AidTracker.Cli.Tests.Commands;

/// <summary><c>debt-service LEDGER</c>: the loans' scheduled repayments per year or fiscal year.</summary>
public class DebtServiceCommandTests
{
    [Fact]
    public async Task DebtService_Sample_ShowsTheRepaymentsByYear()
    {
        CliRun run = await CliRun.RunAsync("debt-service", CliRun.Sample);

        run.ShouldSucceed();
        run.Out.Should()
            .Contain("Debt service: the scheduled repayments of 2 loans by calendar year, in the loans' currencies.");
        run.Out.Should().MatchRegex(@"│ 2023 +│ +780,000,000 JPY │ +0 JPY │ +0 JPY │ +780,000,000 JPY │ +4 │");
        run.Out.Should()
            .MatchRegex(@"│ 2032 +│ +780,000,000 JPY │ +1,950,000,000 JPY │ +0 JPY │ +2,730,000,000 JPY │ +4 │");
        run.Out.Should().MatchRegex(@"│ Total +│ +│ +│ +│ +93,795,000,000 JPY │");
        run.Out.Should()
            .Contain(
                "jp-ua-dpl-2022-top-up: 65,000,000,000 JPY at 1% a year, 30 years incl. 10 years' grace, "
                    + "equal-principal, 2 payments a year, disbursed 2022-06-07 (assumed: its commitment date)"
            );
    }

    [Fact]
    public async Task DebtService_ByFiscalYearInUsdAsJson_FollowsTheContract()
    {
        CliRun run = await CliRun.RunAsync(
            "debt-service",
            CliRun.Sample,
            "--by",
            "fiscal-year",
            "--to",
            "USD",
            "--rates-on",
            "2025-02-27",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        CliContract.Validate(run.Json(), "debtService");
        JsonNode document = JsonNode.Parse(run.Out)!;
        JsonNode first = document["periods"]![0]!;
        first["period"]!.GetValue<string>().Should().Be("FY2022");
        first["currency"]!.GetValue<string>().Should().Be("USD");
        // 390,000,000 JPY at 1 EUR = 156.73 JPY = 1.0477 USD
        first["interest"]!.GetValue<string>().Should().Be("2607050.34");
        document["rates"]!.AsArray().Should().ContainSingle();
        document["loans"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task DebtService_AsCsv_HasARowPerYear()
    {
        CliRun run = await CliRun.RunAsync("debt-service", CliRun.Sample, "--format", "csv");

        run.ShouldSucceed();
        string[] lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("period,currency,interest,principal,fees,total,payments");
        lines.Should().HaveCount(32).And.Contain("2022,JPY,390000000,0,0,390000000,2");
    }

    [Theory]
    [InlineData(new[] { "--by", "month" }, "--by 'month' is not a period")]
    [InlineData(new[] { "--rates-on", "2025-02-27" }, "give --to CUR too")]
    public async Task DebtService_BadOptions_AreUsageErrors(string[] options, string message)
    {
        CliRun run = await CliRun.RunAsync(["debt-service", CliRun.Sample, .. options]);

        run.ShouldFailWith(2, message);
    }
}

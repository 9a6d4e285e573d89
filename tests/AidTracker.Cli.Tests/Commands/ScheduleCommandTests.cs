using System.Text.Json.Nodes;

namespace AidTracker.Cli.Tests.Commands;

/// <summary><c>schedule LEDGER --id LOAN</c>: the payment table of a loan.</summary>
public class ScheduleCommandTests
{
    [Fact]
    public async Task Schedule_Dpl2022_ShowsSixtyPaymentsFromItsCommitmentDate()
    {
        CliRun run = await CliRun.RunAsync("schedule", CliRun.Sample, "--id", "jp-ua-dpl-2022");

        run.ShouldSucceed();
        run.Out.Should()
            .Contain(
                "up to 13,000,000,000 JPY at 1% a year, 30 years incl. 10 years' grace, equal-principal, 2 payments a "
                    + "year; disbursed in full on 2022-04-28"
            );
        run.Out.Should().Contain("The amount is a ceiling");
        run.Out.Should()
            .MatchRegex(@"│ +1 │ 2022-10-28 │ +65,000,000 JPY │ +0 JPY │ +65,000,000 JPY │ 13,000,000,000 JPY │");
        run.Out.Should()
            .MatchRegex(
                @"│ +21 │ 2032-10-28 │ +65,000,000 JPY │ +325,000,000 JPY │ +390,000,000 JPY │ 12,675,000,000 JPY │"
            );
        run.Out.Should()
            .MatchRegex(@"│ +60 │ 2052-04-28 │ +1,625,000 JPY │ +325,000,000 JPY │ +326,625,000 JPY │ +0 JPY │");
        run.Out.Should().MatchRegex(@"│ Total │ +│ 2,632,500,000 JPY │ 13,000,000,000 JPY │ 15,632,500,000 JPY │");
    }

    [Fact]
    public async Task Schedule_AsJsonFromAGivenDate_FollowsTheContract()
    {
        CliRun run = await CliRun.RunAsync(
            "schedule",
            CliRun.Sample,
            "--id",
            "jp-ua-dpl-2022-top-up",
            "--from",
            "2022-08-31",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        CliContract.Validate(run.Json(), "schedule");
        JsonNode document = JsonNode.Parse(run.Out)!;
        document["payments"]!.AsArray().Should().HaveCount(60);
        document["payments"]![0]!["date"]!.GetValue<string>().Should().Be("2023-02-28");
        document["payments"]![3]!["date"]!.GetValue<string>().Should().Be("2024-08-31");
        document["totalPrincipal"]!.GetValue<string>().Should().Be("65000000000");
        document["terms"]!["interestRate"]!.GetValue<string>().Should().Be("0.01");
        document["disbursementFrom"]!.GetValue<string>().Should().Be("the date given with --from");
    }

    [Fact]
    public async Task Schedule_AsCsv_HasAHeaderAndARowPerPayment()
    {
        CliRun run = await CliRun.RunAsync("schedule", CliRun.Sample, "--id", "jp-ua-dpl-2022", "--format", "csv");

        run.ShouldSucceed();
        string[] lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(61);
        lines[0].Should().Be("number,date,interest,principal,total,outstandingAfter,currency");
        lines[21].Should().Be("21,2032-10-28,65000000,325000000,390000000,12675000000,JPY");
    }

    [Theory]
    [InlineData("nope", 1, "has no commitment 'nope'")]
    [InlineData("jp-ua-erp-4", 1, "'jp-ua-erp-4' is not a loan")]
    public async Task Schedule_NotALoan_IsInvalidData(string id, int exitCode, string message)
    {
        CliRun run = await CliRun.RunAsync("schedule", CliRun.Sample, "--id", id);

        run.ShouldFailWith(exitCode, message);
    }

    [Fact]
    public async Task Schedule_WithoutId_IsAUsageError()
    {
        CliRun run = await CliRun.RunAsync("schedule", CliRun.Sample);

        run.ShouldFailWith(2, "needs --id LOAN");
    }
}

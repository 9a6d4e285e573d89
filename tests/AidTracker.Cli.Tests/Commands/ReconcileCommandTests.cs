using System.Globalization;
using System.Text.Json;

namespace AidTracker.Cli.Tests.Commands;

public class ReconcileCommandTests
{
    [Fact]
    public async Task Reconcile_Sample_StatedDollarsHoldAsApproximately7Point6PercentAboveTheEcb()
    {
        CliRun run = await CliRun.RunAsync("reconcile", CliRun.Sample);

        run.ShouldSucceed();
        run.Out.Should()
            .MatchRegex(
                @"│ jp-ua-erp-4 +│ approx\. 63,300,000\.00 USD +│ +58,825,751\.29 USD │ +4,474,248\.71 USD │ holds"
            );
        run.Out.Should().Contain("(+7.6%)");
        run.Out.Should()
            .Contain(
                "jp-ua-erp-4: implied 139.02 JPY per USD, market 149.59 (ECB, 2025-02-27); "
                    + "the statement is 7.6% above the market conversion."
            );
        run.Out.Should()
            .Contain(
                "1 JPY = 0.006684744465... USD (ECB, 2025-02-27, daily, via EUR: 1 EUR = 156.73 JPY, 1 EUR = 1.0477 "
                    + "USD)"
            );
        run.Out.Should().Contain("2 statements: 1 hold, 0 do not, 1 cannot be decided, 0 not computed.");
    }

    [Fact]
    public async Task Reconcile_CumulativeTotal_PartsAreALowerBoundThatCannotDecideOver12Point4Billion()
    {
        CliRun run = await CliRun.RunAsync("reconcile", CliRun.Sample, "--format", "json");

        run.ShouldSucceed();
        JsonElement total = run.Json()
            .GetProperty("checks")
            .EnumerateArray()
            .Single(c => c.GetProperty("kind").GetString() == "total");
        total.GetProperty("id").GetString().Should().Be("jp-ua-cumulative-2025-03");
        total.GetProperty("outcome").GetString().Should().Be("inconclusive");

        // 8.8 billion yen (2025-02-27) + the 65 billion yen top-up (2022-06-07); the loan "up to 13 billion yen"
        // gives no lower bound.
        total.GetProperty("computed").GetProperty("value").GetString().Should().Be("548046420.50");
        total.GetProperty("computed").GetProperty("qualifier").GetString().Should().Be("at-least");
        total.GetProperty("parts").GetInt32().Should().Be(2);
        total.GetProperty("note").GetString().Should().Contain("1 part stated as a ceiling");
    }

    [Fact]
    public async Task Reconcile_AsJson_MatchesTheContractWithImpliedAndMarketRates()
    {
        CliRun run = await CliRun.RunAsync("reconcile", CliRun.Sample, "--format", "json");

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "reconcile");
        JsonElement stated = json.GetProperty("checks")
            .EnumerateArray()
            .Single(c => c.GetProperty("kind").GetString() == "stated-equivalent");
        stated.GetProperty("outcome").GetString().Should().Be("holds");
        stated.GetProperty("difference").GetProperty("value").GetString().Should().Be("4474248.71");
        stated.GetProperty("relativeDifference").GetString().Should().Be("0.076059");
        decimal.Parse(stated.GetProperty("impliedRate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should()
            .BeApproximately(139.0205m, 0.0001m);
        decimal.Parse(stated.GetProperty("marketRate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should()
            .BeApproximately(149.5943m, 0.0001m);
        json.GetProperty("counts").GetProperty("holds").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Reconcile_ToleranceOf5Percent_TheStatedDollarsNoLongerHold()
    {
        CliRun run = await CliRun.RunAsync("reconcile", CliRun.Sample, "--tolerance", "5", "--format", "json");

        run.ShouldSucceed();
        JsonElement json = run.Json();
        json.GetProperty("tolerance").GetString().Should().Be("0.05");
        json.GetProperty("checks")
            .EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == "jp-ua-erp-4")
            .GetProperty("outcome")
            .GetString()
            .Should()
            .Be("fails");
    }

    [Fact]
    public async Task Reconcile_ToEuro_NothingIsStatedInEuro()
    {
        CliRun run = await CliRun.RunAsync("reconcile", CliRun.Sample, "--to", "EUR");

        run.ShouldSucceed();
        run.Out.Should().Contain("nothing to reconcile");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("101")]
    [InlineData("-3")]
    public async Task Reconcile_BadTolerance_IsAUsageErrorNamingIt(string tolerance)
    {
        CliRun run = await CliRun.RunAsync("reconcile", CliRun.Sample, "--tolerance", tolerance);

        run.ShouldFailWith(2, $"--tolerance '{tolerance}' is not a percentage");
    }
}

using AidTracker.Rates;

namespace AidTracker.Tests.Rates;

/// <summary>Issue 13, point 7: printing a source's coverage shows the coverage, not a list's type name.</summary>
public class RateCoverageListTests
{
    [Fact]
    public void Coverage_OfTheEcbTable_PrintsItsSourceBasisAndDates()
    {
        string printed = ExchangeRateSources.Ecb.Coverage.ToString()!;

        printed.Should().StartWith("ECB: Daily against EUR, ").And.Contain("1999-01-04 to ").And.NotContain("System.");
    }

    [Fact]
    public void Coverage_OfTheDefaultChain_PrintsOneLinePerSource()
    {
        string[] lines = ExchangeRateSources.Default.Coverage.ToString()!.Split('\n');

        lines.Should().HaveCount(ExchangeRateSources.Default.Coverage.Count);
        lines.Select(l => l.Split(':')[0]).Should().StartWith(["ECB", "NBU", "IMF"]);
    }

    [Fact]
    public void Coverage_OfAnEmptyFixedSource_SaysSo()
    {
        new FixedRateSource("none").Coverage.ToString().Should().Be("(no rates)");
    }
}

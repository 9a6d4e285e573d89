using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary><see cref="SummaryQuery.ToleranceDays"/>: how far back a daily rate may be, an option of the
/// query.</summary>
public class SummaryToleranceTests
{
    private static readonly LocalDate Saturday = new(2025, 3, 1);

    [Fact]
    public void Summarize_SaturdayWithDefaultTolerance_UsesFridaysEcbRateAndSaysWhichDay()
    {
        Summary summary = LedgerOf(Commitment("sat", 8_800_000_000m, "JPY", Saturday))
            .Summarize(new SummaryQuery { ReportingCurrency = Currency.USD });

        summary.IsComplete.Should().BeTrue();
        UsedRate used = summary.RatesUsed.Should().ContainSingle().Subject;
        used.RequestedDate.Should().Be(Saturday);
        used.Rate.Date.Should().Be(new LocalDate(2025, 2, 28));
    }

    [Fact]
    public void Summarize_SaturdayWithZeroTolerance_IsNotConvertedAndSaysWhy()
    {
        Summary summary = LedgerOf(Commitment("sat", 8_800_000_000m, "JPY", Saturday))
            .Summarize(new SummaryQuery { ReportingCurrency = Currency.USD, ToleranceDays = 0 });

        summary.IsComplete.Should().BeFalse();
        summary.Unconverted.Should().ContainSingle().Which.Reason.Should().Contain("tolerance of 0 days");
    }

    [Fact]
    public void ToleranceDays_Negative_ThrowsNamingTheValue()
    {
        Action act = () => _ = new SummaryQuery { ToleranceDays = -1 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-1*");
    }

    [Fact]
    public void WithToleranceDays_SameSourceAndDays_GivesTheSameInstanceWithEveryDailyMemberChanged()
    {
        IExchangeRateSource first = ExchangeRateSources.Default.WithToleranceDays(3);
        IExchangeRateSource second = ExchangeRateSources.Default.WithToleranceDays(3);

        second.Should().BeSameAs(first, "what a summary precomputes for a source is cached by instance");
        ((ExchangeRateChain)first).Sources.Cast<RateTable>().Select(t => t.ToleranceDays).Should().Equal(3, 3, null);
        ((IExchangeRateSource)ExchangeRateSources.Imf)
            .WithToleranceDays(3)
            .Should()
            .BeSameAs(ExchangeRateSources.Imf, "an average table answers for its own period only");
    }
}

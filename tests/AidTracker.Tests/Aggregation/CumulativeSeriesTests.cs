using AidTracker.Aggregation;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

public class CumulativeSeriesTests
{
    [Fact]
    public void SummarizeCumulative_ByMonth_RunningTotalsUpToTheCutOff()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("jan", 10m, "EUR", new LocalDate(2024, 1, 15)),
            Commitment("mar", 5m, "EUR", new LocalDate(2024, 3, 2)),
            Commitment("later", 100m, "EUR", new LocalDate(2024, 6, 1)));

        CumulativeSeries series = ledger.SummarizeCumulative(new SummaryQuery().WithAsOf(new LocalDate(2024, 4, 10)), SeriesInterval.Month);

        series.Points.Select(p => p.Period).Should().Equal("2024-01", "2024-02", "2024-03", "2024-04");
        series.Points.Select(p => p.Total.Amount).Should().Equal(10m, 10m, 15m, 15m);
        series.Points.Select(p => p.End).Should().Equal(new LocalDate(2024, 1, 31), new LocalDate(2024, 2, 29), new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 10));
        series.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void SummarizeCumulative_SampleByYear_TheCumulativeFigureReplacesItsBreakdownIn2025()
    {
        CumulativeSeries series = Sample.SummarizeCumulative(new SummaryQuery(), SeriesInterval.Year);

        series.Points.Select(p => p.Period).Should().Equal("2022", "2023", "2024", "2025");
        series.Points[0].Total.Value.Should().Be(Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost), "until the cumulative figure is stated, the loan and its top-up count on their own");
        series.Points[2].Total.Value.Should().Be(Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost));
        series.Points[3].Summary.Counts.InsideCountedParent.Should().Be(3);
        series.Points[3].Total.Value.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
        series.Points[3].End.Should().Be(new LocalDate(2025, 3, 5));
    }

    [Fact]
    public void SummarizeCumulative_NothingToAdd_IsEmpty()
    {
        CumulativeSeries series = Sample.SummarizeCumulative(new SummaryQuery().WhereDonors("USA"), SeriesInterval.Month);

        series.Points.Should().BeEmpty();
    }
}

using AidTracker.Aggregation;
using AidTracker.Periods;
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
            Commitment("later", 100m, "EUR", new LocalDate(2024, 6, 1))
        );

        CumulativeSeries series = ledger.SummarizeCumulative(
            new SummaryQuery().WithAsOf(new LocalDate(2024, 4, 10)),
            SeriesInterval.Month
        );

        series.Points.Select(p => p.Period).Should().Equal("2024-01", "2024-02", "2024-03", "2024-04");
        series.Points.Select(p => p.Total.Amount).Should().Equal(10m, 10m, 15m, 15m);
        series
            .Points.Select(p => p.End)
            .Should()
            .Equal(
                new LocalDate(2024, 1, 31),
                new LocalDate(2024, 2, 29),
                new LocalDate(2024, 3, 31),
                new LocalDate(2024, 4, 10)
            );
        series.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void SummarizeCumulative_SampleByYear_TheCumulativeFigureReplacesItsBreakdownIn2025()
    {
        CumulativeSeries series = Sample.SummarizeCumulative(new SummaryQuery(), SeriesInterval.Year);

        series.Points.Select(p => p.Period).Should().Equal("2022", "2023", "2024", "2025");
        series
            .Points[0]
            .Total.Value.Should()
            .Be(
                Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost),
                "until the cumulative figure is stated, the loan and its top-up count on their own"
            );
        series.Points[2].Total.Value.Should().Be(Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost));
        series.Points[3].Summary.Counts.InsideCountedParent.Should().Be(3);
        series.Points[3].Total.Value.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
        series.Points[3].End.Should().Be(new LocalDate(2025, 3, 5));
    }

    [Fact]
    public void SummarizeCumulative_NothingToAdd_IsEmpty()
    {
        CumulativeSeries series = Sample.SummarizeCumulative(
            new SummaryQuery().WhereDonors("USA"),
            SeriesInterval.Month
        );

        series.Points.Should().BeEmpty();
    }

    [Fact]
    public void SummarizeCumulative_SampleByDonorFiscalYear_FollowsJapansFiscalYear()
    {
        CumulativeSeries series = Sample.SummarizeCumulative(new SummaryQuery(), SeriesInterval.FiscalYear);

        series.Calendar.Should().Be(FiscalYearCalendar.Japan);
        series.Points.Select(p => p.Period).Should().Equal("FY2022", "FY2023", "FY2024");
        series
            .Points.Select(p => p.End)
            .Should()
            .Equal(new LocalDate(2023, 3, 31), new LocalDate(2024, 3, 31), new LocalDate(2025, 3, 5));
        series
            .Points[0]
            .Total.Value.Should()
            .Be(
                Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost),
                "the loan of 28 April 2022 and its top-up of 7 June 2022 both fall in Japan's FY2022"
            );
        series.Points[1].Total.Value.Should().Be(Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost));
        series.Points[2].Total.Value.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
    }

    [Fact]
    public void SummarizeCumulative_SampleWithTheUsCalendar_StepsEndOn30September()
    {
        CumulativeSeries series = Sample.SummarizeCumulative(new SummaryQuery(), FiscalYearCalendar.UnitedStates);

        series.Interval.Should().Be(SeriesInterval.FiscalYear);
        series.Calendar.Should().Be(FiscalYearCalendar.UnitedStates);
        series.Points.Select(p => p.Period).Should().Equal("FY2022", "FY2023", "FY2024", "FY2025");
        series.Points[0].End.Should().Be(new LocalDate(2022, 9, 30));
        series.Points[3].End.Should().Be(new LocalDate(2025, 3, 5));
        series.Points[3].Total.Value.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
    }

    [Fact]
    public void SummarizeCumulative_SampleByQuarter_TwelveQuartersFromApril2022()
    {
        CumulativeSeries series = Sample.SummarizeCumulative(new SummaryQuery(), SeriesInterval.Quarter);

        series.Calendar.Should().BeNull();
        series.Points.Should().HaveCount(12);
        series.Points.Select(p => p.Period).Should().StartWith(["2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1"]);
        series.Points.Select(p => p.Period).Should().EndWith(["2024-Q4", "2025-Q1"]);
        series.Points[0].End.Should().Be(new LocalDate(2022, 6, 30));
        series.Points[0].Total.Value.Should().Be(Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost));
        series.Points[10].End.Should().Be(new LocalDate(2024, 12, 31));
        series.Points[10].Total.Value.Should().Be(Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost));
        series.Points[11].End.Should().Be(new LocalDate(2025, 3, 5));
        series.Points[11].Total.Value.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
    }

    [Fact]
    public void SummarizeCumulative_QuarterBoundary_31MarchAnd1AprilFallInDifferentQuarters()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("q1", 10m, "EUR", new LocalDate(2024, 3, 31)),
            Commitment("q2", 5m, "EUR", new LocalDate(2024, 4, 1))
        );

        CumulativeSeries series = ledger.SummarizeCumulative(new SummaryQuery(), SeriesInterval.Quarter);

        series.Points.Select(p => p.Period).Should().Equal("2024-Q1", "2024-Q2");
        series.Points.Select(p => p.Total.Amount).Should().Equal(10m, 15m);
    }

    [Fact]
    public void SummarizeCumulative_UsDonorByFiscalYear_1OctoberStartsTheNextYear()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("sep", 10m, "USD", new LocalDate(2024, 9, 30), donor: UnitedStates),
            Commitment("oct", 5m, "USD", new LocalDate(2024, 10, 1), donor: UnitedStates)
        );

        CumulativeSeries series = ledger.SummarizeCumulative(new SummaryQuery(), SeriesInterval.FiscalYear);

        series.Calendar.Should().Be(FiscalYearCalendar.UnitedStates);
        series.Points.Select(p => p.Period).Should().Equal("FY2024", "FY2025");
        series.Points.Select(p => p.Total.Amount).Should().Equal(10m, 15m);
    }

    [Fact]
    public void SummarizeCumulative_DonorsWithDifferentFiscalYears_ThrowsNamingThem()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("jp", 10m, "USD", new LocalDate(2024, 9, 30)),
            Commitment("us", 5m, "USD", new LocalDate(2024, 10, 1), donor: UnitedStates)
        );

        Action act = () => ledger.SummarizeCumulative(new SummaryQuery(), SeriesInterval.FiscalYear);

        act.Should().Throw<ArgumentException>().WithMessage("*JPN: Japan, USA: United States*pass the calendar*");
        ledger
            .SummarizeCumulative(new SummaryQuery().WhereDonors("USA"), SeriesInterval.FiscalYear)
            .Points.Select(p => p.Period)
            .Should()
            .Equal("FY2025");
    }

    [Fact]
    public void SummarizeCumulative_UndefinedInterval_Throws()
    {
        Action act = () => Sample.SummarizeCumulative(new SummaryQuery(), (SeriesInterval)9);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*9 is not a series interval*");
    }
}

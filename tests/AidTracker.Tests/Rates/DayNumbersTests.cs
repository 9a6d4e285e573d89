using AidTracker.Rates;
using CsCheck;
using NodaTime;

namespace AidTracker.Tests.Rates;

public class DayNumbersTests
{
    [Fact]
    public void Of_AnyIsoDate_EqualsDateOnlyDayNumberAndRoundTrips()
    {
        // The table of month starts (1900-2199) and the computed fallback must give the same numbers as DateOnly.
        Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber]
            .Sample(
                n =>
                {
                    LocalDate date = LocalDate.FromDateOnly(DateOnly.FromDayNumber(n));
                    DayNumbers.Of(date).Should().Be(n);
                    DayNumbers.ToDate(n).Should().Be(date);
                    RateTable.ToDayNumber(date).Should().Be(n);
                },
                iter: 20_000
            );
        DayNumbers.Of(new LocalDate(2025, 2, 27)).Should().Be(739308);
        DayNumbers.Of(new LocalDate(1900, 1, 1)).Should().Be(new DateOnly(1900, 1, 1).DayNumber);
        DayNumbers.Of(new LocalDate(2199, 12, 31)).Should().Be(new DateOnly(2199, 12, 31).DayNumber);
        DayNumbers.Of(new LocalDate(2200, 1, 1)).Should().Be(new DateOnly(2200, 1, 1).DayNumber);
    }

    [Fact]
    public void MonthOf_WorkedExample_IsYearTimesTwelvePlusMonthMinusOne()
    {
        var date = new LocalDate(2025, 2, 27);

        DayNumbers.MonthOf(date).Should().Be((2025 * 12) + 1);
        DayNumbers.MonthOfDay(DayNumbers.Of(date)).Should().Be((2025 * 12) + 1);
        DayNumbers.FirstDayOfMonth(DayNumbers.MonthOf(date)).Should().Be(DayNumbers.Of(new LocalDate(2025, 2, 1)));
    }
}

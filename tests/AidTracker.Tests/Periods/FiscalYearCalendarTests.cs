using AidTracker.Periods;
using NodaTime;

namespace AidTracker.Tests.Periods;

public class FiscalYearCalendarTests
{
    [Theory]
    [InlineData(2025, 3, 31, "FY2024")]
    [InlineData(2025, 4, 1, "FY2025")]
    [InlineData(2025, 2, 27, "FY2024")] // the fourth emergency recovery package: FY2024 supplementary budget
    [InlineData(2024, 4, 1, "FY2024")]
    public void Japan_GetFiscalYear_LabelledByStartingYear(int year, int month, int day, string expected)
    {
        FiscalYearCalendar.Japan.GetFiscalYear(new LocalDate(year, month, day)).ToString().Should().Be(expected);
    }

    [Fact]
    public void Japan_Fy2024_RunsFromAprilToMarch()
    {
        FiscalYear fy = FiscalYearCalendar.Japan.GetFiscalYear(2024);

        fy.Start.Should().Be(new LocalDate(2024, 4, 1));
        fy.End.Should().Be(new LocalDate(2025, 3, 31));
        fy.Interval.Length.Should().Be(365);
    }

    [Theory]
    [InlineData(2024, 10, 1, 2025)]
    [InlineData(2024, 9, 30, 2024)]
    [InlineData(2025, 9, 30, 2025)]
    public void UnitedStates_GetFiscalYear_LabelledByEndingYear(int year, int month, int day, int expected)
    {
        FiscalYearCalendar.UnitedStates.GetFiscalYear(new LocalDate(year, month, day)).Label.Should().Be(expected);
    }

    [Fact]
    public void UnitedStates_Fy2025_RunsFromOctoberToSeptember()
    {
        FiscalYear fy = FiscalYearCalendar.UnitedStates.GetFiscalYear(2025);

        fy.Start.Should().Be(new LocalDate(2024, 10, 1));
        fy.End.Should().Be(new LocalDate(2025, 9, 30));
    }

    [Fact]
    public void Australia_Fy2025_RunsFromJulyToJune()
    {
        FiscalYear fy = FiscalYearCalendar.Australia.GetFiscalYear(new LocalDate(2024, 7, 1));

        fy.Label.Should().Be(2025);
        fy.End.Should().Be(new LocalDate(2025, 6, 30));
        FiscalYearCalendar.Australia.GetFiscalYear(new LocalDate(2024, 6, 30)).Label.Should().Be(2024);
    }

    [Fact]
    public void UkAndCanada_StartInApril_LabelledByStartingYear()
    {
        FiscalYearCalendar.UnitedKingdom.GetFiscalYear(new LocalDate(2025, 1, 15)).ToString().Should().Be("FY2024");
        FiscalYearCalendar.Canada.GetFiscalYear(new LocalDate(2025, 4, 1)).ToString().Should().Be("FY2025");
    }

    [Fact]
    public void CalendarYear_LabelIsThePlainYear()
    {
        FiscalYear year = FiscalYearCalendar.CalendarYear.GetFiscalYear(new LocalDate(2025, 2, 27));

        year.ToString().Should().Be("2025");
        year.Start.Should().Be(new LocalDate(2025, 1, 1));
        year.End.Should().Be(new LocalDate(2025, 12, 31));
    }

    [Fact]
    public void Create_CustomCalendar_Works()
    {
        // New Zealand's government financial year: 1 July to 30 June, named by the ending year.
        var nz = FiscalYearCalendar.Create("New Zealand", 7, 1, FiscalYearLabeling.EndingYear);

        nz.GetFiscalYear(new LocalDate(2024, 12, 1)).ToString().Should().Be("FY2025");
        nz.GetFiscalYear(new LocalDate(2024, 12, 1)).Contains(new LocalDate(2025, 6, 30)).Should().BeTrue();
    }

    [Theory]
    [InlineData(0, 1, "0")]
    [InlineData(13, 1, "13")]
    [InlineData(2, 29, "29")]
    [InlineData(4, 0, "0")]
    public void Create_OutOfRange_ThrowsNamingTheValue(int month, int day, string bad)
    {
        Action act = () => FiscalYearCalendar.Create("Bad", month, day, FiscalYearLabeling.StartingYear);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*; {bad} is not.*");
    }

    [Fact]
    public void CompareTo_DifferentCalendars_Throws()
    {
        FiscalYear japan = FiscalYearCalendar.Japan.GetFiscalYear(2024);
        FiscalYear us = FiscalYearCalendar.UnitedStates.GetFiscalYear(2024);

        Action act = () => _ = japan < us;

        act.Should().Throw<ArgumentException>().WithMessage("*Japan FY2024*United States FY2024*");
        japan.Should().NotBe(us);
        japan.Next().Label.Should().Be(2025);
    }

    [Fact]
    public void EveryDate_FallsInTheYearThatContainsIt()
    {
        FiscalYearCalendar[] calendars =
        [
            FiscalYearCalendar.CalendarYear,
            FiscalYearCalendar.Japan,
            FiscalYearCalendar.UnitedStates,
            FiscalYearCalendar.Australia,
            FiscalYearCalendar.Create("Mid-month", 3, 15, FiscalYearLabeling.EndingYear),
        ];
        for (LocalDate d = new(2023, 1, 1); d <= new LocalDate(2025, 12, 31); d = d.PlusDays(1))
        {
            foreach (FiscalYearCalendar calendar in calendars)
            {
                FiscalYear fy = calendar.GetFiscalYear(d);
                fy.Contains(d).Should().BeTrue($"{d} should be in {calendar.Name} {fy}");
                calendar.GetFiscalYear(fy.Start).Should().Be(fy);
                calendar.GetFiscalYear(fy.End.PlusDays(1)).Should().Be(fy.Next());
            }
        }
    }
}

public class DonorFiscalCalendarsTests
{
    [Theory]
    [InlineData("JPN", "Japan")]
    [InlineData("GBR", "United Kingdom")]
    [InlineData("CAN", "Canada")]
    [InlineData("USA", "United States")]
    [InlineData("AUS", "Australia")]
    [InlineData("DEU", "Calendar year")]
    public void Default_MapsBuiltInDonors(string donor, string calendar)
    {
        DonorFiscalCalendars.Default.For(donor).Name.Should().Be(calendar);
    }

    [Fact]
    public void DonorFiscalYear_UsesEachDonorsOwnCalendar()
    {
        var map = DonorFiscalCalendars.Default;

        map.For("USA").GetFiscalYear(new LocalDate(2024, 10, 1)).ToString().Should().Be("FY2025");
        map.For("JPN").GetFiscalYear(new LocalDate(2025, 3, 31)).ToString().Should().Be("FY2024");
        map.For("JPN").GetFiscalYear(new LocalDate(2025, 4, 1)).ToString().Should().Be("FY2025");
    }

    [Fact]
    public void With_AddsADonorWithoutChangingTheDefault()
    {
        var nz = FiscalYearCalendar.Create("New Zealand", 7, 1, FiscalYearLabeling.EndingYear);

        var map = DonorFiscalCalendars.Default.With("NZL", nz);

        map.For("NZL").Should().BeSameAs(nz);
        DonorFiscalCalendars.Default.For("NZL").Should().BeSameAs(FiscalYearCalendar.CalendarYear);
        map.WithFallback(FiscalYearCalendar.Japan).For("DEU").Should().BeSameAs(FiscalYearCalendar.Japan);
    }
}

using System.Globalization;
using AidTracker.Periods;
using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>
/// The step of a report's cumulative chart and of its bars: months (over ten years or less), or the fiscal year the
/// donors share (every built-in fiscal year starts on the first of a month, so whole months fall in one fiscal year),
/// or calendar years. Totals come by month from the summary; a step maps each month to its period.
/// </summary>
internal sealed class PeriodStep
{
    /// <summary>The longest span drawn by month: ten years.</summary>
    public const int MaxMonths = 120;

    private PeriodStep(string name, FiscalYearCalendar? calendar)
    {
        Name = name;
        Calendar = calendar;
    }

    /// <summary>Gets the step's name for captions: <c>month</c>, <c>fiscal year (Japan)</c>, <c>calendar
    /// year</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the fiscal-year calendar of a yearly step, <c>null</c> for months.</summary>
    public FiscalYearCalendar? Calendar { get; }

    /// <summary>Gets a value indicating whether the step is a month.</summary>
    public bool IsMonth => Calendar is null;

    public static PeriodStep Month { get; } = new("month", null);

    /// <summary>The yearly step for these donors: their common fiscal year (starting on a first of a month), else the
    /// calendar year.</summary>
    public static PeriodStep Yearly(IEnumerable<string> donors, DonorFiscalCalendars calendars)
    {
        FiscalYearCalendar[] used = [.. donors.Select(calendars.For).Distinct()];
        FiscalYearCalendar calendar =
            used.Length == 1 && used[0].StartDay == 1 ? used[0] : FiscalYearCalendar.CalendarYear;
        return new PeriodStep(
            calendar.IsCalendarYear ? "calendar year" : "fiscal year (" + calendar.Name + ")",
            calendar
        );
    }

    /// <summary>Picks months when the months from <paramref name="first"/> to <paramref name="last"/> are at most
    /// <see cref="MaxMonths"/>.</summary>
    public static PeriodStep For(
        LocalDate first,
        LocalDate last,
        IEnumerable<string> donors,
        DonorFiscalCalendars calendars
    ) => ((last.Year - first.Year) * 12) + last.Month - first.Month < MaxMonths ? Month : Yearly(donors, calendars);

    /// <summary>Returns the first day of the month a month key (<c>2025-03</c>) names.</summary>
    public static LocalDate MonthStart(string monthKey) =>
        new(
            int.Parse(monthKey.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(monthKey.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture),
            1
        );

    /// <summary>Returns the first day of the period that holds <paramref name="date"/>.</summary>
    public LocalDate StartOf(LocalDate date) =>
        Calendar is null ? new LocalDate(date.Year, date.Month, 1) : Calendar.GetFiscalYear(date).Start;

    /// <summary>Returns the last day of the period that starts on <paramref name="start"/>.</summary>
    public LocalDate EndOf(LocalDate start) => Next(start).PlusDays(-1);

    /// <summary>Returns the start of the next period.</summary>
    public LocalDate Next(LocalDate start) =>
        Calendar is null ? start.PlusMonths(1) : Calendar.GetFiscalYear(start).Next().Start;

    /// <summary>Returns the period's label: <c>2025-03</c>, <c>FY2024</c>, <c>2025</c>.</summary>
    public string Label(LocalDate start) =>
        Calendar switch
        {
            null => start.ToString("uuuu-MM", CultureInfo.InvariantCulture),
            { IsCalendarYear: true } => start.Year.ToString("D4", CultureInfo.InvariantCulture),
            _ => "FY" + Calendar.GetFiscalYear(start).Label.ToString("D4", CultureInfo.InvariantCulture),
        };
}

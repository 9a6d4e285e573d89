using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Periods;

/// <summary>
/// A fiscal-year calendar: the month and day on which each fiscal year starts and how it is labelled.
/// </summary>
/// <remarks>
/// <para>Built in: <see cref="Japan"/>, <see cref="UnitedKingdom"/> and <see cref="Canada"/> (1 April, labelled by the
/// starting year), <see cref="UnitedStates"/> (1 October, labelled by the ending year), <see cref="Australia"/>
/// (1 July, labelled by the ending year) and <see cref="CalendarYear"/>. Others are made with
/// <see cref="Create"/>.</para>
/// <para>Two calendars are equal when they have the same name, start and labelling. Instances are immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class FiscalYearCalendar : IEquatable<FiscalYearCalendar>
{
    private FiscalYearCalendar(string name, int startMonth, int startDay, FiscalYearLabeling labeling)
    {
        Name = name;
        StartMonth = startMonth;
        StartDay = startDay;
        Labeling = labeling;
    }

    /// <summary>Gets the calendar year (1 January to 31 December, labelled by its year).</summary>
    public static FiscalYearCalendar CalendarYear { get; } =
        new("Calendar year", 1, 1, FiscalYearLabeling.StartingYear);

    /// <summary>Gets Japan's fiscal year: 1 April to 31 March, labelled by the starting year (FY2024 =
    /// 2024-04-01..2025-03-31).</summary>
    public static FiscalYearCalendar Japan { get; } = new("Japan", 4, 1, FiscalYearLabeling.StartingYear);

    /// <summary>Gets the United Kingdom's financial year: 1 April to 31 March, labelled by the starting year.</summary>
    public static FiscalYearCalendar UnitedKingdom { get; } =
        new("United Kingdom", 4, 1, FiscalYearLabeling.StartingYear);

    /// <summary>Gets Canada's fiscal year: 1 April to 31 March, labelled by the starting year.</summary>
    public static FiscalYearCalendar Canada { get; } = new("Canada", 4, 1, FiscalYearLabeling.StartingYear);

    /// <summary>Gets the United States federal fiscal year: 1 October to 30 September, labelled by the ending year
    /// (FY2025 = 2024-10-01..2025-09-30).</summary>
    public static FiscalYearCalendar UnitedStates { get; } = new("United States", 10, 1, FiscalYearLabeling.EndingYear);

    /// <summary>Gets Australia's financial year: 1 July to 30 June, labelled by the ending year (FY2025 =
    /// 2024-07-01..2025-06-30).</summary>
    public static FiscalYearCalendar Australia { get; } = new("Australia", 7, 1, FiscalYearLabeling.EndingYear);

    /// <summary>Gets the calendar's name, e.g. <c>Japan</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the month (1-12) on which each fiscal year starts.</summary>
    public int StartMonth { get; }

    /// <summary>Gets the day of the month (1-28) on which each fiscal year starts.</summary>
    public int StartDay { get; }

    /// <summary>Gets how fiscal years are labelled.</summary>
    public FiscalYearLabeling Labeling { get; }

    /// <summary>Creates a custom fiscal-year calendar.</summary>
    /// <param name="name">A name for the calendar, e.g. <c>New Zealand</c>.</param>
    /// <param name="startMonth">The month (1-12) on which each fiscal year starts.</param>
    /// <param name="startDay">The day (1-28) on which each fiscal year starts; later days do not exist in every
    /// month.</param>
    /// <param name="labeling">Whether a year is named by the calendar year in which it starts or ends.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range, or <paramref name="labeling"/>
    /// is undefined.</exception>
    public static FiscalYearCalendar Create(string name, int startMonth, int startDay, FiscalYearLabeling labeling)
    {
        Preconditions.CheckNotNullOrWhiteSpace(name);
        Preconditions.CheckArgumentRange(
            startMonth is >= 1 and <= 12,
            nameof(startMonth),
            startMonth,
            FormattableString.Invariant($"A fiscal year's start month must be between 1 and 12; {startMonth} is not.")
        );
        Preconditions.CheckArgumentRange(
            startDay is >= 1 and <= 28,
            nameof(startDay),
            startDay,
            string.Create(
                CultureInfo.InvariantCulture,
                $"A fiscal year's start day must be between 1 and 28 (later days do not exist in every month); "
                    + $"{startDay} is not."
            )
        );
        Preconditions.CheckArgumentRange(
            Enum.IsDefined(labeling),
            nameof(labeling),
            labeling,
            FormattableString.Invariant($"{labeling} is not a fiscal-year labelling.")
        );
        return new FiscalYearCalendar(name, startMonth, startDay, labeling);
    }

    /// <summary>Gets a value indicating whether fiscal years coincide with calendar years (start on 1
    /// January).</summary>
    public bool IsCalendarYear => StartMonth == 1 && StartDay == 1;

    /// <summary>Returns the fiscal year that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The fiscal year.</returns>
    public FiscalYear GetFiscalYear(LocalDate date)
    {
        int startYear = (date.Month, date.Day).CompareTo((StartMonth, StartDay)) >= 0 ? date.Year : date.Year - 1;
        return new FiscalYear(this, LabelOf(startYear));
    }

    /// <summary>Returns the fiscal year with the given label (e.g. 2024 for Japan's FY2024).</summary>
    /// <param name="label">The year in the label.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is outside 2 to 9998.</exception>
    public FiscalYear GetFiscalYear(int label)
    {
        Preconditions.CheckArgumentRange(
            label is >= 2 and <= 9998,
            nameof(label),
            label,
            FormattableString.Invariant($"A fiscal year label must be between 2 and 9998; {label} is not.")
        );
        return new FiscalYear(this, label);
    }

    /// <summary>Returns the first day of the fiscal year with the given label.</summary>
    internal LocalDate StartOf(int label)
    {
        int startYear = IsCalendarYear || Labeling == FiscalYearLabeling.StartingYear ? label : label - 1;
        return new LocalDate(startYear, StartMonth, StartDay);
    }

    private int LabelOf(int startYear) =>
        IsCalendarYear || Labeling == FiscalYearLabeling.StartingYear ? startYear : startYear + 1;

    /// <summary>Returns the calendar's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Returns whether <paramref name="other"/> has the same name, start and labelling.</summary>
    /// <param name="other">The calendar to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(FiscalYearCalendar? other) =>
        other is not null
        && Name == other.Name
        && StartMonth == other.StartMonth
        && StartDay == other.StartDay
        && Labeling == other.Labeling;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FiscalYearCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, StartMonth, StartDay, Labeling);
}

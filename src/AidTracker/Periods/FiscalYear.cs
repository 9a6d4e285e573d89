using System.Globalization;
using NodaTime;

namespace AidTracker.Periods;

/// <summary>One fiscal year of a <see cref="FiscalYearCalendar"/>, e.g. Japan FY2024
/// (2024-04-01..2025-03-31).</summary>
/// <remarks>
/// Two fiscal years are equal when they belong to equal calendars and have the same label. Years of the same
/// calendar are ordered by label; years of different calendars have no order. <c>default(FiscalYear)</c> is not a
/// valid year: its <see cref="Calendar"/> is <c>null</c>; obtain values from
/// <see cref="FiscalYearCalendar.GetFiscalYear(LocalDate)"/>.
/// </remarks>
public readonly struct FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>
{
    internal FiscalYear(FiscalYearCalendar calendar, int label)
    {
        Calendar = calendar;
        Label = label;
    }

    /// <summary>Gets the calendar this year belongs to.</summary>
    public FiscalYearCalendar Calendar { get; }

    /// <summary>Gets the year in the label: 2024 for FY2024.</summary>
    public int Label { get; }

    /// <summary>Gets the first day of the year.</summary>
    public LocalDate Start => Calendar.StartOf(Label);

    /// <summary>Gets the last day of the year.</summary>
    public LocalDate End => Calendar.StartOf(Label + 1).PlusDays(-1);

    /// <summary>Gets the days of the year as an interval (both ends included).</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Returns whether <paramref name="date"/> falls in this year.</summary>
    /// <param name="date">A date.</param>
    /// <returns><c>true</c> when the date is in the year.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns the following fiscal year.</summary>
    /// <returns>The next year.</returns>
    public FiscalYear Next() => new(Calendar, Label + 1);

    /// <summary>Returns the label: <c>FY2024</c> for a fiscal calendar, <c>2024</c> for the calendar year.</summary>
    /// <returns>The label.</returns>
    public override string ToString() =>
        Calendar is null ? string.Empty
        : Calendar.IsCalendarYear ? Label.ToString(CultureInfo.InvariantCulture)
        : "FY" + Label.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns whether both are the same year of equal calendars.</summary>
    /// <param name="other">The year to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(FiscalYear other) => Label == other.Label && Equals(Calendar, other.Calendar);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FiscalYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Calendar, Label);

    /// <summary>Orders years of the same calendar by label.</summary>
    /// <param name="other">The year to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    /// <exception cref="ArgumentException">The years belong to different calendars.</exception>
    public int CompareTo(FiscalYear other)
    {
        if (!Equals(Calendar, other.Calendar))
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cannot order {Calendar?.Name} {this} against {other.Calendar?.Name} {other}: they belong to "
                        + $"different fiscal-year calendars."
                ),
                nameof(other)
            );
        }

        return Label.CompareTo(other.Label);
    }

    /// <summary>Returns whether two years are equal.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(FiscalYear left, FiscalYear right) => left.Equals(right);

    /// <summary>Returns whether two years differ.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(FiscalYear left, FiscalYear right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> comes before <paramref name="right"/> (same
    /// calendar).</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> comes after <paramref name="right"/> (same calendar).</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is not after <paramref name="right"/> (same
    /// calendar).</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is not before <paramref name="right"/> (same
    /// calendar).</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.CompareTo(right) >= 0;
}

using System.Runtime.CompilerServices;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// The library's one rule for dates as numbers: a day number counts the days since 0001-01-01 (as
/// <see cref="DateOnly.DayNumber"/>), a month number is <c>year × 12 + month - 1</c>. Rate tables, the summary engine
/// and
/// the rate files all use these, so a day number made in one place is the same day in every other.
/// </summary>
internal static class DayNumbers
{
    private const int MonthTableFirstYear = 1900;

    /// <summary>The day number of the first of each month from January 1900 to December 2199 (14 KB).</summary>
    private static readonly int[] FirstDayOfMonthTable = BuildFirstDayOfMonthTable();

    /// <summary>
    /// Returns the day number of <paramref name="date"/>: the first of its month from a table for 1900-2199 (the
    /// summary
    /// converts a million dates with it), else <see cref="DateOnly.DayNumber"/>; both give the same number.
    /// </summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>Days since 0001-01-01.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(LocalDate date)
    {
        uint at = (uint)(MonthOf(date) - (MonthTableFirstYear * 12));
        int[] firsts = FirstDayOfMonthTable;
        return at < (uint)firsts.Length ? firsts[at] + date.Day - 1 : date.ToDateOnly().DayNumber;
    }

    /// <summary>Returns the date of a day number (the inverse of <see cref="Of"/>).</summary>
    /// <param name="dayNumber">Days since 0001-01-01.</param>
    /// <returns>The date.</returns>
    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    /// <summary>Returns the month number of <paramref name="date"/>: <c>year × 12 + month - 1</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The month number.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int MonthOf(LocalDate date) => (date.Year * 12) + date.Month - 1;

    /// <summary>Returns the month number of a day number.</summary>
    /// <param name="dayNumber">Days since 0001-01-01.</param>
    /// <returns>The month number.</returns>
    public static int MonthOfDay(int dayNumber) => MonthOf(ToDate(dayNumber));

    /// <summary>Returns the day number of the first day of a month number.</summary>
    /// <param name="month">The month number (<see cref="MonthOf"/>).</param>
    /// <returns>Days since 0001-01-01.</returns>
    public static int FirstDayOfMonth(int month) => new DateOnly(month / 12, (month % 12) + 1, 1).DayNumber;

    private static int[] BuildFirstDayOfMonthTable()
    {
        int[] firsts = new int[300 * 12];
        for (int i = 0; i < firsts.Length; i++)
        {
            firsts[i] = FirstDayOfMonth((MonthTableFirstYear * 12) + i);
        }

        return firsts;
    }
}

using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// The date of a rate request as the rate tables index it: its day number and its month number (see
/// <see cref="DayNumbers"/>); a daily table reads the day, a monthly table the month, an annual table the month / 12.
/// </summary>
/// <param name="Day">Days since 0001-01-01.</param>
/// <param name="Month">Year × 12 + month - 1.</param>
internal readonly record struct RatePeriod(int Day, int Month)
{
    /// <summary>Returns the period of <paramref name="date"/>.</summary>
    /// <param name="date">The requested date.</param>
    /// <returns>Its day and month numbers.</returns>
    public static RatePeriod Of(LocalDate date) => new(DayNumbers.Of(date), DayNumbers.MonthOf(date));
}

using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Testing;

/// <summary>
/// Builds exchange-rate sources for tests in one line: <c>FakeRates.Daily("EUR", "USD", new LocalDate(2025, 2, 27),
/// 1.0477m)</c> is an <see cref="IExchangeRateSource"/> with that one rate; chain <c>.And(...)</c> for more. See
/// <see cref="FakeRateSource"/> for how it answers (as the real sources do: tolerance for weekends, inverse and cross
/// rates, failures that name the pair and date).
/// </summary>
/// <example>
/// The ECB rates of the worked example, enough to convert 8.8 billion yen into USD 58,825,751.29 on 2025-02-27:
/// <code>
/// var date = new LocalDate(2025, 2, 27);
/// IExchangeRateSource rates = FakeRates.Daily("EUR", "USD", date, 1.0477m).And("EUR", "JPY", date, 156.73m);
/// Conversion conversion = rates.Convert(Money.Parse("8.8 billion yen"), Currency.USD, date);
/// </code>
/// </example>
public static class FakeRates
{
    /// <summary>The name of a fake source unless renamed with <see cref="FakeRateSource.Named"/>:
    /// <c>FakeRates</c>.</summary>
    public const string DefaultName = "FakeRates";

    /// <summary>Gets a source without rates: it answers only a currency into itself and fails for every pair (currency
    /// not covered).</summary>
    public static FakeRateSource Empty { get; } = new(DefaultName, RateTable.DefaultToleranceDays, []);

    /// <summary>Returns a source with one daily rate: 1 <paramref name="baseCode"/> = <paramref name="value"/>
    /// <paramref name="quoteCode"/> on <paramref name="date"/>.</summary>
    /// <param name="baseCode">The base currency's code, e.g. <c>EUR</c>.</param>
    /// <param name="quoteCode">The quote currency's code, e.g. <c>USD</c>.</param>
    /// <param name="date">The day of the rate; it also answers for the 7 days after (weekends and holidays).</param>
    /// <param name="value">Units of quote per unit of base, greater than zero (<c>1.0477m</c>).</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency, or both are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static FakeRateSource Daily(string baseCode, string quoteCode, LocalDate date, decimal value) =>
        Empty.And(baseCode, quoteCode, date, value);

    /// <summary>Returns a source with one monthly average rate for <paramref name="month"/>.</summary>
    /// <param name="baseCode">The base currency's code.</param>
    /// <param name="quoteCode">The quote currency's code.</param>
    /// <param name="month">The month the average is for.</param>
    /// <param name="value">Units of quote per unit of base, greater than zero.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency, or both are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static FakeRateSource MonthlyAverage(string baseCode, string quoteCode, YearMonth month, decimal value) =>
        Empty.AndMonthlyAverage(baseCode, quoteCode, month, value);

    /// <summary>Returns a source with one annual average rate for <paramref name="year"/> (dated 31 December, as the
    /// IMF does).</summary>
    /// <param name="baseCode">The base currency's code, e.g. <c>USD</c>.</param>
    /// <param name="quoteCode">The quote currency's code, e.g. <c>UAH</c>.</param>
    /// <param name="year">The year the average is for.</param>
    /// <param name="value">Units of quote per unit of base, greater than zero.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency, or both are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative, or
    /// <paramref name="year"/> is not a valid year.</exception>
    public static FakeRateSource AnnualAverage(string baseCode, string quoteCode, int year, decimal value) =>
        Empty.AndAnnualAverage(baseCode, quoteCode, year, value);

    /// <summary>Returns a source with one fixed rate (a rate written into an agreement), answering for any
    /// date.</summary>
    /// <param name="baseCode">The base currency's code.</param>
    /// <param name="quoteCode">The quote currency's code.</param>
    /// <param name="date">The rate's own date (the agreement's).</param>
    /// <param name="value">Units of quote per unit of base, greater than zero.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency, or both are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static FakeRateSource Fixed(string baseCode, string quoteCode, LocalDate date, decimal value) =>
        Empty.AndFixed(baseCode, quoteCode, date, value);
}

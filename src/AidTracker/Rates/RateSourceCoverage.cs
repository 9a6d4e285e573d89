using System.Globalization;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// What one data set of a source covers: its basis, pivot, tolerance, currencies and the first and last dates with
/// rates.
/// </summary>
/// <remarks>Immutable. For <see cref="FixedRateSource"/> the dates are those of its rates, which apply to any
/// date.</remarks>
public sealed class RateSourceCoverage
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="basis">The basis of its rates.</param>
    /// <param name="pivot">The currency all rates are against (EUR for the ECB), or <c>null</c>.</param>
    /// <param name="toleranceDays">How many days before a date a daily rate may be, or <c>null</c>.</param>
    /// <param name="currencies">The currencies covered, each with its dates (the pivot is not listed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="currencies"/> is
    /// <c>null</c>.</exception>
    public RateSourceCoverage(
        string source,
        RateBasis basis,
        Currency? pivot,
        int? toleranceDays,
        IEnumerable<CurrencyCoverage> currencies
    )
    {
        Source = Internal.Preconditions.CheckNotNull(source);
        Basis = basis;
        Pivot = pivot;
        ToleranceDays = toleranceDays;
        Currencies =
        [
            .. Internal.Preconditions.CheckNotNull(currencies).OrderBy(c => c.Currency.Code, StringComparer.Ordinal),
        ];
        FirstDate = Currencies.Count == 0 ? null : Currencies.Min(c => c.FirstDate);
        LastDate = Currencies.Count == 0 ? null : Currencies.Max(c => c.LastDate);
    }

    /// <summary>Gets the source's name.</summary>
    public string Source { get; }

    /// <summary>Gets the basis of the rates.</summary>
    public RateBasis Basis { get; }

    /// <summary>Gets the currency all rates are quoted against (EUR for the ECB, USD for the IMF), or
    /// <c>null</c>.</summary>
    public Currency? Pivot { get; }

    /// <summary>Gets how many days before the requested date a daily rate may be; <c>null</c> for averages and fixed
    /// rates.</summary>
    public int? ToleranceDays { get; }

    /// <summary>Gets the currencies covered (the pivot excluded), ordered by code, each with its first and last
    /// dates.</summary>
    public IReadOnlyList<CurrencyCoverage> Currencies { get; }

    /// <summary>Gets the earliest date with a rate for any currency; <c>null</c> when nothing is covered.</summary>
    public LocalDate? FirstDate { get; }

    /// <summary>Gets the latest date with a rate for any currency: how current the data is; <c>null</c> when nothing is
    /// covered.</summary>
    public LocalDate? LastDate { get; }

    /// <summary>Returns the coverage of <paramref name="currency"/>, or <c>null</c> when it is not covered.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Its coverage.</returns>
    public CurrencyCoverage? Find(Currency currency) => Currencies.FirstOrDefault(c => c.Currency.Equals(currency));

    /// <summary>Returns a one-line summary, e.g. <c>ECB: Daily against EUR, 41 currencies, 1999-01-04 to
    /// 2026-04-13</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Source}: {Basis}{(Pivot is null ? string.Empty : " against " + Pivot.Code)}, {Currencies.Count} "
                + $"currencies, {RateText.Date(FirstDate)} to {RateText.Date(LastDate)}"
        );
}

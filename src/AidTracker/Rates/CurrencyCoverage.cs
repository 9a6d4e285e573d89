using System.Globalization;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>The dates for which a source has rates for one currency: RUB in the ECB data runs from 2005-04-01 to
/// 2022-03-01.</summary>
/// <remarks>Immutable; equal when currency, dates and count are equal.</remarks>
public sealed class CurrencyCoverage : IEquatable<CurrencyCoverage>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="firstDate">The first date with a rate.</param>
    /// <param name="lastDate">The last date with a rate.</param>
    /// <param name="count">How many rates there are (days for daily rates, periods for averages).</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="lastDate"/> is before <paramref name="firstDate"/> or
    /// <paramref name="count"/> is not positive.</exception>
    public CurrencyCoverage(Currency currency, LocalDate firstDate, LocalDate lastDate, int count)
    {
        Currency = Internal.Preconditions.CheckNotNull(currency);
        Internal.Preconditions.CheckArgument(
            firstDate <= lastDate && count > 0,
            nameof(lastDate),
            string.Create(
                CultureInfo.InvariantCulture,
                $"The coverage of {currency.Code} needs a first date ({RateText.Date(firstDate)}) not after the last "
                    + $"({RateText.Date(lastDate)}) and a positive count ({count})."
            )
        );
        FirstDate = firstDate;
        LastDate = lastDate;
        Count = count;
    }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the first date with a rate.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>Gets the last date with a rate.</summary>
    public LocalDate LastDate { get; }

    /// <summary>Gets how many rates there are (days for daily rates, periods for averages).</summary>
    public int Count { get; }

    /// <inheritdoc />
    public bool Equals(CurrencyCoverage? other) =>
        other is not null
        && Currency.Equals(other.Currency)
        && FirstDate == other.FirstDate
        && LastDate == other.LastDate
        && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CurrencyCoverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Currency, FirstDate, LastDate, Count);

    /// <summary>Returns e.g. <c>RUB 2005-04-01 to 2022-03-01 (4333 rates)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Currency.Code} {RateText.Date(FirstDate)} to {RateText.Date(LastDate)} ({Count} "
                + $"{(Count == 1 ? "rate" : "rates")})"
        );
}

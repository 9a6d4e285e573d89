using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// The result of converting money: the converted amount at full precision, the original amount, and the rate used with
/// its provenance (requested date, used date, value, basis, source, and the published rates behind a derived rate).
/// </summary>
/// <remarks>
/// <para>Converting always starts from the original amount: to convert into a third currency, convert
/// <see cref="Original"/> again, never <see cref="Converted"/>. Rounding is the caller's choice (<see cref="Rounded"/>
/// rounds half-to-even to the currency's minor units).</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class Conversion
{
    /// <summary>Initializes a conversion of <paramref name="original"/> at <paramref name="rate"/>.</summary>
    /// <param name="original">The amount converted.</param>
    /// <param name="rate">The rate, between the original currency and another (either direction).</param>
    /// <param name="requestedDate">The date the rate was asked for (the amount's value date).</param>
    /// <param name="failedSources">The failures of sources tried before the one that answered, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="original"/> is in neither currency of the rate.</exception>
    public Conversion(
        Money original,
        ExchangeRate rate,
        LocalDate requestedDate,
        IReadOnlyList<RateLookupFailure>? failedSources = null
    )
    {
        Rate = Preconditions.CheckNotNull(rate);
        Converted = rate.Convert(original);
        Original = original;
        RequestedDate = requestedDate;
        FailedSources = failedSources ?? [];
    }

    /// <summary>Gets the converted amount, at full precision (not rounded).</summary>
    public Money Converted { get; }

    /// <summary>Gets the amount that was converted.</summary>
    public Money Original { get; }

    /// <summary>Gets the rate used, with its provenance (<see cref="ExchangeRate.Legs"/> for a derived rate).</summary>
    public ExchangeRate Rate { get; }

    /// <summary>Gets the date the rate was asked for.</summary>
    public LocalDate RequestedDate { get; }

    /// <summary>Gets the date of the rate used (2025-02-28 for a request of Saturday 2025-03-01; the older leg's date
    /// for a cross rate).</summary>
    public LocalDate UsedDate => Rate.Date;

    /// <summary>Gets the basis of the rate used.</summary>
    public RateBasis Basis => Rate.Basis;

    /// <summary>Gets the source of the rate used.</summary>
    public string Source => Rate.Source;

    /// <summary>Gets every published rate the conversion rests on, each with its date, value, basis and source (empty
    /// for a currency into itself).</summary>
    public IReadOnlyList<ExchangeRate> RatesUsed => Rate.PublishedRates;

    /// <summary>Gets the failures of the sources tried before the one that answered (e.g. the ECB has no UAH, so the
    /// IMF answered).</summary>
    public IReadOnlyList<RateLookupFailure> FailedSources { get; }

    /// <summary>Gets the converted amount rounded half-to-even to its currency's minor units (58,825,751.29
    /// USD).</summary>
    public Money Rounded => Converted.Round();

    /// <summary>
    /// Returns how far <paramref name="other"/> (e.g. a stated equivalent) is from the converted amount, as a fraction
    /// of it: <c>other / Converted − 1</c>. The stated "approximately 63.3 million US dollars" against the ECB
    /// conversion of 8.8 billion yen on 2025-02-27 (58,825,751.29 USD) gives 0.0761: 7.6% above the market conversion.
    /// </summary>
    /// <param name="other">An amount in the converted currency.</param>
    /// <returns>The relative difference.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="other"/> is in another currency.</exception>
    /// <exception cref="DivideByZeroException">The converted amount is zero.</exception>
    public decimal RelativeDifferenceOf(Money other) => (other / Converted) - 1m;

    /// <summary>
    /// Returns both amounts as <see cref="Money.ToString()"/> writes them, then the rate: e.g. <c>JPY 8,800,000,000 =
    /// USD 58,825,751.29 (1 JPY = ... USD (ECB, Daily, 2025-02-27, cross via EUR: ...); requested 2025-02-27)</c>, the
    /// converted amount rounded for display.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} = {1} ({2}; requested {3})",
            Original,
            Rounded,
            Rate,
            RateText.Date(RequestedDate)
        );
}

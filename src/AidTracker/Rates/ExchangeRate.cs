using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// An exchange rate with its provenance: how many units of <see cref="Quote"/> one unit of <see cref="Base"/> buys
/// (<c>1 EUR = 1.0477 USD</c> has base EUR, quote USD, value 1.0477), the date it is for, its <see cref="Basis"/>, the
/// <see cref="Source"/> that published it and, for a rate derived by inversion or through a pivot, the rates it was
/// derived from (<see cref="Legs"/>).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. A class rather than a struct because a rate has no meaningful default and carries
/// its legs. Two rates are equal when every property is equal: the currencies, the value (numerically: 1.0477 equals
/// 1.04770), the date, basis, source, derivation, pivot and legs.</para>
/// <para>The value is always greater than zero: a missing rate is never represented by zero. Values keep full decimal
/// precision; a derived value is rounded only by <see cref="decimal"/> arithmetic (28 to 29 significant digits).</para>
/// <para>Rates come from an <see cref="IExchangeRateSource"/> (see <see cref="ExchangeRateSources"/>), from the
/// constructor (for a rate you know, e.g. one fixed by an agreement), or from <see cref="Implied"/> (the rate implied
/// by a stated equivalent).</para>
/// </remarks>
public sealed partial class ExchangeRate : IEquatable<ExchangeRate>
{
    private static readonly ExchangeRate[] NoLegs = [];
    private readonly ExchangeRate[] _legs;

    /// <summary>Initializes a published (<see cref="RateDerivation.Direct"/>) rate: 1 <paramref name="baseCurrency"/> =
    /// <paramref name="value"/> <paramref name="quoteCurrency"/>.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced, e.g. EUR in 1 EUR = 1.0477 USD.</param>
    /// <param name="quoteCurrency">The currency the price is in, e.g. USD in 1 EUR = 1.0477 USD.</param>
    /// <param name="value">Units of <paramref name="quoteCurrency"/> per one unit of <paramref name="baseCurrency"/>;
    /// greater than zero.</param>
    /// <param name="date">The date the rate is for: the day of a daily rate, the date the source gives an average (the
    /// IMF dates a year's average on 31 December), or the date of the agreement or statement.</param>
    /// <param name="basis">What the rate stands for.</param>
    /// <param name="source">Who published or set the rate, e.g. <c>ECB</c>, <c>IMF</c>, or the agreement.</param>
    /// <exception cref="ArgumentNullException">A currency or <paramref name="source"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">Both currencies are the same, or <paramref name="source"/> is
    /// empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative, or
    /// <paramref name="basis"/> is not defined.</exception>
    public ExchangeRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        decimal value,
        LocalDate date,
        RateBasis basis,
        string source
    )
    {
        Preconditions.CheckNotNull(baseCurrency);
        Preconditions.CheckNotNull(quoteCurrency);
        Preconditions.CheckArgument(
            !baseCurrency.Equals(quoteCurrency),
            nameof(quoteCurrency),
            FormattableString.Invariant(
                $"An exchange rate needs two different currencies; both are {baseCurrency.Code}."
            )
        );
        CheckValue(value, nameof(value));
        CheckBasis(basis, nameof(basis));
        Preconditions.CheckNotNullOrWhiteSpace(source);

        Base = baseCurrency;
        Quote = quoteCurrency;
        Value = value;
        Date = date;
        Basis = basis;
        Source = source;
        Derivation = RateDerivation.Direct;
        _legs = NoLegs;
    }

    /// <summary>Trusted constructor for derived rates: the caller has validated everything.</summary>
    internal ExchangeRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        decimal value,
        LocalDate date,
        RateBasis basis,
        string source,
        RateDerivation derivation,
        Currency? pivot,
        ExchangeRate[] legs
    )
    {
        Base = baseCurrency;
        Quote = quoteCurrency;
        Value = value;
        Date = date;
        Basis = basis;
        Source = source;
        Derivation = derivation;
        Pivot = pivot;
        _legs = legs;
    }

    /// <summary>Gets the currency of which one unit is priced (EUR in 1 EUR = 1.0477 USD).</summary>
    public Currency Base { get; }

    /// <summary>Gets the currency the price is in (USD in 1 EUR = 1.0477 USD).</summary>
    public Currency Quote { get; }

    /// <summary>Gets the number of <see cref="Quote"/> units per one <see cref="Base"/> unit; always greater than
    /// zero.</summary>
    public decimal Value { get; }

    /// <summary>
    /// Gets the date the rate is for. For a rate looked up from a source this is the date actually used, which can be
    /// earlier than the date asked for (a Saturday uses Friday's rate); for a derived rate it is the earliest date of
    /// its legs. An annual average from the IMF is dated on the year's last day (2024-12-31).
    /// </summary>
    public LocalDate Date { get; }

    /// <summary>Gets what the rate stands for (a day's rate, an average, a fixed or stated rate).</summary>
    public RateBasis Basis { get; }

    /// <summary>Gets who published or set the rate, e.g. <c>ECB</c> or <c>IMF</c>; a cross of two sources names both
    /// (<c>ECB+IMF</c>).</summary>
    public string Source { get; }

    /// <summary>Gets how the rate was obtained from published rates.</summary>
    public RateDerivation Derivation { get; }

    /// <summary>Gets the currency a <see cref="RateDerivation.Cross"/> rate goes through (EUR for the ECB, USD for the
    /// IMF); <c>null</c> otherwise.</summary>
    public Currency? Pivot { get; }

    /// <summary>
    /// Gets the rates this one was derived from: one for <see cref="RateDerivation.Inverse"/>, two (in the order
    /// base-side, quote-side) for <see cref="RateDerivation.Cross"/>, none for a published or identity rate.
    /// </summary>
    public IReadOnlyList<ExchangeRate> Legs => _legs;

    /// <summary>
    /// Gets the published rates behind this rate, as their sources give them: this rate itself when it is
    /// <see cref="RateDerivation.Direct"/>, the legs' published rates when it is derived, none for an identity.
    /// </summary>
    public IReadOnlyList<ExchangeRate> PublishedRates
    {
        get
        {
            if (Derivation == RateDerivation.Direct)
            {
                return [this];
            }

            if (_legs.Length == 0)
            {
                return NoLegs;
            }

            var list = new List<ExchangeRate>(2);
            AddPublished(list);
            return list;
        }
    }

    /// <summary>Gets a value indicating whether this is the identity rate of a currency into itself.</summary>
    public bool IsIdentity => Derivation == RateDerivation.Identity;

    /// <summary>Returns the identity rate of <paramref name="currency"/> (value 1).</summary>
    internal static ExchangeRate Identity(Currency currency, LocalDate date, RateBasis basis, string source) =>
        new(currency, currency, 1m, date, basis, source, RateDerivation.Identity, pivot: null, NoLegs);

    /// <summary>Throws unless <paramref name="value"/> is greater than zero (the message names the value).</summary>
    internal static void CheckValue(decimal value, string paramName)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                FormattableString.Invariant($"An exchange rate must be greater than zero; {value} is not.")
            );
        }
    }

    /// <summary>Throws unless <paramref name="basis"/> is a defined value.</summary>
    internal static void CheckBasis(RateBasis basis, string paramName)
    {
        if (basis is < RateBasis.Daily or > RateBasis.Stated)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                basis,
                FormattableString.Invariant($"{basis} is not a rate basis.")
            );
        }
    }

    private void AddPublished(List<ExchangeRate> list)
    {
        if (Derivation == RateDerivation.Direct)
        {
            list.Add(this);
            return;
        }

        foreach (ExchangeRate leg in _legs)
        {
            leg.AddPublished(list);
        }
    }
}

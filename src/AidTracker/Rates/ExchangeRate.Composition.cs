using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

public sealed partial class ExchangeRate
{
    /// <summary>
    /// Returns the reciprocal rate (USD to EUR from EUR to USD), marked <see cref="RateDerivation.Inverse"/> with this
    /// rate as its leg. Inverting an inverse gives back the original rate, exactly; inverting a cross gives the cross
    /// the other way through the same pivot; an identity is its own inverse.
    /// </summary>
    /// <returns>The inverse rate: 1 <see cref="Quote"/> = 1 / <see cref="Value"/> <see cref="Base"/>.</returns>
    public ExchangeRate Invert()
    {
        switch (Derivation)
        {
            case RateDerivation.Identity:
                return this;
            case RateDerivation.Inverse when _legs.Length == 1:
                return _legs[0];
            case RateDerivation.Cross when _legs.Length == 2:
                return Cross(_legs[1], _legs[0]);
            default:
                return new ExchangeRate(
                    Quote,
                    Base,
                    1m / Value,
                    Date,
                    Basis,
                    Source,
                    RateDerivation.Inverse,
                    pivot: null,
                    [this]
                );
        }
    }

    /// <summary>
    /// Composes two rates that share one currency (the pivot) into a cross rate between their other currencies:
    /// from <c>1 EUR = 156.73 JPY</c> and <c>1 EUR = 1.0477 USD</c> it makes JPY to USD through EUR. Each leg may be
    /// given either way round; the base of the result is the non-pivot currency of <paramref name="baseLeg"/>, its
    /// quote the non-pivot currency of <paramref name="quoteLeg"/>.
    /// </summary>
    /// <remarks>
    /// The value is (units of pivot per base unit) × (units of quote per pivot unit), where a leg given the other way
    /// round contributes its reciprocal; this is the arithmetic the rate tables use, so a cross built here equals the
    /// one a source returns. The result is dated on the earlier leg's date.
    /// </remarks>
    /// <param name="baseLeg">The rate between the result's base currency and the pivot.</param>
    /// <param name="quoteLeg">The rate between the pivot and the result's quote currency.</param>
    /// <returns>The cross rate, marked <see cref="RateDerivation.Cross"/>, with its pivot and both legs.</returns>
    /// <exception cref="ArgumentNullException">A leg is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The legs do not share exactly one currency, both are identities, or their
    /// bases differ.</exception>
    public static ExchangeRate Cross(ExchangeRate baseLeg, ExchangeRate quoteLeg)
    {
        Preconditions.CheckNotNull(baseLeg);
        Preconditions.CheckNotNull(quoteLeg);
        Currency? pivot = SharedCurrency(baseLeg, quoteLeg);
        if (pivot is null || baseLeg.IsIdentity || quoteLeg.IsIdentity)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cannot cross {baseLeg.Base.Code}/{baseLeg.Quote.Code} with "
                        + $"{quoteLeg.Base.Code}/{quoteLeg.Quote.Code}: a cross needs two rates that share exactly one "
                        + $"currency."
                ),
                nameof(quoteLeg)
            );
        }

        if (baseLeg.Basis != quoteLeg.Basis)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cannot cross a {baseLeg.Basis} rate ({baseLeg.Base.Code}/{baseLeg.Quote.Code}) with a "
                        + $"{quoteLeg.Basis} rate ({quoteLeg.Base.Code}/{quoteLeg.Quote.Code}): the result would have "
                        + $"no single basis."
                ),
                nameof(quoteLeg)
            );
        }

        Currency from = baseLeg.Base.Equals(pivot) ? baseLeg.Quote : baseLeg.Base;
        Currency to = quoteLeg.Base.Equals(pivot) ? quoteLeg.Quote : quoteLeg.Base;
        decimal pivotPerFrom = baseLeg.Base.Equals(from) ? baseLeg.Value : 1m / baseLeg.Value;
        decimal toPerPivot = quoteLeg.Base.Equals(pivot) ? quoteLeg.Value : 1m / quoteLeg.Value;
        string source = string.Equals(baseLeg.Source, quoteLeg.Source, StringComparison.Ordinal)
            ? baseLeg.Source
            : baseLeg.Source + "+" + quoteLeg.Source;
        LocalDate date = LocalDate.Min(baseLeg.Date, quoteLeg.Date);
        return new ExchangeRate(
            from,
            to,
            pivotPerFrom * toPerPivot,
            date,
            baseLeg.Basis,
            source,
            RateDerivation.Cross,
            pivot,
            [baseLeg, quoteLeg]
        );
    }

    /// <summary>
    /// Returns the rate implied by a stated equivalent: "8.8 billion yen, approximately 63.3 million US dollars"
    /// implies 1 USD = 139.02 JPY (8,800,000,000 / 63,300,000 = 139.0205...). The rate is quoted as people quote such
    /// rates, in units of the <paramref name="original"/> currency per one unit of the <paramref name="stated"/>
    /// currency, with basis <see cref="RateBasis.Stated"/>; <see cref="Convert"/> of the original gives back the stated
    /// amount.
    /// </summary>
    /// <remarks>
    /// A stated equivalent and a market conversion are different facts: compare them with
    /// <see cref="RelativeDifferenceFrom"/> (the ECB market rate of 2025-02-27, 149.59 JPY per USD, is 7.6% above the
    /// implied 139.02, so the stated 63.3 million USD is 7.6% more than the market conversion of 58,825,751.29 USD).
    /// </remarks>
    /// <param name="original">The amount as committed, e.g. 8,800,000,000 JPY.</param>
    /// <param name="stated">The equivalent the source states, e.g. 63,300,000 USD.</param>
    /// <param name="date">The date of the statement (or the date the equivalent was computed for).</param>
    /// <param name="source">Who stated it, e.g. the speech or the agreement.</param>
    /// <returns>The implied rate: 1 stated currency unit = original / stated original currency units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The currencies are the same, an amount is zero, or the amounts have opposite
    /// signs.</exception>
    public static ExchangeRate Implied(
        Money original,
        Money stated,
        LocalDate date,
        string source = "Stated equivalent"
    )
    {
        Preconditions.CheckNotNullOrWhiteSpace(source);
        Preconditions.CheckArgument(
            !original.Currency.Equals(stated.Currency),
            nameof(stated),
            FormattableString.Invariant(
                $"A stated equivalent must be in another currency than the original; both are {original.Currency.Code}."
            )
        );
        Preconditions.CheckArgument(
            !original.IsZero && !stated.IsZero && original.IsNegative == stated.IsNegative,
            nameof(stated),
            string.Create(
                CultureInfo.InvariantCulture,
                $"Cannot imply a rate from {original.Amount} {original.Currency.Code} and {stated.Amount} "
                    + $"{stated.Currency.Code}: both amounts must be non-zero and of the same sign."
            )
        );
        return new ExchangeRate(
            stated.Currency,
            original.Currency,
            original.Amount / stated.Amount,
            date,
            RateBasis.Stated,
            source
        );
    }

    /// <summary>
    /// Converts an amount in either currency of the rate into the other, at full precision (no rounding): an amount in
    /// <see cref="Base"/> is multiplied by <see cref="Value"/>, an amount in <see cref="Quote"/> divided by it.
    /// </summary>
    /// <param name="amount">The amount to convert, in <see cref="Base"/> or <see cref="Quote"/>.</param>
    /// <returns>The amount in the other currency (for an identity rate, the amount itself).</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is in neither currency of the rate.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/>.</exception>
    public Money Convert(Money amount)
    {
        try
        {
            if (amount.Currency.Equals(Base))
            {
                return new Money(amount.Amount * Value, Quote);
            }

            if (amount.Currency.Equals(Quote))
            {
                return new Money(amount.Amount / Value, Base);
            }
        }
        catch (OverflowException e)
        {
            bool forward = amount.Currency.Equals(Base);
            double approximately = forward
                ? (double)amount.Amount * (double)Value
                : (double)amount.Amount / (double)Value;
            throw new OverflowException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Converting {amount} to {(forward ? Quote : Base).Code} at {this} gives about "
                        + $"{approximately.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)}, which "
                        + $"does not fit in a decimal (at most 79,228,162,514,264,337,593,543,950,335)."
                ),
                e
            );
        }

        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"This rate is between {Base.Code} and {Quote.Code}; it cannot convert an amount in "
                    + $"{amount.Currency.Code}."
            ),
            nameof(amount)
        );
    }

    /// <summary>
    /// Returns how far this rate is from <paramref name="reference"/>, as a fraction of the reference, both expressed
    /// in this rate's direction: <c>Value / reference − 1</c>. For example the ECB's 149.594 JPY per USD on 2025-02-27
    /// against the 139.02 JPY per USD implied by "8.8 billion yen, approximately 63.3 million US dollars" gives 0.0761
    /// (7.6% more yen per dollar at the market rate); the other way round it gives −0.0707.
    /// </summary>
    /// <param name="reference">A rate between the same two currencies, in either direction.</param>
    /// <returns>The relative difference (0.05 is 5% above the reference).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is between other currencies.</exception>
    public decimal RelativeDifferenceFrom(ExchangeRate reference)
    {
        Preconditions.CheckNotNull(reference);
        decimal aligned;
        if (reference.Base.Equals(Base) && reference.Quote.Equals(Quote))
        {
            aligned = reference.Value;
        }
        else if (reference.Base.Equals(Quote) && reference.Quote.Equals(Base))
        {
            aligned = 1m / reference.Value;
        }
        else
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cannot compare a {Base.Code}/{Quote.Code} rate with a "
                        + $"{reference.Base.Code}/{reference.Quote.Code} rate: the currencies differ."
                ),
                nameof(reference)
            );
        }

        return (Value / aligned) - 1m;
    }

    private static Currency? SharedCurrency(ExchangeRate a, ExchangeRate b)
    {
        bool baseShared = a.Base.Equals(b.Base) || a.Base.Equals(b.Quote);
        bool quoteShared = a.Quote.Equals(b.Base) || a.Quote.Equals(b.Quote);
        return (baseShared, quoteShared) switch
        {
            (true, false) => a.Base,
            (false, true) => a.Quote,
            _ => null,
        };
    }
}

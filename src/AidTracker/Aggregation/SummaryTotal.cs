namespace AidTracker.Aggregation;

/// <summary>
/// One total of a summary in one currency: the exact sum at full precision (<see cref="Exact"/>), the same rounded once
/// half-to-even to the currency's minor units (<see cref="Rounded"/>), and the qualifier built from every amount in it
/// (<see cref="Qualifier"/>: "over $12.4 billion" makes the total at-least).
/// </summary>
/// <remarks>Immutable. Two totals are equal when their exact amounts, currencies and qualifiers are equal.</remarks>
public sealed class SummaryTotal : IEquatable<SummaryTotal>
{
    internal SummaryTotal(Currency currency, in ExactSum sum, AmountQualifier qualifier)
    {
        Sum = sum;
        Exact = new Money(sum.ToDecimal(), currency);
        Rounded = currency.MinorUnits is int decimals ? new Money(sum.Round(decimals), currency) : Exact;
        Qualifier = qualifier;
    }

    /// <summary>Gets the total's currency.</summary>
    public Currency Currency => Exact.Currency;

    /// <summary>
    /// Gets the total before rounding, to the precision of a decimal (28-29 significant digits). Inside, the sum is
    /// kept exactly (every product amount × rate with all its digits), so partial summaries merge exactly and
    /// <see cref="Rounded"/> is rounded from the exact sum, once.
    /// </summary>
    public Money Exact { get; }

    /// <summary>Gets the total rounded once, half-to-even, from the exact sum to the currency's minor units
    /// (58,825,751.29 USD); currencies without minor units are not rounded.</summary>
    public Money Rounded { get; }

    /// <summary>Gets how exactly the total is meant (the qualifiers of its amounts combined).</summary>
    public AmountQualifier Qualifier { get; }

    /// <summary>Gets the exact sum (for merging).</summary>
    internal ExactSum Sum { get; }

    /// <summary>Gets the rounded total with its qualifier, as it would be quoted ("over USD
    /// 12,400,000,000.00").</summary>
    public QualifiedMoney Value => new(Rounded, Qualifier);

    /// <summary>Gets the rounded amount (<see cref="Rounded"/>.<see cref="Money.Amount"/>).</summary>
    public decimal Amount => Rounded.Amount;

    /// <summary>Returns whether <paramref name="other"/> has the same exact amount, currency and qualifier.</summary>
    /// <param name="other">The total to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(SummaryTotal? other) =>
        other is not null && Exact.Equals(other.Exact) && Qualifier == other.Qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SummaryTotal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Exact, Qualifier);

    /// <summary>Returns the rounded total with its qualifier: <c>over USD 12,400,000,000.00</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() => Value.ToString();
}

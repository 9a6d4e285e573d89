namespace AidTracker;

/// <summary>
/// An amount together with how exactly it is meant: "over $12.4 billion" is 12,400,000,000 USD
/// <see cref="AmountQualifier.AtLeast"/>; "approximately 63.3 million US dollars" is 63,300,000 USD
/// <see cref="AmountQualifier.Approximately"/>.
/// </summary>
/// <remarks>
/// Equality compares the money and the qualifier. <c>default(QualifiedMoney)</c> is an exact zero in
/// <see cref="Currency.XXX"/>. Sums propagate qualifiers by <see cref="Combine(AmountQualifier, AmountQualifier)"/>.
/// </remarks>
public readonly partial struct QualifiedMoney : IEquatable<QualifiedMoney>
{
    private readonly Money _money;

    /// <summary>Initializes a new value.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="qualifier">How exactly the amount is meant.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not a defined value.</exception>
    public QualifiedMoney(Money money, AmountQualifier qualifier = AmountQualifier.Exact)
    {
        if (qualifier is < AmountQualifier.Exact or > AmountQualifier.AtMost)
        {
            throw new ArgumentOutOfRangeException(
                nameof(qualifier),
                qualifier,
                FormattableString.Invariant($"{qualifier} is not an amount qualifier.")
            );
        }

        _money = money;
        Qualifier = qualifier;
    }

    /// <summary>Gets the amount.</summary>
    public Money Money => _money;

    /// <summary>Gets how exactly the amount is meant.</summary>
    public AmountQualifier Qualifier { get; }

    /// <summary>Gets the amount's currency.</summary>
    public Currency Currency => Money.Currency;

    /// <summary>Gets the exact decimal amount.</summary>
    public decimal Amount => Money.Amount;

    /// <summary>
    /// Combines the qualifiers of two amounts that are added together: all exact gives exact; any approximately gives
    /// approximately; exact with at-least gives at-least; exact with at-most gives at-most; at-least with at-most gives
    /// approximately.
    /// </summary>
    /// <param name="left">The first qualifier.</param>
    /// <param name="right">The second qualifier.</param>
    /// <returns>The qualifier of the sum.</returns>
    public static AmountQualifier Combine(AmountQualifier left, AmountQualifier right)
    {
        if (left == right)
        {
            return left;
        }

        if (left == AmountQualifier.Exact)
        {
            return right;
        }

        if (right == AmountQualifier.Exact)
        {
            return left;
        }

        // Different and neither exact: any approximately, or at-least with at-most.
        return AmountQualifier.Approximately;
    }

    /// <summary>Adds two qualified amounts of the same currency, combining their qualifiers.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum with the combined qualifier.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static QualifiedMoney operator +(QualifiedMoney left, QualifiedMoney right) =>
        new(left.Money + right.Money, Combine(left.Qualifier, right.Qualifier));

    /// <inheritdoc cref="op_Addition(QualifiedMoney, QualifiedMoney)" />
    public static QualifiedMoney Add(QualifiedMoney left, QualifiedMoney right) => left + right;

    /// <summary>Returns whether the money and the qualifier are equal.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(QualifiedMoney other) => Money.Equals(other.Money) && Qualifier == other.Qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QualifiedMoney other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Money, Qualifier);

    /// <summary>Returns whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(QualifiedMoney left, QualifiedMoney right) => left.Equals(right);

    /// <summary>Returns whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(QualifiedMoney left, QualifiedMoney right) => !left.Equals(right);

    /// <summary>Implicitly treats money as an exact amount.</summary>
    /// <param name="money">The money.</param>
    public static implicit operator QualifiedMoney(Money money) => new(money);

    /// <summary>Returns <paramref name="money"/> as an exact amount.</summary>
    /// <param name="money">The money.</param>
    /// <returns>The exact qualified amount.</returns>
    public static QualifiedMoney FromMoney(Money money) => new(money);
}

using System.Runtime.CompilerServices;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> amount and a <see cref="AidTracker.Currency"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic keeps full decimal precision; rounding happens only when asked for (<see cref="Round()"/>).
/// Adding, subtracting or comparing money of different currencies throws <see cref="CurrencyMismatchException"/>,
/// zero included: there is no special case for zero.</para>
/// <para>Two values are equal when they have the same currency and numerically equal amounts
/// (<c>1.0 USD</c> equals <c>1.00 USD</c>).</para>
/// <para><c>default(Money)</c> is zero in <see cref="Currency.XXX"/> (ISO 4217's "no currency involved"), which matches
/// no real currency.</para>
/// </remarks>
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly decimal _amount;
    private readonly Currency? _currency;

    /// <summary>Initializes a new value of <paramref name="amount"/> in <paramref name="currency"/>.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    public Money(decimal amount, Currency currency)
    {
        _amount = amount;
        _currency = Preconditions.CheckNotNull(currency);
    }

    /// <summary>Trusted constructor for results of arithmetic: keeps the operand's currency field as it is (null for
    /// XXX).</summary>
    private Money(Currency? currency, decimal amount)
    {
        _amount = amount;
        _currency = currency;
    }

    /// <summary>Initializes a new value of <paramref name="amount"/> in the currency with code
    /// <paramref name="currencyCode"/>.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currencyCode">An ISO 4217 or registered code, e.g. <c>JPY</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is <c>null</c>.</exception>
    /// <exception cref="UnknownCurrencyException">The code is unknown.</exception>
    public Money(decimal amount, string currencyCode)
        : this(amount, Currency.FromCode(currencyCode)) { }

    /// <summary>Gets the exact amount.</summary>
    public decimal Amount => _amount;

    /// <summary>Gets the currency (<see cref="Currency.XXX"/> for <c>default(Money)</c>).</summary>
    public Currency Currency => _currency ?? Currency.XXX;

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => _amount == 0m;

    /// <summary>Gets a value indicating whether the amount is below zero (a reduction, a return).</summary>
    public bool IsNegative => _amount < 0m;

    /// <summary>Returns zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero money.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Returns whether <paramref name="other"/> has the same currency and an equal amount.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Money other) => _amount == other._amount && Currency.Equals(other.Currency);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_amount, Currency);

    /// <summary>
    /// Compares the amounts of two values of the same currency. Money of different currencies has no order.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        CheckSameCurrency(_currency, other._currency, "compare");
        return _amount.CompareTo(other._amount);
    }

    /// <inheritdoc cref="CompareTo(Money)" />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not <see cref="Money"/>.</exception>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            Money other => CompareTo(other),
            _ => throw new ArgumentException("The object to compare with is not Money.", nameof(obj)),
        };

    /// <summary>Returns whether two values are equal (same currency, equal amounts).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Returns whether two values differ in currency or amount.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Throws unless both currencies are the same. Static on the fields (not an instance method on the struct, which
    /// would take the struct's address and keep the JIT from holding it in registers). Currencies are singletons, so
    /// the reference check decides nearly always; default(Money) (null, meaning XXX) and mismatches take the slow path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckSameCurrency(Currency? left, Currency? right, string operation)
    {
        if (!ReferenceEquals(left, right))
        {
            CheckSameCurrencySlow(left ?? Currency.XXX, right ?? Currency.XXX, operation);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckSameCurrencySlow(Currency left, Currency right, string operation)
    {
        if (!left.Equals(right))
        {
            throw new CurrencyMismatchException(left, right, operation);
        }
    }
}

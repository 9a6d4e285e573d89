namespace AidTracker;

public readonly partial struct Money
{
    /// <summary>Adds two values of the same currency.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        CheckSameCurrency(left._currency, right._currency, "add");
        return new Money(left._currency, left._amount + right._amount);
    }

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/> (same currency).</summary>
    /// <param name="left">The value to subtract from.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        CheckSameCurrency(left._currency, right._currency, "subtract");
        return new Money(left._currency, left._amount - right._amount);
    }

    /// <summary>Negates a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value with the opposite sign.</returns>
    public static Money operator -(Money value) => new(value._currency, -value._amount);

    /// <summary>Returns the value itself.</summary>
    /// <param name="value">The value.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies a value by a factor, keeping full precision.</summary>
    /// <param name="value">The value.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product (to decimal precision).</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money value, decimal factor) => new(value._currency, value._amount * factor);

    /// <summary>Multiplies a value by a factor, keeping full precision.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="value">The value.</param>
    /// <returns>The exact product (to decimal precision).</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal factor, Money value) => new(value._currency, value._amount * factor);

    /// <summary>Divides a value by a divisor, keeping full precision (no rounding to minor units).</summary>
    /// <param name="value">The value.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient (to decimal precision).</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Money operator /(Money value, decimal divisor) => new(value._currency, value._amount / divisor);

    /// <summary>Divides one value by another of the same currency, giving their ratio.</summary>
    /// <param name="dividend">The value to divide.</param>
    /// <param name="divisor">The value to divide by.</param>
    /// <returns>The ratio of the amounts.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static decimal operator /(Money dividend, Money divisor)
    {
        CheckSameCurrency(dividend._currency, divisor._currency, "divide");
        return dividend._amount / divisor._amount;
    }

    /// <inheritdoc cref="op_Addition(Money, Money)" />
    public static Money Add(Money left, Money right) => left + right;

    /// <inheritdoc cref="op_Subtraction(Money, Money)" />
    public static Money Subtract(Money left, Money right) => left - right;

    /// <inheritdoc cref="op_Multiply(Money, decimal)" />
    public static Money Multiply(Money value, decimal factor) => value * factor;

    /// <inheritdoc cref="op_Division(Money, decimal)" />
    public static Money Divide(Money value, decimal divisor) => value / divisor;

    /// <inheritdoc cref="op_UnaryNegation(Money)" />
    public static Money Negate(Money value) => -value;

    /// <inheritdoc cref="op_UnaryPlus(Money)" />
    public static Money Plus(Money value) => value;

    /// <summary>Returns the absolute value.</summary>
    /// <returns>The value without its sign.</returns>
    public Money Abs() => new(Math.Abs(_amount), Currency);

    /// <summary>Returns a value of the same currency with a different amount.</summary>
    /// <param name="amount">The new amount.</param>
    /// <returns>The new value.</returns>
    public Money WithAmount(decimal amount) => new(amount, Currency);
}

namespace AidTracker;

/// <summary>
/// How <see cref="Money.ToString(MoneyFormat)"/> writes an amount. Every style is culture-invariant unless a provider
/// is given (which changes only the decimal and group separators). <see cref="Plain"/> and <see cref="Words"/> never
/// round and parse back to the same value with <see cref="Money.Parse(string)"/>; <see cref="Compact"/> rounds to 3
/// significant digits above a million.
/// </summary>
public enum MoneyFormat
{
    /// <summary>The code and the full amount with group separators and at least the minor units: <c>JPY
    /// 8,800,000,000</c>, <c>USD 58,825,751.29</c>. Format string <c>"P"</c> (also <c>"G"</c>, <c>null</c> or
    /// empty).</summary>
    Plain = 0,

    /// <summary>A symbol (or the code) and the amount in millions (<c>M</c>), billions (<c>bn</c>) or trillions
    /// (<c>tn</c>) rounded half-to-even to 3 significant digits, for display: <c>¥8.8bn</c>, <c>$63.3M</c>,
    /// <c>$58.8M</c> for 58,825,751.29, <c>$1.23M</c> for 1,234,567.891, <c>CHF 1.2bn</c>; below a million the full
    /// amount: <c>$950,000.00</c>. The one style that rounds: it parses back to the rounded value. Format string
    /// <c>"C"</c>.</summary>
    Compact = 1,

    /// <summary>The amount in millions, billions or trillions with every significant digit, and the currency's English
    /// name (or its code): <c>8.8 billion yen</c>, <c>63.3 million US dollars</c>; below a million the full amount:
    /// <c>950,000.00 euros</c>. Format string <c>"W"</c>.</summary>
    Words = 2,
}

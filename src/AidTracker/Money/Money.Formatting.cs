using System.Globalization;

namespace AidTracker;

public readonly partial struct Money : IFormattable
{
    /// <summary>
    /// Returns the plain, culture-invariant form: the code, a space and the amount with thousands separators and at
    /// least the currency's minor units, never rounded (<c>JPY 8,800,000,000</c>, <c>USD 58,825,751.29</c>).
    /// </summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        Currency currency = Currency;
        return currency.Code + " " + FormatAmount(_amount, currency.MinorUnits ?? 0, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Returns the amount in a <see cref="MoneyFormat"/> style, culture-invariant: <c>JPY 8,800,000,000</c> (plain),
    /// <c>¥8.8bn</c> (compact), <c>8.8 billion yen</c> (words). Plain and words never round
    /// (<see cref="Parse(string)"/> reads them back to the same value); compact rounds to 3 significant digits above a
    /// million (<c>$1.23M</c>).
    /// </summary>
    /// <param name="style">The style.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined style.</exception>
    public string ToString(MoneyFormat style) => AmountFormatter.Format(this, style, NumberFormatInfo.InvariantInfo);

    /// <summary>Returns the amount in a <see cref="MoneyFormat"/> style with the decimal and group separators of a
    /// culture.</summary>
    /// <param name="style">The style.</param>
    /// <param name="provider">The culture or number format; <c>null</c> for the invariant culture. Words, symbols and
    /// scale abbreviations stay English.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined style.</exception>
    public string ToString(MoneyFormat style, IFormatProvider? provider) =>
        AmountFormatter.Format(this, style, AmountFormatter.NumberFormat(provider));

    /// <summary>
    /// Returns the amount in the style named by <paramref name="format"/>: <c>"P"</c> plain (also <c>"G"</c>,
    /// <c>null</c> or empty), <c>"C"</c> compact, <c>"W"</c> words. Works in interpolated strings: <c>$"{money:C}"</c>.
    /// </summary>
    /// <param name="format">The format string.</param>
    /// <param name="formatProvider">The culture or number format; <c>null</c> for the invariant culture.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the format strings above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        AmountFormatter.Format(this, AmountFormatter.ParseFormat(format), AmountFormatter.NumberFormat(formatProvider));

    /// <summary>Formats an amount with group separators, at least <paramref name="minDecimals"/> decimals and every
    /// significant decimal.</summary>
    internal static string FormatAmount(decimal amount, int minDecimals, IFormatProvider provider)
    {
        int significant = (amount / 1.0000000000000000000000000000m).Scale; // division drops trailing zeros
        int decimals = Math.Max(minDecimals, significant);
        return amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), provider);
    }
}

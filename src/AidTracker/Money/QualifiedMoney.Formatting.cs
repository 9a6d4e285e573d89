namespace AidTracker;

public readonly partial struct QualifiedMoney : IFormattable
{
    /// <summary>Returns the plain form with the qualifier's word in front: <c>over USD 12,400,000,000.00</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() => ToString(MoneyFormat.Plain);

    /// <summary>
    /// Returns the amount in a <see cref="MoneyFormat"/> style with the qualifier's word in front, culture-invariant:
    /// <c>over $12.4bn</c>, <c>approximately 63.3 million US dollars</c>, <c>up to 78 billion yen</c>. An exact amount
    /// has no word. <see cref="Parse(string)"/> reads every style back to the same amount and qualifier.
    /// </summary>
    /// <param name="style">The style.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined style.</exception>
    public string ToString(MoneyFormat style) => ToString(style, null);

    /// <summary>Returns the amount in a <see cref="MoneyFormat"/> style with the qualifier's word in front and the
    /// decimal and group separators of a culture.</summary>
    /// <param name="style">The style.</param>
    /// <param name="provider">The culture or number format; <c>null</c> for the invariant culture.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined style.</exception>
    public string ToString(MoneyFormat style, IFormatProvider? provider)
    {
        string amount = AmountFormatter.Format(Money, style, AmountFormatter.NumberFormat(provider));
        return Qualifier == AmountQualifier.Exact ? amount : AmountVocabulary.QualifierWord(Qualifier) + " " + amount;
    }

    /// <summary>Returns the amount in the style named by <paramref name="format"/> (<c>"P"</c>, <c>"C"</c> or
    /// <c>"W"</c>; see <see cref="Money.ToString(string, IFormatProvider)"/>) with the qualifier's word in
    /// front.</summary>
    /// <param name="format">The format string.</param>
    /// <param name="formatProvider">The culture or number format; <c>null</c> for the invariant culture.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a money format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ToString(AmountFormatter.ParseFormat(format), formatProvider);
}

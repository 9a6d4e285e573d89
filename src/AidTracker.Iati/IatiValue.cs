using NodaTime;

namespace AidTracker.Iati;

/// <summary>
/// A <c>value</c> element: an exact decimal amount, the currency code written on it (if any) and its value date,
/// "the date to be used for determining the exchange rate for currency conversions".
/// </summary>
/// <remarks>Two values are equal when all their properties are equal.</remarks>
public sealed record IatiValue
{
    /// <summary>Initializes a new value.</summary>
    /// <param name="amount">The exact amount, negative for a reduction or a return.</param>
    /// <param name="currency">The <c>currency</c> attribute as written (trimmed), or <c>null</c> when absent (then the
    /// activity's default currency applies).</param>
    /// <param name="valueDate">The <c>value-date</c> attribute, or <c>null</c> when absent or not a date.</param>
    /// <param name="lineNumber">The 1-based line of the element, or 0 when unknown.</param>
    public IatiValue(decimal amount, string? currency, LocalDate? valueDate, int lineNumber)
    {
        Amount = amount;
        Currency = currency;
        ValueDate = valueDate;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the exact amount, negative for a reduction or a return.</summary>
    public decimal Amount { get; }

    /// <summary>
    /// Gets the <c>currency</c> attribute as written (trimmed; not checked against ISO 4217 here), or <c>null</c> when
    /// absent: then the activity's <see cref="IatiActivity.DefaultCurrency"/> applies.
    /// </summary>
    public string? Currency { get; }

    /// <summary>Gets the <c>value-date</c> attribute, or <c>null</c> when absent or not a date.</summary>
    public LocalDate? ValueDate { get; }

    /// <summary>Gets the 1-based line of the <c>value</c> element, or 0 when unknown.</summary>
    public int LineNumber { get; }
}

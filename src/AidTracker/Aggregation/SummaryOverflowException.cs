using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace AidTracker.Aggregation;

/// <summary>
/// A total of a summary does not fit in a <see cref="decimal"/> at its currency's minor units (a decimal holds 28 to 29
/// significant digits: at most 79,228,162,514,264,337,593,543,950,335 units of the last place). That is a property of
/// the data, not a bug: the exception names the group and the currency, and the approximate size of the total.
/// </summary>
public sealed class SummaryOverflowException : OverflowException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SummaryOverflowException()
        : this("A total of the summary is outside the range of a decimal.") { }

    /// <summary>Initializes a new instance with <paramref name="message"/>.</summary>
    /// <param name="message">The message.</param>
    public SummaryOverflowException(string message)
        : base(message) { }

    /// <summary>Initializes a new instance with <paramref name="message"/> and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SummaryOverflowException(string message, Exception innerException)
        : base(message, innerException) { }

    private SummaryOverflowException(
        string message,
        ImmutableArray<string> keyValues,
        Currency? currency,
        Exception? innerException
    )
        : base(message, innerException)
    {
        KeyValues = keyValues;
        Currency = currency;
    }

    /// <summary>Gets the key values of the group whose total does not fit; empty for the overall total or when
    /// unknown.</summary>
    public ImmutableArray<string> KeyValues { get; } = [];

    /// <summary>Gets the currency of the total that does not fit, or <c>null</c> when unknown.</summary>
    public Currency? Currency { get; }

    /// <summary>The exception for the total of one group (<paramref name="keyValues"/> empty: the overall
    /// total).</summary>
    internal static SummaryOverflowException ForTotal(
        ImmutableArray<string> keyValues,
        Currency currency,
        in ExactSum sum,
        Exception inner
    )
    {
        BigInteger value = sum.ToBigInteger(out int scale);
        double approximately = Math.Exp(BigInteger.Log(BigInteger.Abs(value)) - (scale * Math.Log(10))) * value.Sign;
        string which = keyValues.IsDefaultOrEmpty
            ? "The overall total"
            : "The total of the group " + string.Join(", ", keyValues);
        string places = currency.MinorUnits is int units
            ? FormattableString.Invariant($" at its {units} decimal places")
            : string.Empty;
        string message = string.Create(
            CultureInfo.InvariantCulture,
            $"{which} in {currency.Code} is about {approximately.ToString("G3", CultureInfo.InvariantCulture)}, which "
                + $"does not fit in a decimal{places} (at most 79,228,162,514,264,337,593,543,950,335 units of the "
                + $"last place); check the amounts of that group, or summarise fewer records at once."
        );
        return new SummaryOverflowException(message, keyValues.IsDefault ? [] : keyValues, currency, inner);
    }

    /// <summary>The exception for a total that overflowed while it was being added up (the group is not known
    /// there).</summary>
    internal static SummaryOverflowException WhileAdding(OverflowException inner) =>
        new(
            "A total of the summary grew beyond what can be added up exactly (about 10^44) while adding the amounts; "
                + "check the ledger for amounts that are far too large.",
            [],
            null,
            inner
        );
}

using System.Globalization;

namespace AidTracker;

/// <summary>Thrown when money of two different currencies is added, subtracted or compared.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance naming both currencies.</summary>
    /// <param name="expected">The currency of the left operand (or the one required).</param>
    /// <param name="actual">The currency that did not match.</param>
    /// <param name="operation">What was attempted, e.g. "add".</param>
    public CurrencyMismatchException(Currency expected, Currency actual, string operation)
        : base(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Cannot {operation} money in {actual?.Code} to money in {expected?.Code}: the currencies differ; "
                    + $"convert one of them first."
            )
        )
    {
        Expected = expected!;
        Actual = actual!;
    }

    /// <summary>Gets the currency of the left operand (or the one required).</summary>
    public Currency Expected { get; }

    /// <summary>Gets the currency that did not match.</summary>
    public Currency Actual { get; }
}

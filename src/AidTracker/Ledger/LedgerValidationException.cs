using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AidTracker;

/// <summary>
/// Thrown when a ledger has validation errors: it lists every error (and carries the warnings too), each with its
/// record id and, when read from a file, its location.
/// </summary>
public sealed class LedgerValidationException : Exception
{
    private const int MaxListed = 20;

    /// <summary>Initializes a new instance from a validation result that has errors.</summary>
    /// <param name="result">The validation result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <c>null</c>.</exception>
    public LedgerValidationException(LedgerValidationResult result)
        : base(Describe(result ?? throw new ArgumentNullException(nameof(result))))
    {
        Result = result;
    }

    /// <summary>Gets the full validation result (errors and warnings).</summary>
    public LedgerValidationResult Result { get; }

    /// <summary>Gets the errors.</summary>
    public ImmutableArray<LedgerProblem> Errors => Result.Errors;

    /// <summary>Gets every problem, errors and warnings.</summary>
    public ImmutableArray<LedgerProblem> Problems => Result.Problems;

    private static string Describe(LedgerValidationResult result)
    {
        int count = result.Errors.Length;
        var text = new StringBuilder();
        text.Append(
            count == 1
                ? "The ledger has 1 error:"
                : string.Create(CultureInfo.InvariantCulture, $"The ledger has {count} errors:")
        );
        foreach (LedgerProblem error in result.Errors.Take(MaxListed))
        {
            text.AppendLine().Append("  ").Append(error);
        }

        if (count > MaxListed)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  ... and {count - MaxListed} more (see Errors).");
        }

        return text.ToString();
    }
}

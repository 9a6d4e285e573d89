using System.Collections.Immutable;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// Every problem that validation found in a ledger, at once: errors (which block building or reading the ledger) and
/// warnings (which do not), in the order of the records.
/// </summary>
public sealed class LedgerValidationResult
{
    /// <summary>Initializes a new result.</summary>
    /// <param name="problems">The problems found (errors and warnings).</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <c>null</c>.</exception>
    public LedgerValidationResult(IEnumerable<LedgerProblem> problems)
    {
        Preconditions.CheckNotNull(problems);
        Problems = [.. problems];
        Errors = [.. Problems.Where(p => p.IsError)];
        Warnings = [.. Problems.Where(p => !p.IsError)];
    }

    /// <summary>Gets a result without problems.</summary>
    public static LedgerValidationResult Valid { get; } = new([]);

    /// <summary>Gets every problem, errors and warnings.</summary>
    public ImmutableArray<LedgerProblem> Problems { get; }

    /// <summary>Gets the errors.</summary>
    public ImmutableArray<LedgerProblem> Errors { get; }

    /// <summary>Gets the warnings.</summary>
    public ImmutableArray<LedgerProblem> Warnings { get; }

    /// <summary>Gets a value indicating whether there is at least one error.</summary>
    public bool HasErrors => !Errors.IsEmpty;

    /// <summary>Gets a value indicating whether there is no error (warnings may remain).</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>Throws <see cref="LedgerValidationException"/> listing every problem when there is at least one
    /// error.</summary>
    /// <exception cref="LedgerValidationException">There is at least one error.</exception>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new LedgerValidationException(this);
        }
    }

    /// <summary>Returns one line per problem, or <c>no problems</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() => Problems.IsEmpty ? "no problems" : string.Join(Environment.NewLine, Problems);
}

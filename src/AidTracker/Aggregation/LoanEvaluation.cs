namespace AidTracker.Aggregation;

/// <summary>
/// One loan of a <see cref="GrantEquivalentSummary"/>: the rule its recipient's income group gave it and its grant
/// equivalent (<see cref="Result"/>), or why that is unknown (<see cref="Problem"/>: no terms, no income group).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class LoanEvaluation
{
    internal LoanEvaluation(Commitment loan, LoanGrantEquivalent? result, string? problem)
    {
        Loan = loan;
        Result = result;
        Problem = problem;
    }

    /// <summary>Gets the loan (as it is in the ledger, at face value).</summary>
    public Commitment Loan { get; }

    /// <summary>Gets the grant element and grant equivalent, or <c>null</c> when they are unknown (see
    /// <see cref="Problem"/>).</summary>
    public LoanGrantEquivalent? Result { get; }

    /// <summary>Gets why the grant equivalent is unknown (<c>the loan has no terms</c>), or <c>null</c> when it is
    /// known.</summary>
    public string? Problem { get; }

    /// <summary>Gets a value indicating whether the grant equivalent is known.</summary>
    public bool IsKnown => Result is not null;

    /// <summary>Gets the explanation of the result, or the problem.</summary>
    public string Explanation => Result?.Explanation ?? Problem!;

    /// <summary>Returns the loan's id and the explanation.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() => Loan.Id + ": " + Explanation;
}

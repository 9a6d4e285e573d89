using System.Collections.Immutable;

namespace AidTracker.Aggregation;

/// <summary>
/// A summary at face value beside the same summary at grant equivalent, as the OECD DAC counts loans since 2018: loans
/// at their grant equivalent (face value × grant element, or zero below the minimum grant element), everything else at
/// face value (see <see cref="GrantEquivalents.SummarizeGrantEquivalent"/>), with each loan's rule and result.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class GrantEquivalentSummary
{
    internal GrantEquivalentSummary(
        Summary faceValue,
        Summary grantEquivalent,
        Ledger view,
        ImmutableArray<LoanEvaluation> loans,
        IncomeGroupTable incomeGroups
    )
    {
        FaceValue = faceValue;
        GrantEquivalent = grantEquivalent;
        View = view;
        Loans = loans;
        IncomeGroups = incomeGroups;
    }

    /// <summary>Gets the summary at face value (the query as given).</summary>
    public Summary FaceValue { get; }

    /// <summary>
    /// Gets the same summary with every loan at its grant equivalent. Its groups are those of <see cref="FaceValue"/>,
    /// in the same order (only amounts differ). A loan whose grant equivalent is unknown has no amount here: it is
    /// counted without an amount (<see cref="Summary.RecordsWithoutAmount"/>), or as the sum of its children when it
    /// has some.
    /// </summary>
    public Summary GrantEquivalent { get; }

    /// <summary>Gets the ledger the grant-equivalent summary ran on: the same records, with loans at their grant
    /// equivalent (to run more queries on, such as the itemised parts).</summary>
    public Ledger View { get; }

    /// <summary>Gets the loans the query admits (its stage, filters and cut-off), in ledger order, each with its rule
    /// and result or problem.</summary>
    public ImmutableArray<LoanEvaluation> Loans { get; }

    /// <summary>Gets the income groups (rules) used.</summary>
    public IncomeGroupTable IncomeGroups { get; }

    /// <summary>Gets a value indicating whether both summaries are complete and every loan's grant equivalent is
    /// known.</summary>
    public bool IsComplete => FaceValue.IsComplete && GrantEquivalent.IsComplete && Loans.All(l => l.IsKnown);

    /// <summary>Returns both totals and the loans.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        "Face value: "
        + string.Join("; ", FaceValue.Totals)
        + "\nGrant equivalent: "
        + string.Join("; ", GrantEquivalent.Totals)
        + string.Concat(Loans.Select(l => "\n  " + l));
}

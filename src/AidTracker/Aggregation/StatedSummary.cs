namespace AidTracker.Aggregation;

/// <summary>A summary on the stated basis (<see cref="StatedBasis.SummarizeStated"/>): the totals, the view they were
/// computed on, and how many commitments used their stated figure.</summary>
public sealed class StatedSummary
{
    internal StatedSummary(Summary summary, Ledger view, int statedCommitments)
    {
        Summary = summary;
        View = view;
        StatedCommitments = statedCommitments;
    }

    /// <summary>Gets the summary; its rates are the market rates used for the records without a stated equivalent in
    /// the reporting currency.</summary>
    public Summary Summary { get; }

    /// <summary>Gets the ledger view: commitments with a stated equivalent in the reporting currency stand at that
    /// figure.</summary>
    public Ledger View { get; }

    /// <summary>Gets how many commitments the query admits stood at their stated equivalent rather than a market
    /// conversion.</summary>
    public int StatedCommitments { get; }
}

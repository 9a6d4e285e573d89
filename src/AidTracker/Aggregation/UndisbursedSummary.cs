using System.Collections.Immutable;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

/// <summary>
/// What was committed, what was disbursed against it, and what remains undisbursed, group by group
/// (<see cref="UndisbursedBalances.SummarizeUndisbursed"/>). The three summaries have the same groups in the same
/// order.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class UndisbursedSummary
{
    internal UndisbursedSummary(
        Summary committed,
        Summary disbursed,
        Summary undisbursed,
        ImmutableArray<OverDisbursement> overDisbursed,
        ImmutableArray<UnconvertedRecord> unconvertedDisbursements
    )
    {
        Committed = committed;
        Disbursed = disbursed;
        Undisbursed = undisbursed;
        OverDisbursed = overDisbursed;
        UnconvertedDisbursements = unconvertedDisbursements;
    }

    /// <summary>Gets the summary of the query as given (what was committed).</summary>
    public Summary Committed { get; }

    /// <summary>
    /// Gets the same summary with each commitment at what was disbursed against it (or its parts) up to the cut-off,
    /// over-disbursements included: the numerator of <see cref="DisbursementRate"/>.
    /// </summary>
    public Summary Disbursed { get; }

    /// <summary>Gets the same summary with each commitment at its undisbursed balance: committed minus disbursed, never
    /// below zero.</summary>
    public Summary Undisbursed { get; }

    /// <summary>Gets the commitments the query admits whose disbursements exceed them, in ledger order (their balance
    /// counts as zero).</summary>
    public ImmutableArray<OverDisbursement> OverDisbursed { get; }

    /// <summary>
    /// Gets the disbursements in another currency than their commitment that could not be converted into it (no rate);
    /// they are left out of the balances, so the result is incomplete.
    /// </summary>
    public ImmutableArray<UnconvertedRecord> UnconvertedDisbursements { get; }

    /// <summary>Gets a value indicating whether all three summaries are complete and every disbursement was
    /// converted.</summary>
    public bool IsComplete =>
        Committed.IsComplete && Disbursed.IsComplete && Undisbursed.IsComplete && UnconvertedDisbursements.IsEmpty;

    /// <summary>
    /// Gets the disbursement rate of the whole summary: disbursed ÷ committed (0.25 for a quarter), unrounded;
    /// <c>null</c> when nothing was committed or the totals are in several currencies (not converted).
    /// </summary>
    public decimal? DisbursementRate => Rate(Committed.Totals, Disbursed.Totals);

    /// <summary>Returns the disbursement rate of one group (disbursed ÷ committed, unrounded).</summary>
    /// <param name="keyValues">The group's key values, in the order of the query's keys (e.g. <c>"JPN"</c>).</param>
    /// <returns>The rate, or <c>null</c> when the group committed nothing or its totals are in several
    /// currencies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyValues"/> is <c>null</c>.</exception>
    /// <exception cref="KeyNotFoundException">No group has these key values; the message names them.</exception>
    public decimal? GetDisbursementRate(params IEnumerable<string> keyValues)
    {
        Preconditions.CheckNotNull(keyValues);
        string[] values = [.. keyValues];
        SummaryGroup committed = Committed.GetGroup(values);
        SummaryGroup? disbursed = Disbursed.FindGroup(values);
        return Rate(committed.Totals, disbursed?.Totals ?? []);
    }

    /// <summary>Returns the three totals and the over-disbursed commitments.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        "Committed: "
        + string.Join("; ", Committed.Totals)
        + "\nDisbursed: "
        + string.Join("; ", Disbursed.Totals)
        + "\nUndisbursed: "
        + string.Join("; ", Undisbursed.Totals)
        + string.Concat(OverDisbursed.Select(o => "\n  over-disbursed " + o));

    private static decimal? Rate(ImmutableArray<SummaryTotal> committed, ImmutableArray<SummaryTotal> disbursed)
    {
        if (committed.Length != 1 || committed[0].Exact.Amount == 0m)
        {
            return null;
        }

        Currency currency = committed[0].Currency;
        if (disbursed.Any(t => !t.Currency.Equals(currency)))
        {
            return null;
        }

        decimal paid = disbursed.IsEmpty ? 0m : disbursed[0].Exact.Amount;
        return paid / committed[0].Exact.Amount;
    }
}

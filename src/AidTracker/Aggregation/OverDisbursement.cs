namespace AidTracker.Aggregation;

/// <summary>
/// A commitment whose disbursements up to the cut-off exceed it
/// (<see cref="UndisbursedBalances.SummarizeUndisbursed"/>): reported on its own, never netted against other
/// commitments' balances. Its undisbursed balance is zero.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class OverDisbursement
{
    internal OverDisbursement(string commitmentId, QualifiedMoney committed, QualifiedMoney disbursed)
    {
        CommitmentId = commitmentId;
        Committed = committed;
        Disbursed = disbursed;
    }

    /// <summary>Gets the id of the over-disbursed commitment.</summary>
    public string CommitmentId { get; }

    /// <summary>Gets the commitment's amount.</summary>
    public QualifiedMoney Committed { get; }

    /// <summary>Gets what was disbursed against it (and its parts) up to the cut-off, in the commitment's
    /// currency.</summary>
    public QualifiedMoney Disbursed { get; }

    /// <summary>Gets how much the disbursements exceed the commitment (disbursed minus committed, more than
    /// zero).</summary>
    public Money Excess => Disbursed.Money - Committed.Money;

    /// <summary>Returns the commitment, both amounts and the excess.</summary>
    /// <returns>The plain form: <c>jp-ua-dpl-2022: disbursed JPY 14,000,000,000 against up to JPY 13,000,000,000 (JPY
    /// 1,000,000,000 more)</c>.</returns>
    public override string ToString() => $"{CommitmentId}: disbursed {Disbursed} against {Committed} ({Excess} more)";
}

namespace AidTracker.Aggregation;

/// <summary>One loan of a <see cref="DebtServiceTable"/>: its repayment schedule and whether its disbursement date was assumed.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ScheduledLoan
{
    internal ScheduledLoan(Commitment loan, RepaymentSchedule schedule, bool disbursementAssumed)
    {
        Loan = loan;
        Schedule = schedule;
        DisbursementAssumed = disbursementAssumed;
    }

    /// <summary>Gets the loan.</summary>
    public Commitment Loan { get; }

    /// <summary>Gets its schedule: its own amount (the ceiling of an "up to" amount), disbursed in full on <see cref="RepaymentSchedule.Disbursement"/>.</summary>
    public RepaymentSchedule Schedule { get; }

    /// <summary>
    /// Gets a value indicating whether the disbursement date is the loan's own date because the ledger records no
    /// disbursement of it (<c>true</c>), rather than the date of its first recorded disbursement (<c>false</c>).
    /// </summary>
    public bool DisbursementAssumed { get; }
}

namespace AidTracker.Aggregation;

/// <summary>One loan of a <see cref="DebtServiceTable"/>: its repayment schedule and whether its disbursement date was
/// assumed.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ScheduledLoan
{
    internal ScheduledLoan(Commitment loan, NodaTime.LocalDate disbursement, bool disbursementAssumed)
    {
        Loan = loan;
        Disbursement = disbursement;
        DisbursementAssumed = disbursementAssumed;
    }

    /// <summary>Gets the loan.</summary>
    public Commitment Loan { get; }

    /// <summary>Gets the date the loan is taken as disbursed in full (time 0 of its schedule).</summary>
    public NodaTime.LocalDate Disbursement { get; }

    /// <summary>
    /// Gets its schedule: its own amount (the ceiling of an "up to" amount), disbursed in full on
    /// <see cref="Disbursement"/>. Built on first access (a debt-service table adds the payments up without keeping
    /// them).
    /// </summary>
    public RepaymentSchedule Schedule => field ??= Loan.Terms!.Schedule(Loan.Amount!.Value.Money, Disbursement);

    /// <summary>
    /// Gets a value indicating whether the disbursement date is the loan's own date because the ledger records no
    /// disbursement of it (<c>true</c>), rather than the date of its first recorded disbursement (<c>false</c>).
    /// </summary>
    public bool DisbursementAssumed { get; }
}

using NodaTime;

namespace AidTracker;

/// <summary>
/// One payment of a loan's <see cref="RepaymentSchedule"/>: its number (1 for the first), its date, the interest and
/// principal paid (exact, in the loan's currency) and the principal still outstanding after it.
/// </summary>
/// <remarks>Immutable. Equal when every part is equal.</remarks>
public sealed record ScheduledPayment
{
    internal ScheduledPayment(
        int number,
        decimal years,
        LocalDate date,
        Money interest,
        Money principal,
        Money outstandingAfter
    )
    {
        Number = number;
        Years = years;
        Date = date;
        Interest = interest;
        Principal = principal;
        OutstandingAfter = outstandingAfter;
    }

    /// <summary>Gets the payment's number, 1 for the first.</summary>
    public int Number { get; }

    /// <summary>Gets the time of the payment in years after the disbursement: number ÷ payments a year (0.5, 1, 1.5,
    /// ...).</summary>
    public decimal Years { get; }

    /// <summary>Gets the date the payment falls due.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the interest paid: the principal outstanding during the period × the annual rate ÷ payments a
    /// year, rounded to minor units.</summary>
    public Money Interest { get; }

    /// <summary>Gets the principal repaid (zero during the grace period).</summary>
    public Money Principal { get; }

    /// <summary>Gets the whole payment: interest plus principal.</summary>
    public Money Total => Interest + Principal;

    /// <summary>Gets the principal still outstanding after the payment (zero after the last).</summary>
    public Money OutstandingAfter { get; }
}

using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// One row of a <see cref="DebtServiceTable"/>: what the recipients repay in one year (or fiscal year) in one currency:
/// interest, principal, front-end fees, and the total.
/// </summary>
/// <remarks>Immutable. Amounts are exact sums of the schedules' payments (already in minor units), or conversions of
/// them kept at full precision.</remarks>
public sealed class DebtServicePeriod
{
    internal DebtServicePeriod(
        string period,
        LocalDate start,
        Money interest,
        Money principal,
        Money fees,
        int paymentCount
    )
    {
        Period = period;
        Start = start;
        Interest = interest;
        Principal = principal;
        Fees = fees;
        PaymentCount = paymentCount;
    }

    /// <summary>Gets the period's label: <c>2032</c>, or a fiscal year such as <c>FY2032</c>.</summary>
    public string Period { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the currency of the row.</summary>
    public Currency Currency => Interest.Currency;

    /// <summary>Gets the interest due in the period.</summary>
    public Money Interest { get; }

    /// <summary>Gets the principal due in the period.</summary>
    public Money Principal { get; }

    /// <summary>Gets the front-end fees due in the period (at the disbursements).</summary>
    public Money Fees { get; }

    /// <summary>Gets everything due in the period: interest, principal and fees.</summary>
    public Money Total => Interest + Principal + Fees;

    /// <summary>Gets the number of payments (and fees) due in the period.</summary>
    public int PaymentCount { get; }

    /// <summary>Returns the period and the amounts.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Period}: {Total} (interest {Interest}, principal {Principal}, fees {Fees})");
}

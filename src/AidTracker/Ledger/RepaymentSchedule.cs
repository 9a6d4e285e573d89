using System.Collections.Immutable;

namespace AidTracker;

/// <summary>
/// The payments a loan's terms make of an amount disbursed on one date (<see cref="LoanTerms.Schedule"/>): each
/// payment's date, interest and principal, exact in the loan's currency, and the front-end fee (if any) due at the
/// disbursement.
/// </summary>
/// <remarks>
/// <para>Amounts are rounded to the currency's minor units (JPY 0, USD 2): interest half-to-even each period; regular
/// principal instalments toward zero; the last instalment absorbs what rounding left over, so the principal repaid adds
/// up exactly to <see cref="Amount"/>. A currency without minor units is not rounded.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class RepaymentSchedule
{
    internal RepaymentSchedule(
        LoanTerms terms,
        Money amount,
        NodaTime.LocalDate disbursement,
        Money fee,
        ImmutableArray<ScheduledPayment> payments
    )
    {
        Terms = terms;
        Amount = amount;
        Disbursement = disbursement;
        Fee = fee;
        Payments = payments;
    }

    /// <summary>Gets the terms the schedule follows.</summary>
    public LoanTerms Terms { get; }

    /// <summary>Gets the amount lent (disbursed in full on <see cref="Disbursement"/>).</summary>
    public Money Amount { get; }

    /// <summary>Gets the date of the (first) disbursement: time 0 of the schedule.</summary>
    public NodaTime.LocalDate Disbursement { get; }

    /// <summary>Gets the front-end fee due at the disbursement (zero when the terms have none), rounded to minor
    /// units.</summary>
    public Money Fee { get; }

    /// <summary>Gets the payments, in order.</summary>
    public ImmutableArray<ScheduledPayment> Payments { get; }

    /// <summary>Gets the interest of all payments.</summary>
    public Money TotalInterest => Sum(p => p.Interest);

    /// <summary>Gets the principal of all payments (always equal to <see cref="Amount"/>).</summary>
    public Money TotalPrincipal => Sum(p => p.Principal);

    /// <summary>Gets everything the borrower pays: the fee, the interest and the principal.</summary>
    public Money TotalDebtService => Fee + TotalInterest + TotalPrincipal;

    /// <summary>Returns the amount, terms and payment count: <c>JPY 13,000,000,000 from 2022-04-28 at 1% a year, ...:
    /// 60 payments</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Amount} from {Disbursement:uuuu-MM-dd} at {Terms}: {Payments.Length} payments");

    private Money Sum(Func<ScheduledPayment, Money> part)
    {
        Money total = Money.Zero(Amount.Currency);
        foreach (ScheduledPayment payment in Payments)
        {
            total += part(payment);
        }

        return total;
    }
}

using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker;

public sealed partial class LoanTerms
{
    /// <summary>
    /// Returns the payments these terms make of <paramref name="amount"/> disbursed in full on
    /// <paramref name="firstDisbursement"/>: each date with its interest and principal, exact in the amount's currency.
    /// </summary>
    /// <remarks>
    /// <para><b>Dates.</b> Payment <c>k</c> falls <c>k × 12 ÷ p</c> months after the disbursement, counted from the
    /// disbursement each time (never from the previous payment, so a short month does not shift the rest). A day that
    /// the month does not have becomes the month's last day (disbursed on 31 August: payments on 28 or 29 February and
    /// 31 August). A disbursement on the last day of a month puts every payment on the last day of its month (30 April:
    /// 31 October, 30 April, ...).</para>
    /// <para><b>Rounding</b> (see <see cref="RepaymentSchedule"/>): interest half-to-even to minor units each period;
    /// regular principal instalments rounded toward zero; the last instalment takes the rest, so principal adds up to
    /// the amount exactly. Annuity: the level payment is rounded toward zero and the principal of each payment is that
    /// payment less its interest.</para>
    /// </remarks>
    /// <param name="amount">The amount lent: positive.</param>
    /// <param name="firstDisbursement">The date it is disbursed (time 0).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="firstDisbursement"/> is not in the ISO calendar.</exception>
    /// <exception cref="OverflowException">A payment date falls after the year 9999.</exception>
    public RepaymentSchedule Schedule(Money amount, LocalDate firstDisbursement)
    {
        CheckSchedulable(amount, firstDisbursement);
        var payments = ImmutableArray.CreateBuilder<ScheduledPayment>(PaymentCount);
        var cursor = new PaymentCursor(this, amount, firstDisbursement);
        while (cursor.MoveNext())
        {
            payments.Add(
                new ScheduledPayment(
                    cursor.Number,
                    (decimal)cursor.Number / PaymentsPerYear,
                    cursor.Date,
                    new Money(cursor.Interest, amount.Currency),
                    new Money(cursor.Principal, amount.Currency),
                    new Money(cursor.Outstanding, amount.Currency)
                )
            );
        }

        return new RepaymentSchedule(
            this,
            amount,
            firstDisbursement,
            new Money(cursor.Fee, amount.Currency),
            payments.MoveToImmutable()
        );
    }

    /// <summary>Checks what <see cref="Schedule"/> checks, for a caller that walks the payments with a
    /// <see cref="PaymentCursor"/>.</summary>
    internal void CheckSchedulable(Money amount, LocalDate firstDisbursement)
    {
        Preconditions.CheckArgumentRange(
            amount.Amount > 0m,
            nameof(amount),
            amount,
            FormattableString.Invariant($"A repayment schedule needs a positive amount lent; {amount} is not.")
        );
        Preconditions.CheckArgument(
            firstDisbursement.Calendar == CalendarSystem.Iso,
            nameof(firstDisbursement),
            FormattableString.Invariant($"The disbursement date {firstDisbursement} is not in the ISO calendar.")
        );
        if (firstDisbursement.Year > 9999 - (int)Math.Ceiling(MaturityYears))
        {
            throw new OverflowException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"A loan disbursed on {firstDisbursement:uuuu-MM-dd} for {Number(MaturityYears)} years would be "
                        + $"repaid after the year 9999."
                )
            );
        }
    }

    /// <summary>The level payment of principal and interest per unit of principal over <paramref name="n"/> periods: r
    /// ÷ (1 − (1 + r)^−n), or 1 ÷ n at rate 0.</summary>
    internal static decimal AnnuityFactor(decimal periodRate, int n) =>
        periodRate == 0m ? 1m / n : periodRate / (1m - (1m / DecimalMath.Power(1m + periodRate, n)));
}

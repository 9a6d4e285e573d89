using System.Collections.Immutable;
using AidTracker.Rates;

namespace AidTracker.Aggregation;

/// <summary>
/// The scheduled repayments of the loans in a ledger, per year or fiscal year: "how much will the recipient repay, and
/// when" (<see cref="DebtService.SummarizeDebtService"/>), in the loans' currencies or converted, with the loans
/// scheduled, the loans left out and why, and the rates used.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class DebtServiceTable
{
    internal DebtServiceTable(
        SummaryQuery query,
        ImmutableArray<DebtServicePeriod> periods,
        ImmutableArray<ScheduledLoan> loans,
        ImmutableArray<(string LoanId, string Reason)> leftOut,
        ImmutableArray<ExchangeRate> ratesUsed,
        ImmutableArray<UnconvertedRecord> unconverted
    )
    {
        Query = query;
        Periods = periods;
        Loans = loans;
        LeftOut = leftOut;
        RatesUsed = ratesUsed;
        Unconverted = unconverted;
    }

    /// <summary>Gets the query that chose the loans (stage, filters, cut-off) and the conversion.</summary>
    public SummaryQuery Query { get; }

    /// <summary>Gets the rows, by period and then currency code.</summary>
    public ImmutableArray<DebtServicePeriod> Periods { get; }

    /// <summary>Gets the loans scheduled, in ledger order.</summary>
    public ImmutableArray<ScheduledLoan> Loans { get; }

    /// <summary>Gets the loans the query admits that could not be scheduled, each with the reason (no terms).</summary>
    public ImmutableArray<(string LoanId, string Reason)> LeftOut { get; }

    /// <summary>Gets the rates used to convert (one per loan currency and request), empty when nothing was
    /// converted.</summary>
    public ImmutableArray<ExchangeRate> RatesUsed { get; }

    /// <summary>Gets the loans whose payments could not be converted (no rate), with the reason.</summary>
    public ImmutableArray<UnconvertedRecord> Unconverted { get; }

    /// <summary>Gets a value indicating whether every loan admitted was scheduled and converted.</summary>
    public bool IsComplete => LeftOut.IsEmpty && Unconverted.IsEmpty;

    /// <summary>Returns the total of every period in <paramref name="currency"/>: all the debt service of the
    /// loans.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The total (zero when no row is in that currency).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    public Money Total(Currency currency)
    {
        AidTracker.Internal.Preconditions.CheckNotNull(currency);
        Money total = Money.Zero(currency);
        foreach (DebtServicePeriod period in Periods)
        {
            if (period.Currency.Equals(currency))
            {
                total += period.Total;
            }
        }

        return total;
    }
}

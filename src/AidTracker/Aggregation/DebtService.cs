using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;
using AidTracker.Periods;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>The debt service of the loans in a ledger: their repayment schedules added up by year or fiscal
/// year.</summary>
public static class DebtService
{
    /// <summary>
    /// Schedules every loan <paramref name="query"/> admits (instrument loan, an amount of its own, the query's stage,
    /// filters and cut-off) and adds up the payments by calendar year or by the fiscal years of
    /// <paramref name="calendar"/>, per currency or converted into the query's reporting currency.
    /// </summary>
    /// <remarks>
    /// <para><b>Which loans.</b> A loan that is part of another loan the query admits (a tranche, linked by
    /// <see cref="Commitment.ParentId"/>) is in its parent's schedule and is not scheduled again; a top-up
    /// (<see cref="Commitment.SupplementsId"/>) is a loan of its own. A loan without terms, or with a negative amount
    /// (a reduction), is left out and listed with the reason (<see cref="DebtServiceTable.LeftOut"/>).</para>
    /// <para><b>Assumptions.</b> Each loan is scheduled for its own amount (the ceiling of an "up to" amount),
    /// disbursed in full on the date of its first disbursement in the ledger, or on its own date when none is recorded
    /// (<see cref="ScheduledLoan.DisbursementAssumed"/>). The schedules are those of
    /// <see cref="LoanTerms.Schedule"/>.</para>
    /// <para><b>Conversion.</b> With a reporting currency, each loan's payments convert at one rate chosen by the
    /// query's policy for the loan's value date (or the policy's single date): future payments have no rates of their
    /// own. Every amount is kept exact; nothing is rounded.</para>
    /// </remarks>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">Which loans (measure committed or pledged, filters, cut-off) and the conversion (reporting
    /// currency, policy, rate source); its group-by keys are not used.</param>
    /// <param name="calendar">The fiscal-year calendar of the periods, or <c>null</c> for calendar years.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="query"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The query's measure is disbursed or spent.</exception>
    public static DebtServiceTable SummarizeDebtService(
        this Ledger ledger,
        SummaryQuery query,
        FiscalYearCalendar? calendar = null
    )
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(query);
        Preconditions.CheckArgument(
            MeasureRules.CountsCommitments(query.Measure),
            nameof(query),
            string.Create(
                CultureInfo.InvariantCulture,
                $"Debt service is scheduled from commitments; the query's measure is {query.Measure}. Use committed or "
                    + $"pledged."
            )
        );

        var loans = ImmutableArray.CreateBuilder<ScheduledLoan>();
        var leftOut = ImmutableArray.CreateBuilder<(string, string)>();
        var rates = new List<ExchangeRate>();
        var unconverted = ImmutableArray.CreateBuilder<UnconvertedRecord>();
        var periods = new Periods(calendar);
        foreach (Commitment c in ledger.Commitments)
        {
            if (
                c.Instrument != AidInstrument.Loan
                || c.Amount is not QualifiedMoney amount
                || !query.Admits(c)
                || InsideAdmittedLoan(ledger, c, query)
            )
            {
                continue;
            }

            if (c.Terms is not LoanTerms terms)
            {
                leftOut.Add(
                    (c.Id, "the loan has no terms (interest rate, maturity, grace period), so its schedule is unknown")
                );
                continue;
            }

            if (amount.Amount <= 0m)
            {
                leftOut.Add(
                    (
                        c.Id,
                        FormattableString.Invariant(
                            $"its amount {amount} is not positive (a reduction has no schedule of its own)"
                        )
                    )
                );
                continue;
            }

            ImmutableArray<Disbursement> paid = ledger.GetDisbursements(c);
            LocalDate disbursed = paid.IsEmpty ? c.Date : paid.Min(d => d.Date);
            terms.CheckSchedulable(amount.Money, disbursed);
            decimal factor = 1m;
            Currency currency = amount.Currency;
            if (query.ReportingCurrency is Currency to && !to.Equals(currency))
            {
                RateLookupResult found = query
                    .GetRateSource()
                    .TryGetRate(query.Policy.CreateRequest(currency, to, c.ValueDate));
                if (found.Rate is not ExchangeRate rate)
                {
                    unconverted.Add(new UnconvertedRecord(c.Id, c.Id, amount, found.Failure!));
                    continue;
                }

                if (!rates.Contains(rate))
                {
                    rates.Add(rate);
                }

                factor = rate.Value;
                currency = to;
            }

            loans.Add(new ScheduledLoan(c, disbursed, paid.IsEmpty));
            var cursor = new PaymentCursor(terms, amount.Money, disbursed);
            if (cursor.Fee != 0m)
            {
                periods.Row(disbursed, currency).Add(0m, 0m, cursor.Fee * factor);
            }

            // Payments come in date order: the row of the period at hand serves until the period ends.
            Row? row = null;
            LocalDate rowEnd = default;
            while (cursor.MoveNext())
            {
                if (row is null || cursor.Date >= rowEnd)
                {
                    (row, rowEnd) = periods.RowWithEnd(cursor.Date, currency);
                }

                row.Add(cursor.Interest * factor, cursor.Principal * factor, 0m);
            }
        }

        return new DebtServiceTable(
            query,
            periods.ToPeriods(),
            loans.ToImmutable(),
            leftOut.ToImmutable(),
            [.. rates],
            unconverted.ToImmutable()
        );
    }

    /// <summary>Whether an ancestor of <paramref name="loan"/> is a loan of its own that the query admits (then this
    /// loan is a part of its schedule).</summary>
    private static bool InsideAdmittedLoan(Ledger ledger, Commitment loan, SummaryQuery query)
    {
        // A valid ledger has no parent cycles; the count of steps is a guard all the same.
        int steps = 0;
        for (
            Commitment? parent = ledger.GetParent(loan);
            parent is not null && steps < ledger.Commitments.Length;
            parent = ledger.GetParent(parent), steps++
        )
        {
            if (parent.Instrument == AidInstrument.Loan && parent.HasOwnAmount && query.Admits(parent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rows by period (calendar or fiscal year) and currency.</summary>
    private sealed class Periods(FiscalYearCalendar? calendar)
    {
        private readonly Dictionary<(LocalDate Start, Currency Currency), Row> _rows = [];

        public Row Row(LocalDate date, Currency currency) => RowWithEnd(date, currency).Row;

        /// <summary>The row of the period holding <paramref name="date"/>, and the first day after that
        /// period.</summary>
        public (Row Row, LocalDate End) RowWithEnd(LocalDate date, Currency currency)
        {
            LocalDate start;
            LocalDate end;
            FiscalYear? fiscalYear = null;
            if (calendar is null)
            {
                start = new LocalDate(date.Year, 1, 1);
                end = start.PlusYears(1);
            }
            else
            {
                FiscalYear fy = calendar.GetFiscalYear(date);
                fiscalYear = fy;
                start = fy.Start;
                end = fy.End.PlusDays(1);
            }

            if (!_rows.TryGetValue((start, currency), out Row? row))
            {
                string label = fiscalYear?.ToString()
                    ?? date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _rows[(start, currency)] = row = new Row(label);
            }

            return (row, end);
        }

        public ImmutableArray<DebtServicePeriod> ToPeriods() =>
            [
                .. _rows
                    .OrderBy(r => r.Key.Start)
                    .ThenBy(r => r.Key.Currency.Code, StringComparer.Ordinal)
                    .Select(r => r.Value.ToPeriod(r.Key.Start, r.Key.Currency)),
            ];
    }

    private sealed class Row(string label)
    {
        private decimal _interest;
        private decimal _principal;
        private decimal _fees;
        private int _count;

        public void Add(decimal interest, decimal principal, decimal fees)
        {
            _interest += interest;
            _principal += principal;
            _fees += fees;
            _count++;
        }

        public DebtServicePeriod ToPeriod(LocalDate start, Currency currency) =>
            new(
                label,
                start,
                new Money(_interest, currency),
                new Money(_principal, currency),
                new Money(_fees, currency),
                _count
            );
    }
}

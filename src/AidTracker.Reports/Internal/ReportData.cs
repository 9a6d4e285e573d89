using System.Collections.Immutable;
using AidTracker.Aggregation;
using AidTracker.Periods;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>
/// Everything a report shows, computed once from the ledger: the committed and disbursed totals by donor and month (two
/// summaries; the bars, the per-donor totals and the headline are read from them; the cumulative chart is the
/// library's cumulative series, <see cref="CumulativeLines"/>), the parts itemised inside counted parents, the optional
/// totals by the caller's keys, the check of every stated equivalent and of every qualified total against its parts.
/// </summary>
internal sealed class ReportData
{
    /// <summary>At most this many stated equivalents are checked and listed.</summary>
    public const int MaxChecks = 500;

    /// <summary>At most this many qualified totals are checked against their parts (each check is one summary of the
    /// ledger filtered to the parts).</summary>
    public const int MaxTotalChecks = 100;

    public ReportData(Ledger ledger, ReportOptions options, CancellationToken cancellationToken)
    {
        Ledger = ledger;
        Options = options;
        Query = options.ToQuery();
        RateSource = Query.GetRateSource();
        SummaryQuery byMonth = Query.GroupedBy(GroupKey.Donor, GroupKey.Month);
        int cores = Environment.ProcessorCount;
        Committed = new PeriodTotals(ledger.Summarize(byMonth, cores, cancellationToken));
        Disbursed = new PeriodTotals(
            ledger.Summarize(byMonth.WithMeasure(Measure.Disbursed), cores, cancellationToken)
        );
        Itemised =
            Committed.Summary.Counts.InsideCountedParent == 0
                ? null
                : ledger.Summarize(Query.ItemisedParts(), cores, cancellationToken);
        ByKeys = options.GroupBy.IsEmpty
            ? null
            : ledger.Summarize(Query.GroupedBy(options.GroupBy), cores, cancellationToken);
        Checks = [.. StatedChecks(cancellationToken)];
        TotalChecks = [.. TotalsWithParts(cancellationToken)];

        Donors = [.. Committed.Donors.Union(Disbursed.Donors, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        DonorFiscalCalendars calendars = GroupKey.DonorFiscalYear.Calendars ?? DonorFiscalCalendars.Default;
        Calendars = calendars;
        LocalDate? first = Min(Committed.First, Disbursed.First);
        LocalDate? last = Max(Committed.Last, Disbursed.Last);
        End = options.AsOf ?? (last is LocalDate l ? PeriodStep.Month.EndOf(l) : null);
        Step = first is LocalDate f && End is LocalDate e ? PeriodStep.For(f, e, Donors, calendars) : PeriodStep.Month;
        YearStep = PeriodStep.Yearly(Donors, calendars);
    }

    public Ledger Ledger { get; }

    public ReportOptions Options { get; }

    public SummaryQuery Query { get; }

    public IExchangeRateSource RateSource { get; }

    public Currency Currency => Options.ReportingCurrency;

    /// <summary>Gets the committed totals by donor and month (the headline is its summary's total).</summary>
    public PeriodTotals Committed { get; }

    /// <summary>Gets the disbursed totals by donor and month.</summary>
    public PeriodTotals Disbursed { get; }

    /// <summary>Gets the summary of the commitments itemised inside counted parents, or <c>null</c> when there is
    /// none.</summary>
    public Summary? Itemised { get; }

    /// <summary>Gets the committed totals by <see cref="ReportOptions.GroupBy"/>, or <c>null</c> when not asked
    /// for.</summary>
    public Summary? ByKeys { get; }

    /// <summary>Gets the check of every stated equivalent of the commitments in the report (at most
    /// <see cref="MaxChecks"/>).</summary>
    public ImmutableArray<StatedEquivalentCheck> Checks { get; }

    /// <summary>Gets the check of every commitment's own qualified total ("over $12.4 billion") against its itemised
    /// parts (at most <see cref="MaxTotalChecks"/>).</summary>
    public ImmutableArray<ItemisedTotalCheck> TotalChecks { get; }

    /// <summary>Gets how many commitments state a total with itemised parts in all (more than
    /// <see cref="TotalChecks"/> when capped).</summary>
    public int TotalCount { get; private set; }

    /// <summary>Gets how many stated equivalents there are in all (more than <see cref="Checks"/> when
    /// capped).</summary>
    public int StatedCount { get; private set; }

    /// <summary>Gets the donors of either measure, in order of their ids.</summary>
    public ImmutableArray<string> Donors { get; }

    /// <summary>Gets the last date the charts run to: the as-of date, else the last month with a record; <c>null</c>
    /// when there is none.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets each donor's fiscal-year calendar.</summary>
    public DonorFiscalCalendars Calendars { get; }

    /// <summary>Gets the step of the cumulative chart: months over ten years or less, else years (the donors' common
    /// fiscal year, else the calendar year; each donor's own line by its own fiscal year).</summary>
    public PeriodStep Step { get; }

    /// <summary>Gets the step of the bars by year.</summary>
    public PeriodStep YearStep { get; }

    /// <summary>Gets every rate used by the summaries, once each, in order of pair and date.</summary>
    public IEnumerable<UsedRate> RatesUsed =>
        Committed
            .Summary.RatesUsed.Concat(Disbursed.Summary.RatesUsed)
            .Concat(Itemised?.RatesUsed ?? [])
            .Concat(TotalChecks.SelectMany(t => t.RatesUsed))
            .DistinctBy(r => (r.From.Code, r.To.Code, r.RequestedDate, r.Source, r.Value))
            .OrderBy(r => r.From.Code, StringComparer.Ordinal)
            .ThenBy(r => r.RequestedDate);

    /// <summary>Gets every amount that could not be converted, of either measure and of the itemised parts.</summary>
    public IEnumerable<UnconvertedRecord> Unconverted =>
        Committed
            .Summary.Unconverted.Concat(Disbursed.Summary.Unconverted)
            .Concat(Itemised?.Unconverted ?? [])
            .DistinctBy(u => u.RecordId);

    private IEnumerable<StatedEquivalentCheck> StatedChecks(CancellationToken cancellationToken)
    {
        int seen = 0;
        foreach (Commitment commitment in Ledger.Commitments)
        {
            if (
                commitment.StatedEquivalents.IsEmpty
                || !commitment.HasOwnAmount
                || (Query.AsOf is LocalDate cut && commitment.Date > cut)
            )
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (QualifiedMoney stated in commitment.StatedEquivalents)
            {
                if (++seen <= MaxChecks && !stated.Currency.Equals(commitment.Amount!.Value.Currency))
                {
                    yield return StatedEquivalentCheck.Check(commitment, stated, RateSource, Query.Policy);
                }
            }
        }

        StatedCount = seen;
    }

    private IEnumerable<ItemisedTotalCheck> TotalsWithParts(CancellationToken cancellationToken)
    {
        int seen = 0;
        foreach (Commitment commitment in Ledger.Commitments)
        {
            if (
                !commitment.HasOwnAmount
                || (Query.AsOf is LocalDate cut && commitment.Date > cut)
                || Ledger.GetChildren(commitment).IsEmpty
            )
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (++seen <= MaxTotalChecks)
            {
                yield return ItemisedTotalCheck.Check(Ledger, commitment, RateSource, Query.Policy, asOf: Query.AsOf);
            }
        }

        TotalCount = seen;
    }

    private static LocalDate? Min(LocalDate? a, LocalDate? b) =>
        a is null ? b
        : b is null ? a
        : LocalDate.Min(a.Value, b.Value);

    private static LocalDate? Max(LocalDate? a, LocalDate? b) =>
        a is null ? b
        : b is null ? a
        : LocalDate.Max(a.Value, b.Value);
}

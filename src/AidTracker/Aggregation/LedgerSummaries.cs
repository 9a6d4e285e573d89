using AidTracker.Aggregation.Engine;
using AidTracker.Internal;
using AidTracker.Periods;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>Runs summary queries on a <see cref="Ledger"/>: totals by group
/// (<see cref="Summarize(Ledger, SummaryQuery)"/>), in parallel, and cumulative series.</summary>
/// <example>
/// <code>
/// Ledger ledger = await LedgerJson.ReadFileAsync("japan-ukraine.ledger.json", clock);
/// Summary summary = ledger.Summarize(new SummaryQuery { ReportingCurrency = Currency.USD }
///     .GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear));
/// // At least USD 12,400,000,000.00 (the package is inside it):
/// SummaryGroup fy2024 = summary.GetGroup("JPN", "FY2024");
/// Reconciliation check = fy2024.Reconcile(QualifiedMoney.Parse("over $12.4 billion"));   // Holds
/// </code>
/// </example>
public static class LedgerSummaries
{
    /// <summary>Runs <paramref name="query"/> on <paramref name="ledger"/> (see <see cref="SummaryQuery"/> for the
    /// counting rule).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how.</param>
    /// <returns>The summary with its provenance.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="SummaryOverflowException">A total does not fit in a <see cref="decimal"/>; the message names
    /// the group.</exception>
    public static Summary Summarize(this Ledger ledger, SummaryQuery query) =>
        Summarize(ledger, query, CancellationToken.None);

    /// <summary>
    /// Runs <paramref name="query"/> on <paramref name="ledger"/> (see <see cref="SummaryQuery"/> for the counting
    /// rule), checking <paramref name="cancellationToken"/> every few thousand records.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how.</param>
    /// <param name="cancellationToken">Stops the summary (within a few thousand records).</param>
    /// <returns>The summary with its provenance.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="SummaryOverflowException">A total does not fit in a <see cref="decimal"/>; the message names
    /// the group.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Summary Summarize(this Ledger ledger, SummaryQuery query, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(query);
        var engine = new SummaryEngine(ledger, query, cancellationToken);
        return Run(engine, 0, engine.RecordCount);
    }

    /// <summary>
    /// Runs <paramref name="query"/> on <paramref name="ledger"/> on up to <paramref name="maxDegreeOfParallelism"/>
    /// threads: the records are split into contiguous ranges, each summarised on its own, and the partial summaries
    /// merged (<see cref="Summary.Merge(Summary)"/>). The result equals the one of
    /// <see cref="Summarize(Ledger, SummaryQuery)"/> exactly (sums are kept exactly, so the order of additions does not
    /// matter). Small ledgers (under 4,096 records per thread) run on fewer threads. Custom keys and filters are called
    /// from several threads at once.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use (1 runs on the calling thread).</param>
    /// <returns>The summary with its provenance.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than
    /// 1.</exception>
    /// <exception cref="SummaryOverflowException">A total does not fit in a <see cref="decimal"/>; the message names
    /// the group.</exception>
    public static Summary Summarize(this Ledger ledger, SummaryQuery query, int maxDegreeOfParallelism) =>
        Summarize(ledger, query, maxDegreeOfParallelism, CancellationToken.None);

    /// <summary>
    /// Runs <paramref name="query"/> on <paramref name="ledger"/> on up to <paramref name="maxDegreeOfParallelism"/>
    /// threads (see <see cref="Summarize(Ledger, SummaryQuery, int)"/>), checking <paramref name="cancellationToken"/>
    /// every few thousand records on each thread.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use (1 runs on the calling thread).</param>
    /// <param name="cancellationToken">Stops the summary (within a few thousand records).</param>
    /// <returns>The summary with its provenance.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than
    /// 1.</exception>
    /// <exception cref="SummaryOverflowException">A total does not fit in a <see cref="decimal"/>; the message names
    /// the group.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Summary Summarize(
        this Ledger ledger,
        SummaryQuery query,
        int maxDegreeOfParallelism,
        CancellationToken cancellationToken
    )
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(query);
        Preconditions.CheckArgumentRange(
            maxDegreeOfParallelism >= 1,
            nameof(maxDegreeOfParallelism),
            maxDegreeOfParallelism,
            FormattableString.Invariant(
                $"The degree of parallelism must be at least 1; {maxDegreeOfParallelism} is not."
            )
        );
        var engine = new SummaryEngine(ledger, query, cancellationToken);
        int count = engine.RecordCount;
        const int MinimumPerPartition = 4096;
        int partitions = Math.Min(maxDegreeOfParallelism, Math.Max(1, count / MinimumPerPartition));
        if (partitions == 1)
        {
            return Run(engine, 0, count);
        }

        var parts = new Summary[partitions];
        try
        {
            Parallel.For(
                0,
                partitions,
                new ParallelOptions { MaxDegreeOfParallelism = partitions, CancellationToken = cancellationToken },
                p =>
                {
                    int start = (int)((long)count * p / partitions);
                    int end = (int)((long)count * (p + 1) / partitions);
                    parts[p] = Run(engine, start, end);
                }
            );
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // One partition's overflow or cancellation is the summary's: thrown as itself, not wrapped.
            Exception first = e.InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException)
                ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        return MergeChecked(parts);
    }

    /// <summary>
    /// Makes the rates of <paramref name="query"/> ready, so that its first summary does not wait for them: loads the
    /// rate source (the embedded reference data of the default source is read on first use, some tenths of a second)
    /// and builds the dense table of its rates into the reporting currency that summaries read (cached for the source's
    /// lifetime). A caller can run it on another thread while it reads its ledger. Nothing is done when the query does
    /// not convert (no reporting currency) or converts at fixed rates. Calling it is never needed for a correct result.
    /// </summary>
    /// <param name="query">The query whose rates to prepare.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <c>null</c>.</exception>
    /// <exception cref="Rates.RateFileException">A rate file the source reads on first use is malformed.</exception>
    public static void PrepareRates(SummaryQuery query)
    {
        Preconditions.CheckNotNull(query);
        if (query.ReportingCurrency is Currency target && query.Policy.Kind != ConversionPolicyKind.Fixed)
        {
            // The same source and fast path that SummaryEngine's constructor asks for: both are cached from here on.
            _ = TableRates.For(query.GetRateSource(), target, query.Policy.Basis);
        }
    }

    private static Summary Run(SummaryEngine engine, int start, int end)
    {
        try
        {
            return engine.Run(start, end);
        }
        catch (OverflowException e) when (e is not SummaryOverflowException)
        {
            throw SummaryOverflowException.WhileAdding(e);
        }
    }

    private static Summary MergeChecked(Summary[] parts)
    {
        try
        {
            return Summary.Merge(parts);
        }
        catch (OverflowException e) when (e is not SummaryOverflowException)
        {
            throw SummaryOverflowException.WhileAdding(e);
        }
    }

    /// <summary>
    /// Returns the running totals of <paramref name="query"/> at the end of each month, quarter, year or fiscal year:
    /// what had been committed (or pledged, disbursed, spent) by each date. Point <c>n</c> is the summary of the query
    /// with its cut-off moved to the end of period <c>n</c> (or to the query's own cut-off, for the last period), so
    /// the counting rule applies at each date: a breakdown counts on its own until the parent it is part of is
    /// recorded.
    /// </summary>
    /// <remarks>
    /// <para>The series runs from the period of the earliest record that passes the measure and filters to the period
    /// of the query's cut-off (<see cref="SummaryQuery.AsOf"/>), or of the latest such record when the query has none.
    /// A ledger with no such record gives an empty series.</para>
    /// <para>With <see cref="SeriesInterval.FiscalYear"/> the steps follow the donors' own fiscal year
    /// (<see cref="DonorFiscalCalendars.Default"/>: Japan's FY2024 runs 2024-04-01..2025-03-31); the records in the
    /// series must all belong to donors that keep the same fiscal year (filter the query to one donor, or pass a
    /// calendar to <see cref="SummarizeCumulative(Ledger, SummaryQuery, FiscalYearCalendar)"/>).</para>
    /// </remarks>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how; its cut-off ends the series.</param>
    /// <param name="interval">Month, quarter, year or the donor's fiscal year.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="interval"/> is <see cref="SeriesInterval.FiscalYear"/> and the donors in the series keep
    /// different fiscal years; the message names them.
    /// </exception>
    public static CumulativeSeries SummarizeCumulative(this Ledger ledger, SummaryQuery query, SeriesInterval interval)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(query);
        Preconditions.CheckArgumentRange(
            Enum.IsDefined(interval),
            nameof(interval),
            interval,
            FormattableString.Invariant($"{interval} is not a series interval.")
        );
        return CumulativeSeries.Build(ledger, query, interval, null);
    }

    /// <summary>
    /// Returns the running totals of <paramref name="query"/> at the end of each fiscal year of
    /// <paramref name="calendar"/> (e.g. <see cref="FiscalYearCalendar.UnitedStates"/>: FY2025 ends on 2025-09-30),
    /// whoever the donors are; otherwise as <see cref="SummarizeCumulative(Ledger, SummaryQuery, SeriesInterval)"/>
    /// with <see cref="SeriesInterval.FiscalYear"/>.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how; its cut-off ends the series.</param>
    /// <param name="calendar">The fiscal-year calendar whose years are the steps.</param>
    /// <returns>The series, with <see cref="CumulativeSeries.Calendar"/> set to <paramref name="calendar"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static CumulativeSeries SummarizeCumulative(
        this Ledger ledger,
        SummaryQuery query,
        FiscalYearCalendar calendar
    )
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(query);
        Preconditions.CheckNotNull(calendar);
        return CumulativeSeries.Build(ledger, query, SeriesInterval.FiscalYear, calendar);
    }

    internal static IEnumerable<(LocalDate Date, LedgerRecord Record)> MeasureRecords(Ledger ledger, SummaryQuery query)
    {
        if (MeasureRules.CountsCommitments(query.Measure))
        {
            CommitmentStage stage = MeasureRules.StageOf(query.Measure);
            return ledger.Commitments.Where(c => c.Stage == stage).Select(c => (c.Date, (LedgerRecord)c));
        }

        DisbursementKind kind = MeasureRules.KindOf(query.Measure);
        return ledger.Disbursements.Where(d => d.Kind == kind).Select(d => (d.Date, (LedgerRecord)d));
    }
}

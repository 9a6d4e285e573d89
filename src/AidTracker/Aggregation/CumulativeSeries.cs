using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// Running totals by month or year up to a cut-off: what had been committed (or pledged, disbursed, spent) by the end of
/// each period. Made by <see cref="LedgerSummaries.SummarizeCumulative"/>.
/// </summary>
/// <remarks>Immutable. Every point is a full <see cref="Summary"/> with its own provenance.</remarks>
public sealed class CumulativeSeries
{
    private CumulativeSeries(SummaryQuery query, SeriesInterval interval, ImmutableArray<CumulativePoint> points)
    {
        Query = query;
        Interval = interval;
        Points = points;
    }

    /// <summary>Gets the query whose running totals these are.</summary>
    public SummaryQuery Query { get; }

    /// <summary>Gets the step between points.</summary>
    public SeriesInterval Interval { get; }

    /// <summary>Gets the points, oldest first.</summary>
    public ImmutableArray<CumulativePoint> Points { get; }

    /// <summary>Gets a value indicating whether every point's summary is complete.</summary>
    public bool IsComplete => Points.All(p => p.Summary.IsComplete);

    /// <summary>Returns one line per point.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() => "Cumulative " + Query + ":\n" + string.Join("\n", Points.Select(p => "  " + p));

    internal static CumulativeSeries Build(Ledger ledger, SummaryQuery query, SeriesInterval interval)
    {
        LocalDate? first = null;
        LocalDate? last = null;
        foreach ((LocalDate date, LedgerRecord record) in LedgerSummaries.MeasureRecords(ledger, query))
        {
            if ((query.AsOf is LocalDate cut && date > cut) || !query.Filters.All(f => f.MatchesUnchecked(record)))
            {
                continue;
            }

            first = first is null || date < first ? date : first;
            last = last is null || date > last ? date : last;
        }

        if (first is null)
        {
            return new CumulativeSeries(query, interval, []);
        }

        LocalDate end = query.AsOf ?? last!.Value;
        var points = ImmutableArray.CreateBuilder<CumulativePoint>();
        LocalDate periodStart = interval == SeriesInterval.Month
            ? new LocalDate(first.Value.Year, first.Value.Month, 1)
            : new LocalDate(first.Value.Year, 1, 1);
        while (periodStart <= end)
        {
            LocalDate next = interval == SeriesInterval.Month ? periodStart.PlusMonths(1) : periodStart.PlusYears(1);
            LocalDate pointEnd = LocalDate.Min(next.PlusDays(-1), end);
            string label = interval == SeriesInterval.Month
                ? KeyText.Month(periodStart)
                : periodStart.Year.ToString("D4", CultureInfo.InvariantCulture);
            points.Add(new CumulativePoint(label, pointEnd, ledger.Summarize(query.WithAsOf(pointEnd))));
            periodStart = next;
        }

        return new CumulativeSeries(query, interval, points.ToImmutable());
    }
}

using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Periods;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// Running totals by month, quarter, year or fiscal year up to a cut-off: what had been committed (or pledged,
/// disbursed, spent) by the end of each period. Made by
/// <see cref="LedgerSummaries.SummarizeCumulative(Ledger, SummaryQuery, SeriesInterval)"/>.
/// </summary>
/// <remarks>Immutable. Every point is a full <see cref="Summary"/> with its own provenance.</remarks>
public sealed class CumulativeSeries
{
    private CumulativeSeries(
        SummaryQuery query,
        SeriesInterval interval,
        FiscalYearCalendar? calendar,
        ImmutableArray<CumulativePoint> points
    )
    {
        Query = query;
        Interval = interval;
        Calendar = calendar;
        Points = points;
    }

    /// <summary>Gets the query whose running totals these are.</summary>
    public SummaryQuery Query { get; }

    /// <summary>Gets the step between points.</summary>
    public SeriesInterval Interval { get; }

    /// <summary>
    /// Gets the fiscal-year calendar of the steps when <see cref="Interval"/> is
    /// <see cref="SeriesInterval.FiscalYear"/> (the donor's own, or the one given), otherwise <c>null</c>.
    /// </summary>
    public FiscalYearCalendar? Calendar { get; }

    /// <summary>Gets the points, oldest first.</summary>
    public ImmutableArray<CumulativePoint> Points { get; }

    /// <summary>Gets a value indicating whether every point's summary is complete.</summary>
    public bool IsComplete => Points.All(p => p.Summary.IsComplete);

    /// <summary>Returns one line per point.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        "Cumulative " + Query + ":\n" + string.Join("\n", Points.Select(p => "  " + p));

    internal static CumulativeSeries Build(
        Ledger ledger,
        SummaryQuery query,
        SeriesInterval interval,
        FiscalYearCalendar? calendar
    )
    {
        LocalDate? first = null;
        LocalDate? last = null;
        var donorCalendars = new SortedDictionary<string, FiscalYearCalendar>(StringComparer.Ordinal);
        bool resolveCalendar = interval == SeriesInterval.FiscalYear && calendar is null;
        foreach ((LocalDate date, LedgerRecord record) in LedgerSummaries.MeasureRecords(ledger, query))
        {
            if (!query.Eligibility.WithinAsOfAndFilters(record, date))
            {
                continue;
            }

            first = first is null || date < first ? date : first;
            last = last is null || date > last ? date : last;
            if (resolveCalendar)
            {
                string donor = DonorOf(record);
                donorCalendars.TryAdd(donor, DonorFiscalCalendars.Default.For(donor));
            }
        }

        if (resolveCalendar && donorCalendars.Count > 0)
        {
            calendar = TheDonorsCalendar(donorCalendars, interval);
        }

        if (first is null)
        {
            return new CumulativeSeries(query, interval, calendar, []);
        }

        LocalDate end = query.AsOf ?? last!.Value;
        var points = ImmutableArray.CreateBuilder<CumulativePoint>();
        var step = new Step(interval, calendar);
        LocalDate periodStart = step.StartOfPeriod(first.Value);
        while (periodStart <= end)
        {
            LocalDate next = step.Next(periodStart);
            LocalDate pointEnd = LocalDate.Min(next.PlusDays(-1), end);
            points.Add(
                new CumulativePoint(step.Label(periodStart), pointEnd, ledger.Summarize(query.WithAsOf(pointEnd)))
            );
            periodStart = next;
        }

        return new CumulativeSeries(query, interval, calendar, points.ToImmutable());
    }

    private static string DonorOf(LedgerRecord record) =>
        record switch
        {
            Commitment c => c.Donor.Id,
            Disbursement d => d.Donor.Id,
            _ => throw new InvalidOperationException(FormattableString.Invariant($"Record {record.Id} has no donor.")),
        };

    private static FiscalYearCalendar TheDonorsCalendar(
        SortedDictionary<string, FiscalYearCalendar> donorCalendars,
        SeriesInterval interval
    )
    {
        FiscalYearCalendar[] distinct = [.. donorCalendars.Values.Distinct()];
        if (distinct.Length == 1)
        {
            return distinct[0];
        }

        string donors = string.Join(", ", donorCalendars.Select(p => p.Key + ": " + p.Value.Name));
        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"A fiscal-year series needs one calendar, but the donors in it keep different fiscal years "
                    + $"({donors}); "
            ) + "filter the query to one donor or pass the calendar to use.",
            nameof(interval)
        );
    }

    /// <summary>The periods of one interval: where a period containing a date starts, the next start, and the
    /// label.</summary>
    private readonly struct Step(SeriesInterval interval, FiscalYearCalendar? calendar)
    {
        public LocalDate StartOfPeriod(LocalDate date) =>
            interval switch
            {
                SeriesInterval.Month => new LocalDate(date.Year, date.Month, 1),
                SeriesInterval.Quarter => new LocalDate(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
                SeriesInterval.FiscalYear => calendar!.GetFiscalYear(date).Start,
                _ => new LocalDate(date.Year, 1, 1),
            };

        public LocalDate Next(LocalDate periodStart) =>
            interval switch
            {
                SeriesInterval.Month => periodStart.PlusMonths(1),
                SeriesInterval.Quarter => periodStart.PlusMonths(3),
                SeriesInterval.FiscalYear => calendar!.GetFiscalYear(periodStart).Next().Start,
                _ => periodStart.PlusYears(1),
            };

        public string Label(LocalDate periodStart) =>
            interval switch
            {
                SeriesInterval.Month => KeyText.Month(periodStart),
                SeriesInterval.Quarter => KeyText.Year(periodStart.Year)
                    + "-Q"
                    + (((periodStart.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture),
                SeriesInterval.FiscalYear => calendar!.GetFiscalYear(periodStart).ToString(),
                _ => KeyText.Year(periodStart.Year),
            };
    }
}

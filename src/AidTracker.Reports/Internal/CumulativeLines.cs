using System.Collections.Immutable;
using AidTracker.Aggregation;
using AidTracker.Periods;
using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>
/// The lines of the cumulative chart, read from the library's cumulative series
/// (<see cref="LedgerSummaries.SummarizeCumulative(Ledger, SummaryQuery, SeriesInterval)"/>): each point is the summary
/// of the report's query as of the end of its period, so the counting rule applies at each date (a breakdown counts on
/// its own until the parent it is part of is recorded), exactly as <c>aidtracker summarize --cumulative</c> computes
/// it. Over ten years or less the lines step by month. Over a longer span each donor's line steps by the donor's own
/// fiscal year (Japan's ends on 31 March, the United States' on 30 September, Australia's on 30 June), and the
/// all-donors and disbursed lines by the fiscal year the donors share, else by calendar year.
/// </summary>
internal static class CumulativeLines
{
    /// <summary>Returns the lines to draw (committed per donor when there are several, committed in all, disbursed),
    /// each with at least one point; empty when there is nothing to draw.</summary>
    public static List<CumulativeLine> Build(ReportData data)
    {
        var lines = new List<CumulativeLine>();
        if (data.End is not LocalDate end)
        {
            return lines;
        }

        // One committed series per calendar, grouped by donor: its points' totals are the all-donors line, its groups
        // the donors' lines.
        SummaryQuery committed = data.Query.WithAsOf(end).GroupedBy(GroupKey.Donor);
        var seriesByCalendar = new Dictionary<object, CumulativeSeries>();
        CumulativeSeries Committed(FiscalYearCalendar? calendar)
        {
            object key = calendar ?? (object)SeriesInterval.Month;
            if (!seriesByCalendar.TryGetValue(key, out CumulativeSeries? series))
            {
                series = Series(data.Ledger, committed, calendar);
                seriesByCalendar.Add(key, series);
            }

            return series;
        }

        string[] donors = [.. data.Committed.Donors];
        bool perDonor = donors.Length > 1;
        if (perDonor)
        {
            var donorLines = new SortedDictionary<string, CumulativeLine>(StringComparer.Ordinal);
            foreach (string donor in donors)
            {
                donorLines[donor] = DonorLine(Committed(data.Step.IsMonth ? null : data.Calendars.For(donor)), donor);
            }

            lines.AddRange(donorLines.Values);
        }

        string all = perDonor ? "Committed: all donors" : "Committed";
        lines.Add(TotalLine(Committed(data.Step.Calendar), all, false));
        SummaryQuery disbursed = data.Query.WithAsOf(end).WithMeasure(Measure.Disbursed);
        lines.Add(TotalLine(Series(data.Ledger, disbursed, data.Step.Calendar), "Disbursed", true));
        lines.RemoveAll(l => l.Points.Count == 0);
        return lines;
    }

    /// <summary>The series by month (no calendar), by calendar year, or by the fiscal years of
    /// <paramref name="calendar"/>.</summary>
    private static CumulativeSeries Series(Ledger ledger, SummaryQuery query, FiscalYearCalendar? calendar) =>
        calendar switch
        {
            null => ledger.SummarizeCumulative(query, SeriesInterval.Month),
            { IsCalendarYear: true } => ledger.SummarizeCumulative(query, SeriesInterval.Year),
            _ => ledger.SummarizeCumulative(query, calendar),
        };

    private static CumulativeLine DonorLine(CumulativeSeries series, string donor)
    {
        var points = new List<CumulativeLinePoint>();
        foreach (CumulativePoint point in series.Points)
        {
            SummaryGroup? group = point.Summary.Groups.FirstOrDefault(g => g.KeyValues[0] == donor);
            if (group is not null && Drawn(group.Totals, group.UnconvertedCount) is QualifiedMoney total)
            {
                points.Add(new CumulativeLinePoint(point.Period, point.End, total));
            }
        }

        return new CumulativeLine("Committed: " + donor, false, points);
    }

    private static CumulativeLine TotalLine(CumulativeSeries series, string name, bool dashed)
    {
        var points = new List<CumulativeLinePoint>();
        foreach (CumulativePoint point in series.Points)
        {
            if (Drawn(point.Totals, point.Summary.Unconverted.Length) is QualifiedMoney total)
            {
                points.Add(new CumulativeLinePoint(point.Period, point.End, total));
            }
        }

        return new CumulativeLine(name, dashed, points);
    }

    /// <summary>The running total to draw, or <c>null</c> when nothing up to the point could be converted (a summary
    /// may give such a total as zero: never drawn as zero).</summary>
    private static QualifiedMoney? Drawn(ImmutableArray<SummaryTotal> totals, int unconverted) =>
        totals.IsEmpty || (unconverted > 0 && totals[0].Amount == 0) ? null : totals[0].Value;
}

/// <summary>One line of the cumulative chart: its name, whether it is dashed, and its points.</summary>
internal sealed record CumulativeLine(string Name, bool Dashed, List<CumulativeLinePoint> Points);

/// <summary>A point of a cumulative line: the period's label (<c>2025-03</c>, <c>FY2024</c>, <c>2024</c>), the date it
/// runs to, and the running total.</summary>
internal readonly record struct CumulativeLinePoint(string Period, LocalDate End, QualifiedMoney Total);

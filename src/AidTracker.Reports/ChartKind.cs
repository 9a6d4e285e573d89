namespace AidTracker.Reports;

/// <summary>The charts of a report (<see cref="ReportBuilder.RenderChart"/>).</summary>
public enum ChartKind
{
    /// <summary>
    /// Running totals over time, from the library's cumulative series
    /// (<see cref="AidTracker.Aggregation.CumulativeSeries"/>):
    /// what had been committed and disbursed by the end of each month, or over more than ten years by the end of each
    /// year; one committed line per donor when there are several, each donor's by its own fiscal year (the all-donors
    /// and disbursed lines by the donors' common fiscal year, else by calendar year).
    /// </summary>
    Cumulative = 0,

    /// <summary>Commitments by year as bars: the donors' fiscal year when they share one, else the calendar
    /// year.</summary>
    ByYear = 1,

    /// <summary>Committed and disbursed totals side by side, one pair of bars per donor.</summary>
    CommittedDisbursed = 2,
}

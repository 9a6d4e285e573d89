namespace AidTracker.Reports;

/// <summary>The charts of a report (<see cref="ReportBuilder.RenderChart"/>).</summary>
public enum ChartKind
{
    /// <summary>
    /// Running totals over time: what had been committed and disbursed by the end of each month (or, over more than ten
    /// years, each fiscal year shared by the donors, else each calendar year); one committed line per donor when there
    /// are several.
    /// </summary>
    Cumulative = 0,

    /// <summary>Commitments by year as bars: the donors' fiscal year when they share one, else the calendar
    /// year.</summary>
    ByYear = 1,

    /// <summary>Committed and disbursed totals side by side, one pair of bars per donor.</summary>
    CommittedDisbursed = 2,
}

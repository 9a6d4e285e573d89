namespace AidTracker.Aggregation;

/// <summary>The step of a <see cref="CumulativeSeries"/>.</summary>
public enum SeriesInterval
{
    /// <summary>One point at the end of each calendar month (labelled <c>2025-02</c>).</summary>
    Month = 0,

    /// <summary>One point at the end of each calendar year (labelled <c>2025</c>).</summary>
    Year = 1,

    /// <summary>One point at the end of each calendar quarter (January-March is <c>2025-Q1</c>).</summary>
    Quarter = 2,

    /// <summary>
    /// One point at the end of each fiscal year (labelled <c>FY2024</c>): of the donor's own calendar
    /// (<see cref="Periods.DonorFiscalCalendars.Default"/>, e.g. Japan's FY2024 ends on 2025-03-31), or of the calendar
    /// given to <see cref="LedgerSummaries.SummarizeCumulative(Ledger, SummaryQuery, Periods.FiscalYearCalendar)"/>.
    /// </summary>
    FiscalYear = 3,
}

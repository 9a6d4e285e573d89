namespace AidTracker.Periods;

/// <summary>Which calendar year names a fiscal year that straddles two of them.</summary>
public enum FiscalYearLabeling
{
    /// <summary>Named by the calendar year in which it starts (Japan, UK, Canada: FY2024 =
    /// 2024-04-01..2025-03-31).</summary>
    StartingYear = 0,

    /// <summary>Named by the calendar year in which it ends (United States: FY2025 = 2024-10-01..2025-09-30;
    /// Australia).</summary>
    EndingYear = 1,
}

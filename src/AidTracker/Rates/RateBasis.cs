namespace AidTracker.Rates;

/// <summary>What an exchange rate stands for: a day's rate, an average over a period, or a rate set by
/// people.</summary>
public enum RateBasis
{
    /// <summary>A rate published for one day (e.g. the ECB reference rate of 2025-02-27).</summary>
    Daily = 0,

    /// <summary>The average of a calendar month's rates.</summary>
    MonthlyAverage = 1,

    /// <summary>The average of a calendar year's rates (e.g. the IMF annual average for 2024).</summary>
    AnnualAverage = 2,

    /// <summary>A rate fixed by an agreement or a policy, applying whatever the market did.</summary>
    Fixed = 3,

    /// <summary>A rate stated, or implied by a stated equivalent ("8.8 billion yen, approximately 63.3 million US
    /// dollars").</summary>
    Stated = 4,
}

namespace AidTracker.Aggregation;

/// <summary>How a summary picks the exchange rate for each amount it converts (see
/// <see cref="ConversionPolicy"/>).</summary>
public enum ConversionPolicyKind
{
    /// <summary>The rate for each record's value date (by default whatever basis the source has: the default source
    /// gives the ECB daily rate within 7 days, else the IMF annual average).</summary>
    ValueDate = 0,

    /// <summary>The annual average rate of the year of each record's value date.</summary>
    AnnualAverage = 1,

    /// <summary>Rates set by people (an agreement's fixed rate, a stated rate), whatever the date.</summary>
    Fixed = 2,

    /// <summary>The rate of one date for every record (e.g. "all in 2025-03-31 dollars").</summary>
    SingleDate = 3,
}

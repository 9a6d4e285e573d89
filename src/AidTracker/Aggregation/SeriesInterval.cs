namespace AidTracker.Aggregation;

/// <summary>The step of a <see cref="CumulativeSeries"/>.</summary>
public enum SeriesInterval
{
    /// <summary>One point at the end of each calendar month.</summary>
    Month = 0,

    /// <summary>One point at the end of each calendar year.</summary>
    Year = 1,
}

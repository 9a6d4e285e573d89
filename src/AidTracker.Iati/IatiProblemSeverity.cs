namespace AidTracker.Iati;

/// <summary>How serious an <see cref="IatiProblem"/> is.</summary>
public enum IatiProblemSeverity
{
    /// <summary>Something was noted, but the data it concerns was still read (and imported where the mapping
    /// allows).</summary>
    Warning = 0,

    /// <summary>The data it concerns (a transaction, or a whole file) was not read or not imported.</summary>
    Error = 1,
}

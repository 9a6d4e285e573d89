namespace AidTracker.Fts;

/// <summary>What an import does with a flow FTS marks <c>onBoundary: shared</c> (it spans several values of the
/// searched dimension: several locations or usage years).</summary>
public enum FtsSharedFlows
{
    /// <summary>Leave it out and count it in the report, as FTS leaves it out of its totals. The default.</summary>
    Skip,

    /// <summary>Import it with its whole amount (it then also counts towards the other values it spans, if those are
    /// imported too).</summary>
    Include,
}

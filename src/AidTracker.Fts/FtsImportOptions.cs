namespace AidTracker.Fts;

/// <summary>What an FTS import takes: the boundary and what to do with shared flows.</summary>
public sealed record FtsImportOptions
{
    /// <summary>Gets the default options: incoming flows, shared flows skipped (FTS's own totals).</summary>
    public static FtsImportOptions Default { get; } = new();

    /// <summary>Gets which flows are taken by boundary. Default <see cref="FtsBoundaryFilter.Incoming"/>.</summary>
    public FtsBoundaryFilter Boundary { get; init; } = FtsBoundaryFilter.Incoming;

    /// <summary>Gets what is done with shared flows. Default <see cref="FtsSharedFlows.Skip"/>.</summary>
    public FtsSharedFlows Shared { get; init; } = FtsSharedFlows.Skip;
}

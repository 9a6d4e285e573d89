namespace AidTracker.Fts;

/// <summary>Which flows of a search an import takes, by FTS's <c>boundary</c> (relative to the searched location or
/// other dimension).</summary>
public enum FtsBoundaryFilter
{
    /// <summary>Flows into the searched location (<c>incoming</c>): what FTS's <c>incoming.fundingTotal</c> counts. The
    /// default.</summary>
    Incoming,

    /// <summary>Flows within it (<c>internal</c>), e.g. a pooled fund passing money on to agencies in the
    /// country.</summary>
    Internal,

    /// <summary>Flows out of it (<c>outgoing</c>).</summary>
    Outgoing,

    /// <summary>All flows, whatever their boundary.</summary>
    All,
}

namespace AidTracker.Fts;

/// <summary>
/// FTS's own summary of a whole search, as the first page of its answer gives it (<c>data.incoming</c>,
/// <c>data.outgoing</c>, <c>data.internal</c>, <c>meta.count</c>), in USD. Two pages of one search carry equal
/// summaries.
/// </summary>
/// <remarks>Equality: all figures equal (a <c>null</c> equals only <c>null</c>).</remarks>
public sealed record FtsSearchSummary
{
    /// <summary>Gets the number of flows the whole search has (<c>meta.count</c>), or <c>null</c>.</summary>
    public int? FlowCount { get; init; }

    /// <summary>Gets the number of incoming flows (<c>incoming.flowCount</c>), or <c>null</c>.</summary>
    public int? IncomingFlowCount { get; init; }

    /// <summary>Gets FTS's incoming funding in USD (<c>incoming.fundingTotal</c>: commitments and paid contributions,
    /// single flows only), or <c>null</c>.</summary>
    public decimal? IncomingFundingTotal { get; init; }

    /// <summary>Gets FTS's incoming pledges in USD (<c>incoming.pledgeTotal</c>, single flows only), or
    /// <c>null</c>.</summary>
    public decimal? IncomingPledgeTotal { get; init; }

    /// <summary>Gets the number of outgoing flows (<c>outgoing.flowCount</c>), or <c>null</c>.</summary>
    public int? OutgoingFlowCount { get; init; }

    /// <summary>Gets FTS's outgoing funding in USD (<c>outgoing.fundingTotal</c>), or <c>null</c>.</summary>
    public decimal? OutgoingFundingTotal { get; init; }

    /// <summary>Gets FTS's outgoing pledges in USD (<c>outgoing.pledgeTotal</c>), or <c>null</c>.</summary>
    public decimal? OutgoingPledgeTotal { get; init; }

    /// <summary>Gets the number of internal flows (<c>internal.flowCount</c>), or <c>null</c>.</summary>
    public int? InternalFlowCount { get; init; }
}

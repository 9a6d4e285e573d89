namespace AidTracker.Fts;

/// <summary>
/// What an FTS import did: the pages read, the flows imported, every flow not imported with its reason, and the
/// reconciliation of the imported totals with FTS's own summary of the search.
/// </summary>
/// <remarks>
/// The imported totals compare like with like: the <c>amountUSD</c> of imported flows that are incoming and single
/// (FTS's <c>incoming.fundingTotal</c> counts commitments and paid contributions, <c>pledgeTotal</c> pledges, both
/// leaving shared flows out). An import with <see cref="FtsBoundaryFilter.Internal"/> or
/// <see cref="FtsSharedFlows.Include"/> imports more than those totals count; the comparison still counts only what FTS
/// counts.
/// </remarks>
public sealed class FtsImportReport
{
    internal FtsImportReport(
        IReadOnlyList<FtsPageReport> pages,
        FtsSearchSummary? summary,
        int flowsImported,
        int passedOnFlows,
        IReadOnlyList<FtsSkippedFlow> skippedFlows,
        decimal importedFundingUsd,
        decimal importedPledgesUsd,
        IReadOnlyList<string> warnings
    )
    {
        Pages = pages;
        Summary = summary;
        FlowsImported = flowsImported;
        PassedOnFlows = passedOnFlows;
        SkippedFlows = skippedFlows;
        ImportedFundingUsd = importedFundingUsd;
        ImportedPledgesUsd = importedPledgesUsd;
        Warnings = warnings;
    }

    /// <summary>Gets the pages, in the order given.</summary>
    public IReadOnlyList<FtsPageReport> Pages { get; }

    /// <summary>Gets FTS's summary of the search (from the pages that carry one), or <c>null</c> when no page had
    /// one.</summary>
    public FtsSearchSummary? Summary { get; }

    /// <summary>Gets the number of distinct flows read (a flow repeated on several pages counts once).</summary>
    public int FlowsRead => FlowsImported + SkippedFlows.Count;

    /// <summary>Gets the number of flows read more than once (on several pages, or twice on one).</summary>
    public int RepeatedFlows => Pages.Sum(p => p.RepeatedFlows);

    /// <summary>Gets a value indicating whether the distinct flows read are as many as the search has
    /// (<c>meta.count</c>); <c>null</c> when unknown.</summary>
    public bool? HasAllPages => Summary?.FlowCount is int count ? count == FlowsRead : null;

    /// <summary>Gets the number of flows imported (a paid flow is one flow: a commitment and its
    /// disbursement).</summary>
    public int FlowsImported { get; }

    /// <summary>Gets how many imported flows were passed on from another flow (FTS's <c>parentFlowId</c>), each counted
    /// by its own amount.</summary>
    public int PassedOnFlows { get; }

    /// <summary>Gets every flow not imported, with its reason, in the order read.</summary>
    public IReadOnlyList<FtsSkippedFlow> SkippedFlows { get; }

    /// <summary>Gets the <c>amountUSD</c> sum of the imported incoming single commitments and paid flows: what
    /// <see cref="FtsSearchSummary.IncomingFundingTotal"/> counts.</summary>
    public decimal ImportedFundingUsd { get; }

    /// <summary>Gets the <c>amountUSD</c> sum of the imported incoming single pledges: what
    /// <see cref="FtsSearchSummary.IncomingPledgeTotal"/> counts.</summary>
    public decimal ImportedPledgesUsd { get; }

    /// <summary>Gets whether <see cref="ImportedFundingUsd"/> equals FTS's <c>incoming.fundingTotal</c>; <c>null</c>
    /// when FTS gives none.</summary>
    public bool? FundingTotalAgrees =>
        Summary?.IncomingFundingTotal is decimal total ? total == ImportedFundingUsd : null;

    /// <summary>Gets whether <see cref="ImportedPledgesUsd"/> equals FTS's <c>incoming.pledgeTotal</c>; <c>null</c>
    /// when FTS gives none.</summary>
    public bool? PledgeTotalAgrees =>
        Summary?.IncomingPledgeTotal is decimal total ? total == ImportedPledgesUsd : null;

    /// <summary>Gets the warnings (a location not in the table, a flow repeated with other figures, the ledger's
    /// validation warnings), each naming its flow.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Gets a value indicating whether a flow was left out for a problem of its data (not for the boundary or
    /// shared rules).</summary>
    public bool HasRejectedFlows =>
        SkippedFlows.Any(f => f.Reason is not (FtsSkipReason.OtherBoundary or FtsSkipReason.Shared));

    /// <summary>Returns how many flows were left out for a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The number of flows.</returns>
    public int CountOf(FtsSkipReason reason) => SkippedFlows.Count(f => f.Reason == reason);

    /// <summary>Returns the <c>amountUSD</c> sum of the flows left out for a reason (flows without one add
    /// nothing).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The sum in USD.</returns>
    public decimal AmountUsdOf(FtsSkipReason reason) =>
        SkippedFlows.Where(f => f.Reason == reason).Sum(f => f.AmountUsd ?? 0m);
}

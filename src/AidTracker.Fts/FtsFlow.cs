using NodaTime;

namespace AidTracker.Fts;

/// <summary>
/// One funding flow of an FTS flow search, with the fields the import uses, as FTS writes them (nothing converted,
/// nothing guessed: a field FTS leaves out or writes as <c>null</c> is <c>null</c> here).
/// </summary>
public sealed class FtsFlow
{
    internal FtsFlow(string id)
    {
        Id = id;
    }

    /// <summary>Gets the flow's FTS id.</summary>
    public string Id { get; }

    /// <summary>Gets FTS's USD figure (<c>amountUSD</c>, a whole number of dollars), or <c>null</c> when
    /// absent.</summary>
    public decimal? AmountUsd { get; internal set; }

    /// <summary>Gets the amount as reported, in <see cref="OriginalCurrency"/> (<c>originalAmount</c>), or <c>null</c>
    /// when reported in USD.</summary>
    public decimal? OriginalAmount { get; internal set; }

    /// <summary>Gets the ISO 4217 code of the reported currency (<c>originalCurrency</c>), or <c>null</c> when reported
    /// in USD.</summary>
    public string? OriginalCurrency { get; internal set; }

    /// <summary>Gets the rate FTS used (<c>exchangeRate</c>): units of <see cref="OriginalCurrency"/> per USD, or
    /// <c>null</c>.</summary>
    public decimal? ExchangeRate { get; internal set; }

    /// <summary>Gets the status: <c>pledge</c>, <c>commitment</c> or <c>paid</c> (as written), or
    /// <c>null</c>.</summary>
    public string? Status { get; internal set; }

    /// <summary>Gets the flow's date (the date part of <c>date</c>), or <c>null</c> when absent.</summary>
    public LocalDate? Date { get; internal set; }

    /// <summary>Gets <c>incoming</c> (into the searched location), <c>internal</c> (within it) or <c>outgoing</c>, or
    /// <c>null</c>.</summary>
    public string? Boundary { get; internal set; }

    /// <summary>Gets <c>single</c>, or <c>shared</c> when the flow spans several values of the searched dimension;
    /// <c>null</c> when absent.</summary>
    public string? OnBoundary { get; internal set; }

    /// <summary>Gets the flow type: <c>Standard</c>, <c>Parked</c>, <c>Pass through</c>, <c>Carryover</c>, or
    /// <c>null</c>.</summary>
    public string? FlowType { get; internal set; }

    /// <summary>Gets the contribution type (<c>financial</c>, <c>in-kind</c>), or <c>null</c>.</summary>
    public string? ContributionType { get; internal set; }

    /// <summary>Gets the id of the flow this one was passed on from (<c>parentFlowId</c>), or <c>null</c>.</summary>
    public string? ParentFlowId { get; internal set; }

    /// <summary>Gets the ids of the flows this one was passed on as (<c>childFlowIds</c>); empty when none.</summary>
    public IReadOnlyList<string> ChildFlowIds { get; internal set; } = [];

    /// <summary>Gets the source objects (donor organisation, its location, usage years, ...).</summary>
    public IReadOnlyList<FtsObject> SourceObjects { get; internal set; } = [];

    /// <summary>Gets the destination objects (recipient organisation, location, usage years, plan, clusters, emergency,
    /// ...).</summary>
    public IReadOnlyList<FtsObject> DestinationObjects { get; internal set; } = [];

    /// <summary>Gets the description, or <c>null</c>.</summary>
    public string? Description { get; internal set; }

    /// <summary>Gets the reporter's reference code (<c>refCode</c>), or <c>null</c>.</summary>
    public string? RefCode { get; internal set; }

    /// <summary>Returns the id, status and USD figure.</summary>
    /// <returns>For example <c>flow 158080 (commitment, 118868 USD)</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"flow {Id} ({Status}, {AmountUsd} USD)");
}

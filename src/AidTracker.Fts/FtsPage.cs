namespace AidTracker.Fts;

/// <summary>One page of an FTS flow search answer: the search's summary (when the page has one) and the page's
/// flows.</summary>
public sealed class FtsPage
{
    internal FtsPage(
        string name,
        FtsSearchSummary summary,
        bool hasSummary,
        string? nextLink,
        IReadOnlyList<FtsFlow> flows
    )
    {
        Name = name;
        Summary = summary;
        HasSummary = hasSummary;
        NextLink = nextLink;
        Flows = flows;
    }

    /// <summary>Gets the name of the page in messages (its file name, or <c>standard input</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the search's summary as this page gives it (fields the page leaves out are <c>null</c>).</summary>
    public FtsSearchSummary Summary { get; }

    /// <summary>Gets a value indicating whether the page has the summary of the search
    /// (<c>data.incoming</c>).</summary>
    public bool HasSummary { get; }

    /// <summary>Gets the link to the next page (<c>meta.nextLink</c>), or <c>null</c> on the last page.</summary>
    public string? NextLink { get; }

    /// <summary>Gets the page's flows, in the page's order.</summary>
    public IReadOnlyList<FtsFlow> Flows { get; }
}

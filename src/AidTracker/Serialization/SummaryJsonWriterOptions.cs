namespace AidTracker.Serialization;

/// <summary>
/// How <see cref="SummaryJsonWriter"/> writes a summary. The defaults write the document of
/// <c>aidtracker summarize --format json</c> for the default rate source.
/// </summary>
public sealed class SummaryJsonWriterOptions
{
    /// <summary>Gets the options that write the tool's document for the default rate source (indented, computed
    /// credits).</summary>
    public static SummaryJsonWriterOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether the document is indented (two spaces, one property a line, as the tool writes
    /// it). The default is <c>true</c>; <c>false</c> writes it on one line.
    /// </summary>
    public bool Indented { get; init; } = true;

    /// <summary>
    /// Gets the name written as <c>ratesSource</c>: how the caller chose its rates (the tool writes <c>default</c>,
    /// <c>ecb</c>, <c>nbu</c>, <c>imf</c> or the rate file's name). The default is <c>default</c>.
    /// </summary>
    public string RatesSource { get; init; } = "default";

    /// <summary>
    /// Gets the lines written as <c>credits</c>, or <c>null</c> (the default) for the credits the reference data's
    /// terms ask for, one per source of the rates listed (none when no rate was used). A caller whose rates came from
    /// its own file passes its own line here.
    /// </summary>
    public IReadOnlyList<string>? Credits { get; init; }

    /// <summary>
    /// Gets how the rates used are listed: <see cref="RatesUsedDetail.Pairs"/> (the default) one entry per currency
    /// pair, source and basis; <see cref="RatesUsedDetail.All"/> every rate as well; <see cref="RatesUsedDetail.None"/>
    /// none.
    /// </summary>
    public RatesUsedDetail RatesUsed { get; init; } = RatesUsedDetail.Pairs;

    /// <summary>
    /// Gets the ledger the summary was computed on, so that each entry of <c>ratePairs</c> counts the records it
    /// converted (<c>records</c>); <c>null</c> (the default) writes <c>records</c> as <c>null</c>.
    /// </summary>
    public Ledger? Ledger { get; init; }

    /// <summary>
    /// Gets the summary of the parts itemised inside counted parents
    /// (<see cref="Aggregation.SummaryQuery.ItemisedParts"/>), written as the section <c>itemised</c> (its groups,
    /// totals, counts and rates, never added to the totals); <c>null</c> (the default) writes <c>itemised</c> as
    /// <c>null</c>.
    /// </summary>
    public Aggregation.Summary? Itemised { get; init; }
}

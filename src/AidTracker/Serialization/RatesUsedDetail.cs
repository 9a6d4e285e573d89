namespace AidTracker.Serialization;

/// <summary>
/// How <see cref="SummaryJsonWriter"/> lists the rates a summary used (<c>aidtracker summarize --rates-used</c>).
/// </summary>
public enum RatesUsedDetail
{
    /// <summary>No list of rates (the credits still name their sources).</summary>
    None = 0,

    /// <summary>
    /// The default: <c>ratePairs</c>, one entry per currency pair, source and basis, with the first and last date of
    /// its rates, the number of days, the lowest and highest rate and the number of records converted. The size grows
    /// with the pairs, not with the records.
    /// </summary>
    Pairs = 1,

    /// <summary><c>ratePairs</c> and <c>rates</c>: every distinct rate used, its requested date, provenance.</summary>
    All = 2,
}

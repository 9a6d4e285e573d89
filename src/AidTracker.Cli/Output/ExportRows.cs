using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Rates;
using AidTracker.Serialization;

namespace AidTracker.Cli.Output;

/// <summary>
/// Builds the rows of <c>aidtracker export</c>: every record with the status the counting rule of
/// <see cref="SummaryQuery"/> gives it (as <c>summarize</c> counts it) and its conversion at the query's policy.
/// </summary>
/// <remarks>
/// <para>Statuses: <c>counted</c> (added on its own); <c>adds-to-counted</c> (a part of a counted commitment without
/// an amount of its own: its amount is that commitment's, filed under its year, <c>counted_in</c>);
/// <c>counted-by-parts</c>
/// (a counted commitment without an amount of its own: its parts carry the amount); <c>counted-without-amount</c>;
/// <c>inside-counted-parent</c> (a breakdown of a counted commitment with an amount: not added again);
/// <c>other-measure</c> (another stage or record kind); <c>no-rate</c> (counted, but no rate converts it).</para>
/// <para>The sum of <c>converted</c> over the rows with <c>counted</c> true, grouped by <c>donor</c> and <c>year</c>,
/// is <c>summarize --by donor,year</c>: converted amounts are exact to 10 decimals (DECIMAL(38,10)), so a sum of a
/// million of them is within 0.00005 of the exact one that <c>summarize</c> rounds once.</para>
/// </remarks>
internal static class ExportRows
{
    public const string Counted = "counted";
    public const string AddsToCounted = "adds-to-counted";
    public const string CountedByParts = "counted-by-parts";
    public const string CountedWithoutAmount = "counted-without-amount";
    public const string InsideCountedParent = "inside-counted-parent";
    public const string OtherMeasure = "other-measure";
    public const string NoRate = "no-rate";

    public static int CountedWithoutRate(RecordRows rows) => rows.Status.Count(s => s == NoRate);

    /// <summary>Builds every row on this thread, in order (the plain path <see cref="ExportRowGroups"/> is tested
    /// against).</summary>
    public static RecordRows Build(
        Ledger ledger,
        SummaryQuery query,
        IExchangeRateSource? source,
        CancellationToken cancellationToken
    )
    {
        var fill = new ExportRowFill(ledger, query, source);
        fill.Fill(0, fill.Rows.Count, cancellationToken);
        return fill.Rows;
    }
}

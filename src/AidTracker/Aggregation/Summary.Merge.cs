using System.Collections.Immutable;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

public sealed partial class Summary
{
    /// <summary>
    /// Returns the summary of both parts: groups with equal key values are combined (record counts added, exact totals
    /// added and qualifiers combined, then rounded once), counts added, unconverted amounts, records without amount and
    /// rates used united. Merging is associative and order-independent, so partial summaries of disjoint parts of a
    /// ledger (the commitments split between threads) merge into the summary of the whole.
    /// </summary>
    /// <remarks>
    /// The parts must come from the same query (equal <see cref="Query"/>) and must not overlap: a record summarised in
    /// both would be added twice. The counting rule looks at the whole ledger, so parts of one ledger (see
    /// <see cref="LedgerSummaries.Summarize(Ledger, SummaryQuery, int)"/>) merge into exactly the summary of the
    /// ledger.
    /// </remarks>
    /// <param name="other">The other part.</param>
    /// <returns>The merged summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The summaries come from different queries.</exception>
    public Summary Merge(Summary other)
    {
        Preconditions.CheckNotNull(other);
        return Merge([this, other]);
    }

    /// <summary>Returns the summary of all <paramref name="parts"/> (see <see cref="Merge(Summary)"/>).</summary>
    /// <param name="parts">Summaries of the same query over disjoint records (at least one).</param>
    /// <returns>The merged summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or a part is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No part is given, or the parts come from different queries.</exception>
    public static Summary Merge(IEnumerable<Summary> parts)
    {
        Summary[] list = [.. Preconditions.CheckNotNull(parts)];
        Preconditions.CheckArgument(list.Length > 0, nameof(parts), "Merging needs at least one summary.");
        foreach (Summary part in list)
        {
            Preconditions.CheckNotNull(part, nameof(parts));
            Preconditions.CheckArgument(
                part.Query.Equals(list[0].Query),
                nameof(parts),
                FormattableString.Invariant(
                    $"Only summaries of the same query merge: '{list[0].Query}' and '{part.Query}' differ."
                )
            );
        }

        if (list.Length == 1)
        {
            return list[0];
        }

        SummaryQuery query = list[0].Query;
        var groups = new Dictionary<ImmutableArray<string>, (int Records, int Unconverted, TotalsAccumulator Totals)>(
            KeyValuesComparer.Instance
        );
        var totals = new TotalsAccumulator();
        SummaryCounts counts = list[0].Counts;
        var unconverted = new List<UnconvertedRecord>();
        var withoutAmount = new List<string>();
        RateUsage rates = RateUsage.None;
        string? sourceName = null;
        ImmutableArray<string> names = [.. query.GroupBy.Select(k => k.Name)];
        for (int p = 0; p < list.Length; p++)
        {
            Summary part = list[p];
            if (p > 0)
            {
                counts = counts.Add(part.Counts);
            }

            foreach (SummaryGroup group in part.Groups)
            {
                ref (int Records, int Unconverted, TotalsAccumulator Totals) slot =
                    ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                        groups,
                        group.KeyValues,
                        out bool exists
                    );
                if (!exists)
                {
                    slot.Totals = new TotalsAccumulator();
                }

                slot.Records += group.RecordCount;
                slot.Unconverted += group.UnconvertedCount;
                slot.Totals.Add(group.Totals);
            }

            totals.Add(part.Totals);
            unconverted.AddRange(part.Unconverted);
            withoutAmount.AddRange(part.RecordsWithoutAmount);
            rates = rates.Union(part._rateUsage);
            sourceName ??= part.RateSourceName;
        }

        Currency? reporting = query.ReportingCurrency;
        SummaryGroup[] merged =
        [
            .. groups.Select(g => new SummaryGroup(
                names,
                g.Key,
                g.Value.Records,
                g.Value.Unconverted,
                g.Value.Totals.ToTotals(reporting, g.Key)
            )),
        ];
        Array.Sort(merged, static (a, b) => KeyValuesComparer.Instance.Compare(a.KeyValues, b.KeyValues));
        return new Summary(
            query,
            sourceName,
            ImmutableArray.Create(merged),
            totals.ToTotals(reporting, []),
            counts,
            SortUnconverted(unconverted),
            [.. withoutAmount.Order(StringComparer.Ordinal)],
            rates
        );
    }

    internal static ImmutableArray<UnconvertedRecord> SortUnconverted(List<UnconvertedRecord> unconverted)
    {
        unconverted.Sort(
            static (a, b) =>
            {
                int order = string.CompareOrdinal(a.RecordId, b.RecordId);
                if (order == 0)
                {
                    order = string.CompareOrdinal(a.Amount.Currency.Code, b.Amount.Currency.Code);
                }

                return order != 0 ? order : a.Request.Date.CompareTo(b.Request.Date);
            }
        );
        return [.. unconverted];
    }
}

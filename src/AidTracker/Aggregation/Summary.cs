using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

/// <summary>
/// The result of a <see cref="SummaryQuery"/> run on a ledger: the groups with their totals, the overall totals,
/// whether everything could be converted, how many records were counted or left out and why, and the provenance (the
/// query and its policy, the rate source, every distinct rate used, the amounts that could not be converted with the
/// reason).
/// </summary>
/// <remarks>
/// <para>Totals are kept exactly (<see cref="SummaryTotal.Exact"/>) and are rounded once, at the end, half-to-even to
/// the currency's minor units (<see cref="SummaryTotal.Rounded"/>). Amounts that could not be converted are listed in
/// <see cref="Unconverted"/>; everything else is still added up and <see cref="IsComplete"/> is <c>false</c>.</para>
/// <para>Partial summaries of the same query merge (<see cref="Merge(Summary)"/>): merging is associative and
/// order-independent, which is how a parallel summary is built.</para>
/// <para>Immutable and thread-safe. <see cref="RatesUsed"/> is built on first access from the compact record of the
/// distinct rate requests kept during the run.</para>
/// </remarks>
public sealed partial class Summary
{
    private readonly RateUsage _rateUsage;
    private readonly Lazy<ImmutableArray<UsedRate>> _ratesUsed;

    internal Summary(
        SummaryQuery query,
        string? rateSourceName,
        ImmutableArray<SummaryGroup> groups,
        ImmutableArray<SummaryTotal> totals,
        SummaryCounts counts,
        ImmutableArray<UnconvertedRecord> unconverted,
        ImmutableArray<string> recordsWithoutAmount,
        RateUsage rateUsage
    )
    {
        Query = query;
        RateSourceName = rateSourceName;
        Groups = groups;
        Totals = totals;
        Counts = counts;
        Unconverted = unconverted;
        RecordsWithoutAmount = recordsWithoutAmount;
        _rateUsage = rateUsage;
        _ratesUsed = new Lazy<ImmutableArray<UsedRate>>(
            rateUsage.Materialize,
            LazyThreadSafetyMode.ExecutionAndPublication
        );
    }

    /// <summary>Gets the query that produced the summary (measure, reporting currency, policy, keys, filters,
    /// cut-off).</summary>
    public SummaryQuery Query { get; }

    /// <summary>Gets the reporting currency, or <c>null</c> when totals stay per currency.</summary>
    public Currency? ReportingCurrency => Query.ReportingCurrency;

    /// <summary>Gets the conversion policy used.</summary>
    public ConversionPolicy Policy => Query.Policy;

    /// <summary>Gets the name of the rate source used (<c>ECB, then NBU, then IMF</c>), or <c>null</c> when nothing was
    /// converted.</summary>
    public string? RateSourceName { get; }

    /// <summary>Gets the groups, ordered by their key values (ordinal, key by key); one group <c>(all)</c> when the
    /// query has no keys and something counted.</summary>
    public ImmutableArray<SummaryGroup> Groups { get; }

    /// <summary>Gets the overall totals: one in the reporting currency (zero when nothing counted), or one per currency
    /// ordered by code.</summary>
    public ImmutableArray<SummaryTotal> Totals { get; }

    /// <summary>Gets the single overall total: the one in the reporting currency, or the only one when totals stay per
    /// currency.</summary>
    /// <exception cref="InvalidOperationException">Totals stay per currency and there are several (or none); use
    /// <see cref="Totals"/>.</exception>
    public SummaryTotal Total => Single(Totals, "summary");

    /// <summary>Gets how many records were considered, counted and left out, and why.</summary>
    public SummaryCounts Counts { get; }

    /// <summary>Gets a value indicating whether every counted amount was added: nothing unconverted and no counted
    /// record without an amount.</summary>
    public bool IsComplete => Unconverted.IsEmpty && RecordsWithoutAmount.IsEmpty;

    /// <summary>Gets the amounts that could not be converted, each with its record id and reason, ordered by record
    /// id.</summary>
    public ImmutableArray<UnconvertedRecord> Unconverted { get; }

    /// <summary>
    /// Gets the ids of counted records that have nothing to add: a commitment without an amount of its own and without
    /// children (as of the cut-off), ordered by id. They make the summary incomplete.
    /// </summary>
    public ImmutableArray<string> RecordsWithoutAmount { get; }

    /// <summary>Gets every distinct rate used, one per (pair, requested date), ordered by currency code and date; empty
    /// when nothing was converted.</summary>
    public IReadOnlyList<UsedRate> RatesUsed => _ratesUsed.Value;

    /// <summary>Returns the total in <paramref name="currency"/>, or <c>null</c> when there is none.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The total, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    public SummaryTotal? GetTotal(Currency currency) => Find(Totals, Preconditions.CheckNotNull(currency));

    /// <summary>Returns the group with the given key values, in the order of the query's keys (<c>FindGroup("JPN",
    /// "FY2024")</c>), or <c>null</c>.</summary>
    /// <param name="keyValues">The key values.</param>
    /// <returns>The group, or <c>null</c> when no record counted in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyValues"/> is <c>null</c>.</exception>
    public SummaryGroup? FindGroup(params IEnumerable<string> keyValues)
    {
        ImmutableArray<string> key = [.. Preconditions.CheckNotNull(keyValues)];
        foreach (SummaryGroup group in Groups)
        {
            if (KeyValuesComparer.Instance.Equals(group.KeyValues, key))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>Returns the group with the given key values (<see cref="FindGroup"/>), or throws.</summary>
    /// <param name="keyValues">The key values, in the order of the query's keys.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyValues"/> is <c>null</c>.</exception>
    /// <exception cref="KeyNotFoundException">No group has those key values; the message lists the groups there
    /// are.</exception>
    public SummaryGroup GetGroup(params IEnumerable<string> keyValues)
    {
        string[] key = [.. Preconditions.CheckNotNull(keyValues)];
        return FindGroup(key)
            ?? throw new KeyNotFoundException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The summary has no group '{string.Join(", ", key)}'; its groups are "
                        + $"{(Groups.IsEmpty ? "none" : string.Join("; ", Groups.Select(g => g.Label)))}."
                )
            );
    }

    /// <summary>Compares the single overall total with a stated figure (see
    /// <see cref="Reconciliation.Compare"/>).</summary>
    /// <param name="stated">The stated figure, e.g. "over $12.4 billion".</param>
    /// <param name="tolerance">The relative tolerance of "approximately", or <c>null</c> for
    /// <see cref="Reconciliation.DefaultTolerance"/>.</param>
    /// <returns>The reconciliation.</returns>
    /// <exception cref="InvalidOperationException">The summary has no single total.</exception>
    /// <exception cref="CurrencyMismatchException">The stated figure is in another currency.</exception>
    public Reconciliation Reconcile(QualifiedMoney stated, decimal? tolerance = null) =>
        Reconciliation.Compare(Total.Value, stated, tolerance);

    /// <summary>Returns the query, the groups and totals, completeness and counts, one per line.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Summary: ").Append(Query).Append('\n');
        foreach (SummaryGroup group in Groups)
        {
            text.Append("  ").Append(group).Append('\n');
        }

        text.Append("Total: ").Append(Totals.IsEmpty ? "nothing" : string.Join("; ", Totals)).Append('\n');
        text.Append(IsComplete ? "Complete" : "INCOMPLETE").Append(": ").Append(Counts);
        return text.ToString();
    }

    internal RateUsage RateUsage => _rateUsage;

    internal static SummaryTotal Single(ImmutableArray<SummaryTotal> totals, string what) =>
        totals.Length == 1
            ? totals[0]
            : throw new InvalidOperationException(
                totals.IsEmpty
                    ? FormattableString.Invariant($"The {what} has no total: nothing with an amount counted.")
                    : string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {what} has totals in {totals.Length} currencies "
                            + $"({string.Join(", ", totals.Select(t => t.Currency.Code))}); pick one with GetTotal or "
                            + $"convert with a reporting currency."
                    )
            );

    internal static SummaryTotal? Find(ImmutableArray<SummaryTotal> totals, Currency currency)
    {
        foreach (SummaryTotal total in totals)
        {
            if (total.Currency.Equals(currency))
            {
                return total;
            }
        }

        return null;
    }
}

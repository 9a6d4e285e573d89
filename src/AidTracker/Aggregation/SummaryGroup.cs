using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

/// <summary>
/// One group of a summary: its key values (<c>donor = JPN, fiscal-year = FY2024</c>), how many records count in it, and
/// its totals (one per currency, or one in the reporting currency).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SummaryGroup
{
    private readonly ImmutableArray<string> _names;

    internal SummaryGroup(
        ImmutableArray<string> names,
        ImmutableArray<string> values,
        int recordCount,
        int unconvertedCount,
        ImmutableArray<SummaryTotal> totals
    )
    {
        _names = names;
        KeyValues = values;
        RecordCount = recordCount;
        UnconvertedCount = unconvertedCount;
        Totals = totals;
        Key = new OrderedKey(names, values);
    }

    /// <summary>Gets the key values by key name, in the order of the query's keys (<c>donor → JPN, fiscal-year →
    /// FY2024</c>); empty when the query has no keys.</summary>
    public IReadOnlyDictionary<string, string> Key { get; }

    /// <summary>Gets the key values in the order of the query's keys (<c>JPN</c>, <c>FY2024</c>).</summary>
    public ImmutableArray<string> KeyValues { get; }

    /// <summary>Gets the key values joined by ", " (<c>JPN, FY2024</c>); <c>(all)</c> when the query has no
    /// keys.</summary>
    public string Label => KeyValues.IsEmpty ? "(all)" : string.Join(", ", KeyValues);

    /// <summary>Gets the number of records counted in the group.</summary>
    public int RecordCount { get; }

    /// <summary>Gets the number of amounts of the group that could not be converted.</summary>
    public int UnconvertedCount { get; }

    /// <summary>Gets a value indicating whether every amount of the group was converted.</summary>
    public bool IsComplete => UnconvertedCount == 0;

    /// <summary>Gets the totals: one in the reporting currency, or one per currency ordered by code.</summary>
    public ImmutableArray<SummaryTotal> Totals { get; }

    /// <summary>Gets the single total: the one in the reporting currency, or the only one when totals stay per
    /// currency.</summary>
    /// <exception cref="InvalidOperationException">The group has totals in several currencies (or none); use
    /// <see cref="Totals"/>.</exception>
    public SummaryTotal Total => Summary.Single(Totals, "group " + Label);

    /// <summary>Returns the value of the key named <paramref name="keyName"/>.</summary>
    /// <param name="keyName">The key's name, e.g. <c>fiscal-year</c>.</param>
    /// <returns>The value, e.g. <c>FY2024</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyName"/> is <c>null</c>.</exception>
    /// <exception cref="KeyNotFoundException">The query has no key of that name.</exception>
    public string this[string keyName] => Key[Preconditions.CheckNotNull(keyName)];

    /// <summary>Returns the total in <paramref name="currency"/>, or <c>null</c> when the group has none.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The total, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    public SummaryTotal? GetTotal(Currency currency) => Summary.Find(Totals, Preconditions.CheckNotNull(currency));

    /// <summary>Compares the group's single total with a stated figure (see
    /// <see cref="Reconciliation.Compare"/>).</summary>
    /// <param name="stated">The stated figure, e.g. "over $12.4 billion".</param>
    /// <param name="tolerance">The relative tolerance of "approximately", or <c>null</c> for
    /// <see cref="Reconciliation.DefaultTolerance"/>.</param>
    /// <returns>The reconciliation.</returns>
    /// <exception cref="InvalidOperationException">The group has no single total.</exception>
    /// <exception cref="CurrencyMismatchException">The stated figure is in another currency.</exception>
    public Reconciliation Reconcile(QualifiedMoney stated, decimal? tolerance = null) =>
        Reconciliation.Compare(Total.Value, stated, tolerance);

    /// <summary>Returns the label, record count and totals: <c>JPN, FY2024: 1 record, over USD
    /// 12,400,000,000.00</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Label}: {RecordCount} record{(RecordCount == 1 ? string.Empty : "s")}, "
                + $"{(Totals.IsEmpty ? "no amount" : string.Join("; ", Totals))}"
        );

    internal ImmutableArray<string> Names => _names;

    /// <summary>A read-only dictionary that keeps the query's key order.</summary>
    private sealed class OrderedKey(ImmutableArray<string> names, ImmutableArray<string> values)
        : IReadOnlyDictionary<string, string>
    {
        public int Count => names.Length;

        public IEnumerable<string> Keys => names;

        public IEnumerable<string> Values => values;

        public string this[string key] =>
            TryGetValue(key, out string? value)
                ? value
                : throw new KeyNotFoundException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The summary has no key named '{InputText.Shorten(key)}'; its keys are "
                            + $"{string.Join(", ", names)}."
                    )
                );

        public bool ContainsKey(string key) => names.Contains(key, StringComparer.Ordinal);

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value)
        {
            int i = names.IndexOf(key, StringComparer.Ordinal);
            value = i >= 0 ? values[i] : null;
            return i >= 0;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
        {
            for (int i = 0; i < names.Length; i++)
            {
                yield return new KeyValuePair<string, string>(names[i], values[i]);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using System.Collections.Immutable;
using AidTracker.Aggregation.Engine;
using AidTracker.Rates;

namespace AidTracker.Aggregation;

/// <summary>
/// The distinct rate requests a summary answered, as <see cref="RateUsageRecorder"/> recorded them (the source's
/// answers as
/// applied; on the fast path one bit per table, currency and day) and turned into <see cref="UsedRate"/>s only when
/// asked (<see cref="Summary.RatesUsed"/>): a fast-path rate is described by the table that supplied it. Immutable once
/// built; <see cref="Union"/> merges two.
/// </summary>
internal sealed class RateUsage
{
    public static readonly RateUsage None = new([], []);

    private readonly ImmutableArray<IReadOnlyDictionary<RateRequest, RateLookupResult>> _found;
    private readonly ImmutableArray<DaySegment> _days;

    private RateUsage(
        ImmutableArray<IReadOnlyDictionary<RateRequest, RateLookupResult>> found,
        ImmutableArray<DaySegment> days
    )
    {
        _found = found;
        _days = days;
    }

    public static RateUsage From(IReadOnlyDictionary<RateRequest, RateLookupResult> found, DaySegment? days) =>
        found.Count == 0 && days is null ? None : new(found.Count == 0 ? [] : [found], days is null ? [] : [days]);

    public RateUsage Union(RateUsage other) =>
        ReferenceEquals(other, None) ? this
        : ReferenceEquals(this, None) ? other
        : new(_found.AddRange(other._found), _days.AddRange(other._days));

    public ImmutableArray<UsedRate> Materialize()
    {
        // The general path's answers, once each (partitions may share requests).
        var found = new Dictionary<RateRequest, RateLookupResult>();
        foreach (IReadOnlyDictionary<RateRequest, RateLookupResult> part in _found)
        {
            foreach ((RateRequest request, RateLookupResult result) in part)
            {
                found.TryAdd(request, result);
            }
        }

        var rates = new List<UsedRate>(found.Count);
        foreach ((RateRequest request, RateLookupResult result) in found)
        {
            rates.Add(new UsedRate(request, result.GetRateOrThrow(), result.AnsweredBy!));
        }

        // The fast path's bits: the partitions of one summary share the tables and their currency indexes, so their
        // bits are united per table and currency, then each rate is described by the table that supplied it (in
        // order: currency code, date). The fast path answers a (currency, day) exactly when the general path does
        // not, so the two parts never overlap.
        bool sorted = rates.Count == 0;
        foreach (IGrouping<(TableRates, RateBasis?), DaySegment> same in _days.GroupBy(d => (d.Rates, d.Basis)))
        {
            (TableRates fast, RateBasis? basis) = same.Key;
            Currency[] currencies = fast.Currencies;
            int layers = fast.Layers.Count;
            var united = new DayBitset?[layers, currencies.Length];
            foreach (DaySegment segment in same)
            {
                for (int l = 0; l < layers; l++)
                {
                    for (int c = 0; c < currencies.Length; c++)
                    {
                        if (segment.Days[l][c] is DayBitset days)
                        {
                            (united[l, c] ??= new DayBitset()).UnionWith(days);
                        }
                    }
                }
            }

            // Each currency's rates are described on a core of their own (tables are thread-safe); added in order.
            int[] used =
            [
                .. Enumerable
                    .Range(0, currencies.Length)
                    .Where(c => Enumerable.Range(0, layers).Any(l => united[l, c] is not null))
                    .OrderBy(c => currencies[c].Code, StringComparer.Ordinal),
            ];
            var perCurrency = new List<UsedRate>[used.Length];
            void Describe(int k)
            {
                int c = used[k];
                var list = perCurrency[k] = [];
                int from = 0;
                for (int l = 0; l < layers; l++)
                {
                    if (united[l, c] is not DayBitset days)
                    {
                        continue;
                    }

                    RateTable table = fast.Layers[l].Table;
                    foreach (int day in days.Days())
                    {
                        var request = new RateRequest(currencies[c], fast.Target, DayNumbers.ToDate(day), basis);
                        RateLookupResult result = table.TryGetRate(request);
                        list.Add(new UsedRate(request, result.GetRateOrThrow(), result.AnsweredBy!));
                    }

                    from++;
                }

                if (from > 1)
                {
                    list.Sort(static (a, b) => a.RequestedDate.CompareTo(b.RequestedDate));
                }
            }

            if (used.Length > 1 && Environment.ProcessorCount > 1)
            {
                Parallel.For(0, used.Length, Describe);
            }
            else
            {
                for (int k = 0; k < used.Length; k++)
                {
                    Describe(k);
                }
            }

            foreach (List<UsedRate> list in perCurrency)
            {
                rates.AddRange(list);
            }

            sorted &= _days.Length == same.Count();
        }

        if (!sorted)
        {
            rates.Sort(Compare);
        }

        return [.. rates];
    }

    internal static int Compare(UsedRate a, UsedRate b)
    {
        int order = string.CompareOrdinal(a.From.Code, b.From.Code);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.To.Code, b.To.Code);
        }

        return order != 0 ? order : a.RequestedDate.CompareTo(b.RequestedDate);
    }

    /// <summary>The fast path's record of one partition: per table (layer) and currency, the request days it
    /// answered.</summary>
    internal sealed class DaySegment(TableRates rates, RateBasis? basis, DayBitset?[][] days)
    {
        public TableRates Rates => rates;

        public RateBasis? Basis => basis;

        public DayBitset?[][] Days => days;
    }
}

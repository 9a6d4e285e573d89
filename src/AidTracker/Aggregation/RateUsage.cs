using System.Collections.Immutable;
using AidTracker.Rates;

namespace AidTracker.Aggregation;

/// <summary>
/// The distinct rate requests a summary answered, kept compactly (the answers of the general path; one bit per currency
/// and day on the fast path) and turned into <see cref="UsedRate"/>s only when asked (<see cref="Summary.RatesUsed"/>):
/// a fast-path request is asked of the source again, which answers it the same way. Immutable once built; <see cref="Union"/>
/// merges two.
/// </summary>
internal sealed class RateUsage
{
    public static readonly RateUsage None = new([], []);

    private readonly ImmutableArray<IReadOnlyDictionary<RateRequest, RateLookupResult>> _found;
    private readonly ImmutableArray<DaySegment> _days;

    private RateUsage(ImmutableArray<IReadOnlyDictionary<RateRequest, RateLookupResult>> found, ImmutableArray<DaySegment> days)
    {
        _found = found;
        _days = days;
    }

    public static RateUsage From(IReadOnlyDictionary<RateRequest, RateLookupResult> found, DaySegment? days) =>
        found.Count == 0 && days is null ? None : new(found.Count == 0 ? [] : [found], days is null ? [] : [days]);

    public RateUsage Union(RateUsage other) =>
        ReferenceEquals(other, None) ? this : ReferenceEquals(this, None) ? other : new(_found.AddRange(other._found), _days.AddRange(other._days));

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

        // The fast path's bits: the partitions of one summary share the source, target, basis and currency indexes, so
        // their bits are united per currency, then asked of the source in order (currency code, date). The fast path
        // answers a (currency, day) exactly when the general path does not, so the two parts never overlap.
        bool sorted = rates.Count == 0;
        foreach (IGrouping<(IExchangeRateSource, Currency, RateBasis?, Currency[]), DaySegment> same in _days.GroupBy(d => (d.Source, d.Target, d.Basis, d.Currencies)))
        {
            (IExchangeRateSource source, Currency target, RateBasis? basis, Currency[] currencies) = same.Key;
            var united = new DayBitset?[currencies.Length];
            foreach (DaySegment segment in same)
            {
                for (int c = 0; c < currencies.Length; c++)
                {
                    if (segment.Days[c] is DayBitset days)
                    {
                        if (united[c] is null)
                        {
                            united[c] = new DayBitset();
                        }

                        united[c]!.UnionWith(days);
                    }
                }
            }

            // Each currency's rates are asked of the source on its own core (sources are thread-safe); added in order.
            int[] used = [.. Enumerable.Range(0, currencies.Length).Where(c => united[c] is not null).OrderBy(c => currencies[c].Code, StringComparer.Ordinal)];
            var perCurrency = new List<UsedRate>[used.Length];
            void Ask(int k)
            {
                Currency from = currencies[used[k]];
                var list = perCurrency[k] = [];
                foreach (int day in united[used[k]]!.Days())
                {
                    var request = new RateRequest(from, target, RateTable.FromDayNumber(day), basis);
                    RateLookupResult result = source.TryGetRate(request);
                    list.Add(new UsedRate(request, result.GetRateOrThrow(), result.AnsweredBy!));
                }
            }

            if (used.Length > 1 && Environment.ProcessorCount > 1)
            {
                Parallel.For(0, used.Length, Ask);
            }
            else
            {
                for (int k = 0; k < used.Length; k++)
                {
                    Ask(k);
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

    /// <summary>The fast path's record: for each currency of the source's tables, the days whose rates were used.</summary>
    internal sealed class DaySegment(IExchangeRateSource source, Currency target, RateBasis? basis, Currency[] currencies, DayBitset?[] days)
    {
        public IExchangeRateSource Source => source;

        public Currency Target => target;

        public RateBasis? Basis => basis;

        public Currency[] Currencies => currencies;

        public DayBitset?[] Days => days;
    }
}

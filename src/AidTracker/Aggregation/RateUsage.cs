using System.Collections.Immutable;
using AidTracker.Rates;
using NodaTime;

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
        var all = new Dictionary<RateRequest, (RateLookupResult? Result, IExchangeRateSource? Source)>();
        foreach (IReadOnlyDictionary<RateRequest, RateLookupResult> part in _found)
        {
            foreach ((RateRequest request, RateLookupResult result) in part)
            {
                all.TryAdd(request, (result, null));
            }
        }

        foreach (DaySegment segment in _days)
        {
            for (int c = 0; c < segment.Days.Length; c++)
            {
                if (segment.Days[c] is not DayBitset days)
                {
                    continue;
                }

                foreach (int day in days.Days())
                {
                    all.TryAdd(new RateRequest(segment.Currencies[c], segment.Target, RateTable.FromDayNumber(day), segment.Basis), (null, segment.Source));
                }
            }
        }

        var rates = new UsedRate[all.Count];
        int i = 0;
        foreach ((RateRequest request, (RateLookupResult? found, IExchangeRateSource? source)) in all)
        {
            RateLookupResult result = found ?? source!.TryGetRate(request);
            rates[i++] = new UsedRate(request, result.GetRateOrThrow(), result.AnsweredBy!);
        }

        Array.Sort(rates, Compare);
        return ImmutableArray.Create(rates);
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

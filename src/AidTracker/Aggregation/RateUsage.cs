using System.Collections.Immutable;
using AidTracker.Rates;

namespace AidTracker.Aggregation;

/// <summary>
/// The distinct rate requests a summary answered, kept compactly and turned into <see cref="UsedRate"/>s only when asked
/// (<see cref="Summary.RatesUsed"/>). Immutable once built; <see cref="Union"/> merges two.
/// </summary>
internal sealed class RateUsage
{
    public static readonly RateUsage None = new([]);

    private readonly ImmutableArray<IReadOnlyDictionary<RateRequest, RateLookupResult>> _found;

    private RateUsage(ImmutableArray<IReadOnlyDictionary<RateRequest, RateLookupResult>> found) => _found = found;

    public static RateUsage From(IReadOnlyDictionary<RateRequest, RateLookupResult> found) => found.Count == 0 ? None : new([found]);

    public RateUsage Union(RateUsage other) =>
        other._found.IsEmpty ? this : _found.IsEmpty ? other : new(_found.AddRange(other._found));

    public ImmutableArray<UsedRate> Materialize()
    {
        var all = new Dictionary<RateRequest, RateLookupResult>();
        foreach (IReadOnlyDictionary<RateRequest, RateLookupResult> part in _found)
        {
            foreach ((RateRequest request, RateLookupResult result) in part)
            {
                all.TryAdd(request, result);
            }
        }

        var rates = new UsedRate[all.Count];
        int i = 0;
        foreach ((RateRequest request, RateLookupResult result) in all)
        {
            rates[i++] = new UsedRate(request, result.Rate!, result.AnsweredBy!);
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
}

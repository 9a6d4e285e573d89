using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using AidTracker.Rates;

namespace AidTracker.Aggregation;

/// <summary>
/// The fast path of a rate source made of rate tables (a <see cref="RateTable"/>, or an <see cref="ExchangeRateChain"/>
/// of them such as the default source) into one target currency: the tables' precomputed rates into the target
/// (<see cref="RateTable.ForTarget"/>) tried in the chain's order, with one currency index across them, answering with
/// the same rates as the source (same decimals, same fallbacks). Built once per (source, target, basis) and cached for
/// the source's lifetime, because precomputing costs tens of milliseconds and some megabytes.
/// </summary>
internal sealed class TableRates
{
    private static readonly ConditionalWeakTable<IExchangeRateSource, ConcurrentDictionary<(Currency, RateBasis?), TableRates?>> Cache = [];

    private readonly TargetRateTable[] _targets;
    private readonly int[] _indexes; // currency * tables + table -> index in that table, or -1

    private TableRates(Currency target, RateTable[] tables)
    {
        Target = target;
        var currencies = new List<Currency>();
        var index = new Dictionary<Currency, int>();
        foreach (RateTable table in tables)
        {
            foreach (Currency currency in table.Currencies)
            {
                if (index.TryAdd(currency, currencies.Count))
                {
                    currencies.Add(currency);
                }
            }
        }

        Currencies = [.. currencies];
        Index = index.ToFrozenDictionary();
        _targets = [.. tables.Select(t => t.TryGetCurrencyIndex(target, out _) ? t.ForTarget(target) : null!)];
        _indexes = new int[currencies.Count * tables.Length];
        for (int c = 0; c < currencies.Count; c++)
        {
            for (int s = 0; s < tables.Length; s++)
            {
                _indexes[(c * tables.Length) + s] = _targets[s] is not null && tables[s].TryGetCurrencyIndex(currencies[c], out int i) ? i : -1;
            }
        }
    }

    public Currency Target { get; }

    /// <summary>Gets the currencies by fast-path index.</summary>
    public Currency[] Currencies { get; }

    /// <summary>Gets the fast-path index of each currency.</summary>
    public FrozenDictionary<Currency, int> Index { get; }

    /// <summary>
    /// Returns the fast path of <paramref name="source"/> into <paramref name="target"/> for requests of
    /// <paramref name="basis"/>, or <c>null</c> when the source is not made of rate tables (or none can answer).
    /// </summary>
    public static TableRates? For(IExchangeRateSource source, Currency target, RateBasis? basis)
    {
        RateTable[]? tables = source switch
        {
            RateTable table => [table],
            ExchangeRateChain chain when chain.Sources.All(s => s is RateTable) => [.. chain.Sources.Cast<RateTable>()],
            _ => null,
        };
        if (tables is null)
        {
            return null;
        }

        return Cache.GetOrCreateValue(source).GetOrAdd((target, basis), key =>
        {
            // A request for one basis is answered only by the tables of that basis (the others fail with BasisNotOffered).
            RateTable[] matching = [.. tables.Where(t => key.Item2 is null || t.Basis == key.Item2)];
            return matching.Any(t => t.TryGetCurrencyIndex(key.Item1, out _)) ? new TableRates(key.Item1, matching) : null;
        });
    }

    /// <summary>The rate from currency <paramref name="currency"/> into the target for day <paramref name="day"/>, from the first table that has one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetRate(int currency, int day, out decimal rate)
    {
        TargetRateTable[] targets = _targets;
        int tables = targets.Length;
        int row = currency * tables;
        for (int s = 0; s < tables; s++)
        {
            int index = _indexes[row + s];
            if (index >= 0 && targets[s].TryGetRate(index, day, out rate, out _))
            {
                return true;
            }
        }

        rate = 0m;
        return false;
    }
}

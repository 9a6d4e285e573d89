using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using AidTracker.Rates;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// The fast path of a rate source made of rate tables (a <see cref="RateTable"/>, or an <see cref="ExchangeRateChain"/>
/// of them such as the default source) into one target currency: for each table, in the chain's order, the rate of each
/// of its currencies into the target for each day (daily tables) or month or year (average tables), taken from
/// <see cref="RateTable.ForTarget"/> (so the same decimals and the same fallbacks as the source) and stored as exact
/// 128-bit integers at scale 10^-28, ready for <see cref="ExactSum.AddProductNormalized"/>. A lookup is one array read.
/// Built once per (source, target, basis) and cached for the source's lifetime: building takes some tens of
/// milliseconds and about 16 bytes per currency and day (7 MB for the embedded ECB data).
/// </summary>
internal sealed class TableRates
{
    private static readonly ConditionalWeakTable<
        IExchangeRateSource,
        ConcurrentDictionary<(Currency, RateBasis?), TableRates?>
    > Cache = [];

    private readonly Layer[] _layers;

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
        _layers =
        [
            .. tables
                .Where(t => t.TryGetCurrencyIndex(target, out _))
                .Select(t => new Layer(t, target, Index, Currencies.Length)),
        ];
        Primary = _layers.Length > 0 && _layers[0].IsDaily ? _layers[0] : null;
        NeedsMonth = _layers.Any(l => !l.IsDaily);
    }

    /// <summary>Gets a value indicating whether a table holds monthly or annual averages (lookups then need the
    /// month).</summary>
    public bool NeedsMonth { get; }

    /// <summary>
    /// Gets the first table when it holds daily rates (the ECB in the default source), whose rates the summary reads in
    /// a
    /// tight loop through <see cref="Layer.FlatIndex"/> and <see cref="Layer.Rates"/>; <c>null</c> otherwise.
    /// </summary>
    public Layer? Primary { get; }

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

        return Cache
            .GetOrCreateValue(source)
            .GetOrAdd((target, basis), key =>
            {
                // A request for one basis is answered only by the tables of that basis (the others fail with
                // BasisNotOffered).
                RateTable[] matching = [.. tables.Where(t => key.Item2 is null || t.Basis == key.Item2)];
                return matching.Any(t => t.TryGetCurrencyIndex(key.Item1, out _))
                    ? new TableRates(key.Item1, matching)
                    : null;
            });
    }

    /// <summary>
    /// Looks up the rate from currency <paramref name="currency"/> into the target for day <paramref name="day"/>
    /// (month
    /// <paramref name="month"/>: year × 12 + month - 1) from the first table that has one, as a 128-bit integer at
    /// scale
    /// 10^-28, and which of <see cref="Layers"/> answered. <c>false</c> when none has (or the rate is too large for the
    /// fast path): ask the source.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetRate(int currency, int day, int month, out UInt128 rate, out int layer)
    {
        Layer[] layers = _layers;
        for (layer = 0; layer < layers.Length; layer++)
        {
            if (layers[layer].TryGetRate(currency, day, month, out rate))
            {
                return true;
            }
        }

        rate = 0;
        return false;
    }

    /// <summary>Gets the tables' rates into the target, in the order they are tried (the <c>layer</c> of <see
    /// cref="TryGetRate"/>).</summary>
    public IReadOnlyList<Layer> Layers => _layers;

    /// <summary>One table's rates into the target, per currency (by the fast-path index) and period.</summary>
    internal sealed class Layer
    {
        private const int MaxPrecomputedTolerance = 366;

        private readonly int[] _rows; // fast-path currency index -> row, or -1
        private readonly UInt128[] _rates; // row * periods + period; 0 = no rate
        private readonly int _first;
        private readonly int _periods;
        private readonly RateBasis _basis;

        public Layer(RateTable table, Currency target, FrozenDictionary<Currency, int> index, int currencies)
        {
            Table = table;
            _basis = table.Basis;
            TargetRateTable toTarget = table.ForTarget(target);
            IReadOnlyList<CurrencyCoverage> coverage = table.Coverage[0].Currencies;
            if (coverage.Count == 0)
            {
                _rows = new int[currencies];
                Array.Fill(_rows, -1);
                _rates = [];
                return;
            }

            // Days after the last rate still answer within the tolerance; beyond a year of it the source itself answers
            // (same result, slower).
            int firstDay = coverage.Min(c => DayNumbers.Of(c.FirstDate));
            int lastDay =
                coverage.Max(c => DayNumbers.Of(c.LastDate))
                + Math.Min(table.ToleranceDays ?? 0, MaxPrecomputedTolerance);
            (_first, int last) = _basis switch
            {
                RateBasis.Daily => (firstDay, lastDay),
                RateBasis.MonthlyAverage => (DayNumbers.MonthOfDay(firstDay), DayNumbers.MonthOfDay(lastDay)),
                _ => (DayNumbers.MonthOfDay(firstDay) / 12, DayNumbers.MonthOfDay(lastDay) / 12),
            };
            _periods = last - _first + 1;
            _rows = new int[currencies];
            Array.Fill(_rows, -1);
            int rows = 0;
            foreach (Currency currency in table.Currencies)
            {
                _rows[index[currency]] = rows++;
            }

            _rates = new UInt128[rows * _periods];
            foreach (Currency currency in table.Currencies)
            {
                int tableIndex = table.GetCurrencyIndex(currency);
                int row = _rows[index[currency]];
                for (int p = 0; p < _periods; p++)
                {
                    int day = _basis switch
                    {
                        RateBasis.Daily => _first + p,
                        RateBasis.MonthlyAverage => DayNumbers.FirstDayOfMonth(_first + p),
                        _ => DayNumbers.FirstDayOfMonth((_first + p) * 12),
                    };
                    if (
                        toTarget.TryGetRate(tableIndex, day, out decimal rate, out _)
                        && ExactSum.TryNormalizeRate(rate, out UInt128 normalized)
                    )
                    {
                        _rates[(row * _periods) + p] = normalized;
                    }
                }
            }
        }

        /// <summary>Gets the table these rates come from (it describes each rate applied, see <see
        /// cref="RateUsageRecorder"/>).</summary>
        public RateTable Table { get; }

        public bool IsDaily => _basis == RateBasis.Daily;

        /// <summary>Gets the rates: row × periods + period; 0 where there is none.</summary>
        public UInt128[] Rates => _rates;

        /// <summary>Gets the number of periods (days) per currency row.</summary>
        public int Periods => _periods;

        /// <summary>Gets the day number of period 0 of a daily table.</summary>
        public int First => _first;

        /// <summary>Returns the fast-path currency index of each row.</summary>
        public int[] CurrencyOfRow()
        {
            int[] currencies = new int[_rates.Length / Math.Max(1, _periods)];
            for (int c = 0; c < _rows.Length; c++)
            {
                if (_rows[c] >= 0)
                {
                    currencies[_rows[c]] = c;
                }
            }

            return currencies;
        }

        /// <summary>Returns the index in <see cref="Rates"/> of a daily table's rate for the currency and day, or -1
        /// when outside the table.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int FlatIndex(int currency, int day)
        {
            int row = _rows[currency];
            int period = day - _first;
            return row >= 0 && (uint)period < (uint)_periods ? (row * _periods) + period : -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetRate(int currency, int day, int month, out UInt128 rate)
        {
            int row = _rows[currency];
            int period =
                (
                    _basis == RateBasis.Daily ? day
                    : _basis == RateBasis.MonthlyAverage ? month
                    : month / 12
                ) - _first;
            if (row >= 0 && (uint)period < (uint)_periods)
            {
                rate = _rates[(row * _periods) + period];
                return rate != 0;
            }

            rate = 0;
            return false;
        }
    }
}

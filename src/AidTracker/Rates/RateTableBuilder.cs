using System.Globalization;
using System.Runtime.CompilerServices;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// Collects rates against one pivot currency and builds an immutable <see cref="RateTable"/> from them.
/// </summary>
/// <remarks>
/// <para>Every rate added relates a currency to the pivot, either way round: <c>Add(date, EUR, USD, 1.0477m)</c> for a
/// table against EUR, or <c>Add(date, JPY, EUR, 0.00638m)</c>. The published value is kept exactly; the reciprocal is
/// computed once, when the table is built. For a <see cref="RateBasis.MonthlyAverage"/> or
/// <see cref="RateBasis.AnnualAverage"/> table each rate stands for the month or year containing its date (and keeps
/// that date).</para>
/// <para>A second rate for the same currency and day (or period) is an error, reported by <see cref="Build()"/>. Not
/// thread-safe; the table built is.</para>
/// </remarks>
public sealed class RateTableBuilder
{
    private readonly Dictionary<Currency, int> _currencyIndex = [];
    private readonly List<Currency> _currencies = [];
    private readonly List<List<PendingRate>> _pending = [];
    private int _toleranceDays = RateTable.DefaultToleranceDays;
    private int _count;

    /// <summary>Initializes a builder for a table named <paramref name="name"/> against
    /// <paramref name="pivot"/>.</summary>
    /// <param name="name">The source's name, carried by every rate of the table (e.g. <c>ECB</c>).</param>
    /// <param name="pivot">The currency every rate is against (EUR for the ECB, USD for the IMF).</param>
    /// <param name="basis">The basis of every rate: <see cref="RateBasis.Daily"/>,
    /// <see cref="RateBasis.MonthlyAverage"/> or <see cref="RateBasis.AnnualAverage"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="pivot"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="basis"/> is Fixed or
    /// Stated (use <see cref="FixedRateSource"/>).</exception>
    public RateTableBuilder(string name, Currency pivot, RateBasis basis = RateBasis.Daily)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name);
        Pivot = Preconditions.CheckNotNull(pivot);
        ExchangeRate.CheckBasis(basis, nameof(basis));
        Preconditions.CheckArgument(
            basis is RateBasis.Daily or RateBasis.MonthlyAverage or RateBasis.AnnualAverage,
            nameof(basis),
            string.Create(
                CultureInfo.InvariantCulture,
                $"A rate table holds Daily, MonthlyAverage or AnnualAverage rates, not {basis}; use FixedRateSource "
                    + $"for fixed and stated rates."
            )
        );
        Basis = basis;
        RegisterCurrency(pivot);
    }

    /// <summary>Gets the name of the source.</summary>
    public string Name { get; }

    /// <summary>Gets the pivot currency.</summary>
    public Currency Pivot { get; }

    /// <summary>Gets the basis of the rates.</summary>
    public RateBasis Basis { get; }

    /// <summary>Gets the number of rates added.</summary>
    public int Count => _count;

    /// <summary>
    /// Gets or sets how many days before a requested date a daily rate may be (default 7: weekends and holidays). Zero
    /// means the date itself only. Ignored for average tables, which answer for their own period only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int ToleranceDays
    {
        get => _toleranceDays;
        set
        {
            RateTable.CheckTolerance(value, nameof(value));
            _toleranceDays = value;
        }
    }

    /// <summary>Adds the rate 1 <paramref name="baseCurrency"/> = <paramref name="value"/>
    /// <paramref name="quoteCurrency"/> for <paramref name="date"/>; one of the two must be the pivot.</summary>
    /// <param name="date">The date the rate is for (for an average, any date of its period: the date is kept for
    /// provenance).</param>
    /// <param name="baseCurrency">The base currency.</param>
    /// <param name="quoteCurrency">The quote currency.</param>
    /// <param name="value">Units of quote per unit of base; greater than zero.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">A currency is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">Neither currency is the pivot, or both are.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public RateTableBuilder Add(LocalDate date, Currency baseCurrency, Currency quoteCurrency, decimal value)
    {
        Preconditions.CheckNotNull(baseCurrency);
        Preconditions.CheckNotNull(quoteCurrency);
        ExchangeRate.CheckValue(value, nameof(value));
        bool inverse = quoteCurrency.Equals(Pivot);
        Preconditions.CheckArgument(
            baseCurrency.Equals(Pivot) ^ inverse,
            nameof(quoteCurrency),
            string.Create(
                CultureInfo.InvariantCulture,
                $"A rate in the {Name} table must be between {Pivot.Code} and another currency; "
                    + $"{baseCurrency.Code}/{quoteCurrency.Code} is not."
            )
        );
        Currency currency = inverse ? baseCurrency : quoteCurrency;
        AddCore(RegisterCurrency(currency), RateTable.ToDayNumber(date), value, inverse, _count + 1);
        return this;
    }

    /// <summary>Builds the immutable table.</summary>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOperationException">Two rates were added for the same currency and day (or period); the
    /// message names them.</exception>
    public RateTable Build() => Build(DefaultDuplicateError);

    /// <summary>Registers a currency (idempotent) and returns its index in the table to be built; the pivot is
    /// 0.</summary>
    internal int RegisterCurrency(Currency currency)
    {
        if (!_currencyIndex.TryGetValue(currency, out int index))
        {
            index = _currencies.Count;
            _currencyIndex.Add(currency, index);
            _currencies.Add(currency);
            _pending.Add([]);
        }

        return index;
    }

    /// <summary>Returns the currency registered at <paramref name="index"/>.</summary>
    internal Currency CurrencyAt(int index) => _currencies[index];

    /// <summary>Adds a rate trusted to be valid (value greater than zero, currency not the pivot);
    /// <paramref name="tag"/> identifies it in errors (a line number).</summary>
    internal void AddCore(int currencyIndex, int dayNumber, decimal value, bool inverse, int tag)
    {
        _pending[currencyIndex].Add(new PendingRate(dayNumber, value, inverse, tag));
        _count++;
    }

    /// <summary>Builds the table; a duplicate is reported through <paramref name="duplicateError"/>, which returns the
    /// exception to throw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal RateTable Build(Func<DuplicateRate, Exception> duplicateError)
    {
        // Currencies registered without any rate (an ECB column of N/A only) are not covered by the table.
        int[] kept = [0, .. Enumerable.Range(1, _currencies.Count - 1).Where(c => _pending[c].Count > 0)];
        int currencyCount = kept.Length;
        int minPeriod = int.MaxValue;
        int maxPeriod = int.MinValue;
        foreach (List<PendingRate> list in _pending)
        {
            foreach (PendingRate p in list)
            {
                int period = PeriodOf(p.Day);
                minPeriod = Math.Min(minPeriod, period);
                maxPeriod = Math.Max(maxPeriod, period);
            }
        }

        int slotCount = _count == 0 ? 0 : maxPeriod - minPeriod + 1;
        int firstDay = _count == 0 ? 0 : FirstDayOf(minPeriod);
        int[]? slotOfDay =
            Basis == RateBasis.Daily || _count == 0 ? null : BuildSlotMap(minPeriod, maxPeriod, firstDay);
        var published = new PublishedRates[currencyCount];
        published[0] = PublishedRates.Empty;
        int[] owner = new int[slotCount];
        for (int i = 1; i < currencyCount; i++)
        {
            int c = kept[i];
            List<PendingRate> list = _pending[c];
            owner.AsSpan().Fill(-1);
            bool anyInverse = false;
            for (int k = 0; k < list.Count; k++)
            {
                PendingRate rate = list[k];
                int slot = PeriodOf(rate.Day) - minPeriod;
                if (owner[slot] >= 0)
                {
                    throw duplicateError(new DuplicateRate(this, _currencies[c], list[owner[slot]], rate));
                }

                owner[slot] = k;
                anyInverse |= rate.Inverse;
            }

            var slots = new int[list.Count];
            var days = new int[list.Count];
            var values = new decimal[list.Count];
            bool[]? inverse = anyInverse ? new bool[list.Count] : null;
            int n = 0;
            for (int slot = 0; slot < slotCount; slot++)
            {
                int k = owner[slot];
                if (k >= 0)
                {
                    PendingRate rate = list[k];
                    slots[n] = slot;
                    days[n] = rate.Day;
                    values[n] = rate.Value;
                    if (inverse is not null)
                    {
                        inverse[n] = rate.Inverse;
                    }

                    n++;
                }
            }

            published[i] = new PublishedRates(slots, days, values, inverse);
        }

        var data = new RateTableData(
            Name,
            Basis,
            [.. kept.Select(c => _currencies[c])],
            firstDay,
            slotCount,
            slotOfDay,
            published
        );
        return new RateTable(data, Basis == RateBasis.Daily ? _toleranceDays : null);
    }

    private static Exception DefaultDuplicateError(DuplicateRate duplicate) =>
        new InvalidOperationException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The {duplicate.Table} table has two rates for {duplicate.Pair} {duplicate.PeriodText}: the rates "
                    + $"added as number {duplicate.FirstTag} ({duplicate.FirstValue}) and {duplicate.SecondTag} "
                    + $"({duplicate.SecondValue})."
            )
        );

    private int PeriodOf(int dayNumber)
    {
        if (Basis == RateBasis.Daily)
        {
            return dayNumber;
        }

        int month = DayNumbers.MonthOfDay(dayNumber);
        return Basis == RateBasis.AnnualAverage ? month / 12 : month;
    }

    private int FirstDayOf(int period) =>
        Basis switch
        {
            RateBasis.AnnualAverage => DayNumbers.FirstDayOfMonth(period * 12),
            RateBasis.MonthlyAverage => DayNumbers.FirstDayOfMonth(period),
            _ => period,
        };

    private int[] BuildSlotMap(int minPeriod, int maxPeriod, int firstDay)
    {
        int endDay = FirstDayOf(maxPeriod + 1); // exclusive
        int[] map = new int[endDay - firstDay];
        for (int slot = 0, period = minPeriod; period <= maxPeriod; slot++, period++)
        {
            map.AsSpan(FirstDayOf(period) - firstDay, FirstDayOf(period + 1) - FirstDayOf(period)).Fill(slot);
        }

        return map;
    }

    /// <summary>A rate waiting to be built into the table.</summary>
    internal readonly record struct PendingRate(int Day, decimal Value, bool Inverse, int Tag);

    /// <summary>Two rates for the same currency and slot.</summary>
    internal sealed class DuplicateRate(
        RateTableBuilder builder,
        Currency currency,
        PendingRate first,
        PendingRate second
    )
    {
        public string Table => builder.Name;

        public Currency Currency => currency;

        public string Pair =>
            second.Inverse ? currency.Code + "/" + builder.Pivot.Code : builder.Pivot.Code + "/" + currency.Code;

        public LocalDate Date => RateTable.FromDayNumber(second.Day);

        public string PeriodText =>
            builder.Basis switch
            {
                RateBasis.AnnualAverage => "for " + Date.Year.ToString(CultureInfo.InvariantCulture),
                RateBasis.MonthlyAverage => "for " + Date.ToString("uuuu-MM", CultureInfo.InvariantCulture),
                _ => "on " + RateText.Date(Date),
            };

        public int FirstTag => first.Tag;

        public int SecondTag => second.Tag;

        public decimal FirstValue => first.Value;

        public decimal SecondValue => second.Value;
    }
}

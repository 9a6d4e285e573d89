using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// The fast path of an <see cref="ExchangeRateChain"/> of rate tables into one <see cref="Target"/> currency: for each
/// amount, the first table (in the chain's order) that has a rate for its currency and day converts it, as the chain
/// would, with no allocation. Created by <see cref="ExchangeRateChain.ForTarget"/>; for
/// <see cref="ExchangeRateSources.Default"/> it tries the ECB daily rate (within 7 days), then the NBU daily rate (within 7
/// days), then the IMF annual average.
/// </summary>
/// <remarks>
/// <para>Currencies get one index across all tables (<see cref="GetCurrencyIndex"/>), so a record's currency is resolved
/// once. The result says which table answered (<c>sourceIndex</c>, an index into <see cref="Tables"/>), so provenance can
/// be built afterwards, once per distinct (currency, source, used day), with the table's <see cref="RateTable.TryGetRate(RateRequest)"/>.
/// Results are the same decimals as the chain's <see cref="ExchangeRateSourceExtensions.Convert"/>.</para>
/// <para>Usage for bulk conversion (e.g. totals of a million records in one reporting currency):</para>
/// <code>
/// TargetRateChain toUsd = ExchangeRateSources.Default.ForTarget(Currency.USD);   // once per summary
/// int[] currency = records.Select(r => toUsd.GetCurrencyIndex(r.Amount.Currency)).ToArray(); // once per record
/// int[] day = records.Select(r => RateTable.ToDayNumber(r.ValueDate)).ToArray();
/// decimal total = 0m;
/// for (int i = 0; i &lt; records.Length; i++)
/// {
///     if (toUsd.TryConvert(records[i].Amount.Amount, currency[i], day[i], out decimal usd, out int usedDay, out int source))
///     {
///         total += usd; // full precision; round the total once, at the end
///     }
///     else
///     {
///         // not convertible: ExchangeRateSources.Default.TryGetRate(...) gives the reason to report
///     }
/// }
/// </code>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TargetRateChain
{
    private readonly TargetRateTable[] _targets;
    private readonly int[] _indexes; // currency * tables + table -> index in that table, or -1
    private readonly int _targetIndex;
    private readonly FrozenDictionary<Currency, int> _index;

    internal TargetRateChain(Currency target, RateTable[] tables)
    {
        Target = target;
        Tables = tables;
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

        Currencies = currencies;
        _index = index.ToFrozenDictionary();
        _targetIndex = index.TryGetValue(target, out int t) ? t : -1;
        _targets = [.. tables.Select(table => table.TryGetCurrencyIndex(target, out _) ? table.ForTarget(target) : null!)];
        _indexes = new int[currencies.Count * tables.Length];
        for (int c = 0; c < currencies.Count; c++)
        {
            for (int s = 0; s < tables.Length; s++)
            {
                _indexes[(c * tables.Length) + s] = _targets[s] is not null && tables[s].TryGetCurrencyIndex(currencies[c], out int i) ? i : -1;
            }
        }
    }

    /// <summary>Gets the currency every rate converts into.</summary>
    public Currency Target { get; }

    /// <summary>Gets the tables in the order they are tried (the <c>sourceIndex</c> of a result indexes this list).</summary>
    public IReadOnlyList<RateTable> Tables { get; }

    /// <summary>Gets the currencies of all tables, by the index <see cref="TryConvert"/> takes.</summary>
    public IReadOnlyList<Currency> Currencies { get; }

    /// <summary>Looks up the index of <paramref name="currency"/> across the tables.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="index">The index when found.</param>
    /// <returns><c>true</c> when some table has rates for the currency.</returns>
    public bool TryGetCurrencyIndex(Currency currency, out int index)
    {
        index = -1;
        return currency is not null && _index.TryGetValue(currency, out index);
    }

    /// <summary>Returns the index of <paramref name="currency"/> across the tables.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No table has rates for the currency; the message names it.</exception>
    public int GetCurrencyIndex(Currency currency)
    {
        Preconditions.CheckNotNull(currency);
        return _index.TryGetValue(currency, out int index)
            ? index
            : throw new ArgumentException(FormattableString.Invariant($"None of the tables {string.Join(", ", Tables.Select(t => t.Name))} has rates for {currency.Code}."), nameof(currency));
    }

    /// <summary>
    /// Converts <paramref name="amount"/> from currency <paramref name="currencyIndex"/> into <see cref="Target"/> at the
    /// rate for day <paramref name="dayNumber"/> from the first table that has one, at full precision.
    /// </summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currencyIndex">Its currency's index (<see cref="GetCurrencyIndex"/>).</param>
    /// <param name="dayNumber">The value date as a day number (<see cref="RateTable.ToDayNumber"/>).</param>
    /// <param name="converted">The converted amount when a rate was found; 0 when not.</param>
    /// <param name="usedDayNumber">The day number of the rate used.</param>
    /// <param name="sourceIndex">The index in <see cref="Tables"/> of the table that answered; -1 for the target currency itself or when none did.</param>
    /// <returns><c>true</c> when a table had a rate (call the chain's <c>TryGetRate</c> for the reasons when not).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="currencyIndex"/> is not an index of <see cref="Currencies"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryConvert(decimal amount, int currencyIndex, int dayNumber, out decimal converted, out int usedDayNumber, out int sourceIndex)
    {
        if ((uint)currencyIndex >= (uint)Currencies.Count)
        {
            ThrowBadIndex(currencyIndex);
        }

        if (currencyIndex == _targetIndex)
        {
            converted = amount;
            usedDayNumber = dayNumber;
            sourceIndex = -1;
            return true;
        }

        int tables = _targets.Length;
        for (int s = 0; s < tables; s++)
        {
            int index = _indexes[(currencyIndex * tables) + s];
            if (index >= 0 && _targets[s].TryGetRate(index, dayNumber, out decimal rate, out usedDayNumber))
            {
                converted = amount * rate;
                sourceIndex = s;
                return true;
            }
        }

        converted = 0m;
        usedDayNumber = 0;
        sourceIndex = -1;
        return false;
    }

    /// <summary>Returns e.g. <c>ECB, then NBU, then IMF rates into USD</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Join(", then ", Tables.Select(t => t.Name)) + " rates into " + Target.Code;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBadIndex(int currencyIndex) =>
        throw new ArgumentOutOfRangeException(
            nameof(currencyIndex),
            FormattableString.Invariant($"The currency indexes are 0 to {Currencies.Count - 1}; {currencyIndex} was given."));
}

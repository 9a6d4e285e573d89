using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace AidTracker.Rates;

public sealed partial class RateTable
{
    /// <summary>Returns the day number of <paramref name="date"/> used by the fast path: days since 0001-01-01, as
    /// <see cref="DateOnly.DayNumber"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day number (2025-02-27 is 739308).</returns>
    public static int ToDayNumber(LocalDate date) => DayNumbers.Of(date);

    /// <summary>Returns the date of a day number (the inverse of <see cref="ToDayNumber"/>).</summary>
    /// <param name="dayNumber">Days since 0001-01-01.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayNumber"/> is outside the range of
    /// <see cref="DateOnly"/>.</exception>
    public static LocalDate FromDayNumber(int dayNumber) => DayNumbers.ToDate(dayNumber);

    /// <summary>Looks up the fast-path index of <paramref name="currency"/> (its position in
    /// <see cref="Currencies"/>).</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="index">The index when found.</param>
    /// <returns><c>true</c> when the table has rates for the currency (or it is the pivot).</returns>
    internal bool TryGetCurrencyIndex(Currency currency, out int index)
    {
        index = -1;
        return currency is not null && _data.Index.TryGetValue(currency, out index);
    }

    /// <summary>Returns the fast-path index of <paramref name="currency"/> (its position in
    /// <see cref="Currencies"/>).</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The table has no rates for the currency; the message names it.</exception>
    internal int GetCurrencyIndex(Currency currency)
    {
        Internal.Preconditions.CheckNotNull(currency);
        return _data.Index.TryGetValue(currency, out int index)
            ? index
            : throw new ArgumentException(
                FormattableString.Invariant($"The {Name} table has no rates for {currency.Code}."),
                nameof(currency)
            );
    }

    /// <summary>
    /// The allocation-free lookup: the rate from currency <paramref name="fromIndex"/> to currency
    /// <paramref name="toIndex"/> for day <paramref name="dayNumber"/>, with the same rules and the same decimal value
    /// as <see cref="TryGetRate(RateRequest)"/>.
    /// </summary>
    /// <param name="fromIndex">The index of the currency to convert from (<see cref="GetCurrencyIndex"/>).</param>
    /// <param name="toIndex">The index of the currency to convert to.</param>
    /// <param name="dayNumber">The requested date as a day number (<see cref="ToDayNumber"/>).</param>
    /// <param name="rate">The rate when found; 0 (never a usable rate) when not.</param>
    /// <param name="usedDayNumber">The day number of the rate used (of the older leg for a cross rate; the requested
    /// day for a currency into itself).</param>
    /// <returns><c>true</c> when a rate was found; on <c>false</c>, call <see cref="TryGetRate(RateRequest)"/> for the
    /// reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is not an index of <see cref="Currencies"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetRate(int fromIndex, int toIndex, int dayNumber, out decimal rate, out int usedDayNumber)
    {
        RateTableData d = _data;
        if ((uint)fromIndex >= (uint)d.Currencies.Length || (uint)toIndex >= (uint)d.Currencies.Length)
        {
            ThrowBadIndex(fromIndex, toIndex);
        }

        if (fromIndex == toIndex)
        {
            rate = 1m;
            usedDayNumber = dayNumber;
            return true;
        }

        if (d.TrySlot(dayNumber, out int slot))
        {
            ref readonly RateEntry f = ref d.Row(fromIndex)[slot];
            ref readonly RateEntry t = ref d.Row(toIndex)[slot];
            int used = Math.Min(f.Day, t.Day);
            if (used != RateTableData.NoData && dayNumber - used <= _tolerance)
            {
                rate = f.PivotPer * t.PerPivot;
                usedDayNumber = used;
                return true;
            }
        }

        rate = 0m;
        usedDayNumber = 0;
        return false;
    }

    /// <summary>
    /// The allocation-free conversion: <paramref name="amount"/> in currency <paramref name="fromIndex"/> into currency
    /// <paramref name="toIndex"/> at the rate for day <paramref name="dayNumber"/>, at full precision (no rounding);
    /// the same result as
    /// <see cref="ExchangeRateSourceExtensions.Convert(IExchangeRateSource, Money, Currency, LocalDate, RateBasis?)"/>.
    /// </summary>
    /// <param name="amount">The amount to convert.</param>
    /// <param name="fromIndex">The index of its currency.</param>
    /// <param name="toIndex">The index of the currency to convert to.</param>
    /// <param name="dayNumber">The value date as a day number (<see cref="ToDayNumber"/>).</param>
    /// <param name="converted">The converted amount when a rate was found; 0 when not.</param>
    /// <param name="usedDayNumber">The day number of the rate used.</param>
    /// <returns><c>true</c> when a rate was found.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is not an index of <see cref="Currencies"/>.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryConvert(
        decimal amount,
        int fromIndex,
        int toIndex,
        int dayNumber,
        out decimal converted,
        out int usedDayNumber
    )
    {
        if (TryGetRate(fromIndex, toIndex, dayNumber, out decimal rate, out usedDayNumber))
        {
            converted = amount * rate;
            return true;
        }

        converted = 0m;
        return false;
    }

    /// <summary>
    /// Precomputes the rate of every currency of the table into <paramref name="target"/> for every day, so that
    /// converting many amounts into one currency is one array read and one multiplication each. Costs one decimal per
    /// currency and day (about 10 MB and a few tens of milliseconds for the embedded ECB data): build it once per
    /// target and keep it.
    /// </summary>
    /// <param name="target">The currency to convert into.</param>
    /// <returns>The precomputed rates, with this table's tolerance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The table has no rates for <paramref name="target"/>.</exception>
    internal TargetRateTable ForTarget(Currency target) => new(this, _data, GetCurrencyIndex(target), _tolerance);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBadIndex(int fromIndex, int toIndex) =>
        throw new ArgumentOutOfRangeException(
            (uint)fromIndex >= (uint)_data.Currencies.Length ? nameof(fromIndex) : nameof(toIndex),
            string.Create(
                CultureInfo.InvariantCulture,
                $"The {Name} table has currency indexes 0 to {_data.Currencies.Length - 1}; {fromIndex} and {toIndex} "
                    + $"were given."
            )
        );
}

using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>One currency's rate for one slot (day or period) of a <see cref="RateTable"/>, forward-filled for daily
/// tables.</summary>
internal struct RateEntry
{
    /// <summary>Units of the currency per one unit of the pivot.</summary>
    public decimal PerPivot;

    /// <summary>Units of the pivot per one unit of the currency (the reciprocal of <see cref="PerPivot"/>, or the
    /// published value when <see cref="Inverse"/>).</summary>
    public decimal PivotPer;

    /// <summary>Day number (<see cref="DateOnly.DayNumber"/>) of the rate used for this slot;
    /// <see cref="RateTableData.NoData"/> if none; <see cref="RateTableData.PivotDay"/> for the pivot (always
    /// available).</summary>
    public int Day;

    /// <summary>Whether the source published the rate as currency-to-pivot (so <see cref="PivotPer"/> is the published
    /// value).</summary>
    public bool Inverse;
}

/// <summary>The published rates of one currency against the pivot, in ascending order of date.</summary>
/// <param name="Slots">The slot of each rate.</param>
/// <param name="Days">The day number of each rate.</param>
/// <param name="Values">Each value as published.</param>
/// <param name="Inverse">For each rate, whether it was published as currency-to-pivot; <c>null</c> when none
/// was.</param>
internal sealed record PublishedRates(int[] Slots, int[] Days, decimal[] Values, bool[]? Inverse)
{
    public static PublishedRates Empty { get; } = new([], [], [], null);
}

/// <summary>
/// The data behind a <see cref="RateTable"/>, shared by tables that differ only in tolerance. The published rates are
/// kept compactly; the dense per-day row of a currency (with the reciprocals, the costly part) is built on the first
/// lookup that needs it and then published atomically, so loading stays fast and memory goes only to the currencies
/// used.
/// </summary>
internal sealed class RateTableData
{
    public const int NoData = int.MinValue;
    public const int PivotDay = int.MaxValue;

    private readonly RateEntry[]?[] _rows;

    public RateTableData(
        string name,
        RateBasis basis,
        Currency[] currencies,
        int firstDay,
        int slotCount,
        int[]? slotOfDay,
        PublishedRates[] published
    )
    {
        Name = name;
        Basis = basis;
        Currencies = currencies;
        Index = currencies.Select((c, i) => KeyValuePair.Create(c, i)).ToFrozenDictionary();
        FirstDay = firstDay;
        SlotCount = slotCount;
        SlotOfDay = slotOfDay;
        Published = published;
        _rows = new RateEntry[currencies.Length][];
        var pivotRow = new RateEntry[slotCount];
        pivotRow
            .AsSpan()
            .Fill(
                new RateEntry
                {
                    PerPivot = 1m,
                    PivotPer = 1m,
                    Day = PivotDay,
                }
            );
        _rows[0] = pivotRow;
    }

    public string Name { get; }

    public RateBasis Basis { get; }

    /// <summary>The currencies by index; index 0 is the pivot.</summary>
    public Currency[] Currencies { get; }

    public Currency Pivot => Currencies[0];

    public FrozenDictionary<Currency, int> Index { get; }

    /// <summary>Day number of the first day of slot 0.</summary>
    public int FirstDay { get; }

    public int SlotCount { get; }

    /// <summary>For period tables (monthly, annual): the slot of each day from <see cref="FirstDay"/>; <c>null</c> for
    /// daily tables, whose slot is the day offset.</summary>
    public int[]? SlotOfDay { get; }

    /// <summary>For each currency index, its published rates (empty for the pivot, which is always
    /// available).</summary>
    public PublishedRates[] Published { get; }

    /// <summary>Returns the dense row of currency <paramref name="index"/>: one entry per slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RateEntry[] Row(int index) => Volatile.Read(ref _rows[index]) ?? Materialize(index);

    /// <summary>Maps a day number to its slot. A daily table maps days after its last one to its last slot (the
    /// tolerance then decides).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TrySlot(int dayNumber, out int slot)
    {
        int offset = dayNumber - FirstDay;
        int[]? map = SlotOfDay;
        if (map is null)
        {
            slot = offset < SlotCount ? offset : SlotCount - 1;
            return offset >= 0 && SlotCount > 0;
        }

        if ((uint)offset >= (uint)map.Length)
        {
            slot = 0;
            return false;
        }

        slot = map[offset];
        return true;
    }

    /// <summary>
    /// The nearest dates, on or before <paramref name="dayNumber"/> and after it, for which both currencies have a
    /// published rate (for average tables: the nearest periods in which both have one, dated by the older rate).
    /// </summary>
    public (LocalDate? Before, LocalDate? After) NearestCommonDates(int fromIndex, int toIndex, int dayNumber)
    {
        PublishedRates? a = fromIndex == 0 ? null : Published[fromIndex];
        PublishedRates? b = toIndex == 0 ? null : Published[toIndex];
        if (a is null && b is null)
        {
            return (null, null);
        }

        int offset = dayNumber - FirstDay;
        int slot =
            SlotOfDay is not int[] map ? offset
            : offset < 0 ? -1
            : offset >= map.Length ? SlotCount
            : map[offset];
        return (ToDate(Common(a, b, slot, before: true)), ToDate(Common(a, b, slot, before: false)));
    }

    /// <summary>Builds, publishes and returns the dense row of a currency: reciprocals computed once, daily rates
    /// carried forward.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private RateEntry[] Materialize(int index)
    {
        PublishedRates p = Published[index];
        var row = new RateEntry[SlotCount];
        bool daily = SlotOfDay is null;
        var last = new RateEntry { Day = NoData };
        var none = new RateEntry { Day = NoData };
        int k = 0;
        for (int slot = 0; slot < row.Length; slot++)
        {
            if (k < p.Slots.Length && p.Slots[k] == slot)
            {
                decimal value = p.Values[k];
                decimal reciprocal = 1m / value;
                last =
                    p.Inverse is bool[] inverse && inverse[k]
                        ? new RateEntry
                        {
                            PerPivot = reciprocal,
                            PivotPer = value,
                            Day = p.Days[k],
                            Inverse = true,
                        }
                        : new RateEntry
                        {
                            PerPivot = value,
                            PivotPer = reciprocal,
                            Day = p.Days[k],
                        };
                row[slot] = last;
                k++;
            }
            else
            {
                // Daily tables carry the latest rate forward (the tolerance decides whether it may be used);
                // average tables answer for their own period only.
                row[slot] = daily ? last : none;
            }
        }

        return Interlocked.CompareExchange(ref _rows[index], row, null) ?? row;
    }

    private static LocalDate? ToDate(int? day) => day is int d ? RateTable.FromDayNumber(d) : null;

    /// <summary>The day of the nearest slot (≤ <paramref name="slot"/> when <paramref name="before"/>, else &gt;) in
    /// which both have a rate; the pivot (<c>null</c>) always has one.</summary>
    private static int? Common(PublishedRates? a, PublishedRates? b, int slot, bool before)
    {
        if (a is null || b is null)
        {
            PublishedRates single = (a ?? b)!;
            int i = UpperBound(single.Slots, slot) - (before ? 1 : 0);
            return i >= 0 && i < single.Slots.Length ? single.Days[i] : null;
        }

        if (before)
        {
            int i = UpperBound(a.Slots, slot) - 1;
            int j = UpperBound(b.Slots, slot) - 1;
            while (i >= 0 && j >= 0)
            {
                if (a.Slots[i] == b.Slots[j])
                {
                    return Math.Min(a.Days[i], b.Days[j]);
                }

                if (a.Slots[i] > b.Slots[j])
                {
                    i--;
                }
                else
                {
                    j--;
                }
            }
        }
        else
        {
            int i = UpperBound(a.Slots, slot);
            int j = UpperBound(b.Slots, slot);
            while (i < a.Slots.Length && j < b.Slots.Length)
            {
                if (a.Slots[i] == b.Slots[j])
                {
                    return Math.Min(a.Days[i], b.Days[j]);
                }

                if (a.Slots[i] < b.Slots[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }

        return null;
    }

    /// <summary>Index of the first element greater than <paramref name="value"/>.</summary>
    private static int UpperBound(int[] values, int value)
    {
        int index = Array.BinarySearch(values, value);
        return index >= 0 ? index + 1 : ~index;
    }
}

using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>One currency's rate for one slot (day or period) of a <see cref="RateTable"/>, forward-filled for daily tables.</summary>
internal struct RateEntry
{
    /// <summary>Units of the currency per one unit of the pivot.</summary>
    public decimal PerPivot;

    /// <summary>Units of the pivot per one unit of the currency (the reciprocal of <see cref="PerPivot"/>, or the published value when <see cref="Inverse"/>).</summary>
    public decimal PivotPer;

    /// <summary>Day number (<see cref="DateOnly.DayNumber"/>) of the rate used for this slot; <see cref="RateTableData.NoData"/> if none; <see cref="int.MaxValue"/> for the pivot (always available).</summary>
    public int Day;

    /// <summary>Whether the source published the rate as currency-to-pivot (so <see cref="PivotPer"/> is the published value).</summary>
    public bool Inverse;
}

/// <summary>The immutable arrays behind a <see cref="RateTable"/>, shared by tables that differ only in tolerance.</summary>
internal sealed class RateTableData
{
    public const int NoData = int.MinValue;
    public const int PivotDay = int.MaxValue;

    public RateTableData(
        string name,
        RateBasis basis,
        Currency[] currencies,
        int firstDay,
        int slotCount,
        int[]? slotOfDay,
        RateEntry[] entries,
        int[][] published)
    {
        Name = name;
        Basis = basis;
        Currencies = currencies;
        Index = currencies.Select((c, i) => KeyValuePair.Create(c, i)).ToFrozenDictionary();
        FirstDay = firstDay;
        SlotCount = slotCount;
        SlotOfDay = slotOfDay;
        Entries = entries;
        Published = published;
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

    /// <summary>For period tables (monthly, annual): the slot of each day from <see cref="FirstDay"/>; <c>null</c> for daily tables, whose slot is the day offset.</summary>
    public int[]? SlotOfDay { get; }

    /// <summary>Entries by <c>currencyIndex * SlotCount + slot</c>.</summary>
    public RateEntry[] Entries { get; }

    /// <summary>For each currency index, the ascending day numbers of its published rates (empty for the pivot, which is always available).</summary>
    public int[][] Published { get; }

    /// <summary>Maps a day number to its slot. A daily table maps days after its last one to its last slot (the tolerance then decides).</summary>
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

    /// <summary>The latest day on or before <paramref name="dayNumber"/>, and the earliest after it, on which both currencies have published rates.</summary>
    public (LocalDate? Before, LocalDate? After) NearestCommonDates(int fromIndex, int toIndex, int dayNumber)
    {
        if (SlotOfDay is int[] map)
        {
            return NearestCommonPeriods(map, fromIndex, toIndex, dayNumber);
        }

        int[]? a = fromIndex == 0 ? null : Published[fromIndex];
        int[]? b = toIndex == 0 ? null : Published[toIndex];
        if (a is null && b is null)
        {
            return (null, null);
        }

        int? before = a is null ? Latest(b!, dayNumber) : b is null ? Latest(a, dayNumber) : LatestCommon(a, b, dayNumber);
        int? after = a is null ? Earliest(b!, dayNumber) : b is null ? Earliest(a, dayNumber) : EarliestCommon(a, b, dayNumber);
        return (ToDate(before), ToDate(after));
    }

    /// <summary>For period tables: the nearest periods, before (or containing) and after the day's period, in which both currencies have a rate.</summary>
    private (LocalDate? Before, LocalDate? After) NearestCommonPeriods(int[] map, int fromIndex, int toIndex, int dayNumber)
    {
        int offset = dayNumber - FirstDay;
        int slot = offset < 0 ? -1 : offset >= map.Length ? SlotCount : map[offset];
        int? before = null;
        for (int s = Math.Min(slot, SlotCount - 1); s >= 0 && before is null; s--)
        {
            before = CommonDay(fromIndex, toIndex, s);
        }

        int? after = null;
        for (int s = Math.Max(slot + 1, 0); s < SlotCount && after is null; s++)
        {
            after = CommonDay(fromIndex, toIndex, s);
        }

        return (ToDate(before), ToDate(after));
    }

    private int? CommonDay(int fromIndex, int toIndex, int slot)
    {
        int day = Math.Min(Entries[(fromIndex * SlotCount) + slot].Day, Entries[(toIndex * SlotCount) + slot].Day);
        return day is NoData or PivotDay ? null : day;
    }

    private static LocalDate? ToDate(int? day) => day is int d ? RateTable.FromDayNumber(d) : null;

    /// <summary>Index of the first element greater than <paramref name="value"/>.</summary>
    private static int UpperBound(int[] days, int value)
    {
        int index = Array.BinarySearch(days, value);
        return index >= 0 ? index + 1 : ~index;
    }

    private static int? Latest(int[] days, int dayNumber)
    {
        int i = UpperBound(days, dayNumber) - 1;
        return i >= 0 ? days[i] : null;
    }

    private static int? Earliest(int[] days, int dayNumber)
    {
        int i = UpperBound(days, dayNumber);
        return i < days.Length ? days[i] : null;
    }

    private static int? LatestCommon(int[] a, int[] b, int dayNumber)
    {
        int i = UpperBound(a, dayNumber) - 1;
        int j = UpperBound(b, dayNumber) - 1;
        while (i >= 0 && j >= 0)
        {
            if (a[i] == b[j])
            {
                return a[i];
            }

            if (a[i] > b[j])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        return null;
    }

    private static int? EarliestCommon(int[] a, int[] b, int dayNumber)
    {
        int i = UpperBound(a, dayNumber);
        int j = UpperBound(b, dayNumber);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return a[i];
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return null;
    }
}

using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// Amounts waiting for their rates: every amount a partition converts is queued here (<see cref="Partition"/>'s one add
/// path) and converted a batch at a time. A tight loop first loads the rates of the whole batch from the primary
/// (daily) table, so that the cache misses into its large array overlap instead of stalling one record at a time
/// (270 to 90 ms per million records when it was introduced, docs/benchmarks.md "Aggregation"); the rest of the tables,
/// then the rate source itself, answer what the primary table cannot.
/// </summary>
internal sealed class RateBatch
{
    /// <summary>The number of amounts per batch.</summary>
    public const int Size = 256;

    /// <summary>Gets the queued amounts (the first <see cref="Count"/>).</summary>
    public readonly Entry[] Entries = new Entry[Size];

    /// <summary>Gets the primary table's rate for each queued amount after <see cref="LoadPrimaryRates"/>; 0 for
    /// none.</summary>
    public readonly UInt128[] Rates = new UInt128[Size];

    /// <summary>The number of queued amounts.</summary>
    public int Count;

    /// <summary>Loads the primary table's rate of every queued amount (0 where it has none) in one tight
    /// loop.</summary>
    /// <param name="primary">The primary (daily) table's rates, or <c>null</c> when the first table is not
    /// daily.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void LoadPrimaryRates(TableRates.Layer? primary)
    {
        int count = Count;
        Entry[] entries = Entries;
        UInt128[] rates = Rates;
        if (primary is null)
        {
            Array.Clear(rates, 0, count);
            return;
        }

        // One independent load per amount, so that many cache misses are in flight at once.
        UInt128[] table = primary.Rates;
        for (int j = 0; j < count; j++)
        {
            int at = entries[j].Flat;
            rates[j] = at >= 0 ? table[at] : 0;
        }
    }

    /// <summary>One amount waiting for its rate.</summary>
    public struct Entry
    {
        public decimal Amount;
        public int Group;
        public int Currency; // index into TableRates.Currencies, or -1: only the rate source can answer
        public int Day; // the request date's day number (ConversionPolicy.RequestPeriod)
        public int Month; // the request date's month number
        public int Flat; // index into the primary table's rates, or -1
        public int Record; // the record whose amount it is (position among the measure's records)
        public int Counted; // the record counted for it (a parent without an amount of its own, or the record itself)
        public AmountQualifier Qualifier;
    }
}

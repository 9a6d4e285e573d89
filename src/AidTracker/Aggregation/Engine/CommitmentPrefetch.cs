using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// Asks the processor to bring a commitment's object into the cache ahead of the summary's first pass, without waiting
/// for it: unlike a read, a prefetch retires at once, so the cache misses of the next commitments overlap with the work
/// on this one.
/// </summary>
/// <remarks>
/// <para>Why it exists: streaming a million commitments is most of the first pass's time (each record is a separate
/// object, two or three cache lines). <c>AggregationBenchmarks.Summarize</c> measured the first pass at 57-64 ms
/// without
/// and 42 ms with a prefetch 16 records ahead (docs/benchmarks.md, "Issue 5, a margin for goal (a)"); goal (a), 10x
/// faster than naive LINQ, had no margin without it.</para>
/// <para>How: the whole object is prefetched, one instruction per cache line of its size (measured once from the
/// allocator), so nothing depends on where the runtime lays out <see cref="Commitment"/>'s fields: the domain record
/// stays plain. A stale address (the collector moved the object) costs a useless prefetch, never a fault; without SSE
/// (Arm) nothing is prefetched and the loop runs as before.</para>
/// <para>What it costs to change: this file is the only <c>unsafe</c> code of the library (the pointer for the prefetch
/// instruction). Removing it costs about a quarter of the one-thread summary time; re-measure
/// <c>AggregationBenchmarks</c> after any change to <see cref="Distance"/> (12 to 32 measured alike, 4 and 8
/// slower).</para>
/// </remarks>
internal static class CommitmentPrefetch
{
    /// <summary>How many commitments ahead the first pass prefetches.</summary>
    public const int Distance = 16;

    private const int CacheLine = 64;

    /// <summary>Gets the offset of the last cache line to prefetch, from an object's address (its size rounded down to
    /// a line).</summary>
    internal static readonly int LastLine = MeasureLastLine();

    /// <summary>Prefetches every cache line of <paramref name="commitment"/>'s object.</summary>
    /// <param name="commitment">The commitment the loop will read <see cref="Distance"/> records from now.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch(Commitment commitment)
    {
        if (Sse.IsSupported)
        {
            byte* address = (byte*)Unsafe.As<Commitment, nint>(ref commitment);
            for (int offset = 0; offset <= LastLine; offset += CacheLine)
            {
                Sse.Prefetch0(address + offset);
            }
        }
    }

    private static int MeasureLastLine()
    {
        // The bytes one uninitialised commitment takes from this thread's allocation budget: its object's size (header
        // included; the address points just after the header's first word, so the last line may start past the end of
        // the object, which a prefetch tolerates).
        long before = GC.GetAllocatedBytesForCurrentThread();
        object probe = RuntimeHelpers.GetUninitializedObject(typeof(Commitment));
        long size = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(probe);
        return size is > 0 and < 1024 ? (int)(size - 1) / CacheLine * CacheLine : CacheLine * 2;
    }
}

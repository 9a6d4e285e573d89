using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation;

/// <summary>A growable set of day numbers (one bit per day), for recording which rates a summary used without a
/// per-record allocation.</summary>
internal sealed class DayBitset
{
    private ulong[] _bits = [];
    private int _origin; // day number of bit 0 (a multiple of 64)

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int day)
    {
        int offset = day - _origin;
        if ((uint)offset < (uint)(_bits.Length << 6))
        {
            _bits[offset >> 6] |= 1UL << (offset & 63);
            return;
        }

        AddSlow(day);
    }

    public void UnionWith(DayBitset other)
    {
        foreach (int day in other.Days())
        {
            Add(day);
        }
    }

    public IEnumerable<int> Days()
    {
        for (int w = 0; w < _bits.Length; w++)
        {
            ulong word = _bits[w];
            while (word != 0)
            {
                int bit = System.Numerics.BitOperations.TrailingZeroCount(word);
                yield return _origin + (w << 6) + bit;
                word &= word - 1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSlow(int day)
    {
        int word = (int)Math.Floor(day / 64.0);
        if (_bits.Length == 0)
        {
            _origin = word << 6;
            _bits = new ulong[64];
        }
        else
        {
            int firstWord = _origin >> 6;
            int lastWord = firstWord + _bits.Length - 1;
            int newFirst = Math.Min(firstWord, word - (word < firstWord ? 32 : 0));
            int newLast = Math.Max(lastWord, word + (word > lastWord ? 32 : 0));
            ulong[] bits = new ulong[newLast - newFirst + 1];
            Array.Copy(_bits, 0, bits, firstWord - newFirst, _bits.Length);
            _bits = bits;
            _origin = newFirst << 6;
        }

        int offset = day - _origin;
        _bits[offset >> 6] |= 1UL << (offset & 63);
    }
}

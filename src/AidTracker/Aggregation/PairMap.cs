using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation;

/// <summary>
/// Dense ids for pairs of small non-negative ints (the value ids of two group keys): a two-dimensional array while the
/// pairs seen span at most a million cells (30 donors by 25 years are 750), a dictionary beyond. Mutable, one per
/// thread.
/// </summary>
internal sealed class PairMap
{
    private const int MaxCells = 1 << 20;
    private readonly List<(int Left, int Right)> _pairs = [];
    private int[] _cells = [];
    private int _width;
    private int _height;
    private Dictionary<long, int>? _dictionary;

    /// <summary>Gets the number of distinct pairs (ids are 0 to Count - 1).</summary>
    public int Count => _pairs.Count;

    /// <summary>Returns the pair with id <paramref name="id"/>.</summary>
    public (int Left, int Right) PairOf(int id) => _pairs[id];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOrAdd(int left, int right)
    {
        if ((uint)left < (uint)_height && (uint)right < (uint)_width)
        {
            int id = _cells[(left * _width) + right];
            if (id >= 0)
            {
                return id;
            }
        }

        return GetOrAddSlow(left, right);
    }

    private int GetOrAddSlow(int left, int right)
    {
        if (_dictionary is null && (left >= _height || right >= _width))
        {
            Grow(left, right);
        }

        if (_dictionary is not null)
        {
            ref int slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                _dictionary,
                ((long)left << 32) | (uint)right,
                out bool exists
            );
            if (!exists)
            {
                slot = _pairs.Count;
                _pairs.Add((left, right));
            }

            return slot;
        }

        int id = _pairs.Count;
        _pairs.Add((left, right));
        _cells[(left * _width) + right] = id;
        return id;
    }

    private void Grow(int left, int right)
    {
        int width = Math.Max(_width, 8);
        while (width <= right)
        {
            width *= 2;
        }

        int height = Math.Max(_height, 8);
        while (height <= left)
        {
            height *= 2;
        }

        if ((long)width * height > MaxCells)
        {
            _dictionary = new Dictionary<long, int>(_pairs.Count * 2);
            for (int id = 0; id < _pairs.Count; id++)
            {
                _dictionary[((long)_pairs[id].Left << 32) | (uint)_pairs[id].Right] = id;
            }

            _cells = [];
            _width = _height = 0;
            return;
        }

        int[] cells = new int[width * height];
        Array.Fill(cells, -1);
        for (int id = 0; id < _pairs.Count; id++)
        {
            cells[(_pairs[id].Left * width) + _pairs[id].Right] = id;
        }

        _cells = cells;
        _width = width;
        _height = height;
    }
}

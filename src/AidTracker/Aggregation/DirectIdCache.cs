using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation;

/// <summary>
/// Ids of shared instances looked up by a small integer key the instance carries (a currency's ISO numeric code, a
/// country's three letters), checked by reference, in front of a <see cref="ReferenceIdCache{T}"/> for everything else:
/// one array read and one comparison, no hashing. Mutable, one per thread.
/// </summary>
/// <typeparam name="T">The type of the instances.</typeparam>
internal sealed class DirectIdCache<T>
    where T : class
{
    private readonly T?[] _keys;
    private readonly int[] _ids;
    private readonly ReferenceIdCache<T> _others;

    public DirectIdCache(int size, Func<T, int> create)
    {
        _keys = new T?[size];
        _ids = new int[size];
        _others = new ReferenceIdCache<T>(create);
    }

    /// <summary>Returns the id of <paramref name="item"/>, whose direct key is <paramref name="key"/> (or -1 when it
    /// has none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(T item, int key)
    {
        if ((uint)key < (uint)_keys.Length && ReferenceEquals(_keys[key], item))
        {
            return _ids[key];
        }

        return GetSlow(item, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int GetSlow(T item, int key)
    {
        int id = _others.Get(item);
        if ((uint)key < (uint)_keys.Length && _keys[key] is null)
        {
            _keys[key] = item;
            _ids[key] = id;
        }

        return id;
    }
}

using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation;

/// <summary>
/// Ids of objects compared by reference (currencies and country parties are shared instances) in an open-addressing
/// table keyed by the identity hash: a lookup costs the hash and usually one comparison. Mutable, one per thread.
/// </summary>
/// <typeparam name="T">The type of the objects.</typeparam>
internal sealed class ReferenceIdCache<T>
    where T : class
{
    private readonly Func<T, int> _create;
    private T?[] _keys = new T?[64];
    private int[] _ids = new int[64];
    private int _count;

    /// <summary>Initializes a cache that asks <paramref name="create"/> for the id of an object seen for the first
    /// time.</summary>
    public ReferenceIdCache(Func<T, int> create) => _create = create;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(T key)
    {
        T?[] keys = _keys;
        int mask = keys.Length - 1;
        int slot = RuntimeHelpers.GetHashCode(key) & mask;
        while (true)
        {
            T? found = keys[slot];
            if (ReferenceEquals(found, key))
            {
                return _ids[slot];
            }

            if (found is null)
            {
                return Add(key);
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Add(T key)
    {
        int id = _create(key);
        if ((_count + 1) * 4 > _keys.Length)
        {
            T?[] oldKeys = _keys;
            int[] oldIds = _ids;
            _keys = new T?[oldKeys.Length * 2];
            _ids = new int[oldKeys.Length * 2];
            for (int i = 0; i < oldKeys.Length; i++)
            {
                if (oldKeys[i] is T old)
                {
                    Insert(old, oldIds[i]);
                }
            }
        }

        Insert(key, id);
        _count++;
        return id;
    }

    private void Insert(T key, int id)
    {
        int mask = _keys.Length - 1;
        int slot = RuntimeHelpers.GetHashCode(key) & mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _ids[slot] = id;
    }
}

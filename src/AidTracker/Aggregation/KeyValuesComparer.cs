using System.Collections.Immutable;

namespace AidTracker.Aggregation;

/// <summary>Compares group key values element by element (ordinal): equality for lookups, order for the groups of a
/// summary.</summary>
internal sealed class KeyValuesComparer : IEqualityComparer<ImmutableArray<string>>, IComparer<ImmutableArray<string>>
{
    public static readonly KeyValuesComparer Instance = new();

    public bool Equals(ImmutableArray<string> x, ImmutableArray<string> y) => x.AsSpan().SequenceEqual(y.AsSpan());

    public int GetHashCode(ImmutableArray<string> obj)
    {
        var hash = default(HashCode);
        foreach (string value in obj)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public int Compare(ImmutableArray<string> x, ImmutableArray<string> y)
    {
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            int order = string.CompareOrdinal(x[i], y[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}

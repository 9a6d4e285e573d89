namespace AidTracker.Fts.Internal;

/// <summary>
/// Gives the same <see cref="FtsObject"/> instance for the same source or destination object while one page is read:
/// the
/// same donors, locations, usage years, plans and clusters recur on thousands of flows (the companion of
/// <see cref="Utf8StringPool"/>, whose pooled strings make the key cheap: equal values are the same instances). An
/// <see cref="FtsObject"/> is immutable, so sharing it changes nothing a reader of the flows can see. Bounded like the
/// string pool; one instance per page read; not thread-safe.
/// </summary>
internal sealed class FtsObjectPool
{
    private readonly Dictionary<(string Type, string? Id, string? Name, string? Behavior), FtsObject> _objects = [];

    /// <summary>Gets a list the reader collects a flow's objects in before it copies them to an array of the right
    /// size.</summary>
    public List<FtsObject> Scratch { get; } = new(16);

    /// <summary>Returns an object equal to the one described, the pooled one when there is one.</summary>
    public FtsObject Get(string type, string? id, string? name, string? behavior, string[] organizationTypes)
    {
        (string, string?, string?, string?) key = (type, id, name, behavior);
        if (
            _objects.TryGetValue(key, out FtsObject? pooled)
            && ((IReadOnlyList<string>)pooled.OrganizationTypes).SequenceEqual(organizationTypes)
        )
        {
            return pooled;
        }

        var created = new FtsObject(type, id, name, behavior, organizationTypes);
        if (_objects.Count < Utf8StringPool.MaxStrings)
        {
            _objects[key] = created;
        }

        return created;
    }
}

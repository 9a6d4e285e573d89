namespace AidTracker.Fts;

/// <summary>
/// One of a flow's source or destination objects as FTS writes it: an organisation, a location, a usage year, a plan, a
/// cluster, a project or an emergency, with its FTS id and name.
/// </summary>
public sealed class FtsObject
{
    internal FtsObject(string type, string? id, string? name, string? behavior, IReadOnlyList<string> organizationTypes)
    {
        Type = type;
        Id = id;
        Name = name;
        Behavior = behavior;
        OrganizationTypes = organizationTypes;
    }

    /// <summary>Gets the object's type as FTS writes it: <c>Organization</c>, <c>Location</c>, <c>UsageYear</c>,
    /// <c>Plan</c>, <c>GlobalCluster</c>, <c>Cluster</c>, <c>Project</c>, <c>Emergency</c>, ...</summary>
    public string Type { get; }

    /// <summary>Gets the object's FTS id, or <c>null</c> when FTS gives none.</summary>
    public string? Id { get; }

    /// <summary>Gets the object's name (for a usage year, the year), or <c>null</c> when FTS gives none.</summary>
    public string? Name { get; }

    /// <summary>Gets <c>single</c>, or <c>shared</c> when the flow spans several objects of this type; <c>null</c> when
    /// absent.</summary>
    public string? Behavior { get; }

    /// <summary>Gets an organisation's types (<c>Government</c>, <c>UN agency</c>, <c>NGO</c>, <c>Pooled fund</c>,
    /// ...); empty for other objects.</summary>
    public IReadOnlyList<string> OrganizationTypes { get; }

    /// <summary>Returns the type, id and name.</summary>
    /// <returns>For example <c>Location 1 Afghanistan</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{Type} {Id} {Name}");
}

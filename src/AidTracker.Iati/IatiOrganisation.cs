namespace AidTracker.Iati;

/// <summary>
/// An organisation as an IATI file names it (<c>reporting-org</c>, <c>provider-org</c>, <c>receiver-org</c>): its
/// organisation identifier, its name and its organisation type code, each as written (trimmed), any of them missing.
/// </summary>
/// <remarks>Two values are equal when all their properties are equal (ordinal).</remarks>
public sealed record IatiOrganisation
{
    /// <summary>Initializes a new organisation.</summary>
    /// <param name="ref">The IATI organisation identifier (<c>ref</c> attribute), e.g. <c>US-GOV-1</c>, or
    /// <c>null</c>.</param>
    /// <param name="name">The name (the first <c>narrative</c>), or <c>null</c>.</param>
    /// <param name="type">The OrganisationType code (<c>type</c> attribute), e.g. <c>10</c>, or <c>null</c>.</param>
    public IatiOrganisation(string? @ref, string? name, string? type)
    {
        Ref = @ref;
        Name = name;
        Type = type;
    }

    /// <summary>Gets the IATI organisation identifier (<c>ref</c> attribute), e.g. <c>US-GOV-1</c>, or
    /// <c>null</c>.</summary>
    public string? Ref { get; }

    /// <summary>Gets the name (the first <c>narrative</c>, or the element's own text in old files), or
    /// <c>null</c>.</summary>
    public string? Name { get; }

    /// <summary>Gets the OrganisationType code (<c>type</c> attribute), e.g. <c>10</c> (government), or
    /// <c>null</c>.</summary>
    public string? Type { get; }

    /// <summary>Gets a value indicating whether neither an identifier nor a name is given.</summary>
    public bool IsEmpty => Ref is null && Name is null;
}

namespace AidTracker;

/// <summary>What kind of party a <see cref="Party"/> is.</summary>
public enum PartyKind
{
    /// <summary>A country, identified by its ISO 3166-1 alpha-3 code (<c>JPN</c>, <c>UKR</c>).</summary>
    Country = 0,

    /// <summary>An organisation, identified by an identifier such as an IATI organisation identifier, with a
    /// name.</summary>
    Organisation = 1,
}

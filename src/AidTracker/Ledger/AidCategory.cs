namespace AidTracker;

/// <summary>What a <see cref="Commitment"/> is for. JSON names are kebab-case (<c>in-kind</c>).</summary>
public enum AidCategory
{
    /// <summary>Financial (budget) support.</summary>
    Financial = 0,

    /// <summary>Humanitarian assistance.</summary>
    Humanitarian = 1,

    /// <summary>Recovery and reconstruction.</summary>
    Recovery = 2,

    /// <summary>Economic assistance.</summary>
    Economic = 3,

    /// <summary>Military assistance.</summary>
    Military = 4,

    /// <summary>Assistance in kind (goods, equipment).</summary>
    InKind = 5,

    /// <summary>Anything else.</summary>
    Other = 6,
}

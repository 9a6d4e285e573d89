namespace AidTracker;

/// <summary>How firm a <see cref="Commitment"/> is.</summary>
public enum CommitmentStage
{
    /// <summary>Announced or promised, not yet formally committed (a pledge at a conference).</summary>
    Pledged = 0,

    /// <summary>Formally committed, for example by a signed exchange of notes.</summary>
    Committed = 1,
}

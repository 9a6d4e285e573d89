namespace AidTracker.Aggregation;

/// <summary>What a summary adds up: commitments of one stage, or disbursements of one kind.</summary>
public enum Measure
{
    /// <summary>Commitments in stage <see cref="CommitmentStage.Committed"/> (the default).</summary>
    Committed = 0,

    /// <summary>Commitments in stage <see cref="CommitmentStage.Pledged"/> (announced, not yet formally
    /// committed).</summary>
    Pledged = 1,

    /// <summary>Disbursements of kind <see cref="DisbursementKind.Disbursement"/> (money paid out).</summary>
    Disbursed = 2,

    /// <summary>Disbursements of kind <see cref="DisbursementKind.Expenditure"/> (money spent on the recipient's
    /// behalf).</summary>
    Spent = 3,
}

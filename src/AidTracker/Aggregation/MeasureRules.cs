namespace AidTracker.Aggregation;

/// <summary>
/// What each <see cref="Measure"/> counts, in one place: the commitments of one stage, or the disbursements of one
/// kind.
/// </summary>
internal static class MeasureRules
{
    /// <summary>Returns whether <paramref name="measure"/> counts commitments (committed, pledged) rather than
    /// disbursements.</summary>
    public static bool CountsCommitments(Measure measure) => measure is Measure.Committed or Measure.Pledged;

    /// <summary>Returns the stage of the commitments a commitment measure counts (pledged for <see
    /// cref="Measure.Pledged"/>).</summary>
    public static CommitmentStage StageOf(Measure measure) =>
        measure == Measure.Pledged ? CommitmentStage.Pledged : CommitmentStage.Committed;

    /// <summary>Returns the kind of the disbursements a disbursement measure counts (expenditures for <see
    /// cref="Measure.Spent"/>).</summary>
    public static DisbursementKind KindOf(Measure measure) =>
        measure == Measure.Spent ? DisbursementKind.Expenditure : DisbursementKind.Disbursement;
}

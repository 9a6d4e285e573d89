namespace AidTracker;

/// <summary>The kind of a <see cref="LedgerRecord"/>.</summary>
public enum LedgerRecordKind
{
    /// <summary>An <see cref="Agreement"/>.</summary>
    Agreement = 0,

    /// <summary>A <see cref="Commitment"/>.</summary>
    Commitment = 1,

    /// <summary>A <see cref="Disbursement"/>.</summary>
    Disbursement = 2,
}

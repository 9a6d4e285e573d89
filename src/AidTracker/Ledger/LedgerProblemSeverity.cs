namespace AidTracker;

/// <summary>How serious a <see cref="LedgerProblem"/> is.</summary>
public enum LedgerProblemSeverity
{
    /// <summary>The ledger is still usable; the problem is reported so a person can look at it.</summary>
    Warning = 0,

    /// <summary>The ledger cannot be used until the problem is fixed: building or reading it fails.</summary>
    Error = 1,
}

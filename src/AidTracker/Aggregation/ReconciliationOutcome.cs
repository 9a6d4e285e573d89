namespace AidTracker.Aggregation;

/// <summary>Whether a stated figure agrees with a computed one (see <see cref="Reconciliation"/>).</summary>
public enum ReconciliationOutcome
{
    /// <summary>The statement holds: e.g. "over $12.4 billion" and the computed total is at least 12.4 billion
    /// dollars.</summary>
    Holds = 0,

    /// <summary>The statement does not hold: e.g. "approximately 63.3 million" and the computed figure is 20%
    /// away.</summary>
    Fails = 1,

    /// <summary>
    /// The computed figure is itself a bound that cannot decide the statement: e.g. a computed "at least 10 billion"
    /// neither confirms nor refutes "over 12.4 billion".
    /// </summary>
    Inconclusive = 2,
}

namespace AidTracker;

/// <summary>How exactly a quoted amount is meant: the qualifier travels with the amount and every total built from
/// it.</summary>
public enum AmountQualifier
{
    /// <summary>The amount is exact.</summary>
    Exact = 0,

    /// <summary>The amount is approximate ("approximately", "about", "~", "≈").</summary>
    Approximately = 1,

    /// <summary>The amount is a lower bound ("over", "more than", "at least").</summary>
    AtLeast = 2,

    /// <summary>The amount is a ceiling ("up to", "at most").</summary>
    AtMost = 3,
}

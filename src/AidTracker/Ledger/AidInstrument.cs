namespace AidTracker;

/// <summary>The financial instrument of a <see cref="Commitment"/>. JSON names are kebab-case
/// (<c>in-kind</c>).</summary>
public enum AidInstrument
{
    /// <summary>A grant: nothing is repaid.</summary>
    Grant = 0,

    /// <summary>A loan, to be repaid (for example a yen loan with interest and a grace period).</summary>
    Loan = 1,

    /// <summary>A guarantee.</summary>
    Guarantee = 2,

    /// <summary>An equity investment.</summary>
    Equity = 3,

    /// <summary>Goods or services given in kind.</summary>
    InKind = 4,

    /// <summary>Any other instrument.</summary>
    Other = 5,
}

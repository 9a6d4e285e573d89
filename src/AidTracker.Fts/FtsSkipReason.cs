namespace AidTracker.Fts;

/// <summary>Why a flow of the search was not imported.</summary>
public enum FtsSkipReason
{
    /// <summary>Its boundary is not the one asked for (<see cref="FtsImportOptions.Boundary"/>).</summary>
    OtherBoundary,

    /// <summary>It is shared across several values of the searched dimension and <see cref="FtsSharedFlows.Skip"/> was
    /// asked for.</summary>
    Shared,

    /// <summary>It has no <c>amountUSD</c>.</summary>
    MissingAmountUsd,

    /// <summary>It has no <c>date</c>.</summary>
    MissingDate,

    /// <summary>Its <c>status</c> is none of <c>pledge</c>, <c>commitment</c>, <c>paid</c>.</summary>
    UnknownStatus,

    /// <summary>The ledger's validation refused the record made from it.</summary>
    RefusedByLedger,
}

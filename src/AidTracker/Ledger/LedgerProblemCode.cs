namespace AidTracker;

/// <summary>
/// What a <see cref="LedgerProblem"/> is about. Each code has one severity, given here; the kebab-case form of a code
/// (<c>duplicate-id</c>) is what the command-line tool prints.
/// </summary>
public enum LedgerProblemCode
{
    /// <summary>Error: two records have the same id (ids are unique across agreements, commitments and
    /// disbursements).</summary>
    DuplicateId = 0,

    /// <summary>Error: a commitment names an agreement that is not in the ledger.</summary>
    UnknownAgreement = 1,

    /// <summary>Error: a commitment names a parent commitment that is not in the ledger.</summary>
    UnknownParent = 2,

    /// <summary>Error: a disbursement names a commitment that is not in the ledger.</summary>
    UnknownCommitment = 3,

    /// <summary>Error: a commitment says it supplements (tops up) a commitment that is not in the ledger.</summary>
    UnknownSupplementedCommitment = 4,

    /// <summary>Error: following parent links from a commitment leads back to it (a commitment that is its own parent
    /// included).</summary>
    ParentCycle = 5,

    /// <summary>Error: following supplement (top-up) links from a commitment leads back to it.</summary>
    SupplementCycle = 6,

    /// <summary>Error: a currency code (read from a file) is neither ISO 4217 nor a registered custom unit.</summary>
    UnknownCurrency = 7,

    /// <summary>Error: a stated equivalent is in the record's own currency (it must be in another currency).</summary>
    StatedEquivalentInOwnCurrency = 8,

    /// <summary>Error: a value date (the date for the exchange rate) lies in the future of the validating
    /// clock.</summary>
    ValueDateInFuture = 9,

    /// <summary>Warning: the children of a parent commitment add up to more than the parent's own amount.</summary>
    ChildrenExceedParent = 10,

    /// <summary>Warning: the disbursements of a commitment add up to more than the commitment.</summary>
    DisbursementsExceedCommitment = 11,

    /// <summary>Warning: an amount is in a currency that had been withdrawn (ISO 4217) before the record's
    /// date.</summary>
    WithdrawnCurrency = 12,

    /// <summary>Error: a commitment that is not a loan has loan terms (terms belong to instrument loan only).</summary>
    TermsOnNonLoan = 13,

    /// <summary>Warning: a loan has no terms, so its repayment schedule and grant equivalent are unknown.</summary>
    LoanWithoutTerms = 14,

    /// <summary>
    /// Warning: the amounts of one currency add up (in absolute value) to so much that a total of them, rounded to the
    /// currency's minor units or converted at a rate above 1,000,000, may not fit in a <see cref="decimal"/>; a summary
    /// would then stop with a <see cref="Aggregation.SummaryOverflowException"/> naming the group.
    /// </summary>
    AmountsMayOverflow = 15,
}

namespace AidTracker;

/// <summary>What a <see cref="Disbursement"/> records (the IATI transaction types 3 and 4).</summary>
public enum DisbursementKind
{
    /// <summary>Money paid out to the recipient (or an implementer).</summary>
    Disbursement = 0,

    /// <summary>Money spent directly by the donor on the recipient's behalf.</summary>
    Expenditure = 1,
}

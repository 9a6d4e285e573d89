namespace AidTracker.Iati;

/// <summary>
/// The IATI TransactionType code list (version 2), with the codes' numeric values: what kind of flow a transaction is.
/// </summary>
/// <remarks>Version 1 files used letter codes (<c>IF</c>, <c>C</c>, <c>D</c>, <c>E</c>...); those are not in this
/// list.</remarks>
public enum IatiTransactionType
{
    /// <summary>1: incoming funds, received from an external funder.</summary>
    IncomingFunds = 1,

    /// <summary>2: outgoing commitment, a firm, written obligation to provide resources.</summary>
    OutgoingCommitment = 2,

    /// <summary>3: disbursement, outgoing funds placed at the disposal of a recipient.</summary>
    Disbursement = 3,

    /// <summary>4: expenditure, outgoing funds spent on goods and services for the activity.</summary>
    Expenditure = 4,

    /// <summary>5: interest payment received.</summary>
    InterestPayment = 5,

    /// <summary>6: loan repayment received.</summary>
    LoanRepayment = 6,

    /// <summary>7: reimbursement received.</summary>
    Reimbursement = 7,

    /// <summary>8: purchase of equity.</summary>
    PurchaseOfEquity = 8,

    /// <summary>9: sale of equity.</summary>
    SaleOfEquity = 9,

    /// <summary>10: credit guarantee.</summary>
    CreditGuarantee = 10,

    /// <summary>11: incoming commitment, from an external funder.</summary>
    IncomingCommitment = 11,

    /// <summary>12: outgoing pledge, a non-binding intention to provide resources.</summary>
    OutgoingPledge = 12,

    /// <summary>13: incoming pledge, from an external funder.</summary>
    IncomingPledge = 13,
}

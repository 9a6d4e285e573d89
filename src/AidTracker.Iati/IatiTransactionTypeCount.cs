namespace AidTracker.Iati;

/// <summary>
/// How the transactions of one type code fared in an import: imported into the ledger, skipped because the type is
/// not an amount given by the reporting donor (incoming funds, repayments, ...), or rejected because of a problem.
/// </summary>
/// <remarks>Two counts are equal when all their properties are equal.</remarks>
public sealed record IatiTransactionTypeCount
{
    internal IatiTransactionTypeCount(string? typeCode, int imported, int skipped, int rejected)
    {
        TypeCode = typeCode;
        Imported = imported;
        Skipped = skipped;
        Rejected = rejected;
    }

    /// <summary>Gets the <c>transaction-type</c> code as written (e.g. <c>2</c>, or junk such as <c>TEXT</c>), or
    /// <c>null</c> for transactions without one.</summary>
    public string? TypeCode { get; }

    /// <summary>Gets the transaction type when <see cref="TypeCode"/> is an IATI TransactionType code, else
    /// <c>null</c>.</summary>
    public IatiTransactionType? Type => IatiReader.ParseTransactionType(TypeCode);

    /// <summary>Gets the number of transactions added to the ledger.</summary>
    public int Imported { get; }

    /// <summary>Gets the number of transactions not added because their type is not imported (counted only).</summary>
    public int Skipped { get; }

    /// <summary>Gets the number of transactions of an imported type that were not added because of a problem (see the
    /// report's problems).</summary>
    public int Rejected { get; }

    /// <summary>Gets the number of transactions of this type code that were read.</summary>
    public int Total => Imported + Skipped + Rejected;
}

namespace AidTracker.Iati;

/// <summary>
/// What an import did: the files and activities read, the transactions by type (imported, skipped by type, rejected)
/// and every problem, each with its file, line, activity and transaction.
/// </summary>
public sealed class IatiImportReport
{
    internal IatiImportReport(
        IReadOnlyList<IatiFileReport> files,
        IReadOnlyList<IatiTransactionTypeCount> transactionsByType,
        IReadOnlyList<IatiProblem> problems
    )
    {
        Files = files;
        TransactionsByType = transactionsByType;
        Problems = problems;
    }

    /// <summary>Gets one entry per file, in the order given.</summary>
    public IReadOnlyList<IatiFileReport> Files { get; }

    /// <summary>Gets the number of activities read from the files that were not refused.</summary>
    public int ActivitiesRead => Files.Sum(f => f.ActivitiesRead);

    /// <summary>Gets the transaction counts by type code, in code order (numeric codes first, then others; a missing
    /// code last).</summary>
    public IReadOnlyList<IatiTransactionTypeCount> TransactionsByType { get; }

    /// <summary>Gets the number of transactions added to the ledger.</summary>
    public int TransactionsImported => TransactionsByType.Sum(c => c.Imported);

    /// <summary>Gets the number of transactions not added because their type is not imported.</summary>
    public int TransactionsSkipped => TransactionsByType.Sum(c => c.Skipped);

    /// <summary>Gets the number of transactions of an imported type that were not added because of a problem.</summary>
    public int TransactionsRejected => TransactionsByType.Sum(c => c.Rejected);

    /// <summary>Gets every problem (file problems, reading problems, mapping problems, the ledger's validation
    /// warnings), by file and line.</summary>
    public IReadOnlyList<IatiProblem> Problems { get; }

    /// <summary>Gets a value indicating whether any problem is an error (a file refused or a transaction
    /// rejected).</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == IatiProblemSeverity.Error);

    /// <summary>Returns the counts for one type code.</summary>
    /// <param name="typeCode">A code as written, e.g. <c>3</c>; <c>null</c> for transactions without a code.</param>
    /// <returns>The counts (all zero when no transaction had that code).</returns>
    public IatiTransactionTypeCount CountOf(string? typeCode) =>
        TransactionsByType.FirstOrDefault(c => string.Equals(c.TypeCode, typeCode, StringComparison.Ordinal))
        ?? new IatiTransactionTypeCount(typeCode, 0, 0, 0);

    /// <summary>Returns the counts for one transaction type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The counts (all zero when no transaction had that type).</returns>
    public IatiTransactionTypeCount CountOf(IatiTransactionType type) =>
        CountOf(((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Returns the problems of one activity, by line.</summary>
    /// <param name="activityId">The activity's <c>iati-identifier</c>.</param>
    /// <returns>The problems.</returns>
    public IEnumerable<IatiProblem> ProblemsOf(string activityId) =>
        Problems.Where(p => string.Equals(p.ActivityId, activityId, StringComparison.Ordinal));
}

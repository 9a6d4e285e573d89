namespace AidTracker.Iati;

/// <summary>
/// An <c>iati-activity</c> as written in the file: its identifier, reporting organisation, defaults (currency, finance
/// type, humanitarian flag), recipient countries and transactions, with the problems found while reading it.
/// </summary>
/// <remarks>Instances are created by <see cref="IatiReader"/>, one at a time, so that a large file is never held in
/// memory.</remarks>
public sealed class IatiActivity
{
    internal IatiActivity(
        string? identifier,
        string? title,
        IatiOrganisation? reportingOrg,
        string? defaultCurrency,
        bool? humanitarian,
        IReadOnlyList<string> recipientCountries,
        string? defaultFinanceType,
        int lineNumber,
        IReadOnlyList<IatiTransaction> transactions,
        IReadOnlyList<IatiProblem> problems
    )
    {
        Identifier = identifier;
        Title = title;
        ReportingOrg = reportingOrg;
        DefaultCurrency = defaultCurrency;
        Humanitarian = humanitarian;
        RecipientCountries = recipientCountries;
        DefaultFinanceType = defaultFinanceType;
        LineNumber = lineNumber;
        Transactions = transactions;
        Problems = problems;
    }

    /// <summary>Gets the <c>iati-identifier</c> (trimmed), or <c>null</c> when missing or empty.</summary>
    public string? Identifier { get; }

    /// <summary>Gets the activity's title (its first <c>narrative</c>, trimmed), or <c>null</c> when missing.</summary>
    public string? Title { get; }

    /// <summary>Gets the <c>reporting-org</c>, or <c>null</c> when missing.</summary>
    public IatiOrganisation? ReportingOrg { get; }

    /// <summary>Gets the <c>default-currency</c> attribute as written (trimmed; not checked against ISO 4217 here), or
    /// <c>null</c>.</summary>
    public string? DefaultCurrency { get; }

    /// <summary>Gets the activity's <c>humanitarian</c> flag, or <c>null</c> when not given.</summary>
    public bool? Humanitarian { get; }

    /// <summary>Gets the activity's <c>recipient-country</c> codes (ISO 3166-1 alpha-2 as written, trimmed), in file
    /// order.</summary>
    public IReadOnlyList<string> RecipientCountries { get; }

    /// <summary>Gets the <c>default-finance-type</c> code (e.g. <c>110</c>), or <c>null</c>.</summary>
    public string? DefaultFinanceType { get; }

    /// <summary>Gets the 1-based line of the <c>iati-activity</c> element, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the transactions in file order.</summary>
    public IReadOnlyList<IatiTransaction> Transactions { get; }

    /// <summary>Gets every problem found while reading the activity, its transactions' problems included, in file
    /// order.</summary>
    public IReadOnlyList<IatiProblem> Problems { get; }
}

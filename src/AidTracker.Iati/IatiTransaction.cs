using NodaTime;

namespace AidTracker.Iati;

/// <summary>
/// A <c>transaction</c> of an IATI activity, as written in the file: its type, value, dates, organisations, finance
/// type and humanitarian flag, with the problems found in it.
/// </summary>
/// <remarks>
/// Codes are kept as written (trimmed), so that a code outside the IATI code lists can be reported rather than lost.
/// Instances are created by <see cref="IatiReader"/>.
/// </remarks>
public sealed class IatiTransaction
{
    internal IatiTransaction(
        string? @ref,
        int position,
        string? typeCode,
        IatiValue? value,
        LocalDate? date,
        string? description,
        IatiOrganisation? providerOrg,
        IatiOrganisation? receiverOrg,
        string? financeType,
        string? recipientCountry,
        bool? humanitarian,
        int lineNumber,
        IReadOnlyList<IatiProblem> problems
    )
    {
        Ref = @ref;
        Position = position;
        TypeCode = typeCode;
        Value = value;
        Date = date;
        Description = description;
        ProviderOrg = providerOrg;
        ReceiverOrg = receiverOrg;
        FinanceType = financeType;
        RecipientCountry = recipientCountry;
        Humanitarian = humanitarian;
        LineNumber = lineNumber;
        Problems = problems;
    }

    /// <summary>Gets the transaction's own reference (<c>ref</c> attribute), or <c>null</c>.</summary>
    public string? Ref { get; }

    /// <summary>Gets the 1-based position of the transaction among its activity's transactions.</summary>
    public int Position { get; }

    /// <summary>Gets the <c>transaction-type</c> code as written (trimmed), e.g. <c>2</c>, or <c>null</c> when
    /// missing.</summary>
    public string? TypeCode { get; }

    /// <summary>Gets the transaction type when <see cref="TypeCode"/> is a code of the IATI TransactionType list (1 to
    /// 13), else <c>null</c>.</summary>
    public IatiTransactionType? Type => IatiReader.ParseTransactionType(TypeCode);

    /// <summary>Gets the value, or <c>null</c> when it is missing, repeated or not a decimal number (see
    /// <see cref="Problems"/>).</summary>
    public IatiValue? Value { get; }

    /// <summary>Gets the <c>transaction-date</c>, or <c>null</c> when missing or not a date.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the transaction's description (its first <c>narrative</c>, trimmed), or <c>null</c> when
    /// missing.</summary>
    public string? Description { get; }

    /// <summary>Gets the <c>provider-org</c>, or <c>null</c> when missing.</summary>
    public IatiOrganisation? ProviderOrg { get; }

    /// <summary>Gets the <c>receiver-org</c>, or <c>null</c> when missing.</summary>
    public IatiOrganisation? ReceiverOrg { get; }

    /// <summary>Gets the transaction's <c>finance-type</c> code (e.g. <c>110</c>), or <c>null</c> when missing (then
    /// the activity's default applies).</summary>
    public string? FinanceType { get; }

    /// <summary>Gets the transaction's own <c>recipient-country</c> code (ISO 3166-1 alpha-2 as written), or
    /// <c>null</c>.</summary>
    public string? RecipientCountry { get; }

    /// <summary>Gets the transaction's <c>humanitarian</c> flag, or <c>null</c> when not given (then the activity's
    /// flag applies).</summary>
    public bool? Humanitarian { get; }

    /// <summary>Gets the 1-based line of the <c>transaction</c> element, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the problems found in this transaction while reading it (an error means it cannot be imported as
    /// written).</summary>
    public IReadOnlyList<IatiProblem> Problems { get; }

    /// <summary>Gets a value indicating whether a problem of severity <see cref="IatiProblemSeverity.Error"/> was found
    /// in this transaction.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == IatiProblemSeverity.Error);
}

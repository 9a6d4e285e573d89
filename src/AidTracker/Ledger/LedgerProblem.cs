using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// One problem that validation found in a ledger: its severity, its code, the id of the record it is about, a full
/// sentence saying what is wrong and, when the ledger was read from a file, where.
/// </summary>
public sealed class LedgerProblem
{
    /// <summary>Initializes a new problem.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">What it is about.</param>
    /// <param name="recordId">The id of the record it is about, or <c>null</c> when it concerns no single
    /// record.</param>
    /// <param name="message">A full sentence naming the offending values.</param>
    /// <param name="location">Where in the file, or <c>null</c> when the ledger was not read from a file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty.</exception>
    public LedgerProblem(
        LedgerProblemSeverity severity,
        LedgerProblemCode code,
        string? recordId,
        string message,
        RecordLocation? location = null
    )
    {
        Severity = RecordChecks.Defined(severity, "problem severity");
        Code = RecordChecks.Defined(code, "problem code");
        RecordId = recordId;
        Message = Preconditions.CheckNotNullOrWhiteSpace(message);
        Location = location;
    }

    /// <summary>Gets how serious the problem is: errors block, warnings do not.</summary>
    public LedgerProblemSeverity Severity { get; }

    /// <summary>Gets what the problem is about.</summary>
    public LedgerProblemCode Code { get; }

    /// <summary>Gets the id of the record the problem is about, or <c>null</c>.</summary>
    public string? RecordId { get; }

    /// <summary>Gets a full sentence saying what is wrong, naming the offending values.</summary>
    public string Message { get; }

    /// <summary>Gets where in the file the problem is (path to the property, line of the record), or
    /// <c>null</c>.</summary>
    public RecordLocation? Location { get; }

    /// <summary>Gets a value indicating whether this is an error.</summary>
    public bool IsError => Severity == LedgerProblemSeverity.Error;

    /// <summary>Returns the code in kebab-case, as the command-line tool prints it: <c>duplicate-id</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The kebab-case name.</returns>
    public static string CodeName(LedgerProblemCode code) =>
        code switch
        {
            LedgerProblemCode.DuplicateId => "duplicate-id",
            LedgerProblemCode.UnknownAgreement => "unknown-agreement",
            LedgerProblemCode.UnknownParent => "unknown-parent",
            LedgerProblemCode.UnknownCommitment => "unknown-commitment",
            LedgerProblemCode.UnknownSupplementedCommitment => "unknown-supplemented-commitment",
            LedgerProblemCode.ParentCycle => "parent-cycle",
            LedgerProblemCode.SupplementCycle => "supplement-cycle",
            LedgerProblemCode.UnknownCurrency => "unknown-currency",
            LedgerProblemCode.StatedEquivalentInOwnCurrency => "stated-equivalent-in-own-currency",
            LedgerProblemCode.ValueDateInFuture => "value-date-in-future",
            LedgerProblemCode.ChildrenExceedParent => "children-exceed-parent",
            LedgerProblemCode.DisbursementsExceedCommitment => "disbursements-exceed-commitment",
            LedgerProblemCode.WithdrawnCurrency => "withdrawn-currency",
            LedgerProblemCode.TermsOnNonLoan => "terms-on-non-loan",
            LedgerProblemCode.LoanWithoutTerms => "loan-without-terms",
            LedgerProblemCode.AmountsMayOverflow => "amounts-may-overflow",
            _ => code.ToString(),
        };

    /// <summary>
    /// Returns one line: location, severity, code and message:
    /// <c>ledger.json, line 12, $.commitments[0].parent: error unknown-parent: ...</c>.
    /// </summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        string severity = IsError ? "error" : "warning";
        string text = FormattableString.Invariant($"{severity} {CodeName(Code)}: {Message}");
        return Location is null ? text : Location + ": " + text;
    }
}

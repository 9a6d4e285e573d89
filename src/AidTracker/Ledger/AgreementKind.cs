namespace AidTracker;

/// <summary>The kind of an <see cref="Agreement"/>. JSON names are kebab-case (<c>exchange-of-notes</c>).</summary>
public enum AgreementKind
{
    /// <summary>An accord between governments (the Japan-Ukraine Accord of 13 June 2024).</summary>
    Accord = 0,

    /// <summary>An exchange of notes (the usual form of a Japanese grant or loan commitment).</summary>
    ExchangeOfNotes = 1,

    /// <summary>A memorandum of understanding.</summary>
    MemorandumOfUnderstanding = 2,

    /// <summary>A loan agreement.</summary>
    LoanAgreement = 3,

    /// <summary>A grant agreement.</summary>
    GrantAgreement = 4,

    /// <summary>Any other kind of agreement.</summary>
    Other = 5,
}

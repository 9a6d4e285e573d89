using System.Collections.Immutable;
using NodaTime;

namespace AidTracker;

/// <summary>
/// A dated agreement between parties: an accord, an exchange of notes, a memorandum of understanding, a loan or grant
/// agreement. Commitments refer to it by id (<see cref="Commitment.AgreementId"/>).
/// </summary>
/// <example>
/// <code>
/// var accord = new Agreement
/// {
///     Id = "jp-ua-accord-2024",
///     Kind = AgreementKind.Accord,
///     Title = "Japan-Ukraine Accord on Support for Ukraine and Cooperation",
///     SignedOn = new LocalDate(2024, 6, 13),
///     Parties = [Party.Country("JPN"), Party.Country("UKR")],
/// };
/// </code>
/// </example>
public sealed record Agreement : LedgerRecord
{
    /// <inheritdoc />
    public override LedgerRecordKind RecordKind => LedgerRecordKind.Agreement;

    /// <summary>Gets the kind of agreement.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined <see cref="AgreementKind"/>.</exception>
    public required AgreementKind Kind
    {
        get;
        init => field = RecordChecks.Defined(value, "agreement kind");
    }

    /// <summary>Gets the agreement's title.</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public required string Title
    {
        get;
        init => field = RecordChecks.Text(value, "agreement title");
    }

    /// <summary>Gets the date it was signed (or the notes exchanged), or <c>null</c> when not known.</summary>
    /// <exception cref="ArgumentException">On set: the date is not in the ISO calendar.</exception>
    public LocalDate? SignedOn
    {
        get;
        init => field = RecordChecks.Date(value, "signing date");
    }

    /// <summary>Gets the parties to the agreement (in order; never the default array).</summary>
    /// <exception cref="ArgumentException">On set: an item is <c>null</c>.</exception>
    public ImmutableArray<Party> Parties
    {
        get;
        init => field = RecordChecks.List(value, "parties");
    } = [];

    /// <summary>Returns whether <paramref name="other"/> has equal properties (lists item by item).</summary>
    /// <param name="other">The agreement to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Agreement? other) =>
        base.Equals(other)
        && Kind == other.Kind
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && SignedOn == other.SignedOn
        && RecordChecks.SequenceEqual(Parties, other.Parties);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(base.GetHashCode(), Kind, Title, SignedOn, RecordChecks.SequenceHash(Parties));

    /// <summary>Returns the id, kind, title and date: <c>agreement jp-ua-accord-2024 (Accord, 2024-06-13):
    /// Japan-Ukraine Accord ...</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        SignedOn is LocalDate date
            ? FormattableString.Invariant($"agreement {Id} ({Kind}, {date:uuuu-MM-dd}): {Title}")
            : FormattableString.Invariant($"agreement {Id} ({Kind}): {Title}");
}

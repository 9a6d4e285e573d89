using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AidTracker;

/// <summary>
/// An assistance package: what a donor committed (or pledged) to a recipient, with its amount and how exactly the
/// amount is meant, its dates, category, instrument, links to an agreement and to other commitments, the equivalents
/// its source quotes in other currencies, and its sources.
/// </summary>
/// <remarks>
/// <para><b>Amount.</b> <see cref="Amount"/> is optional on purpose: a parent commitment without an amount of its own
/// ("the fourth package consists of ...") is the sum of its children, and aggregation computes it. A negative amount is
/// a reduction of an earlier commitment (IATI practice).</para>
/// <para><b>Links.</b> <see cref="ParentId"/> says "this commitment is part of that one" (a breakdown: aggregation does
/// not add a child again). <see cref="SupplementsId"/> says "this commitment adds to that one" (a top-up, such as the
/// second exchange of notes of 7 June 2022 that added 65 billion yen to a development policy loan of up to 13 billion
/// yen): a supplement is counted on its own, in addition to the commitment it supplements.</para>
/// <para><b>Stated equivalents</b> are amounts the source quotes in other currencies ("approximately 63.3 million US
/// dollars" beside 8.8 billion yen). They are facts about the source, kept next to (never replaced by) any conversion
/// the library computes.</para>
/// </remarks>
/// <example>
/// <code>
/// var package = new Commitment
/// {
///     Id = "jp-ua-erp-4",
///     Title = "Fourth emergency recovery package",
///     Donor = Party.Country("JPN"),
///     Recipient = Party.Country("UKR"),
///     Amount = new QualifiedMoney(new Money(8_800_000_000m, Currency.JPY)),
///     Stage = CommitmentStage.Committed,
///     Date = new LocalDate(2025, 2, 27),
///     Category = AidCategory.Recovery,
///     Instrument = AidInstrument.Grant,
///     BudgetLabel = "FY2024 supplementary",
///     StatedEquivalents = [new QualifiedMoney(new Money(63_300_000m, Currency.USD), AmountQualifier.Approximately)],
/// };
/// </code>
/// </example>
public sealed record Commitment : LedgerRecord
{
    // Set only when a value date other than the commitment date was given (see ValueDate).
    private readonly LocalDate? _valueDate;

    /// <inheritdoc />
    public override LedgerRecordKind RecordKind => LedgerRecordKind.Commitment;

    /// <summary>Gets the commitment's title.</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public required string Title
    {
        get;
        init => field = RecordChecks.Text(value, "commitment title");
    }

    /// <summary>Gets the donor.</summary>
    /// <exception cref="ArgumentNullException">On set: <c>null</c>.</exception>
    public required Party Donor
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Donor));
    }

    /// <summary>Gets the recipient.</summary>
    /// <exception cref="ArgumentNullException">On set: <c>null</c>.</exception>
    public required Party Recipient
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Recipient));
    }

    /// <summary>
    /// Gets the amount with its qualifier ("up to 13 billion yen" is 13,000,000,000 JPY
    /// <see cref="AmountQualifier.AtMost"/>), or <c>null</c> when the commitment has no amount of its own: then it is
    /// the sum of its children.
    /// </summary>
    public QualifiedMoney? Amount { get; init; }

    /// <summary>Gets a value indicating whether the commitment has an amount of its own (<see cref="Amount"/> is not
    /// <c>null</c>).</summary>
    public bool HasOwnAmount => Amount is not null;

    /// <summary>Gets how firm the commitment is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined <see cref="CommitmentStage"/>.</exception>
    public required CommitmentStage Stage
    {
        get;
        init => field = RecordChecks.Defined(value, "commitment stage");
    }

    /// <summary>Gets the date it was committed (or pledged), e.g. the date the notes were exchanged.</summary>
    /// <exception cref="ArgumentException">On set: the date is not in the ISO calendar.</exception>
    public required LocalDate Date
    {
        get;
        init => field = RecordChecks.Date(value, "commitment date");
    }

    /// <summary>
    /// Gets the date whose exchange rate converts the amount. Defaults to <see cref="Date"/> when not set; setting it
    /// to the same date as <see cref="Date"/> is the same as not setting it.
    /// </summary>
    /// <exception cref="ArgumentException">On set: the date is not in the ISO calendar.</exception>
    public LocalDate ValueDate
    {
        get => _valueDate ?? Date;
        init => _valueDate = RecordChecks.Date(value, "value date");
    }

    /// <summary>Gets what the commitment is for.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined <see cref="AidCategory"/>.</exception>
    public required AidCategory Category
    {
        get;
        init => field = RecordChecks.Defined(value, "aid category");
    }

    /// <summary>Gets the financial instrument.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined <see cref="AidInstrument"/>.</exception>
    public required AidInstrument Instrument
    {
        get;
        init => field = RecordChecks.Defined(value, "aid instrument");
    }

    /// <summary>Gets the id of the <see cref="Agreement"/> this commitment rests on, or <c>null</c>.</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public string? AgreementId
    {
        get;
        init => field = RecordChecks.OptionalText(value, "agreement id");
    }

    /// <summary>Gets the id of the commitment this one is part of (a breakdown, not counted again), or
    /// <c>null</c>.</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public string? ParentId
    {
        get;
        init => field = RecordChecks.OptionalText(value, "parent id");
    }

    /// <summary>Gets the id of the commitment this one adds to (a top-up, counted on its own), or
    /// <c>null</c>.</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public string? SupplementsId
    {
        get;
        init => field = RecordChecks.OptionalText(value, "supplemented commitment id");
    }

    /// <summary>Gets the budget the commitment is funded from (<c>FY2024 supplementary</c>), or <c>null</c>.</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public string? BudgetLabel
    {
        get;
        init => field = RecordChecks.OptionalText(value, "budget label");
    }

    /// <summary>
    /// Gets the terms of a loan (interest, maturity, grace, repayment profile), or <c>null</c>. Only a commitment of
    /// instrument <see cref="AidInstrument.Loan"/> may have terms (a ledger's validation says so otherwise), and a loan
    /// without terms is a validation warning: its repayment schedule and grant equivalent are unknown.
    /// </summary>
    public LoanTerms? Terms { get; init; }

    /// <summary>
    /// Gets the amounts the source quotes in other currencies, each with its qualifier (never the default array). A
    /// stated equivalent in the commitment's own currency is a validation error.
    /// </summary>
    public ImmutableArray<QualifiedMoney> StatedEquivalents
    {
        get;
        init => field = RecordChecks.Stated(value);
    } = [];

    /// <summary>Gets free tags (never the default array).</summary>
    /// <exception cref="ArgumentException">On set: a tag is <c>null</c>, empty, only white space, has white space at
    /// either end or control characters.</exception>
    public ImmutableArray<string> Tags
    {
        get;
        init => field = RecordChecks.Tags(value);
    } = [];

    /// <summary>Returns whether <paramref name="other"/> has equal properties (lists item by item; value dates as
    /// effective dates).</summary>
    /// <param name="other">The commitment to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Commitment? other) =>
        base.Equals(other)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Donor.Equals(other.Donor)
        && Recipient.Equals(other.Recipient)
        && Nullable.Equals(Amount, other.Amount)
        && Stage == other.Stage
        && Date == other.Date
        && ValueDate == other.ValueDate
        && Category == other.Category
        && Instrument == other.Instrument
        && string.Equals(AgreementId, other.AgreementId, StringComparison.Ordinal)
        && string.Equals(ParentId, other.ParentId, StringComparison.Ordinal)
        && string.Equals(SupplementsId, other.SupplementsId, StringComparison.Ordinal)
        && string.Equals(BudgetLabel, other.BudgetLabel, StringComparison.Ordinal)
        && Equals(Terms, other.Terms)
        && RecordChecks.SequenceEqual(StatedEquivalents, other.StatedEquivalents)
        && RecordChecks.SequenceEqual(Tags, other.Tags);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(base.GetHashCode());
        hash.Add(Title);
        hash.Add(Donor);
        hash.Add(Recipient);
        hash.Add(Amount);
        hash.Add(Stage);
        hash.Add(Date);
        hash.Add(ValueDate);
        hash.Add(Category);
        hash.Add(Instrument);
        hash.Add(AgreementId);
        hash.Add(ParentId);
        hash.Add(SupplementsId);
        hash.Add(BudgetLabel);
        hash.Add(Terms);
        hash.Add(RecordChecks.SequenceHash(StatedEquivalents));
        hash.Add(RecordChecks.SequenceHash(Tags));
        return hash.ToHashCode();
    }

    /// <summary>Returns the id, title, amount, stage and date: <c>commitment jp-ua-erp-4: Fourth emergency recovery
    /// package, JPY 8,800,000,000 (Committed 2025-02-27)</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"commitment {Id}: {Title}, "
                + $"{(Amount is QualifiedMoney amount ? amount.ToString() : "no amount of its own")} ({Stage} "
                + $"{Date:uuuu-MM-dd})"
        );
}

using AidTracker.Testing.Internal;
using NodaTime;

namespace AidTracker.Testing;

/// <summary>
/// Builds a ledger for a test with one line per record, amounts written as phrases and sensible defaults for everything
/// a test does not care about:
/// <c>TestLedger.Create().Commitment("erp-4", "8.8 billion yen", on: new LocalDate(2025, 2, 27)).Build()</c>.
/// </summary>
/// <remarks>
/// <para>Defaults: donor <c>JPN</c> and recipient <c>UKR</c> (those of <see cref="Create"/>), date
/// <see cref="DefaultDate"/> (2025-02-27), title the id, commitments <see cref="CommitmentStage.Committed"/>,
/// <see cref="AidCategory.Other"/>, <see cref="AidInstrument.Grant"/>; agreements an exchange of notes between the
/// donor and the recipient. A party is a country when it is three upper-case letters (<c>JPN</c>), otherwise an
/// organisation whose name is its id. Amounts are parsed by <see cref="QualifiedMoney.Parse(string)"/>, so <c>"over
/// $12.4 billion"</c> is at least 12.4 billion US dollars. Anything else is set through <c>customize</c>, a function
/// that gets the record and returns it changed with a <c>with</c> expression: <c>customize: c =&gt; c with {
/// BudgetLabel = "FY2024 supplementary" }</c>.</para>
/// <para><see cref="Build()"/> validates the ledger as <see cref="LedgerBuilder"/> does, against the clock given to
/// <see cref="Create"/> (default <see cref="TestClock.Create"/>, 2025-03-05): a value date after that day is an error.
/// Not thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// Ledger ledger = TestLedger.Create()
///     .Commitment("cumulative", "over $12.4 billion", on: new LocalDate(2025, 3, 5))
///     .Commitment("erp-4", "8.8 billion yen", on: new LocalDate(2025, 2, 27), parent: "cumulative",
///         stated: "approximately 63.3 million US dollars")
///     .Disbursement("d-1", "JPY 2 billion", on: new LocalDate(2025, 3, 3), commitment: "erp-4")
///     .Build();
/// </code>
/// </example>
public sealed class TestLedger
{
    private readonly List<LedgerRecord> _records = [];
    private readonly Party _donor;
    private readonly Party _recipient;
    private readonly IClock _clock;

    private TestLedger(Party donor, Party recipient, IClock clock)
    {
        _donor = donor;
        _recipient = recipient;
        _clock = clock;
    }

    /// <summary>Gets the date of records added without one: 2025-02-27, the date of the worked example's exchange of
    /// notes.</summary>
    public static LocalDate DefaultDate { get; } = new(2025, 2, 27);

    /// <summary>Gets the records added so far, in order.</summary>
    public IReadOnlyList<LedgerRecord> Records => _records;

    /// <summary>Starts an empty test ledger.</summary>
    /// <param name="donor">The donor of records added without one: a country code (<c>JPN</c>) or an organisation
    /// id.</param>
    /// <param name="recipient">The recipient of records added without one.</param>
    /// <param name="clock">The clock that validation uses for "today"; <c>null</c> for <see cref="TestClock.Create"/>
    /// (2025-03-05).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="donor"/> or <paramref name="recipient"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="donor"/> or <paramref name="recipient"/> is
    /// empty.</exception>
    public static TestLedger Create(string donor = "JPN", string recipient = "UKR", IClock? clock = null) =>
        new(PartyOf(donor, nameof(donor)), PartyOf(recipient, nameof(recipient)), clock ?? TestClock.Create());

    /// <summary>Adds a commitment (or, with <paramref name="stage"/> <see cref="CommitmentStage.Pledged"/>, a
    /// pledge).</summary>
    /// <param name="id">The record id; also the title unless <paramref name="customize"/> sets one.</param>
    /// <param name="amount">The amount as a phrase (<c>"8.8 billion yen"</c>, <c>"up to 13 billion yen"</c>), or
    /// <c>null</c> for a parent without an amount of its own.</param>
    /// <param name="on">The commitment date; default <see cref="DefaultDate"/>.</param>
    /// <param name="donor">The donor; default the ledger's.</param>
    /// <param name="recipient">The recipient; default the ledger's.</param>
    /// <param name="stage">Committed (default) or pledged.</param>
    /// <param name="category">The category; default <see cref="AidCategory.Other"/>.</param>
    /// <param name="instrument">The instrument; default <see cref="AidInstrument.Grant"/>.</param>
    /// <param name="parent">The id of the commitment this one is part of, or <c>null</c>.</param>
    /// <param name="supplements">The id of the commitment this one adds to, or <c>null</c>.</param>
    /// <param name="agreement">The id of the agreement it rests on, or <c>null</c>.</param>
    /// <param name="valueDate">The date whose exchange rate converts it; default the commitment date.</param>
    /// <param name="stated">An equivalent the source quotes in another currency (<c>"approximately 63.3 million US
    /// dollars"</c>), or <c>null</c>.</param>
    /// <param name="customize">A function that returns the record changed (<c>c =&gt; c with { Note = "..." }</c>), or
    /// <c>null</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">An amount is not an amount phrase, or a value is not valid for the record
    /// (the message names it).</exception>
    public TestLedger Commitment(
        string id,
        string? amount,
        LocalDate? on = null,
        string? donor = null,
        string? recipient = null,
        CommitmentStage stage = CommitmentStage.Committed,
        AidCategory category = AidCategory.Other,
        AidInstrument instrument = AidInstrument.Grant,
        string? parent = null,
        string? supplements = null,
        string? agreement = null,
        LocalDate? valueDate = null,
        string? stated = null,
        Func<Commitment, Commitment>? customize = null
    )
    {
        ArgumentNullException.ThrowIfNull(id);
        LocalDate date = on ?? DefaultDate;
        var commitment = new Commitment
        {
            Id = id,
            Title = id,
            Donor = donor is null ? _donor : PartyOf(donor, nameof(donor)),
            Recipient = recipient is null ? _recipient : PartyOf(recipient, nameof(recipient)),
            Amount = amount is null ? null : ExpectedAmount.Qualified(amount, nameof(amount)),
            Stage = stage,
            Date = date,
            ValueDate = valueDate ?? date,
            Category = category,
            Instrument = instrument,
            ParentId = parent,
            SupplementsId = supplements,
            AgreementId = agreement,
            StatedEquivalents = stated is null ? [] : [ExpectedAmount.Qualified(stated, nameof(stated))],
        };
        return Add(customize is null ? commitment : customize(commitment));
    }

    /// <summary>Adds a disbursement (or, with <paramref name="kind"/> <see cref="DisbursementKind.Expenditure"/>, an
    /// expenditure).</summary>
    /// <param name="id">The record id.</param>
    /// <param name="amount">The amount as a phrase (<c>"JPY 2 billion"</c>).</param>
    /// <param name="on">The payment date; default <see cref="DefaultDate"/>.</param>
    /// <param name="commitment">The id of the commitment it pays out, or <c>null</c>.</param>
    /// <param name="donor">The donor; default the ledger's.</param>
    /// <param name="recipient">The recipient; default the ledger's.</param>
    /// <param name="kind">Disbursement (default) or expenditure.</param>
    /// <param name="valueDate">The date whose exchange rate converts it; default the payment date.</param>
    /// <param name="customize">A function that returns the record changed, or <c>null</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="amount"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The amount is not an amount phrase, or a value is not valid for the
    /// record.</exception>
    public TestLedger Disbursement(
        string id,
        string amount,
        LocalDate? on = null,
        string? commitment = null,
        string? donor = null,
        string? recipient = null,
        DisbursementKind kind = DisbursementKind.Disbursement,
        LocalDate? valueDate = null,
        Func<Disbursement, Disbursement>? customize = null
    )
    {
        ArgumentNullException.ThrowIfNull(id);
        LocalDate date = on ?? DefaultDate;
        var disbursement = new Disbursement
        {
            Id = id,
            Kind = kind,
            CommitmentId = commitment,
            Donor = donor is null ? _donor : PartyOf(donor, nameof(donor)),
            Recipient = recipient is null ? _recipient : PartyOf(recipient, nameof(recipient)),
            Amount = ExpectedAmount.Qualified(amount, nameof(amount)),
            Date = date,
            ValueDate = valueDate ?? date,
        };
        return Add(customize is null ? disbursement : customize(disbursement));
    }

    /// <summary>Adds an agreement between the ledger's donor and recipient.</summary>
    /// <param name="id">The record id; also the title unless <paramref name="customize"/> sets one.</param>
    /// <param name="signedOn">The date it was signed; default <see cref="DefaultDate"/>.</param>
    /// <param name="kind">The kind; default <see cref="AgreementKind.ExchangeOfNotes"/>.</param>
    /// <param name="customize">A function that returns the record changed, or <c>null</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A value is not valid for the record.</exception>
    public TestLedger Agreement(
        string id,
        LocalDate? signedOn = null,
        AgreementKind kind = AgreementKind.ExchangeOfNotes,
        Func<Agreement, Agreement>? customize = null
    )
    {
        ArgumentNullException.ThrowIfNull(id);
        var agreement = new Agreement
        {
            Id = id,
            Kind = kind,
            Title = id,
            SignedOn = signedOn ?? DefaultDate,
            Parties = [_donor, _recipient],
        };
        return Add(customize is null ? agreement : customize(agreement));
    }

    /// <summary>Adds a record built in full.</summary>
    /// <param name="record">An agreement, commitment or disbursement.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <c>null</c>.</exception>
    public TestLedger Add(LedgerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records.Add(record);
        return this;
    }

    /// <summary>Validates the records and builds the ledger, against the ledger's clock.</summary>
    /// <returns>The ledger, carrying any warnings.</returns>
    /// <exception cref="LedgerValidationException">Validation found errors; the message lists them all, each with its
    /// record id.</exception>
    public Ledger Build() => Build(_clock);

    /// <summary>Validates the records and builds the ledger, against <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <returns>The ledger, carrying any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    /// <exception cref="LedgerValidationException">Validation found errors; the message lists them all, each with its
    /// record id.</exception>
    public Ledger Build(IClock clock) => new LedgerBuilder().AddRange(_records).Build(clock);

    /// <summary>Validates the records without building a ledger (for tests of validation itself).</summary>
    /// <returns>Every problem found.</returns>
    public LedgerValidationResult Validate() => new LedgerBuilder().AddRange(_records).Validate(_clock);

    private static Party PartyOf(string party, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(party, paramName);
        return Party.IsCountryCode(party) ? Party.Country(party) : Party.Organisation(party, party);
    }
}

using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AidTracker.Serialization;

/// <summary>
/// Turns the JSON records into ledger records while reading (one instance per reading thread: it shares equal sources
/// and labels between records to keep a large ledger small), and ledger records into JSON records when writing.
/// Problems that do not stop the reading (an unknown currency, reported with the validation's errors) are kept until
/// <see cref="MoveProblemsTo"/> takes them.
/// </summary>
internal sealed partial class LedgerJsonMapper(string? fileName)
{
    private readonly List<(LedgerRecordKind Kind, int Index, LedgerProblem Problem)> _problems = [];

    /// <summary>Gets a commitment record to fill and map again and again (one per mapper, so one per reading
    /// thread).</summary>
    public CommitmentDto ScratchCommitment { get; } = new();

    /// <summary>Gets the amount of <see cref="ScratchCommitment"/>.</summary>
    public AmountDto ScratchAmount { get; } = new();

    /// <summary>Gets the strings that repeat between the records this mapper reads (links such as "parent").</summary>
    public RepeatedStrings Strings { get; } = new();

    /// <summary>Moves the problems found since the last call to <paramref name="problems"/>, in the order
    /// found.</summary>
    public void MoveProblemsTo(List<(LedgerRecordKind Kind, int Index, LedgerProblem Problem)> problems)
    {
        problems.AddRange(_problems);
        _problems.Clear();
    }

    private readonly Dictionary<
        (string Title, string? Url, string? Publisher, LocalDate? Date),
        ImmutableArray<SourceReference>
    > _singleSources = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    private LedgerRecordKind _kind;
    private int _index;
    private int _line;
    private string? _id;

    public Agreement ToAgreement(AgreementDto dto, int index, int line)
    {
        Begin(LedgerRecordKind.Agreement, index, line, dto.Id);
        try
        {
            return new Agreement
            {
                Id = Required(dto.Id, "id"),
                Kind = Required(dto.Kind, "kind"),
                Title = Required(dto.Title, "title"),
                SignedOn = dto.SignedOn,
                Parties = dto.Parties is null ? [] : [.. dto.Parties],
                Sources = Sources(dto.Sources),
                Note = dto.Note,
            };
        }
        catch (ArgumentException e)
        {
            throw Invalid(e);
        }
    }

    public Commitment ToCommitment(CommitmentDto dto, int index, int line)
    {
        Begin(LedgerRecordKind.Commitment, index, line, dto.Id);
        try
        {
            QualifiedMoney? amount = null;
            if (dto.Amount is AmountDto a)
            {
                amount = new QualifiedMoney(
                    new Money(
                        Required(a.Value, "amount.value"),
                        a.KnownCurrency ?? CurrencyOf(a.Currency, "amount.currency")
                    ),
                    dto.Qualifier ?? AmountQualifier.Exact
                );
            }
            else if (dto.Qualifier is not null)
            {
                throw Format(
                    "The commitment has a \"qualifier\" but no \"amount\"; a qualifier says how exactly the amount is "
                        + "meant, so give the amount too or leave the qualifier out.",
                    "qualifier"
                );
            }

            var commitment = new Commitment
            {
                Id = Required(dto.Id, "id"),
                Title = Required(dto.Title, "title"),
                Donor = Required(dto.Donor, "donor"),
                Recipient = Required(dto.Recipient, "recipient"),
                Amount = amount,
                Stage = Required(dto.Stage, "stage"),
                Date = Required(dto.Date, "date"),
                Category = Required(dto.Category, "category"),
                Instrument = Required(dto.Instrument, "instrument"),
                AgreementId = dto.Agreement,
                ParentId = dto.Parent,
                SupplementsId = dto.Supplements,
                BudgetLabel = Label(dto.Budget),
                StatedEquivalents = Stated(dto.Stated),
                Terms = dto.Terms is TermsDto terms ? Terms(terms) : null,
                Sources = Sources(dto.Sources),
                Tags = Tags(dto.Tags),
                Note = dto.Note,
            };
            return dto.ValueDate is LocalDate valueDate ? commitment with { ValueDate = valueDate } : commitment;
        }
        catch (ArgumentException e)
        {
            throw Invalid(e);
        }
    }

    public Disbursement ToDisbursement(DisbursementDto dto, int index, int line)
    {
        Begin(LedgerRecordKind.Disbursement, index, line, dto.Id);
        try
        {
            AmountDto a = Required(dto.Amount, "amount");
            var disbursement = new Disbursement
            {
                Id = Required(dto.Id, "id"),
                Kind = dto.Kind ?? DisbursementKind.Disbursement,
                CommitmentId = dto.Commitment,
                Donor = Required(dto.Donor, "donor"),
                Recipient = Required(dto.Recipient, "recipient"),
                Amount = new QualifiedMoney(
                    new Money(Required(a.Value, "amount.value"), CurrencyOf(a.Currency, "amount.currency")),
                    dto.Qualifier ?? AmountQualifier.Exact
                ),
                Date = Required(dto.Date, "date"),
                Sources = Sources(dto.Sources),
                Note = dto.Note,
            };
            return dto.ValueDate is LocalDate valueDate ? disbursement with { ValueDate = valueDate } : disbursement;
        }
        catch (ArgumentException e)
        {
            throw Invalid(e);
        }
    }

    public static AgreementDto ToDto(Agreement agreement) =>
        new()
        {
            Id = agreement.Id,
            Kind = agreement.Kind,
            Title = agreement.Title,
            SignedOn = agreement.SignedOn,
            Parties = agreement.Parties.IsEmpty ? null : [.. agreement.Parties],
            Sources = ToDto(agreement.Sources),
            Note = agreement.Note,
        };

    public static CommitmentDto ToDto(Commitment commitment) =>
        new()
        {
            Id = commitment.Id,
            Title = commitment.Title,
            Donor = commitment.Donor,
            Recipient = commitment.Recipient,
            Amount = commitment.Amount is QualifiedMoney amount
                ? new AmountDto { Value = amount.Amount, Currency = amount.Currency.Code }
                : null,
            Qualifier = commitment.Amount?.Qualifier,
            Stage = commitment.Stage,
            Date = commitment.Date,
            ValueDate = commitment.ValueDate == commitment.Date ? null : commitment.ValueDate,
            Category = commitment.Category,
            Instrument = commitment.Instrument,
            Agreement = commitment.AgreementId,
            Parent = commitment.ParentId,
            Supplements = commitment.SupplementsId,
            Budget = commitment.BudgetLabel,
            Stated = commitment.StatedEquivalents.IsEmpty
                ? null
                :
                [
                    .. commitment.StatedEquivalents.Select(s => new StatedDto
                    {
                        Value = s.Amount,
                        Currency = s.Currency.Code,
                        Qualifier = s.Qualifier,
                    }),
                ],
            Terms = commitment.Terms is LoanTerms terms
                ? new TermsDto
                {
                    InterestRate = terms.InterestRate,
                    MaturityYears = terms.MaturityYears,
                    GraceYears = terms.GraceYears,
                    Repayment = terms.Profile,
                    PaymentsPerYear = terms.PaymentsPerYear,
                    FeeRate = terms.FeeRate == 0m ? null : terms.FeeRate,
                }
                : null,
            Sources = ToDto(commitment.Sources),
            Tags = commitment.Tags.IsEmpty ? null : [.. commitment.Tags],
            Note = commitment.Note,
        };

    public static DisbursementDto ToDto(Disbursement disbursement) =>
        new()
        {
            Id = disbursement.Id,
            Kind = disbursement.Kind,
            Commitment = disbursement.CommitmentId,
            Donor = disbursement.Donor,
            Recipient = disbursement.Recipient,
            Amount = new AmountDto { Value = disbursement.Amount.Amount, Currency = disbursement.Amount.Currency.Code },
            Qualifier = disbursement.Amount.Qualifier,
            Date = disbursement.Date,
            ValueDate = disbursement.ValueDate == disbursement.Date ? null : disbursement.ValueDate,
            Sources = ToDto(disbursement.Sources),
            Note = disbursement.Note,
        };

    private static List<SourceDto>? ToDto(ImmutableArray<SourceReference> sources) =>
        sources.IsEmpty
            ? null
            :
            [
                .. sources.Select(s => new SourceDto
                {
                    Title = s.Title,
                    Url = s.Url?.OriginalString,
                    Publisher = s.Publisher,
                    Date = s.Date,
                }),
            ];

    private static string StripParameter(string message)
    {
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private void Begin(LedgerRecordKind kind, int index, int line, string? id)
    {
        _kind = kind;
        _index = index;
        _line = line;
        _id = id;
    }

    private string RecordPath => RecordLocations.PathOf(_kind, _index);

    private T Required<T>(T? value, string property)
        where T : class => value ?? throw Missing(property);

    private T Required<T>(T? value, string property)
        where T : struct => value ?? throw Missing(property);

    private LedgerFormatException Missing(string property) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The {LedgerJsonExpectations.KindName(_kind)} has no \"{property}\" (or it is null); expected "
                    + $"{LedgerJsonExpectations.For(_kind, property)}."
            ),
            fileName,
            _line,
            RecordPath,
            _id
        );

    private LedgerFormatException Format(string reason, string property) =>
        new(reason, fileName, _line, RecordPath + "." + property, _id);

    /// <summary>A value the record refused (a title with white space at its ends, an id with control
    /// characters).</summary>
    private LedgerFormatException Invalid(ArgumentException e) =>
        new(StripParameter(e.Message), fileName, _line, RecordPath, _id, e);
}

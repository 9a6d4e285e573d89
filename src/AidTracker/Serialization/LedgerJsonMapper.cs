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
internal sealed class LedgerJsonMapper(string? fileName)
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

    private readonly Dictionary<(string Title, string? Url, string? Publisher, LocalDate? Date), ImmutableArray<SourceReference>> _singleSources = [];
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
                amount = new QualifiedMoney(new Money(Required(a.Value, "amount.value"), a.KnownCurrency ?? CurrencyOf(a.Currency, "amount.currency")), dto.Qualifier ?? AmountQualifier.Exact);
            }
            else if (dto.Qualifier is not null)
            {
                throw Format("The commitment has a \"qualifier\" but no \"amount\"; a qualifier says how exactly the amount is meant, so give the amount too or leave the qualifier out.", "qualifier");
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
                Amount = new QualifiedMoney(new Money(Required(a.Value, "amount.value"), CurrencyOf(a.Currency, "amount.currency")), dto.Qualifier ?? AmountQualifier.Exact),
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

    public static AgreementDto ToDto(Agreement agreement) => new()
    {
        Id = agreement.Id,
        Kind = agreement.Kind,
        Title = agreement.Title,
        SignedOn = agreement.SignedOn,
        Parties = agreement.Parties.IsEmpty ? null : [.. agreement.Parties],
        Sources = ToDto(agreement.Sources),
        Note = agreement.Note,
    };

    public static CommitmentDto ToDto(Commitment commitment) => new()
    {
        Id = commitment.Id,
        Title = commitment.Title,
        Donor = commitment.Donor,
        Recipient = commitment.Recipient,
        Amount = commitment.Amount is QualifiedMoney amount ? new AmountDto { Value = amount.Amount, Currency = amount.Currency.Code } : null,
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
            : [.. commitment.StatedEquivalents.Select(s => new StatedDto { Value = s.Amount, Currency = s.Currency.Code, Qualifier = s.Qualifier })],
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

    public static DisbursementDto ToDto(Disbursement disbursement) => new()
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
            : [.. sources.Select(s => new SourceDto { Title = s.Title, Url = s.Url?.OriginalString, Publisher = s.Publisher, Date = s.Date })];

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
        where T : class =>
        value ?? throw Missing(property);

    private T Required<T>(T? value, string property)
        where T : struct =>
        value ?? throw Missing(property);

    private LedgerFormatException Missing(string property) =>
        new(FormattableString.Invariant(
                $"The {LedgerJsonExpectations.KindName(_kind)} has no \"{property}\" (or it is null); expected {LedgerJsonExpectations.For(_kind, property)}."),
            fileName,
            _line,
            RecordPath,
            _id);

    private LedgerFormatException Format(string reason, string property) =>
        new(reason, fileName, _line, RecordPath + "." + property, _id);

    /// <summary>A value the record refused (a title with white space at its ends, an id with control
    /// characters).</summary>
    private LedgerFormatException Invalid(ArgumentException e) =>
        new(StripParameter(e.Message), fileName, _line, RecordPath, _id, e);

    /// <summary>An unknown currency is a validation problem (reported with all others), not a format error: the record
    /// gets a stand-in (XXX).</summary>
    private Currency CurrencyOf(string? code, string property)
    {
        string c = Required(code, property);
        if (Currency.TryFromCode(c, out Currency? currency) && string.Equals(currency.Code, c, StringComparison.Ordinal))
        {
            return currency;
        }

        string hint = currency is null ? string.Empty : FormattableString.Invariant($" (codes are upper case: '{currency.Code}')");
        _problems.Add((_kind, _index, new LedgerProblem(
            LedgerProblemSeverity.Error,
            LedgerProblemCode.UnknownCurrency,
            _id,
            FormattableString.Invariant($"The {LedgerJsonExpectations.KindName(_kind)} '{Internal.InputText.Shorten(_id)}' is in '{Internal.InputText.Shorten(c)}', which is not an ISO 4217 currency code or a registered custom unit{hint}."),
            new RecordLocation(fileName, RecordPath + "." + property, _line))));
        return Currency.XXX;
    }

    private ImmutableArray<QualifiedMoney> Stated(List<StatedDto>? stated)
    {
        if (stated is null || stated.Count == 0)
        {
            return [];
        }

        ImmutableArray<QualifiedMoney>.Builder result = ImmutableArray.CreateBuilder<QualifiedMoney>(stated.Count);
        for (int i = 0; i < stated.Count; i++)
        {
            StatedDto s = stated[i] ?? throw Format("A stated equivalent is null; expected an object {\"value\", \"currency\", \"qualifier\"}.", Item("stated", i));
            decimal value = s.Value ?? throw Format("The stated equivalent has no \"value\"; expected " + LedgerJsonExpectations.For(_kind, "stated.value") + ".", Item("stated", i));
            Currency currency = CurrencyOf(s.Currency, Item("stated", i) + ".currency");
            if (!ReferenceEquals(currency, Currency.XXX) || s.Currency == "XXX")
            {
                result.Add(new QualifiedMoney(new Money(value, currency), s.Qualifier ?? AmountQualifier.Exact));
            }
        }

        return result.DrainToImmutable();
    }

    private LoanTerms Terms(TermsDto dto)
    {
        decimal rate = dto.InterestRate ?? throw Format("The loan terms have no \"interestRate\"; expected " + LedgerJsonExpectations.For(_kind, "terms.interestRate") + ".", "terms");
        decimal maturity = dto.MaturityYears ?? throw Format("The loan terms have no \"maturityYears\"; expected " + LedgerJsonExpectations.For(_kind, "terms.maturityYears") + ".", "terms");
        decimal grace = dto.GraceYears ?? throw Format("The loan terms have no \"graceYears\" (0 for none); expected " + LedgerJsonExpectations.For(_kind, "terms.graceYears") + ".", "terms");
        try
        {
            return new LoanTerms(rate, maturity, grace, dto.Repayment ?? RepaymentProfile.EqualPrincipal, dto.PaymentsPerYear ?? 2, dto.FeeRate ?? 0m);
        }
        catch (ArgumentOutOfRangeException e)
        {
            string property = e.ParamName switch
            {
                "interestRate" => "terms.interestRate",
                "maturityYears" => "terms.maturityYears",
                "graceYears" => "terms.graceYears",
                "paymentsPerYear" => "terms.paymentsPerYear",
                "feeRate" => "terms.feeRate",
                _ => "terms",
            };
            throw Format(StripParameter(e.Message.Split(Environment.NewLine)[0]), property);
        }
    }

    private ImmutableArray<SourceReference> Sources(List<SourceDto>? sources)
    {
        if (sources is null || sources.Count == 0)
        {
            return [];
        }

        if (sources.Count == 1 && sources[0] is { Title: not null } only)
        {
            var key = (only.Title, only.Url, only.Publisher, only.Date);
            if (!_singleSources.TryGetValue(key, out ImmutableArray<SourceReference> shared))
            {
                shared = [Source(only, 0)];
                _singleSources[key] = shared;
            }

            return shared;
        }

        var result = new SourceReference[sources.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Source(sources[i], i);
        }

        return ImmutableArray.Create(result);
    }

    private SourceReference Source(SourceDto? dto, int i)
    {
        if (dto?.Title is null)
        {
            throw Format("The source has no \"title\"; expected " + LedgerJsonExpectations.For(_kind, "sources") + ".", Item("sources", i));
        }

        Uri? url = null;
        if (dto.Url is string text && !Uri.TryCreate(text, UriKind.Absolute, out url))
        {
            throw Format(FormattableString.Invariant($"'{Internal.InputText.Shorten(text)}' is not an absolute URL; expected a URL such as \"https://www.mofa.go.jp/...\"."), Item("sources", i) + ".url");
        }

        return new SourceReference { Title = Label(dto.Title)!, Url = url, Publisher = Label(dto.Publisher), Date = dto.Date };
    }

    private ImmutableArray<string> Tags(List<string>? tags)
    {
        if (tags is null || tags.Count == 0)
        {
            return [];
        }

        var result = new string[tags.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Label(tags[i]) ?? throw Format("A tag is null; expected a string.", Item("tags", i));
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>Shares equal short labels (budgets, publishers, tags) between records.</summary>
    private string? Label(string? text)
    {
        if (text is null || text.Length > 200)
        {
            return text;
        }

        if (_labels.TryGetValue(text, out string? shared))
        {
            return shared;
        }

        if (_labels.Count < 100_000)
        {
            _labels[text] = text;
        }

        return text;
    }

    private static string Item(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");
}

using System.Collections.Immutable;
using System.Globalization;

namespace AidTracker.Serialization;

// The values inside a record: currencies, stated equivalents, loan terms, sources, tags and labels (equal sources and
// labels shared between records).
internal sealed partial class LedgerJsonMapper
{
    /// <summary>An unknown currency is a validation problem (reported with all others), not a format error: the record
    /// gets a stand-in (XXX).</summary>
    private Currency CurrencyOf(string? code, string property)
    {
        string c = Required(code, property);
        if (
            Currency.TryFromCode(c, out Currency? currency) && string.Equals(currency.Code, c, StringComparison.Ordinal)
        )
        {
            return currency;
        }

        string hint = currency is null
            ? string.Empty
            : FormattableString.Invariant($" (codes are upper case: '{currency.Code}')");
        _problems.Add(
            (
                _kind,
                _index,
                new LedgerProblem(
                    LedgerProblemSeverity.Error,
                    LedgerProblemCode.UnknownCurrency,
                    _id,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {LedgerJsonExpectations.KindName(_kind)} '{Internal.InputText.Shorten(_id)}' is in "
                            + $"'{Internal.InputText.Shorten(c)}', which is not an ISO 4217 currency code or a "
                            + $"registered custom unit{hint}."
                    ),
                    new RecordLocation(fileName, RecordPath + "." + property, _line)
                )
            )
        );
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
            StatedDto s = stated[i]
                ?? throw Format(
                    "A stated equivalent is null; expected an object {\"value\", \"currency\", \"qualifier\"}.",
                    Item("stated", i)
                );
            decimal value = s.Value
                ?? throw Format(
                    "The stated equivalent has no \"value\"; expected "
                        + LedgerJsonExpectations.For(_kind, "stated.value")
                        + ".",
                    Item("stated", i)
                );
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
        decimal rate = dto.InterestRate
            ?? throw Format(
                "The loan terms have no \"interestRate\"; expected "
                    + LedgerJsonExpectations.For(_kind, "terms.interestRate")
                    + ".",
                "terms"
            );
        decimal maturity = dto.MaturityYears
            ?? throw Format(
                "The loan terms have no \"maturityYears\"; expected "
                    + LedgerJsonExpectations.For(_kind, "terms.maturityYears")
                    + ".",
                "terms"
            );
        decimal grace = dto.GraceYears
            ?? throw Format(
                "The loan terms have no \"graceYears\" (0 for none); expected "
                    + LedgerJsonExpectations.For(_kind, "terms.graceYears")
                    + ".",
                "terms"
            );
        try
        {
            return new LoanTerms(
                rate,
                maturity,
                grace,
                dto.Repayment ?? RepaymentProfile.EqualPrincipal,
                dto.PaymentsPerYear ?? 2,
                dto.FeeRate ?? 0m
            );
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
            throw Format(
                "The source has no \"title\"; expected " + LedgerJsonExpectations.For(_kind, "sources") + ".",
                Item("sources", i)
            );
        }

        Uri? url = null;
        if (dto.Url is string text && !Uri.TryCreate(text, UriKind.Absolute, out url))
        {
            throw Format(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{Internal.InputText.Shorten(text)}' is not an absolute URL; expected a URL such as "
                        + $"\"https://www.mofa.go.jp/...\"."
                ),
                Item("sources", i) + ".url"
            );
        }

        return new SourceReference
        {
            Title = Label(dto.Title)!,
            Url = url,
            Publisher = Label(dto.Publisher),
            Date = dto.Date,
        };
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

    private static string Item(string list, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");
}

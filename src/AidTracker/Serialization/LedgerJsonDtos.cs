using System.Text.Json.Serialization;
using NodaTime;

namespace AidTracker.Serialization;

// The records of version 1 of the JSON ledger format, as plain data. Every property is optional here so that the mapper
// can say which required one is missing (with the record's path, line and id); the declaration order is the written
// order.
#pragma warning disable SA1402 // the format's DTOs belong together

/// <summary>An agreement as JSON.</summary>
internal sealed class AgreementDto
{
    public string? Id { get; set; }

    public AgreementKind? Kind { get; set; }

    public string? Title { get; set; }

    public LocalDate? SignedOn { get; set; }

    public List<Party>? Parties { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public string? Note { get; set; }
}

/// <summary>A commitment as JSON.</summary>
internal sealed class CommitmentDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public Party? Donor { get; set; }

    public Party? Recipient { get; set; }

    public AmountDto? Amount { get; set; }

    public AmountQualifier? Qualifier { get; set; }

    public CommitmentStage? Stage { get; set; }

    public LocalDate? Date { get; set; }

    public LocalDate? ValueDate { get; set; }

    public AidCategory? Category { get; set; }

    public AidInstrument? Instrument { get; set; }

    public string? Agreement { get; set; }

    public string? Parent { get; set; }

    public string? Supplements { get; set; }

    public string? Budget { get; set; }

    public List<StatedDto>? Stated { get; set; }

    public TermsDto? Terms { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public List<string>? Tags { get; set; }

    public string? Note { get; set; }
}

/// <summary>A loan's terms: <c>{"interestRate": "0.01", "maturityYears": 30, "graceYears": 10, "repayment":
/// "equal-principal", "paymentsPerYear": 2}</c>.</summary>
internal sealed class TermsDto
{
    public decimal? InterestRate { get; set; }

    [JsonConverter(typeof(YearsConverter))]
    public decimal? MaturityYears { get; set; }

    [JsonConverter(typeof(YearsConverter))]
    public decimal? GraceYears { get; set; }

    public RepaymentProfile? Repayment { get; set; }

    public int? PaymentsPerYear { get; set; }

    public decimal? FeeRate { get; set; }
}

/// <summary>A disbursement as JSON.</summary>
internal sealed class DisbursementDto
{
    public string? Id { get; set; }

    public DisbursementKind? Kind { get; set; }

    public string? Commitment { get; set; }

    public Party? Donor { get; set; }

    public Party? Recipient { get; set; }

    public AmountDto? Amount { get; set; }

    public AmountQualifier? Qualifier { get; set; }

    public LocalDate? Date { get; set; }

    public LocalDate? ValueDate { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public string? Note { get; set; }
}

/// <summary>An amount: <c>{"value": "8800000000", "currency": "JPY"}</c>.</summary>
internal sealed class AmountDto
{
    public decimal? Value { get; set; }

    public string? Currency { get; set; }

    /// <summary>Gets or sets the currency already looked up from its code (by the fast reader; then
    /// <see cref="Currency"/> is not set).</summary>
    [JsonIgnore]
    public AidTracker.Currency? KnownCurrency { get; set; }
}

/// <summary>A stated equivalent: <c>{"value": "63300000", "currency": "USD", "qualifier":
/// "approximately"}</c>.</summary>
internal sealed class StatedDto
{
    public decimal? Value { get; set; }

    public string? Currency { get; set; }

    public AmountQualifier? Qualifier { get; set; }
}

/// <summary>A source: <c>{"title": "...", "url": "...", "publisher": "...", "date": "2025-03-05"}</c>.</summary>
internal sealed class SourceDto
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Publisher { get; set; }

    public LocalDate? Date { get; set; }
}

/// <summary>The source-generated serializer (trimming- and AOT-friendly) for the ledger's records.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [
        typeof(AmountValueConverter),
        typeof(LocalDateConverter),
        typeof(PartyConverter),
        typeof(QualifierConverter),
        typeof(StageConverter),
        typeof(CategoryConverter),
        typeof(InstrumentConverter),
        typeof(AgreementKindConverter),
        typeof(DisbursementKindConverter),
        typeof(RepaymentProfileConverter),
    ]
)]
[JsonSerializable(typeof(AgreementDto))]
[JsonSerializable(typeof(CommitmentDto))]
[JsonSerializable(typeof(DisbursementDto))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;

using AidTracker.Serialization;
using AidTracker.Tests.Serialization;
using NodaTime;

namespace AidTracker.Tests.Aggregation;

/// <summary>The sample ledger and small ledgers built for aggregation tests.</summary>
internal static class AggregationData
{
    public static readonly Party Japan = Party.Country("JPN");
    public static readonly Party Ukraine = Party.Country("UKR");
    public static readonly Party UnitedStates = Party.Country("USA");

    private static readonly Lazy<AidTracker.Ledger> SampleLedger = new(() =>
        LedgerJson.ReadFileAsync(Samples.JapanUkrainePath, Samples.SpeechDay).GetAwaiter().GetResult()
    );

    /// <summary>samples/japan-ukraine.ledger.json.</summary>
    public static AidTracker.Ledger Sample => SampleLedger.Value;

    public static QualifiedMoney Amount(
        decimal value,
        string currency,
        AmountQualifier qualifier = AmountQualifier.Exact
    ) => new(new AidTracker.Money(value, currency), qualifier);

    public static Commitment Commitment(
        string id,
        decimal? amount,
        string currency,
        LocalDate date,
        Party? donor = null,
        string? parent = null,
        string? supplements = null,
        AmountQualifier qualifier = AmountQualifier.Exact,
        CommitmentStage stage = CommitmentStage.Committed,
        AidCategory category = AidCategory.Recovery
    ) =>
        new()
        {
            Id = id,
            Title = "Commitment " + id,
            Donor = donor ?? Japan,
            Recipient = Ukraine,
            Amount = amount is decimal a ? Amount(a, currency, qualifier) : null,
            Stage = stage,
            Date = date,
            Category = category,
            Instrument = AidInstrument.Grant,
            ParentId = parent,
            SupplementsId = supplements,
        };

    /// <summary>Builds a ledger validated against a clock far in the future (so test dates such as 2026-10-01 are
    /// allowed).</summary>
    public static AidTracker.Ledger LedgerOf(params LedgerRecord[] records) =>
        new LedgerBuilder().AddRange(records).Build(new NodaTime.Testing.FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0)));
}

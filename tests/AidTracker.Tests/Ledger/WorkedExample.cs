using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Tests.Ledger;

/// <summary>The worked example of DESIGN.md as records (the same facts as samples/japan-ukraine.ledger.json).</summary>
internal static class WorkedExample
{
    public static readonly Party Japan = Party.Country("JPN");
    public static readonly Party Ukraine = Party.Country("UKR");

    /// <summary>A clock on the day of the Ambassador's speech (5 March 2025), noon UTC.</summary>
    public static FakeClock SpeechDay => new(Instant.FromUtc(2025, 3, 5, 12, 0));

    public static SourceReference Speech =>
        new()
        {
            Title = "Speech of the Ambassador of Japan to Ukraine, Fifth Ukraine-Japan Forum",
            Date = new LocalDate(2025, 3, 5),
        };

    public static Agreement ExchangeOfNotes2025 =>
        new()
        {
            Id = "jp-ua-eon-2025-02-27",
            Kind = AgreementKind.ExchangeOfNotes,
            Title = "Exchange of notes on the fourth emergency recovery package",
            SignedOn = new LocalDate(2025, 2, 27),
            Parties = [Japan, Ukraine],
            Sources = [Speech],
        };

    public static Commitment Cumulative =>
        new()
        {
            Id = "jp-ua-cumulative-2025-03",
            Title = "Japan's cumulative financial, humanitarian, recovery and economic assistance to Ukraine",
            Donor = Japan,
            Recipient = Ukraine,
            Amount = new QualifiedMoney(new AidTracker.Money(12_400_000_000m, Currency.USD), AmountQualifier.AtLeast),
            Stage = CommitmentStage.Committed,
            Date = new LocalDate(2025, 3, 5),
            Category = AidCategory.Other,
            Instrument = AidInstrument.Other,
            Sources = [Speech],
        };

    public static Commitment Package =>
        new()
        {
            Id = "jp-ua-erp-4",
            Title = "Fourth emergency recovery package",
            Donor = Japan,
            Recipient = Ukraine,
            Amount = new QualifiedMoney(new AidTracker.Money(8_800_000_000m, Currency.JPY)),
            Stage = CommitmentStage.Committed,
            Date = new LocalDate(2025, 2, 27),
            Category = AidCategory.Recovery,
            Instrument = AidInstrument.Grant,
            AgreementId = "jp-ua-eon-2025-02-27",
            ParentId = "jp-ua-cumulative-2025-03",
            BudgetLabel = "FY2024 supplementary",
            StatedEquivalents =
            [
                new QualifiedMoney(new AidTracker.Money(63_300_000m, Currency.USD), AmountQualifier.Approximately),
            ],
            Sources = [Speech],
        };

    public static Commitment Loan =>
        new()
        {
            Id = "jp-ua-dpl-2022",
            Title = "Emergency Economic Reconstruction Development Policy Loan",
            Donor = Japan,
            Recipient = Ukraine,
            Amount = new QualifiedMoney(new AidTracker.Money(13_000_000_000m, Currency.JPY), AmountQualifier.AtMost),
            Stage = CommitmentStage.Committed,
            Date = new LocalDate(2022, 4, 28),
            Category = AidCategory.Financial,
            Instrument = AidInstrument.Loan,
            Terms = new LoanTerms(0.01m, 30, 10),
            Note = "Interest 1.0% per annum; repayment 30 years including a 10-year grace period; general untied.",
        };

    public static Commitment TopUp =>
        new()
        {
            Id = "jp-ua-dpl-2022-top-up",
            Title = "Additional financial support for the Emergency Economic Reconstruction Development Policy Loan",
            Donor = Japan,
            Recipient = Ukraine,
            Amount = new QualifiedMoney(new AidTracker.Money(65_000_000_000m, Currency.JPY)),
            Stage = CommitmentStage.Committed,
            Date = new LocalDate(2022, 6, 7),
            Category = AidCategory.Financial,
            Instrument = AidInstrument.Loan,
            Terms = new LoanTerms(0.01m, 30, 10),
            SupplementsId = "jp-ua-dpl-2022",
        };

    public static AidTracker.Ledger Ledger() =>
        new LedgerBuilder().Add(ExchangeOfNotes2025).Add(Cumulative).Add(Package).Add(Loan).Add(TopUp).Build(SpeechDay);
}

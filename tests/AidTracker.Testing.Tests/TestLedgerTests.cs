using NodaTime;

namespace AidTracker.Testing.Tests;

public class TestLedgerTests
{
    [Fact]
    public void Build_OneLinePerRecord_GivesAValidatedLedgerWithDefaults()
    {
        Ledger ledger = TestLedger
            .Create()
            .Agreement("eon", signedOn: new LocalDate(2025, 2, 27))
            .Commitment("cumulative", "over $12.4 billion", on: new LocalDate(2025, 3, 5))
            .Commitment(
                "erp-4",
                "8.8 billion yen",
                parent: "cumulative",
                agreement: "eon",
                stated: "approximately 63.3 million US dollars"
            )
            .Disbursement("d-1", "JPY 2 billion", on: new LocalDate(2025, 3, 3), commitment: "erp-4")
            .Build();

        ledger.Count.Should().Be(4);
        Commitment package = ledger.Commitments.Single(c => c.Id == "erp-4");
        package.Amount.Should().Be("JPY 8,800,000,000");
        package.Title.Should().Be("erp-4");
        package.Donor.Should().Be(Party.Country("JPN"));
        package.Recipient.Should().Be(Party.Country("UKR"));
        package.Date.Should().Be(TestLedger.DefaultDate);
        package.Stage.Should().Be(CommitmentStage.Committed);
        package.StatedEquivalents.Single().Should().Be("approximately 63.3 million US dollars");
        ledger.Commitments.Single(c => c.Id == "cumulative").Amount.Should().HaveQualifier(AmountQualifier.AtLeast);
        ledger.Disbursements.Single().Amount.Should().Be("JPY 2,000,000,000");
        ledger.Agreements.Single().Parties.Should().Equal(Party.Country("JPN"), Party.Country("UKR"));
    }

    [Fact]
    public void Commitment_Customize_ChangesTheRecord()
    {
        Commitment commitment = TestLedger
            .Create()
            .Commitment("erp-4", "8.8 billion yen", customize: c =>
                c with
                {
                    BudgetLabel = "FY2024 supplementary",
                    Title = "Fourth emergency recovery package",
                }
            )
            .Records.OfType<Commitment>()
            .Single();

        commitment.BudgetLabel.Should().Be("FY2024 supplementary");
        commitment.Title.Should().Be("Fourth emergency recovery package");
    }

    [Fact]
    public void Create_OtherParties_AreTheDefaults()
    {
        Commitment commitment = TestLedger
            .Create(donor: "GBR", recipient: "XM-DAC-41114")
            .Commitment("c", "GBP 1 million")
            .Records.OfType<Commitment>()
            .Single();

        commitment.Donor.Should().Be(Party.Country("GBR"));
        commitment.Recipient.Should().Be(Party.Organisation("XM-DAC-41114", "XM-DAC-41114"));
    }

    [Fact]
    public void Build_ValueDateAfterTheDefaultClock_ThrowsNamingTheRecord()
    {
        Action act = () => TestLedger.Create().Commitment("late", "USD 1", on: new LocalDate(2025, 6, 1)).Build();

        act.Should().Throw<LedgerValidationException>().WithMessage("*'late'*2025-06-01*future*");
    }

    [Fact]
    public void Build_ClockOfYourOwn_AcceptsNewerRecords()
    {
        Ledger ledger = TestLedger
            .Create(clock: TestClock.On(new LocalDate(2026, 1, 31)))
            .Commitment("late", "USD 1", on: new LocalDate(2025, 6, 1))
            .Build();

        ledger.Commitments.Should().ContainSingle();
    }

    [Fact]
    public void Validate_UnknownParent_ReportsTheRecord()
    {
        LedgerValidationResult result = TestLedger.Create().Commitment("child", "USD 1", parent: "missing").Validate();

        result.HasErrors.Should().BeTrue();
        result.Errors.Single().Message.Should().Contain("missing");
    }

    [Fact]
    public void Commitment_BadAmountPhrase_ThrowsNamingIt()
    {
        Action act = () => TestLedger.Create().Commitment("c", "a lot of yen");

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("The amount 'a lot of yen' given as amount is not an amount phrase*");
    }

    [Fact]
    public void Add_FullRecord_KeepsIt()
    {
        var pledge = new Commitment
        {
            Id = "pledge",
            Title = "Pledge at the conference",
            Donor = Party.Country("JPN"),
            Recipient = Party.Country("UKR"),
            Amount = QualifiedMoney.Parse("USD 1 billion"),
            Stage = CommitmentStage.Pledged,
            Date = new LocalDate(2024, 2, 19),
            Category = AidCategory.Economic,
            Instrument = AidInstrument.Other,
        };

        TestLedger.Create().Add(pledge).Build().Commitments.Should().Equal(pledge);
    }
}

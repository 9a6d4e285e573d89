using AidTracker.Aggregation;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

public class ItemisedTotalCheckTests
{
    [Fact]
    public void CheckAll_Sample_ChecksTheQualifiedTotalAgainstItsTwoLowerBoundParts()
    {
        ItemisedTotalCheck check = ItemisedTotalCheck.CheckAll(Sample).Should().ContainSingle().Subject;

        check.RecordId.Should().Be("jp-ua-cumulative-2025-03");
        check.Stated.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
        check.Parts.Should().Be(2, "8.8 billion yen and the 65 billion yen top-up are added");
        check.CeilingParts.Should().Be(1, "the loan of up to 13 billion yen gives no lower bound");
        check.Computed.Should().Be(Amount(548_046_420.50m, "USD", AmountQualifier.AtLeast));
        check.Reconciliation!.Outcome.Should().Be(ReconciliationOutcome.Inconclusive);
        check.Reconciliation.Difference.Should().Be(new AidTracker.Money(11_851_953_579.50m, "USD"));
        check.Note.Should().Be("1 part stated as a ceiling (up to) left out of the lower bound");
        check
            .RatesUsed.Select(r => (r.From.Code, r.To.Code, r.RequestedDate))
            .Should()
            .BeEquivalentTo([("JPY", "USD", new LocalDate(2025, 2, 27)), ("JPY", "USD", new LocalDate(2022, 6, 7))]);
        check
            .ToString()
            .Should()
            .StartWith("jp-ua-cumulative-2025-03 (2 parts; 1 part stated as a ceiling")
            .And.Contain("cannot be decided");
    }

    [Fact]
    public void Check_PartsAboveAnAtMostTotal_Fails()
    {
        Commitment parent = Commitment("p", 100m, "USD", new LocalDate(2024, 3, 1), qualifier: AmountQualifier.AtMost);
        AidTracker.Ledger ledger = LedgerOf(
            parent,
            Commitment("a", 60m, "USD", new LocalDate(2024, 1, 1), parent: "p"),
            Commitment("b", 50m, "USD", new LocalDate(2024, 2, 1), parent: "p")
        );

        ItemisedTotalCheck check = ItemisedTotalCheck.Check(ledger, parent);

        check.Computed.Should().Be(Amount(110m, "USD", AmountQualifier.AtLeast));
        check.Reconciliation!.Outcome.Should().Be(ReconciliationOutcome.Fails, "the parts alone exceed 'up to 100'");
        check.Note.Should().BeNull();
    }

    [Fact]
    public void Check_AsOf_LeavesOutLaterParts()
    {
        Commitment parent = Commitment("p", 100m, "USD", new LocalDate(2024, 1, 1), qualifier: AmountQualifier.AtLeast);
        AidTracker.Ledger ledger = LedgerOf(
            parent,
            Commitment("a", 60m, "USD", new LocalDate(2024, 1, 1), parent: "p"),
            Commitment("b", 50m, "USD", new LocalDate(2024, 6, 1), parent: "p")
        );

        ItemisedTotalCheck before = ItemisedTotalCheck.Check(ledger, parent, asOf: new LocalDate(2024, 3, 31));
        ItemisedTotalCheck after = ItemisedTotalCheck.Check(ledger, parent);

        before.Parts.Should().Be(1);
        before.Reconciliation!.Outcome.Should().Be(ReconciliationOutcome.Inconclusive);
        after.Reconciliation!.Outcome.Should().Be(ReconciliationOutcome.Holds, "at least 110 confirms over 100");
    }

    [Fact]
    public void Check_OnlyCeilingParts_ComputesNothingAndSaysWhy()
    {
        Commitment parent = Commitment("p", 100m, "USD", new LocalDate(2024, 1, 1));
        AidTracker.Ledger ledger = LedgerOf(
            parent,
            Commitment("a", 60m, "USD", new LocalDate(2024, 1, 1), parent: "p", qualifier: AmountQualifier.AtMost)
        );

        ItemisedTotalCheck check = ItemisedTotalCheck.Check(ledger, parent);

        check.Reconciliation.Should().BeNull();
        check.PartsSummary.Should().BeNull();
        check.Note.Should().Be("1 part stated as a ceiling (up to) left out of the lower bound");
    }

    [Fact]
    public void Check_PartWithoutRate_ComputesNothingAndNamesIt()
    {
        Commitment parent = Commitment("p", 100m, "USD", new LocalDate(2020, 1, 1), qualifier: AmountQualifier.AtLeast);
        AidTracker.Ledger ledger = LedgerOf(
            parent,
            Commitment("a", 60m, "USD", new LocalDate(2020, 1, 1), parent: "p"),
            Commitment("won", 5000m, "KPW", new LocalDate(2020, 2, 1), parent: "p")
        );

        ItemisedTotalCheck check = ItemisedTotalCheck.Check(ledger, parent);

        check.Reconciliation.Should().BeNull("a partial sum would be a wrong bound");
        check.Note.Should().Be("no market rate for the part(s) won");
        check.PartsSummary!.Unconverted.Should().ContainSingle().Which.RecordId.Should().Be("won");
    }

    [Fact]
    public void Check_NoAmountOfItsOwn_ThrowsNamingTheRecord()
    {
        Commitment parent = Commitment("no-amount", null, "USD", new LocalDate(2024, 1, 1));
        AidTracker.Ledger ledger = LedgerOf(
            parent,
            Commitment("a", 1m, "USD", new LocalDate(2024, 1, 1), parent: "no-amount")
        );

        Action act = () => ItemisedTotalCheck.Check(ledger, parent);

        act.Should().Throw<ArgumentException>().WithMessage("*'no-amount' has no amount of its own*");
    }

    [Fact]
    public void Check_ToleranceAboveOne_Throws()
    {
        Commitment parent = Commitment("p", 100m, "USD", new LocalDate(2024, 1, 1));
        AidTracker.Ledger ledger = LedgerOf(parent, Commitment("a", 1m, "USD", new LocalDate(2024, 1, 1), parent: "p"));

        Action act = () => ItemisedTotalCheck.Check(ledger, parent, tolerance: 1.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1.5 is not*");
    }
}

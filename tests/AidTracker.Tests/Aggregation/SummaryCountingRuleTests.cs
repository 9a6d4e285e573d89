using AidTracker.Aggregation;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>The counting rule: a child is a breakdown of its parent; a parent without its own amount is the sum of its
/// children; a top-up counts on its own.</summary>
public class SummaryCountingRuleTests
{
    private static readonly LocalDate Day = new(2024, 5, 1);

    [Fact]
    public void Summarize_ParentWithOwnAmountAndChildren_CountsOnlyTheParent()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("parent", 100m, "EUR", Day),
            Commitment("a", 60m, "EUR", Day, parent: "parent"),
            Commitment("b", 30m, "EUR", Day, parent: "parent")
        );

        Summary summary = ledger.Summarize(new SummaryQuery());

        summary.Total.Value.Should().Be(Amount(100m, "EUR"));
        summary.Counts.Counted.Should().Be(1);
        summary.Counts.InsideCountedParent.Should().Be(2);
        summary.Groups.Should().ContainSingle().Which.RecordCount.Should().Be(1);
    }

    [Fact]
    public void Summarize_ParentWithoutOwnAmount_IsTheSumOfItsChildrenRecursively()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("package", null, "EUR", Day),
            Commitment("a", 60m, "EUR", Day, parent: "package", qualifier: AmountQualifier.AtLeast),
            Commitment("b", null, "EUR", Day, parent: "package"),
            Commitment("b1", 5.5m, "EUR", Day, parent: "b"),
            Commitment("b2", 4.5m, "USD", Day, parent: "b")
        );

        Summary summary = ledger.Summarize(new SummaryQuery().GroupedBy(GroupKey.Donor));

        summary.GetTotal(Currency.EUR)!.Value.Should().Be(Amount(65.5m, "EUR", AmountQualifier.AtLeast));
        summary.GetTotal(Currency.USD)!.Value.Should().Be(Amount(4.5m, "USD"));
        summary
            .GetGroup("JPN")
            .RecordCount.Should()
            .Be(1, "the package is the one record counted; its children are its breakdown");
        summary.Counts.InsideCountedParent.Should().Be(4);
        summary.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Summarize_FilterLeavesTheParentOut_TheChildCounts()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("parent", 100m, "EUR", Day, category: AidCategory.Other),
            Commitment("child", 60m, "EUR", Day, parent: "parent", category: AidCategory.Recovery)
        );

        Summary summary = ledger.Summarize(
            new SummaryQuery().Where(RecordFilter.ForCommitments("recovery", c => c.Category == AidCategory.Recovery))
        );

        summary.Total.Value.Should().Be(Amount(60m, "EUR"));
        summary.Counts.ExcludedByFilter.Should().Be(1);
        summary.Counts.Counted.Should().Be(1);
    }

    [Fact]
    public void Summarize_GrandchildWhoseParentIsFilteredOut_IsStillInsideTheCountedGrandparent()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("top", 100m, "EUR", Day),
            Commitment("middle", 60m, "EUR", Day, parent: "top", category: AidCategory.Other),
            Commitment("leaf", 10m, "EUR", Day, parent: "middle")
        );

        Summary summary = ledger.Summarize(
            new SummaryQuery().Where(RecordFilter.ForCommitments("not other", c => c.Category != AidCategory.Other))
        );

        summary.Total.Value.Should().Be(Amount(100m, "EUR"));
        summary.Counts.InsideCountedParent.Should().Be(1);
        summary.Counts.ExcludedByFilter.Should().Be(1);
    }

    [Fact]
    public void Summarize_TopUp_CountsOnItsOwn()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("loan", 13_000_000_000m, "JPY", new LocalDate(2022, 4, 28), qualifier: AmountQualifier.AtMost),
            Commitment("top-up", 65_000_000_000m, "JPY", new LocalDate(2022, 6, 7), supplements: "loan")
        );

        Summary summary = ledger.Summarize(new SummaryQuery());

        summary.Total.Value.Should().Be(Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost));
        summary.Counts.Counted.Should().Be(2);
    }

    [Fact]
    public void Summarize_ParentWithoutAmountOrChildren_IsListedAndTheSummaryIncomplete()
    {
        AidTracker.Ledger ledger = LedgerOf(Commitment("empty", null, "EUR", Day), Commitment("other", 5m, "EUR", Day));

        Summary summary = ledger.Summarize(new SummaryQuery());

        summary.RecordsWithoutAmount.Should().Equal("empty");
        summary.Counts.WithoutAmount.Should().Be(1);
        summary.IsComplete.Should().BeFalse();
        summary.Total.Value.Should().Be(Amount(5m, "EUR"));
    }

    [Fact]
    public void Summarize_AsOfBeforeTheParent_TheChildCountsOnItsOwnUntilTheParentIsRecorded()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment(
                "cumulative",
                12_400_000_000m,
                "USD",
                new LocalDate(2025, 3, 5),
                qualifier: AmountQualifier.AtLeast
            ),
            Commitment("package", 63_000_000m, "USD", new LocalDate(2025, 2, 27), parent: "cumulative")
        );

        Summary before = ledger.Summarize(new SummaryQuery().WithAsOf(new LocalDate(2025, 3, 1)));
        Summary after = ledger.Summarize(new SummaryQuery().WithAsOf(new LocalDate(2025, 3, 5)));

        before.Total.Value.Should().Be(Amount(63_000_000m, "USD"));
        before.Counts.ExcludedByAsOf.Should().Be(1);
        after.Total.Value.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
    }

    [Fact]
    public void Summarize_CountedParentWithoutAmount_LeavesOutChildrenAfterTheCutOff()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("package", null, "EUR", Day),
            Commitment("early", 10m, "EUR", Day, parent: "package"),
            Commitment("late", 20m, "EUR", Day.PlusDays(30), parent: "package")
        );

        Summary summary = ledger.Summarize(new SummaryQuery().WithAsOf(Day.PlusDays(1)));

        summary.Total.Value.Should().Be(Amount(10m, "EUR"));
        summary.Counts.ExcludedByAsOf.Should().Be(1);
        summary.Counts.InsideCountedParent.Should().Be(1);
    }

    [Theory]
    [InlineData(Measure.Committed, 5)]
    [InlineData(Measure.Pledged, 7)]
    public void Summarize_Measure_SelectsTheStage(Measure measure, decimal expected)
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("committed", 5m, "EUR", Day),
            Commitment("pledged", 7m, "EUR", Day, stage: CommitmentStage.Pledged)
        );

        Summary summary = ledger.Summarize(new SummaryQuery { Measure = measure });

        summary.Total.Amount.Should().Be(expected);
        summary.Counts.ExcludedByMeasure.Should().Be(1);
    }

    [Theory]
    [InlineData(Measure.Disbursed, 3)]
    [InlineData(Measure.Spent, 4)]
    public void Summarize_DisbursementMeasures_SelectTheKind(Measure measure, decimal expected)
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("c", 10m, "EUR", Day, category: AidCategory.Humanitarian),
            new Disbursement
            {
                Id = "paid",
                CommitmentId = "c",
                Donor = Japan,
                Recipient = Ukraine,
                Amount = Amount(3m, "EUR"),
                Date = Day,
            },
            new Disbursement
            {
                Id = "spent",
                Donor = Japan,
                Recipient = Ukraine,
                Amount = Amount(4m, "EUR"),
                Date = Day,
                Kind = DisbursementKind.Expenditure,
            }
        );

        Summary summary = ledger.Summarize(new SummaryQuery { Measure = measure }.GroupedBy(GroupKey.Category));

        summary.Total.Amount.Should().Be(expected);
        summary.Counts.Considered.Should().Be(2);
        summary
            .Groups.Should()
            .ContainSingle()
            .Which.KeyValues.Should()
            .Equal(measure == Measure.Disbursed ? "humanitarian" : GroupKey.NoValue);
    }

    [Fact]
    public void Summarize_RoundsEachTotalOnceAtTheEnd_HalfToEven()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("a", 1.005m, "USD", Day),
            Commitment("b", 1.005m, "USD", Day),
            Commitment("c", 1.005m, "USD", Day)
        );

        Summary summary = ledger.Summarize(new SummaryQuery());

        summary.Total.Exact.Amount.Should().Be(3.015m);
        summary
            .Total.Rounded.Amount.Should()
            .Be(3.02m, "3.015 rounds half-to-even to 3.02; rounding each record first would give 3.00");
    }
}

using AidTracker.Aggregation;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>
/// <see cref="SummaryQuery.Itemised"/>: the parts itemised inside what a query counts (each admitted commitment whose
/// nearest admitted ancestor is counted), summarised on their own; the same as filtering those parts by id.
/// </summary>
public class SummaryItemisedTests
{
    private static readonly LocalDate Day = new(2024, 5, 1);

    [Fact]
    public void Summarize_SampleItemised_ShowsThePackageTheLoanAndTheTopUpInsideTheCumulativeFigure()
    {
        SummaryQuery query = new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(
            GroupKey.Donor,
            GroupKey.DonorFiscalYear
        );

        Summary parts = Sample.Summarize(query.ItemisedParts());

        parts
            .GetGroup("JPN", "FY2024")
            .Total.Rounded.Should()
            .Be(new AidTracker.Money(58_825_751.29m, Currency.USD), "the fourth package at the ECB rate of 2025-02-27");
        parts.GetGroup("JPN", "FY2022").RecordCount.Should().Be(2, "the 2022 loan and its top-up");
        parts.Counts.Counted.Should().Be(3);
        parts.Counts.OutsideCountedParents.Should().Be(1, "the cumulative figure itself is what the query counts");
        parts.Counts.InsideCountedParent.Should().Be(0);
        parts
            .RatesUsed.Select(r => r.RequestedDate)
            .Should()
            .Equal(new LocalDate(2022, 4, 28), new LocalDate(2022, 6, 7), new LocalDate(2025, 2, 27));
        parts.Query.ToString().Should().StartWith("parts itemised inside committed in USD");
    }

    [Fact]
    public void Summarize_Itemised_PartsOfPartsAreInsideTheirItemisedParent()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("total", 1000m, "EUR", Day),
            Commitment("package", null, "EUR", Day, parent: "total"),
            Commitment("a", 60m, "EUR", Day, parent: "package"),
            Commitment("b", 30m, "USD", Day, parent: "package"),
            Commitment("grant", 200m, "EUR", Day, parent: "total"),
            Commitment("alone", 5m, "EUR", Day)
        );

        Summary parts = ledger.Summarize(new SummaryQuery().ItemisedParts());

        parts
            .GetTotal(Currency.EUR)!
            .Value.Should()
            .Be(Amount(260m, "EUR"), "the package (the sum of its parts) and the grant");
        parts.GetTotal(Currency.USD)!.Value.Should().Be(Amount(30m, "USD"));
        parts.Counts.Counted.Should().Be(2);
        parts.Counts.InsideCountedParent.Should().Be(2, "a and b are parts of the itemised package");
        parts.Counts.OutsideCountedParents.Should().Be(2, "total and alone are what the query counts");
        parts.Counts.Considered.Should().Be(6);
    }

    [Fact]
    public void Summarize_ItemisedWithAFilter_AParentLeftOutMakesItsChildCountedNotItemised()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("parent", 100m, "EUR", Day, category: AidCategory.Other),
            Commitment("child", 60m, "EUR", Day, parent: "parent", category: AidCategory.Recovery),
            Commitment("grandchild", 10m, "EUR", Day, parent: "child", category: AidCategory.Recovery)
        );
        SummaryQuery recovery = new SummaryQuery().Where(
            RecordFilter.ForCommitments("recovery", c => c.Category == AidCategory.Recovery)
        );

        Summary parts = ledger.Summarize(recovery.ItemisedParts());

        parts
            .Total.Value.Should()
            .Be(
                Amount(10m, "EUR"),
                "the child counts (its parent is filtered out), so the grandchild is its itemised part"
            );
        parts.Counts.ExcludedByFilter.Should().Be(1);
        parts.Counts.OutsideCountedParents.Should().Be(1);
    }

    [Fact]
    public void Summarize_Itemised_EqualsTheSameQueryFilteredToThePartsById()
    {
        // Random trees: the itemised summary is the summary of exactly the itemised ids (found by walking the tree).
        var random = new Random(20250227);
        for (int run = 0; run < 30; run++)
        {
            var records = new List<Commitment>();
            for (int i = 0; i < 60; i++)
            {
                string? parent = i > 0 && random.Next(3) > 0 ? "c" + random.Next(i) : null;
                decimal? amount = random.Next(5) == 0 ? null : random.Next(1, 1000);
                records.Add(
                    Commitment(
                        "c" + i,
                        amount,
                        random.Next(2) == 0 ? "EUR" : "USD",
                        Day.PlusDays(random.Next(400)),
                        parent: parent,
                        stage: random.Next(6) == 0 ? CommitmentStage.Pledged : CommitmentStage.Committed
                    )
                );
            }

            AidTracker.Ledger ledger = LedgerOf([.. records]);
            SummaryQuery query = new SummaryQuery().GroupedBy(GroupKey.Year);
            string[] itemised =
            [
                .. ledger
                    .Commitments.Where(c => query.Admits(c) && AdmittedAncestors(ledger, query, c) == 1)
                    .Select(c => c.Id),
            ];

            Summary parts = ledger.Summarize(query.ItemisedParts(), maxDegreeOfParallelism: 2);

            if (itemised.Length == 0)
            {
                parts.Counts.Counted.Should().Be(0);
                continue;
            }

            Summary byIds = ledger.Summarize(query.WhereIds(itemised));
            parts
                .Groups.Select(g => (g.Label, g.RecordCount, string.Join(";", g.Totals.Select(t => t.Value))))
                .Should()
                .Equal(
                    byIds.Groups.Select(g => (g.Label, g.RecordCount, string.Join(";", g.Totals.Select(t => t.Value))))
                );
            parts.Counts.Counted.Should().Be(itemised.Length);
        }
    }

    private static int AdmittedAncestors(AidTracker.Ledger ledger, SummaryQuery query, Commitment commitment)
    {
        int count = 0;
        for (Commitment? a = ledger.GetParent(commitment); a is not null; a = ledger.GetParent(a))
        {
            count += query.Admits(a) ? 1 : 0;
        }

        return count;
    }
}

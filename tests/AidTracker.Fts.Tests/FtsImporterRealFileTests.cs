namespace AidTracker.Fts.Tests;

/// <summary>The real Afghanistan 2020 search, three pages, against FTS's own summary of it.</summary>
public class FtsImporterRealFileTests
{
    [Fact]
    public void Import_AfghanistanThreePages_ReproducesFtsFundingTotal()
    {
        FtsImportResult result = new FtsImporter(FtsData.Clock).Import(FtsData.AfghanistanPages);
        FtsImportReport report = result.Report;

        report.Summary!.IncomingFundingTotal.Should().Be(FtsData.AfghanistanFundingTotal);
        report.ImportedFundingUsd.Should().Be(725_591_299m);
        report.FundingTotalAgrees.Should().BeTrue();
        report.ImportedPledgesUsd.Should().Be(0m);
        report.PledgeTotalAgrees.Should().BeTrue();
        report.FlowsRead.Should().Be(484);
        report.HasAllPages.Should().BeTrue();
        report.RepeatedFlows.Should().Be(0);
        // 328 incoming flows: 17 shared (14 commitments, 3 paid) left out, 311 imported; 156 internal left out.
        report.FlowsImported.Should().Be(311);
        report.CountOf(FtsSkipReason.OtherBoundary).Should().Be(156);
        report.CountOf(FtsSkipReason.Shared).Should().Be(17);
        report.HasRejectedFlows.Should().BeFalse();
        result.Ledger.Commitments.Length.Should().Be(311);
        result.Ledger.Disbursements.Length.Should().Be(180);
    }

    [Fact]
    public void Import_PagesInAnyOrderWithARepeatedPage_GivesTheSameLedger()
    {
        var importer = new FtsImporter(FtsData.Clock);
        FtsImportResult inOrder = importer.Import(FtsData.AfghanistanPages);
        string[] shuffled =
        [
            FtsData.AfghanistanPages[2],
            FtsData.AfghanistanPages[0],
            FtsData.AfghanistanPages[1],
            FtsData.AfghanistanPages[2],
        ];

        FtsImportResult result = importer.Import(shuffled);

        result.Report.RepeatedFlows.Should().Be(result.Report.Pages[0].FlowsRead);
        result.Report.FlowsRead.Should().Be(484);
        result.Report.ImportedFundingUsd.Should().Be(FtsData.AfghanistanFundingTotal);
        result
            .Ledger.Commitments.OrderBy(c => c.Id, StringComparer.Ordinal)
            .Should()
            .Equal(inOrder.Ledger.Commitments.OrderBy(c => c.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void Import_FirstPageOnly_SaysPagesAreMissingAndTotalsDisagree()
    {
        FtsImportResult result = new FtsImporter(FtsData.Clock).Import([FtsData.AfghanistanPages[0]]);

        result.Report.FlowsRead.Should().Be(200);
        result.Report.HasAllPages.Should().BeFalse();
        result.Report.FundingTotalAgrees.Should().BeFalse();
        result.Report.Warnings.Should().Contain(w => w.Contains("484 flows") && w.Contains("200 distinct flows"));
    }

    [Fact]
    public void Import_AfghanistanFlowInSwedishKronor_KeepsOriginalAmountAndStatedUsd()
    {
        FtsImportResult result = new FtsImporter(FtsData.Clock).Import(FtsData.AfghanistanPages);

        // SEK 800,000 at 9.565 SEK per USD = 83,638 USD (data/README.md, fts/).
        Commitment sek = result.Ledger.Commitments.Single(c =>
            c.Amount!.Value.Currency.Code == "SEK" && c.Amount.Value.Amount == 800_000m
        );
        sek.StatedEquivalents.Should().ContainSingle().Which.Money.Should().Be(new Money(83_638m, Currency.USD));
        sek.Tags.Should().Contain(FtsImporter.ExchangeRateTag + "9.565");
        sek.Donor.Should().Be(Party.Country("SWE"));
        sek.Recipient.Should().Be(Party.Country("AFG"));
    }

    [Fact]
    public void Import_AfghanistanPassedOnFlows_CountsChildrenOfCountedParentsByTheirOwnAmount()
    {
        FtsImportResult result = new FtsImporter(FtsData.Clock).Import(FtsData.AfghanistanPages);
        var byFlow = result.Ledger.Commitments.ToDictionary(c => c.Id, StringComparer.Ordinal);

        List<Commitment> childrenOfCounted =
        [
            .. result.Ledger.Commitments.Where(c =>
                c.Tags.FirstOrDefault(t => t.StartsWith(FtsImporter.PassedOnFromTag, StringComparison.Ordinal))
                    is string tag
                && byFlow.ContainsKey("fts-" + tag[FtsImporter.PassedOnFromTag.Length..])
            ),
        ];

        result.Ledger.Commitments.Should().OnlyContain(c => c.ParentId == null);
        childrenOfCounted.Should().HaveCount(27);
        childrenOfCounted
            .Sum(c => c.StatedEquivalents.IsEmpty ? c.Amount!.Value.Amount : c.StatedEquivalents[0].Amount)
            .Should()
            .BeInRange(53_850_000m, 53_950_000m);
    }

    [Fact]
    public void Import_WithProgress_ReportsEachPageByBytesThenTheMapping()
    {
        var reports = new List<FtsImportProgress>();
        long firstLength = new FileInfo(FtsData.AfghanistanPages[0]).Length;

        FtsImportResult result = new FtsImporter(FtsData.Clock).Import(
            FtsData.AfghanistanPages,
            null,
            new SynchronousProgress(reports.Add),
            TestContext.Current.CancellationToken
        );

        result.Report.ImportedFundingUsd.Should().Be(FtsData.AfghanistanFundingTotal);
        reports
            .First()
            .Should()
            .Match<FtsImportProgress>(p =>
                p.PageIndex == 0 && p.PageCount == 3 && p.BytesRead == 0 && p.PageLength == firstLength && !p.IsMapping
            );
        reports.Where(p => p.PageIndex == 0).Select(p => p.BytesRead).Should().BeInAscendingOrder();
        reports.Last(p => p.PageIndex == 0).PageFraction.Should().Be(1.0);
        reports.Where(p => p.IsMapping).Select(p => p.FlowsMapped).Should().BeInAscendingOrder();
        reports
            .Last()
            .Should()
            .Match<FtsImportProgress>(p =>
                p.IsMapping && p.FlowsMapped == 484 && p.FlowCount == 484 && p.MappedFraction == 1.0
            );
        reports
            .TakeWhile(p => !p.IsMapping)
            .Select(p => p.PageIndex)
            .Should()
            .BeInAscendingOrder()
            .And.Contain([0, 1, 2]);
    }

    private sealed class SynchronousProgress(Action<FtsImportProgress> report) : IProgress<FtsImportProgress>
    {
        public void Report(FtsImportProgress value) => report(value);
    }
}

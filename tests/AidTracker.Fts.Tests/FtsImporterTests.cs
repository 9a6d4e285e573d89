using NodaTime;

namespace AidTracker.Fts.Tests;

/// <summary>Each mapping rule on small hand-made flows.</summary>
public class FtsImporterTests
{
    [Fact]
    public void Import_PaidFlowInKronor_CommitmentAndDisbursementWithStatedUsdAndRate()
    {
        string flow = FtsData.Flow(
            "1",
            "paid",
            amountUsd: "83638",
            originalAmount: "800000",
            originalCurrency: "SEK",
            exchangeRate: "9.565"
        );

        FtsImportResult result = FtsData.Import(null, FtsData.Page([flow], funding: "83638"));

        Commitment c = result.Ledger.Commitments.Should().ContainSingle().Subject;
        c.Id.Should().Be("fts-1");
        c.Stage.Should().Be(CommitmentStage.Committed);
        c.Amount!.Value.Money.Should().Be(new Money(800_000m, Currency.FromCode("SEK")));
        c.StatedEquivalents.Should().Equal(new QualifiedMoney(new Money(83_638m, Currency.USD)));
        c.Tags.Should()
            .Contain([
                FtsImporter.ExchangeRateTag + "9.565",
                FtsImporter.FlowTag + "1",
                "fts:usage-year=2020",
                "fts:plan=925 Afghanistan Humanitarian Response Plan 2020",
                "fts:global-cluster=6 Food Security",
            ]);
        c.Date.Should().Be(new LocalDate(2020, 3, 31));
        c.Category.Should().Be(AidCategory.Humanitarian);
        c.Donor.Should().Be(Party.Country("SWE"));
        c.Recipient.Should().Be(Party.Country("AFG"));
        Disbursement d = result.Ledger.Disbursements.Should().ContainSingle().Subject;
        d.CommitmentId.Should().Be("fts-1");
        d.Amount.Money.Should().Be(c.Amount.Value.Money);
        d.Date.Should().Be(c.Date);
        result.Report.FundingTotalAgrees.Should().BeTrue();
    }

    [Fact]
    public void Import_Pledge_PledgedCommitmentWithoutDisbursementCountedAsPledge()
    {
        FtsImportResult result = FtsData.Import(
            null,
            FtsData.Page([FtsData.Flow("2", "pledge", amountUsd: "500")], funding: "0", pledges: "500")
        );

        result.Ledger.Commitments.Single().Stage.Should().Be(CommitmentStage.Pledged);
        result.Ledger.Disbursements.Should().BeEmpty();
        result.Report.ImportedPledgesUsd.Should().Be(500m);
        result.Report.ImportedFundingUsd.Should().Be(0m);
        result.Report.PledgeTotalAgrees.Should().BeTrue();
    }

    [Fact]
    public void Import_CommitmentInUsd_InUsdWithoutStatedEquivalent()
    {
        FtsImportResult result = FtsData.Import(
            null,
            FtsData.Page([FtsData.Flow("3", "commitment", amountUsd: "1250000")], funding: "1250000")
        );

        Commitment c = result.Ledger.Commitments.Single();
        c.Amount!.Value.Money.Should().Be(new Money(1_250_000m, Currency.USD));
        c.StatedEquivalents.Should().BeEmpty();
        result.Ledger.Disbursements.Should().BeEmpty();
    }

    [Fact]
    public void Import_ParkedFlowWithChildren_EachByItsOwnAmountLinkedAsPassedOn()
    {
        string parked = FtsData.Flow("10", "paid", amountUsd: "400", flowType: "Parked", children: "[11, 12]");
        string child1 = FtsData.Flow("11", "paid", amountUsd: "350", parent: "10", source: FtsData.PooledFund);
        string child2 = FtsData.Flow(
            "12",
            "commitment",
            amountUsd: "250",
            parent: "\"10\"",
            source: FtsData.PooledFund
        );

        FtsImportResult result = FtsData.Import(null, FtsData.Page([parked, child1, child2], funding: "1000"));

        result.Ledger.Commitments.Should().OnlyContain(c => c.ParentId == null);
        result
            .Ledger.Commitments.Single(c => c.Id == "fts-11")
            .Tags.Should()
            .Contain(FtsImporter.PassedOnFromTag + "10");
        result
            .Ledger.Commitments.Single(c => c.Id == "fts-10")
            .Tags.Should()
            .Contain(["fts:passed-on-as=11", "fts:passed-on-as=12", "fts:flow-type=Parked"]);
        result
            .Ledger.Commitments.Single(c => c.Id == "fts-11")
            .Donor.Should()
            .Be(Party.Organisation("fts-organization-7540", "Afghanistan Humanitarian Fund"));
        result.Report.PassedOnFlows.Should().Be(2);
        result.Report.ImportedFundingUsd.Should().Be(1000m);
        result.Report.FundingTotalAgrees.Should().BeTrue();
    }

    [Fact]
    public void Import_SharedAcrossLocations_SkippedByDefaultAndCountedWithItsUsd()
    {
        const string TwoCountries = """
            {"type": "Location", "id": "1", "name": "Afghanistan", "behavior": "shared"},
            {"type": "Location", "id": "167", "name": "Pakistan", "behavior": "shared"}
            """;
        string shared = FtsData.Flow(
            "20",
            "commitment",
            amountUsd: "7000",
            onBoundary: "shared",
            destination: TwoCountries
        );
        string single = FtsData.Flow("21", "commitment", amountUsd: "100");
        string page = FtsData.Page([shared, single], funding: "100");

        FtsImportResult skipped = FtsData.Import(null, page);
        FtsImportResult included = FtsData.Import(new FtsImportOptions { Shared = FtsSharedFlows.Include }, page);

        skipped.Ledger.Commitments.Select(c => c.Id).Should().Equal("fts-21");
        skipped.Report.CountOf(FtsSkipReason.Shared).Should().Be(1);
        skipped.Report.AmountUsdOf(FtsSkipReason.Shared).Should().Be(7000m);
        skipped.Report.SkippedFlows.Single().Message.Should().Contain("Flow 20").And.Contain("shared");
        Commitment c = included.Ledger.Commitments.Single(c => c.Id == "fts-20");
        c.Recipient.Should().Be(Party.Organisation("fts-location-1+167", "Afghanistan; Pakistan"));
        c.Tags.Should().Contain("fts:shared");
        included.Report.ImportedFundingUsd.Should().Be(100m, "a shared flow is not in FTS's total, imported or not");
        included.Report.FundingTotalAgrees.Should().BeTrue();
    }

    [Fact]
    public void Import_SharedAcrossYears_SkippedByDefault()
    {
        const string TwoYears = """
            {"type": "Location", "id": "1", "name": "Afghanistan", "behavior": "single"},
            {"type": "UsageYear", "id": "41", "name": "2020", "behavior": "shared"},
            {"type": "UsageYear", "id": "42", "name": "2021", "behavior": "shared"}
            """;
        FtsImportResult result = FtsData.Import(
            null,
            FtsData.Page(
                [FtsData.Flow("22", amountUsd: "900", onBoundary: "shared", destination: TwoYears)],
                funding: "0"
            )
        );

        result.Ledger.Commitments.Should().BeEmpty();
        result.Report.CountOf(FtsSkipReason.Shared).Should().Be(1);
        result.Report.FundingTotalAgrees.Should().BeTrue();
    }

    [Theory]
    [InlineData(FtsBoundaryFilter.Incoming, "fts-30")]
    [InlineData(FtsBoundaryFilter.Internal, "fts-31")]
    [InlineData(FtsBoundaryFilter.Outgoing, "fts-32")]
    public void Import_Boundary_TakesOnlyThatBoundary(FtsBoundaryFilter boundary, string expected)
    {
        string page = FtsData.Page([
            FtsData.Flow("30"),
            FtsData.Flow("31", boundary: "internal", source: FtsData.PooledFund),
            FtsData.Flow("32", boundary: "outgoing"),
        ]);

        FtsImportResult result = FtsData.Import(new FtsImportOptions { Boundary = boundary }, page);

        result.Ledger.Commitments.Select(c => c.Id).Should().Equal(expected);
        result.Report.CountOf(FtsSkipReason.OtherBoundary).Should().Be(2);
        FtsData
            .Import(new FtsImportOptions { Boundary = FtsBoundaryFilter.All }, page)
            .Ledger.Commitments.Should()
            .HaveCount(3);
    }

    [Fact]
    public void Import_UnknownCurrencyCode_ImportedInUsdAsFtsCountsItWithAWarning()
    {
        string flow = FtsData.Flow(
            "40",
            amountUsd: "1234",
            originalAmount: "5000",
            originalCurrency: "XYZ",
            exchangeRate: "4.05"
        );

        FtsImportResult result = FtsData.Import(null, FtsData.Page([flow], funding: "1234"));

        Commitment c = result.Ledger.Commitments.Single();
        c.Amount!.Value.Money.Should().Be(new Money(1234m, Currency.USD));
        c.Tags.Should().Contain(["fts:original-currency=XYZ", "fts:original-amount=5000"]);
        result.Report.Warnings.Should().ContainSingle(w => w.Contains("Flow 40") && w.Contains("'XYZ'"));
        result.Report.FundingTotalAgrees.Should().BeTrue();
    }

    [Fact]
    public void Import_LocationNotInTable_RecipientByFtsIdWithAWarning()
    {
        const string Atlantis = """{"type": "Location", "id": "9999", "name": "Atlantis", "behavior": "single"}""";

        FtsImportResult result = FtsData.Import(null, FtsData.Page([FtsData.Flow("50", destination: Atlantis)]));

        result.Ledger.Commitments.Single().Recipient.Should().Be(Party.Organisation("fts-location-9999", "Atlantis"));
        result
            .Report.Warnings.Should()
            .ContainSingle(w => w.Contains("Flow 50") && w.Contains("'Atlantis'") && w.Contains("9999"));
    }

    [Fact]
    public void Import_OccupiedPalestinianTerritory_IsPse()
    {
        const string Opt =
            """{"type": "Location", "id": "180", "name": "occupied Palestinian territory", "behavior": "single"}""";

        FtsImportResult result = FtsData.Import(null, FtsData.Page([FtsData.Flow("51", destination: Opt)]));

        result.Ledger.Commitments.Single().Recipient.Should().Be(Party.Country("PSE"));
    }

    [Fact]
    public void Import_MissingAmountUsd_NotImportedAndCounted()
    {
        FtsImportResult result = FtsData.Import(
            null,
            FtsData.Page([FtsData.Flow("60", amountUsd: "null"), FtsData.Flow("61", amountUsd: "5")], funding: "5")
        );

        result.Ledger.Commitments.Select(c => c.Id).Should().Equal("fts-61");
        result.Report.CountOf(FtsSkipReason.MissingAmountUsd).Should().Be(1);
        result.Report.SkippedFlows.Single().Message.Should().Be("Flow 60 is not imported: it has no amountUSD.");
        result.Report.HasRejectedFlows.Should().BeTrue();
    }

    [Fact]
    public void Import_MissingDateOrUnknownStatus_NotImportedAndCounted()
    {
        FtsImportResult result = FtsData.Import(
            null,
            FtsData.Page([FtsData.Flow("62", date: "null"), FtsData.Flow("63", status: "rumour")])
        );

        result.Ledger.Commitments.Should().BeEmpty();
        result.Report.CountOf(FtsSkipReason.MissingDate).Should().Be(1);
        result.Report.CountOf(FtsSkipReason.UnknownStatus).Should().Be(1);
        result.Report.SkippedFlows[1].Message.Should().Contain("'rumour'");
    }

    [Fact]
    public void Import_PagesRepeatingFlows_EachFlowOnce()
    {
        string first = FtsData.Page(
            [FtsData.Flow("70", amountUsd: "10"), FtsData.Flow("71", amountUsd: "20")],
            funding: "60",
            count: 3
        );
        string second = FtsData.Page(
            [FtsData.Flow("71", amountUsd: "20"), FtsData.Flow("72", amountUsd: "30")],
            summary: false,
            count: 3
        );

        FtsImportResult result = FtsData.Import(null, second, first);

        result.Ledger.Commitments.Select(c => c.Id).Should().BeEquivalentTo(["fts-70", "fts-71", "fts-72"]);
        result.Report.RepeatedFlows.Should().Be(1);
        result.Report.FlowsRead.Should().Be(3);
        result.Report.HasAllPages.Should().BeTrue();
        result.Report.ImportedFundingUsd.Should().Be(60m);
        result.Report.FundingTotalAgrees.Should().BeTrue();
    }

    [Fact]
    public void Import_RepeatedFlowWithOtherFigures_FirstKeptAndWarned()
    {
        string first = FtsData.Page([FtsData.Flow("73", amountUsd: "10")], funding: "10", count: 1);
        string second = FtsData.Page([FtsData.Flow("73", amountUsd: "11")], summary: false, count: 1);

        FtsImportResult result = FtsData.Import(null, first, second);

        result.Ledger.Commitments.Single().Amount!.Value.Amount.Should().Be(10m);
        result.Report.Warnings.Should().ContainSingle(w => w.Contains("Flow 73") && w.Contains("11 USD"));
    }

    [Fact]
    public void Import_PageOfAnotherSearch_RefusedNamingBothPages()
    {
        string first = FtsData.Page([FtsData.Flow("80")], funding: "1000000", count: 2);
        string other = FtsData.Page([FtsData.Flow("81")], funding: "999", count: 2);

        Action act = () => FtsData.Import(null, first, other);

        act.Should()
            .Throw<FtsFormatException>()
            .Where(e => e.FileName == "page-2.json" && e.Message.Contains("page-1.json") && e.Message.Contains("999"));
    }

    [Fact]
    public void Import_StreamOfOnePage_SameAsPage()
    {
        using var stream = new MemoryStream(
            System.Text.Encoding.UTF8.GetBytes(FtsData.Page([FtsData.Flow("90", amountUsd: "42")], funding: "42"))
        );

        FtsImportResult result = new FtsImporter(FtsData.Clock).ImportStream(
            stream,
            "standard input",
            FtsImportOptions.Default
        );

        result.Report.Pages.Single().Name.Should().Be("standard input");
        result.Report.ImportedFundingUsd.Should().Be(42m);
    }
}

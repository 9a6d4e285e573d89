using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>The sample ledger (samples/japan-ukraine.ledger.json) summarised as the issue asks, with the real
/// figures.</summary>
public class SummaryWorkedExampleTests
{
    private static readonly SummaryQuery InUsdByFiscalYear = new SummaryQuery
    {
        ReportingCurrency = Currency.USD,
    }.GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear);

    [Fact]
    public void Summarize_SampleInUsdByDonorFiscalYear_Fy2024HoldsTheCumulativeFigureWithThePackageInsideIt()
    {
        Summary summary = Sample.Summarize(InUsdByFiscalYear);

        SummaryGroup fy2024 = summary.GetGroup("JPN", "FY2024");
        fy2024.RecordCount.Should().Be(1);
        fy2024.Total.Rounded.Should().Be(new AidTracker.Money(12_400_000_000m, Currency.USD));
        fy2024.Total.Qualifier.Should().Be(AmountQualifier.AtLeast);
        fy2024.Key.Should().Equal(new Dictionary<string, string> { ["donor"] = "JPN", ["fiscal-year"] = "FY2024" });
        summary
            .Counts.InsideCountedParent.Should()
            .Be(3, "the package, the loan and its top-up are itemised parts of the cumulative figure");
        summary.Counts.Counted.Should().Be(1);
        summary.Counts.Considered.Should().Be(4);
        summary.Groups.Should().ContainSingle();
        summary.RatesUsed.Should().BeEmpty("the cumulative figure is in dollars already");
        summary.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Summarize_LoanAndTopUpOnTheirOwnInUsd_AreAtMostInFy2022WithTheRateOfEachDate()
    {
        Summary summary = Sample.Summarize(InUsdByFiscalYear.WhereIds("jp-ua-dpl-2022", "jp-ua-dpl-2022-top-up"));

        SummaryGroup fy2022 = summary.Groups.Should().ContainSingle().Subject;
        fy2022.Label.Should().Be("JPN, FY2022");
        fy2022.RecordCount.Should().Be(2);
        fy2022
            .Total.Qualifier.Should()
            .Be(AmountQualifier.AtMost, "up to 13 billion yen plus exactly 65 billion yen is up to 78 billion yen");
        summary
            .RatesUsed.Select(r => (r.From.Code, r.To.Code, r.RequestedDate))
            .Should()
            .Equal(("JPY", "USD", new LocalDate(2022, 4, 28)), ("JPY", "USD", new LocalDate(2022, 6, 7)));
        summary.RatesUsed.Should().OnlyContain(r => r.Source == "ECB" && r.Basis == RateBasis.Daily);
        summary.RateSourceName.Should().Be(ExchangeRateSources.Default.Name);
    }

    [Fact]
    public void Summarize_SamplePerCurrency_TopUpChainIsUpTo78BillionYen()
    {
        Summary summary = Sample.Summarize(
            new SummaryQuery().GroupedBy(GroupKey.DonorFiscalYear).WhereIds("jp-ua-dpl-2022", "jp-ua-dpl-2022-top-up")
        );

        SummaryTotal yen = summary.GetGroup("FY2022").Total;
        yen.Value.Should().Be(Amount(78_000_000_000m, "JPY", AmountQualifier.AtMost));
        summary.Total.Should().Be(yen);
        summary
            .Counts.Counted.Should()
            .Be(2, "the top-up is counted on its own, in addition to the loan it supplements");
        summary.RatesUsed.Should().BeEmpty();
        summary.RateSourceName.Should().BeNull();
    }

    [Fact]
    public void Summarize_PackageOnItsOwn_Is58825751Point29UsdInJapanFy2024AtTheEcbRateOf20250227()
    {
        Summary summary = Sample.Summarize(InUsdByFiscalYear.WhereIds("jp-ua-erp-4"));

        SummaryGroup group = summary.GetGroup("JPN", "FY2024");
        group.Total.Value.Should().Be(Amount(58_825_751.29m, "USD"));
        summary.Total.Rounded.Amount.Should().Be(58_825_751.29m);
        summary
            .Total.Exact.Amount.Should()
            .NotBe(58_825_751.29m, "the exact total keeps full precision; only the reported one is rounded");
        summary.Counts.ExcludedByFilter.Should().Be(3);
        summary.Counts.Counted.Should().Be(1);
        UsedRate rate = summary.RatesUsed.Should().ContainSingle().Subject;
        rate.RequestedDate.Should().Be(new LocalDate(2025, 2, 27));
        rate.UsedDate.Should().Be(new LocalDate(2025, 2, 27));
        rate.Basis.Should().Be(RateBasis.Daily);
        rate.Source.Should().Be("ECB");
        rate.AnsweredBy.Should().Be("ECB");
        rate.Rate.Pivot.Should().Be(Currency.EUR);
        rate.Rate.Legs.Select(l => l.Value).Should().Equal(156.73m, 1.0477m);
    }

    [Fact]
    public void Reconcile_StatedEquivalentOfThePackage_HoldsAsApproximatelyWithA7Point6PercentGap()
    {
        Summary summary = Sample.Summarize(InUsdByFiscalYear.WhereIds("jp-ua-erp-4"));

        Reconciliation check = summary.Reconcile(QualifiedMoney.Parse("approximately 63.3 million US dollars"));

        check.Outcome.Should().Be(ReconciliationOutcome.Holds);
        check.Difference.Should().Be(new AidTracker.Money(4_474_248.71m, Currency.USD));
        Math.Round(check.RelativeDifference!.Value, 3).Should().Be(0.076m);
        check
            .ToString()
            .Should()
            .Be(
                "\"approximately USD 63,300,000.00\" holds against the computed USD 58,825,751.29: 7.61% above it (USD "
                    + "4,474,248.71), within the tolerance of 10%."
            );
    }

    [Fact]
    public void StatedEquivalentCheck_Package_ShowsImplied139Point02NextToMarket149Point59()
    {
        Commitment package = Sample.GetCommitment("jp-ua-erp-4");

        StatedEquivalentCheck check = StatedEquivalentCheck.CheckAll(package).Should().ContainSingle().Subject;

        Math.Round(check.ImpliedRate.Value, 2).Should().Be(139.02m);
        check.ImpliedRate.Base.Should().Be(Currency.USD);
        check.ImpliedRate.Basis.Should().Be(RateBasis.Stated);
        Math.Round(check.MarketRate!.Value, 3).Should().Be(149.594m);
        check.MarketRate.Base.Should().Be(Currency.USD);
        Math.Round(check.RateGap!.Value, 3).Should().Be(0.076m);
        check.Conversion!.Rounded.Should().Be(new AidTracker.Money(58_825_751.29m, Currency.USD));
        check.Reconciliation!.Holds.Should().BeTrue();
        check
            .ToString()
            .Should()
            .StartWith(
                "jp-ua-erp-4: JPY 8,800,000,000 stated as approximately USD 63,300,000.00: implied 139.02 JPY per USD, "
                    + "market 149.59 (ECB, 2025-02-27), gap 7.61%"
            );
    }

    [Fact]
    public void Reconcile_CumulativeClaim_OverTwelvePointFourBillionHolds()
    {
        Summary summary = Sample.Summarize(InUsdByFiscalYear);

        Reconciliation check = summary.GetGroup("JPN", "FY2024").Reconcile(QualifiedMoney.Parse("over $12.4 billion"));

        check.Outcome.Should().Be(ReconciliationOutcome.Holds);
        check.Difference.IsZero.Should().BeTrue();
    }
}

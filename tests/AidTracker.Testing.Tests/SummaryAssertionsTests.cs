using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Testing.Tests;

public class SummaryAssertionsTests
{
    private static readonly LocalDate February27 = WorkedExample.February27;
    private static readonly SummaryQuery InUsd = new() { ReportingCurrency = Currency.USD };

    /// <summary>The package and the cumulative figure of the worked example; the package is part of the cumulative
    /// figure.</summary>
    private static readonly Ledger Japan = TestLedger
        .Create()
        .Commitment("cumulative", "over $12.4 billion", on: new LocalDate(2025, 3, 5))
        .Commitment("erp-4", "8.8 billion yen", on: February27, parent: "cumulative")
        .Commitment("dpl-2022", "up to 13 billion yen", on: new LocalDate(2022, 4, 28), instrument: AidInstrument.Loan)
        .Build();

    private static Summary Package => Japan.Summarize(InUsd.WhereIds("erp-4"));

    [Fact]
    public void HaveTotal_WorkedExample_PassesRoundedAndExact()
    {
        Summary summary = Package;

        summary.Should().HaveTotal("USD 58,825,751.29").And.HaveTotal(summary.Total.Exact).And.BeComplete();
    }

    [Fact]
    public void HaveTotal_OtherAmount_ShowsTotalExactValueAndDifference()
    {
        Summary summary = Package;

        Failure
            .Of(() => summary.Should().HaveTotal("USD 63.3 million"))
            .Should()
            .Be(
                "Expected summary to have a total of USD 63,300,000.00, but its total is USD 58,825,751.29 (exact: USD "
                    + "58,825,751.29203088113315893584), USD 4,474,248.71 less than expected."
            );
    }

    [Fact]
    public void HaveTotal_QualifiedFigure_ComparesTheQualifier()
    {
        Summary summary = Japan.Summarize(InUsd.WhereIds("cumulative"));

        summary.Should().HaveTotal("over $12.4 billion");
        Failure
            .Of(() => summary.Should().HaveTotal("USD 12.4 billion"))
            .Should()
            .Be(
                "Expected summary to have a total of USD 12,400,000,000.00, but its total is over USD "
                    + "12,400,000,000.00: the amounts agree but the qualifier is AtLeast, not Exact."
            );
    }

    [Fact]
    public void HaveTotal_PerCurrency_ComparesTheTotalInTheExpectedCurrency()
    {
        Summary summary = Japan.Summarize(new SummaryQuery().WhereIds("cumulative", "dpl-2022"));

        summary.Should().HaveTotal("up to 13 billion yen").And.HaveTotal("over $12.4 billion");
        Failure
            .Of(() => summary.Should().HaveTotal("EUR 1 billion"))
            .Should()
            .Be(
                "Expected summary to have a total of EUR 1,000,000,000.00, but it has no total in EUR: its totals are "
                    + "up to JPY 13,000,000,000; over USD 12,400,000,000.00."
            );
    }

    [Fact]
    public void HaveTotal_NothingCounted_SaysWhy()
    {
        Summary summary = Japan.Summarize(InUsd.WhereIds("nothing"));

        Failure
            .Of(() => summary.Should().HaveTotal("USD 1"))
            .Should()
            .StartWith(
                "Expected summary to have a total of USD 1.00, but its total is USD 0.00, USD 1.00 less than expected."
            );
    }

    [Fact]
    public void HaveTotal_IncompleteSummary_SaysWhatWasNotConverted()
    {
        Ledger ledger = TestLedger
            .Create()
            .Commitment("erp-4", "8.8 billion yen", on: February27)
            .Commitment("uah", "UAH 1 million", on: February27)
            .Build();
        Summary summary = ledger.Summarize(InUsd.WithRateSource(WorkedExample.EcbRates));

        string message = Failure.Of(() => summary.Should().HaveTotal("USD 58,849,815.51"));

        message
            .Should()
            .StartWith(
                "Expected summary to have a total of USD 58,849,815.51, but its total is USD 58,825,751.29 (exact: USD "
                    + "58,825,751.29203088113315893584), USD 24,064.22 less than expected. "
                    + "The summary is incomplete: 1 amount was not converted (uah: UAH 1,000,000.00 not converted: "
            );
    }

    [Fact]
    public void BeComplete_IncompleteSummary_ListsWhatIsMissing()
    {
        Ledger ledger = TestLedger
            .Create()
            .Commitment("uah", "UAH 1 million", on: February27)
            .Commitment("parent", amount: null, on: February27)
            .Build();
        Summary summary = ledger.Summarize(InUsd.WithRateSource(WorkedExample.EcbRates));

        string message = Failure.Of(() => summary.Should().BeComplete("every amount must be in the total"));

        message
            .Should()
            .StartWith(
                "Expected summary to be complete because every amount must be in the total, but 1 amount was not "
                    + "converted (uah: UAH 1,000,000.00 not converted: "
            )
            .And.EndWith(") and 1 counted record has no amount (parent).");
    }

    [Fact]
    public void HaveGroup_ByKeyValuesOrLabel_FindsTheGroupAndItsTotal()
    {
        Summary summary = Japan.Summarize(InUsd.GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear));

        summary
            .Should()
            .HaveGroup(["JPN", "FY2024"])
            .WithTotal("over $12.4 billion")
            .WithRecordCount(1)
            .And.HaveGroup("JPN, FY2022")
            .WithTotal("up to USD 99,398,381.10")
            .Which.Label.Should()
            .Be("JPN, FY2022");
    }

    [Fact]
    public void HaveGroup_OneKey_MatchesItsValue()
    {
        Summary summary = Japan.Summarize(InUsd.GroupedBy(GroupKey.Instrument));

        summary.Should().HaveGroup("loan").WithRecordCount(1).And.HaveGroup("grant").WithTotal("over $12.4 billion");
    }

    [Fact]
    public void HaveGroup_Missing_ListsTheGroupsWithTheirTotals()
    {
        Summary summary = Japan.Summarize(InUsd.GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear));

        Failure
            .Of(() => summary.Should().HaveGroup(["JPN", "FY2023"]))
            .Should()
            .Be(
                "Expected summary to have the group JPN, FY2023, but its groups are: JPN, FY2022 (up to USD "
                    + "99,398,381.10); JPN, FY2024 (over USD 12,400,000,000.00)."
            );
    }

    [Fact]
    public void WithTotal_OtherAmount_NamesTheGroup()
    {
        Summary summary = Japan.Summarize(InUsd.GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear));

        Failure
            .Of(() => summary.Should().HaveGroup("JPN, FY2024").WithTotal("over $12.5 billion"))
            .Should()
            .Be(
                "Expected the group JPN, FY2024 of summary to have a total of over USD 12,500,000,000.00, but its "
                    + "total is over USD 12,400,000,000.00, USD 100,000,000.00 less than expected."
            );
    }

    [Fact]
    public void WithRecordCount_OtherCount_NamesTheGroup()
    {
        Summary summary = Japan.Summarize(InUsd.GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear));

        Failure
            .Of(() => summary.Should().HaveGroup("JPN, FY2024").WithRecordCount(2))
            .Should()
            .Be("Expected the group JPN, FY2024 of summary to have 2 counted records, but it has 1.");
    }

    [Fact]
    public void HaveGroup_MissingInsideAssertionScope_ReportsOnlyTheMissingGroup()
    {
        Summary summary = Package;

        string message = Failure.Of(() =>
        {
            using var scope = new FluentAssertions.Execution.AssertionScope();
            summary.Should().HaveGroup("nowhere").WithTotal("USD 1").WithRecordCount(3);
        });

        message
            .TrimEnd()
            .Should()
            .Be("Expected summary to have the group nowhere, but its groups are: (all) (USD 58,825,751.29).");
    }

    [Fact]
    public void HaveUsedRate_CrossRateAndItsLegs_Pass()
    {
        Summary summary = Package;

        summary.Should().HaveUsedRate("JPY", "USD", February27).Which.RequestedDate.Should().Be(February27);
        summary.Should().HaveUsedRate("EUR", "JPY", February27).And.HaveUsedRate("USD", "EUR", February27);
    }

    [Fact]
    public void HaveUsedRate_OtherDate_ListsTheRatesUsed()
    {
        Summary summary = Package;

        Failure
            .Of(() => summary.Should().HaveUsedRate("JPY", "USD", new LocalDate(2025, 2, 28)))
            .Should()
            .Be(
                "Expected summary to have used the JPY/USD rate of 2025-02-28, but the rates it used are: JPY/USD "
                    + "requested 2025-02-27, used 2025-02-27: 0.0066847444650035092196771518 (ECB, Daily)."
            );
    }

    [Fact]
    public void HaveUsedRate_NothingConverted_SaysSo()
    {
        Summary summary = Japan.Summarize(InUsd.WhereIds("cumulative"));

        Failure
            .Of(() => summary.Should().HaveUsedRate("JPY", "USD", February27))
            .Should()
            .Be(
                "Expected summary to have used the JPY/USD rate of 2025-02-27, but it used no rate (nothing was "
                    + "converted)."
            );
    }

    [Fact]
    public void HaveTotal_NullSummary_SaysNull()
    {
        Summary summary = null!;

        Failure
            .Of(() => summary.Should().HaveTotal("USD 1"))
            .Should()
            .Be("Expected summary to have a total of USD 1.00, but found <null>.");
    }
}

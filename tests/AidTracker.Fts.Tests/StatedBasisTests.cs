using AidTracker.Aggregation;

namespace AidTracker.Fts.Tests;

/// <summary>The stated basis on imported FTS flows: each flow's amountUSD where it has one.</summary>
public class StatedBasisTests
{
    [Fact]
    public void SummarizeStated_AfghanistanImport_EqualsFtsFundingTotalToTheDollar()
    {
        Ledger ledger = new FtsImporter(FtsData.Clock).Import(FtsData.AfghanistanPages).Ledger;
        var query = new SummaryQuery { Measure = Measure.Committed, ReportingCurrency = Currency.USD };

        StatedSummary stated = ledger.SummarizeStated(query);

        stated.Summary.Total.Exact.Should().Be(new Money(FtsData.AfghanistanFundingTotal, Currency.USD));
        stated.StatedCommitments.Should().Be(175);
        stated.Summary.RatesUsed.Should().BeEmpty("every commitment is in USD or has a stated USD figure");
        ledger
            .Summarize(query)
            .Total.Amount.Should()
            .NotBe(stated.Summary.Total.Amount, "market rates are not FTS's rates");
    }

    [Fact]
    public void SummarizeStated_Pledges_EqualsFtsPledgeTotal()
    {
        string pledgeInEuro = FtsData.Flow(
            "1",
            "pledge",
            amountUsd: "1117000",
            originalAmount: "1000000",
            originalCurrency: "EUR",
            exchangeRate: "0.895"
        );
        string pledgeInUsd = FtsData.Flow("2", "pledge", amountUsd: "250000");
        string paid = FtsData.Flow("3", "paid", amountUsd: "5000");
        FtsImportResult result = FtsData.Import(
            null,
            FtsData.Page([pledgeInEuro, pledgeInUsd, paid], funding: "5000", pledges: "1367000")
        );

        StatedSummary stated = result.Ledger.SummarizeStated(
            new SummaryQuery { Measure = Measure.Pledged, ReportingCurrency = Currency.USD }
        );

        result.Report.PledgeTotalAgrees.Should().BeTrue();
        stated.Summary.Total.Exact.Should().Be(new Money(1_367_000m, Currency.USD));
        stated.StatedCommitments.Should().Be(1);
    }

    [Fact]
    public void SummarizeStated_NoReportingCurrency_Throws()
    {
        Action act = () => Ledger.Empty.SummarizeStated(new SummaryQuery());

        act.Should().Throw<ArgumentException>().WithMessage("*reporting currency*");
    }
}

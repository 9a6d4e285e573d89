using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

public class UndisbursedBalancesTests
{
    /// <summary>Japan's development policy loan of 28 April 2022: "up to 13 billion yen".</summary>
    private static readonly Commitment Loan = Commitment(
        "jp-ua-dpl-2022",
        13_000_000_000m,
        "JPY",
        new LocalDate(2022, 4, 28),
        qualifier: AmountQualifier.AtMost
    );

    private static Disbursement Paid(
        string id,
        string commitmentId,
        decimal amount,
        string currency,
        LocalDate date,
        Party? donor = null
    ) =>
        new()
        {
            Id = id,
            CommitmentId = commitmentId,
            Donor = donor ?? Japan,
            Recipient = Ukraine,
            Amount = Amount(amount, currency),
            Date = date,
        };

    [Fact]
    public void SummarizeUndisbursed_LoanPartlyPaid_BalanceToTheCutOffKeepsTheCeiling()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Loan,
            Paid("d1", Loan.Id, 5_000_000_000m, "JPY", new LocalDate(2022, 7, 1)),
            Paid("d2", Loan.Id, 4_000_000_000m, "JPY", new LocalDate(2023, 1, 10))
        );

        UndisbursedSummary atYearEnd = ledger.SummarizeUndisbursed(
            new SummaryQuery().WithAsOf(new LocalDate(2022, 12, 31))
        );
        UndisbursedSummary all = ledger.SummarizeUndisbursed(new SummaryQuery());

        atYearEnd.Undisbursed.Total.Value.Should().Be(Amount(8_000_000_000m, "JPY", AmountQualifier.AtMost));
        atYearEnd.Disbursed.Total.Value.Should().Be(Amount(5_000_000_000m, "JPY"));
        atYearEnd.DisbursementRate.Should().Be(5m / 13m);
        all.Undisbursed.Total.Value.Should().Be(Amount(4_000_000_000m, "JPY", AmountQualifier.AtMost));
        all.Committed.Total.Value.Should().Be(Amount(13_000_000_000m, "JPY", AmountQualifier.AtMost));
        all.DisbursementRate.Should().Be(9m / 13m);
        all.OverDisbursed.Should().BeEmpty();
        all.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void SummarizeUndisbursed_OneCommitmentOverDisbursed_ReportedNotNetted()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("a", 100m, "EUR", new LocalDate(2024, 1, 10)),
            Commitment("b", 100m, "EUR", new LocalDate(2024, 1, 10)),
            Paid("pa", "a", 130m, "EUR", new LocalDate(2024, 2, 1)),
            Paid("pb", "b", 40m, "EUR", new LocalDate(2024, 2, 1))
        );

        UndisbursedSummary result = ledger.SummarizeUndisbursed(new SummaryQuery());

        result.Undisbursed.Total.Amount.Should().Be(60m, "a's excess of 30 is not taken off b's balance of 60");
        result.Disbursed.Total.Amount.Should().Be(170m);
        result.DisbursementRate.Should().Be(0.85m);
        OverDisbursement over = result.OverDisbursed.Should().ContainSingle().Subject;
        over.CommitmentId.Should().Be("a");
        over.Excess.Should().Be(new AidTracker.Money(30m, "EUR"));
        over.ToString().Should().Be("a: disbursed EUR 130.00 against EUR 100.00 (EUR 30.00 more)");
    }

    [Fact]
    public void SummarizeUndisbursed_DisbursementAgainstAPart_CountsAgainstTheParent()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("parent", 200m, "EUR", new LocalDate(2024, 1, 10)),
            Commitment("child", 50m, "EUR", new LocalDate(2024, 1, 10), parent: "parent"),
            Paid("p", "child", 20m, "EUR", new LocalDate(2024, 2, 1))
        );

        UndisbursedSummary result = ledger.SummarizeUndisbursed(new SummaryQuery());

        result.Undisbursed.Total.Amount.Should().Be(180m);
        ledger.SummarizeUndisbursed(new SummaryQuery().WhereIds("child")).Undisbursed.Total.Amount.Should().Be(30m);
    }

    [Fact]
    public void SummarizeUndisbursed_DisbursementInDollars_ConvertsAtTheEcbRateOfItsValueDate()
    {
        // ECB 2025-02-27: 1 EUR = 1.0477 USD, so USD 1,047.70 is EUR 1,000.
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("eur", 5_000m, "EUR", new LocalDate(2025, 1, 10)),
            Paid("usd", "eur", 1_047.70m, "USD", new LocalDate(2025, 2, 27))
        );

        UndisbursedSummary result = ledger.SummarizeUndisbursed(new SummaryQuery());

        result.Undisbursed.Total.Value.Should().Be(Amount(4_000m, "EUR"));
        result.DisbursementRate.Should().Be(0.2m);
    }

    [Fact]
    public void SummarizeUndisbursed_NoRateForADisbursement_ListedAndIncomplete()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("eur", 5_000m, "EUR", new LocalDate(2025, 1, 10)),
            Paid("usd", "eur", 1_047.70m, "USD", new LocalDate(2025, 2, 27))
        );

        UndisbursedSummary result = ledger.SummarizeUndisbursed(
            new SummaryQuery().WithRateSource(new FixedRateSource("none"))
        );

        result.IsComplete.Should().BeFalse();
        result.UnconvertedDisbursements.Should().ContainSingle().Which.RecordId.Should().Be("usd");
        result.Undisbursed.Total.Amount.Should().Be(5_000m);
    }

    [Fact]
    public void GetDisbursementRate_ByDonor_DisbursedOverCommittedPerGroup()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Loan,
            Commitment("us", 1_000_000m, "USD", new LocalDate(2024, 5, 1), donor: UnitedStates),
            Paid("d1", Loan.Id, 3_250_000_000m, "JPY", new LocalDate(2022, 7, 1)),
            Paid("u1", "us", 1_000_000m, "USD", new LocalDate(2024, 6, 1), donor: UnitedStates)
        );

        UndisbursedSummary result = ledger.SummarizeUndisbursed(new SummaryQuery().GroupedBy(GroupKey.Donor));

        result.GetDisbursementRate("JPN").Should().Be(0.25m);
        result.GetDisbursementRate("USA").Should().Be(1m);
        result.DisbursementRate.Should().BeNull("the totals stay per currency");
        result.Undisbursed.GetGroup("USA").Total.Amount.Should().Be(0m);
        Action missing = () => result.GetDisbursementRate("GBR");
        missing.Should().Throw<KeyNotFoundException>().WithMessage("*GBR*");
    }

    [Fact]
    public void SummarizeUndisbursed_MeasureDisbursed_ThrowsNamingTheMeasure()
    {
        Action act = () => Sample.SummarizeUndisbursed(new SummaryQuery().WithMeasure(Measure.Disbursed));

        act.Should().Throw<ArgumentException>().WithMessage("*measure is Disbursed*committed or pledged*");
    }

    [Fact]
    public void SummarizeUndisbursed_SampleWithoutDisbursements_BalanceIsTheCommitment()
    {
        UndisbursedSummary result = Sample.SummarizeUndisbursed(new SummaryQuery().WithReportingCurrency(Currency.USD));

        result.Undisbursed.Total.Value.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
        result.DisbursementRate.Should().Be(0m);
    }
}

using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>Summaries at grant equivalent: loans at face value × grant element, grants at face value, mixed, converted
/// and not.</summary>
public class GrantEquivalentsTests
{
    // 1.0%, 30 years, 10 years' grace, equal-principal, semi-annual, at the lower-middle-income 7%.
    private const decimal ElementAt7 = 0.620582127644m;

    private static readonly SummaryQuery ThreeParts = new SummaryQuery()
        .WhereIds("jp-ua-erp-4", "jp-ua-dpl-2022", "jp-ua-dpl-2022-top-up")
        .GroupedBy(GroupKey.Instrument);

    [Fact]
    public void SummarizeGrantEquivalent_SampleLoansAndGrantPerCurrency_LoansAtTheirGrantEquivalentBesideFaceValue()
    {
        GrantEquivalentSummary result = Sample.SummarizeGrantEquivalent(
            ThreeParts,
            IncomeGroupTable.ForAll(IncomeGroup.LowerMiddleIncome)
        );

        result.FaceValue.GetGroup("loan").Total.Value.Should().Be(QualifiedMoney.Parse("up to 78 billion yen"));
        // 48,405,405,956.232
        result.GrantEquivalent.GetGroup("loan").Total.Exact.Amount.Should().Be(78_000_000_000m * ElementAt7);
        result
            .GrantEquivalent.GetGroup("loan")
            .Total.Rounded.Should()
            .Be(new AidTracker.Money(48_405_405_956m, Currency.JPY));
        result
            .GrantEquivalent.GetGroup("loan")
            .Total.Qualifier.Should()
            .Be(AmountQualifier.AtMost, "the grant equivalent of 'up to' a face value is 'up to'");
        result
            .GrantEquivalent.GetGroup("grant")
            .Total.Should()
            .Be(result.FaceValue.GetGroup("grant").Total, "grants count at face value");
        result.GrantEquivalent.Groups.Select(g => g.Label).Should().Equal(result.FaceValue.Groups.Select(g => g.Label));
        result.Loans.Select(l => l.Loan.Id).Should().Equal("jp-ua-dpl-2022", "jp-ua-dpl-2022-top-up");
        result
            .Loans.Should()
            .OnlyContain(l =>
                l.Result!.GrantElement == ElementAt7
                && l.Result.Rule == LoanDiscountRule.Dac(IncomeGroup.LowerMiddleIncome)
            );
        result.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void SummarizeGrantEquivalent_ConvertedAtFixedRate_ConvertsTheGrantEquivalent()
    {
        var rate = new ExchangeRate(
            Currency.JPY,
            Currency.USD,
            0.0075m,
            new LocalDate(2022, 1, 1),
            RateBasis.Fixed,
            "test"
        );
        SummaryQuery query = ThreeParts.WithReportingCurrency(Currency.USD).WithPolicy(ConversionPolicy.Fixed(rate));

        GrantEquivalentSummary result = Sample.SummarizeGrantEquivalent(
            query,
            IncomeGroupTable.ForAll(IncomeGroup.LowerMiddleIncome)
        );

        // 48,405,405,956.232 × 0.0075
        result
            .GrantEquivalent.GetGroup("loan")
            .Total.Rounded.Should()
            .Be(new AidTracker.Money(363_040_544.67m, Currency.USD));
        result
            .GrantEquivalent.GetGroup("grant")
            .Total.Rounded.Should()
            .Be(new AidTracker.Money(66_000_000m, Currency.USD));
        result.GrantEquivalent.Total.Rounded.Should().Be(new AidTracker.Money(429_040_544.67m, Currency.USD));
        result.FaceValue.Total.Rounded.Should().Be(new AidTracker.Money(651_000_000m, Currency.USD));
    }

    [Fact]
    public void SummarizeGrantEquivalent_ConvertedAtEcbRates_IsTheElementTimesTheConvertedFaceValue()
    {
        SummaryQuery query = ThreeParts.WithReportingCurrency(Currency.USD);

        GrantEquivalentSummary result = Sample.SummarizeGrantEquivalent(
            query,
            IncomeGroupTable.ForAll(IncomeGroup.LeastDeveloped)
        );

        // Both loans have one element, and conversion is linear: at 9%, 71.18% of the loans' face value in USD.
        decimal face = result.FaceValue.GetGroup("loan").Total.Exact.Amount;
        result
            .GrantEquivalent.GetGroup("loan")
            .Total.Exact.Amount.Should()
            .BeApproximately(face * 0.711774191993m, 0.000001m);
        result
            .GrantEquivalent.GetGroup("grant")
            .Total.Rounded.Should()
            .Be(new AidTracker.Money(58_825_751.29m, Currency.USD), "the fourth package at the ECB rate of 2025-02-27");
        result.GrantEquivalent.RatesUsed.Should().HaveCount(3);
    }

    [Fact]
    public void SummarizeGrantEquivalent_WholeSample_CountsCumulativeAtItsOwnAmount_ViewItemisesTheLoans()
    {
        SummaryQuery query = new SummaryQuery().GroupedBy(GroupKey.Instrument);

        GrantEquivalentSummary result = Sample.SummarizeGrantEquivalent(
            query,
            IncomeGroupTable.ForAll(IncomeGroup.LowerMiddleIncome)
        );
        Summary parts = result.View.Summarize(query.ItemisedParts());

        result
            .GrantEquivalent.Total.Value.Should()
            .Be(QualifiedMoney.Parse("over $12.4 billion"), "the cumulative figure's composition is not known");
        parts.GetGroup("loan").Total.Rounded.Should().Be(new AidTracker.Money(48_405_405_956m, Currency.JPY));
        result.Loans.Should().HaveCount(2);
    }

    [Fact]
    public void SummarizeGrantEquivalent_LoanBelowTheMinimum_IsZeroAndSaysWhy()
    {
        Commitment dear = Loan("dear", 100_000_000m, "USD", new LoanTerms(0.05m, 10, 2));
        AidTracker.Ledger ledger = LedgerOf(dear, Commitment("grant", 10m, "USD", new LocalDate(2024, 1, 1)));

        GrantEquivalentSummary result = ledger.SummarizeGrantEquivalent(
            new SummaryQuery(),
            IncomeGroupTable.ForAll(IncomeGroup.LowerMiddleIncome)
        );

        result.GrantEquivalent.Total.Rounded.Should().Be(new AidTracker.Money(10m, Currency.USD));
        result.FaceValue.Total.Rounded.Should().Be(new AidTracker.Money(100_000_010m, Currency.USD));
        LoanEvaluation loan = result.Loans.Should().ContainSingle().Subject;
        loan.Result!.MeetsMinimum.Should().BeFalse();
        loan.Explanation.Should().Contain("below the 15% minimum").And.Contain("grant equivalent 0 as ODA");
        result.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void SummarizeGrantEquivalent_LoanWithoutTermsOrIncomeGroup_IsUnknownAndTheSummaryIncomplete()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Loan("no-terms", 1_000m, "USD", null),
            Loan("covered", 1_000m, "USD", new LoanTerms(0m, 1, 0, paymentsPerYear: 1)),
            Loan("too-early", 1_000m, "USD", new LoanTerms(0m, 1, 0, paymentsPerYear: 1)) with
            {
                Date = new LocalDate(2021, 5, 1),
            }
        );
        IncomeGroupTable groups = IncomeGroupTable.Parse("recipient,year,income-group\nUKR,2022,lmic\n", "groups.csv");

        GrantEquivalentSummary result = ledger.SummarizeGrantEquivalent(new SummaryQuery(), groups);

        result.IsComplete.Should().BeFalse();
        result.GrantEquivalent.RecordsWithoutAmount.Should().Equal("no-terms", "too-early");
        result.Loans.Single(l => l.Loan.Id == "no-terms").Problem.Should().Contain("no terms");
        result
            .Loans.Single(l => l.Loan.Id == "too-early")
            .Problem.Should()
            .Be(
                "no income group is given for UKR in 2021 (income groups from groups.csv (1 row)), so the discount "
                    + "rate is unknown"
            );
        // One payment of 1,000 at t = 1 discounted at 7%: element 1 − 1 / 1.07 = 0.065420560748 (12 places), below 15%.
        LoanGrantEquivalent covered = result.Loans.Single(l => l.Loan.Id == "covered").Result!;
        covered.GrantElement.Should().Be(0.065420560748m);
        covered.GrantEquivalent.Amount.Should().Be(0m);
    }

    [Fact]
    public void SummarizeGrantEquivalent_DisbursedMeasure_Throws()
    {
        Action act = () =>
            Sample.SummarizeGrantEquivalent(
                new SummaryQuery { Measure = Measure.Disbursed },
                IncomeGroupTable.ForAll(IncomeGroup.LowIncome)
            );

        act.Should().Throw<ArgumentException>().WithMessage("*Disbursed*committed or pledged*");
    }

    private static Commitment Loan(string id, decimal amount, string currency, LoanTerms? terms) =>
        Commitment(id, amount, currency, new LocalDate(2024, 1, 1)) with
        {
            Instrument = AidInstrument.Loan,
            Terms = terms,
        };
}

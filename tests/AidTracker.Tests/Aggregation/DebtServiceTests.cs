using AidTracker.Aggregation;
using AidTracker.Periods;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>Debt service: the sample's 2022 loan and top-up, by year and by Japan's fiscal year, per currency and
/// converted.</summary>
public class DebtServiceTests
{
    [Fact]
    public void SummarizeDebtService_Sample_SchedulesTheLoanAndItsTopUpByCalendarYear()
    {
        DebtServiceTable table = Sample.SummarizeDebtService(new SummaryQuery());

        table.Loans.Select(l => l.Loan.Id).Should().Equal("jp-ua-dpl-2022", "jp-ua-dpl-2022-top-up");
        table.Loans.Should().OnlyContain(l => l.DisbursementAssumed);
        table
            .Periods.Select(p => p.Period)
            .Should()
            .Equal(
                Enumerable.Range(2022, 31).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            );
        DebtServicePeriod y2023 = table.Periods.Single(p => p.Period == "2023");
        // 2 × 65M (13bn at 0.5%) + 2 × 325M (65bn at 0.5%)
        y2023.Interest.Should().Be(new AidTracker.Money(780_000_000m, Currency.JPY));
        y2023.Principal.IsZero.Should().BeTrue();
        DebtServicePeriod y2032 = table.Periods.Single(p => p.Period == "2032");
        // the first instalments: 13bn / 40 on 28 October, 65bn / 40 on 7 December
        y2032.Principal.Should().Be(new AidTracker.Money(1_950_000_000m, Currency.JPY));
        y2032.Interest.Should().Be(new AidTracker.Money(780_000_000m, Currency.JPY));
        table
            .Total(Currency.JPY)
            .Should()
            .Be(new AidTracker.Money(78_000_000_000m + 2_632_500_000m + 13_162_500_000m, Currency.JPY));
        table.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void SummarizeDebtService_JapaneseFiscalYears_PutsEachPaymentInItsFiscalYear()
    {
        DebtServiceTable table = Sample.SummarizeDebtService(new SummaryQuery(), FiscalYearCalendar.Japan);

        DebtServicePeriod first = table.Periods[0];
        first.Period.Should().Be("FY2022");
        // 28 October 2022 and 7 December 2022
        first.Interest.Should().Be(new AidTracker.Money(390_000_000m, Currency.JPY));
        first.PaymentCount.Should().Be(2);
        table.Periods[^1].Period.Should().Be("FY2052");
    }

    [Fact]
    public void SummarizeDebtService_ConvertedAtAFixedRate_ConvertsEveryPayment()
    {
        var rate = new ExchangeRate(
            Currency.JPY,
            Currency.USD,
            0.0075m,
            new LocalDate(2022, 1, 1),
            RateBasis.Fixed,
            "test"
        );

        DebtServiceTable table = Sample.SummarizeDebtService(
            new SummaryQuery { ReportingCurrency = Currency.USD, Policy = ConversionPolicy.Fixed(rate) }
        );

        table.Periods.Should().OnlyContain(p => p.Currency == Currency.USD);
        table
            .Periods.Single(p => p.Period == "2023")
            .Interest.Should()
            .Be(new AidTracker.Money(5_850_000m, Currency.USD));
        table.Total(Currency.USD).Should().Be(new AidTracker.Money(93_795_000_000m * 0.0075m, Currency.USD));
        table.RatesUsed.Should().ContainSingle();
    }

    [Fact]
    public void SummarizeDebtService_RecordedDisbursementAndLoansWithoutTerms_UseTheDisbursementAndListTheRest()
    {
        LocalDate day = new(2024, 1, 31);
        Commitment loan = Commitment("loan", 1_000_000m, "USD", day) with
        {
            Instrument = AidInstrument.Loan,
            Terms = new LoanTerms(0.02m, 2, 1, RepaymentProfile.Bullet, 1, 0.001m),
        };
        Commitment tranche = Commitment("tranche", 400_000m, "USD", day, parent: "loan") with
        {
            Instrument = AidInstrument.Loan,
            Terms = loan.Terms,
        };
        Commitment bare = Commitment("bare", 5m, "USD", day) with { Instrument = AidInstrument.Loan };
        var paid = new Disbursement
        {
            Id = "d",
            CommitmentId = "loan",
            Donor = Japan,
            Recipient = Ukraine,
            Amount = Amount(1_000_000m, "USD"),
            Date = new LocalDate(2024, 3, 15),
        };

        DebtServiceTable table = LedgerOf(loan, tranche, bare, paid).SummarizeDebtService(new SummaryQuery());

        ScheduledLoan scheduled = table
            .Loans.Should()
            .ContainSingle("the tranche is part of the loan's schedule")
            .Subject;
        scheduled.DisbursementAssumed.Should().BeFalse();
        scheduled.Disbursement.Should().Be(new LocalDate(2024, 3, 15));
        scheduled
            .Schedule.Payments.Select(p => p.Date)
            .Should()
            .Equal(new LocalDate(2025, 3, 15), new LocalDate(2026, 3, 15));
        table
            .Periods.Select(p => (p.Period, p.Interest.Amount, p.Principal.Amount, p.Fees.Amount))
            .Should()
            .Equal(("2024", 0m, 0m, 1_000m), ("2025", 20_000m, 0m, 0m), ("2026", 20_000m, 1_000_000m, 0m));
        table
            .LeftOut.Should()
            .Equal(
                ("bare", "the loan has no terms (interest rate, maturity, grace period), so its schedule is unknown")
            );
        table.IsComplete.Should().BeFalse();
    }
}

using CsCheck;
using NodaTime;

namespace AidTracker.Tests.Ledger;

/// <summary>Repayment schedules: exact principal, the number of payments, the dates (end of month, leap years),
/// rounding.</summary>
public class LoanTermsScheduleTests
{
    private static readonly int[] PerYear = [1, 2, 4, 12];

    private static readonly LoanTerms Dpl2022 = new(0.01m, 30, 10);

    [Fact]
    public void Schedule_Dpl2022_IsSixtyPaymentsOfEqualPrincipalAfterTwentyOfInterest()
    {
        RepaymentSchedule schedule = Dpl2022.Schedule(
            new AidTracker.Money(13_000_000_000m, Currency.JPY),
            new LocalDate(2022, 4, 28)
        );

        schedule.Payments.Should().HaveCount(60);
        schedule.Payments[0].Date.Should().Be(new LocalDate(2022, 10, 28));
        schedule.Payments[^1].Date.Should().Be(new LocalDate(2052, 4, 28));
        schedule
            .Payments.Take(20)
            .Should()
            .OnlyContain(p => p.Principal.IsZero && p.Interest == new AidTracker.Money(65_000_000m, Currency.JPY));
        schedule
            .Payments.Skip(20)
            .Should()
            .OnlyContain(p => p.Principal == new AidTracker.Money(325_000_000m, Currency.JPY));
        // (13e9 − 325e6) × 0.005
        schedule.Payments[21].Interest.Should().Be(new AidTracker.Money(63_375_000m, Currency.JPY));
        schedule.Payments[^1].Interest.Should().Be(new AidTracker.Money(1_625_000m, Currency.JPY));
        schedule.Payments[^1].OutstandingAfter.IsZero.Should().BeTrue();
        schedule.TotalPrincipal.Should().Be(new AidTracker.Money(13_000_000_000m, Currency.JPY));
        // 20 × 65M + 0.005 × 325M × (40 + 39 + ... + 1)
        schedule.TotalInterest.Should().Be(new AidTracker.Money(1_300_000_000m + 1_332_500_000m, Currency.JPY));
        schedule.Payments[2].Years.Should().Be(1.5m);
    }

    [Fact]
    public void Schedule_AmountNotDivisible_LastInstalmentAbsorbsTheRest()
    {
        RepaymentSchedule schedule = Dpl2022.Schedule(
            new AidTracker.Money(1_000_000_007m, Currency.JPY),
            new LocalDate(2022, 4, 28)
        );

        schedule.Payments.Skip(20).SkipLast(1).Should().OnlyContain(p => p.Principal.Amount == 25_000_000m);
        schedule.Payments[^1].Principal.Amount.Should().Be(25_000_007m);
        schedule.TotalPrincipal.Amount.Should().Be(1_000_000_007m);
    }

    [Fact]
    public void Schedule_UsdAnnuityQuarterly_RoundsToCentsAndSumsBackExactly()
    {
        var terms = new LoanTerms(0.0275m, 15, 3, RepaymentProfile.Annuity, paymentsPerYear: 4);

        RepaymentSchedule schedule = terms.Schedule(
            new AidTracker.Money(100_000_000.01m, Currency.USD),
            new LocalDate(2024, 1, 15)
        );

        schedule.Payments.Should().HaveCount(60);
        schedule
            .Payments.Should()
            .OnlyContain(p => p.Interest.IsRoundedToMinorUnits && p.Principal.IsRoundedToMinorUnits);
        schedule.TotalPrincipal.Amount.Should().Be(100_000_000.01m);

        // Level payments after the grace period (all but the last, which takes the rounding).
        schedule.Payments.Skip(12).SkipLast(1).Select(p => p.Total).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Schedule_Bullet_RepaysEverythingAtMaturity()
    {
        RepaymentSchedule schedule = new LoanTerms(0.02m, 5, 0, RepaymentProfile.Bullet, 1).Schedule(
            new AidTracker.Money(1_000m, Currency.USD),
            new LocalDate(2020, 6, 1)
        );

        schedule.Payments.Select(p => p.Principal.Amount).Should().Equal(0m, 0m, 0m, 0m, 1_000m);
        schedule.Payments.Should().OnlyContain(p => p.Interest.Amount == 20m);
    }

    [Fact]
    public void Schedule_Fee_IsDueAtTheDisbursement()
    {
        RepaymentSchedule schedule = new LoanTerms(0.01m, 30, 10, feeRate: 0.002m).Schedule(
            new AidTracker.Money(13_000_000_000m, Currency.JPY),
            new LocalDate(2022, 4, 28)
        );

        schedule.Fee.Should().Be(new AidTracker.Money(26_000_000m, Currency.JPY));
        schedule.TotalDebtService.Should().Be(schedule.Fee + schedule.TotalInterest + schedule.TotalPrincipal);
    }

    [Fact]
    public void Schedule_DisbursedOn31August_FallsOnTheLastDayOfFebruary_LeapYearsIncluded()
    {
        RepaymentSchedule schedule = new LoanTerms(0m, 3, 0).Schedule(
            new AidTracker.Money(6m, Currency.USD),
            new LocalDate(2023, 8, 31)
        );

        schedule
            .Payments.Select(p => p.Date)
            .Should()
            .Equal(
                new LocalDate(2024, 2, 29),
                new LocalDate(2024, 8, 31),
                new LocalDate(2025, 2, 28),
                new LocalDate(2025, 8, 31),
                new LocalDate(2026, 2, 28),
                new LocalDate(2026, 8, 31)
            );
    }

    [Fact]
    public void Schedule_DisbursedOnTheLastDayOfAMonth_KeepsEveryPaymentAtMonthEnd()
    {
        RepaymentSchedule fromApril = new LoanTerms(0m, 1, 0, paymentsPerYear: 4).Schedule(
            new AidTracker.Money(4m, Currency.USD),
            new LocalDate(2022, 4, 30)
        );
        RepaymentSchedule fromFebruary = new LoanTerms(0m, 2, 0).Schedule(
            new AidTracker.Money(4m, Currency.USD),
            new LocalDate(2022, 2, 28)
        );

        fromApril
            .Payments.Select(p => p.Date)
            .Should()
            .Equal(
                new LocalDate(2022, 7, 31),
                new LocalDate(2022, 10, 31),
                new LocalDate(2023, 1, 31),
                new LocalDate(2023, 4, 30)
            );
        fromFebruary
            .Payments.Select(p => p.Date)
            .Should()
            .Equal(
                new LocalDate(2022, 8, 31),
                new LocalDate(2023, 2, 28),
                new LocalDate(2023, 8, 31),
                new LocalDate(2024, 2, 29)
            );
    }

    [Fact]
    public void Schedule_DisbursedOn29February_FallsOn28FebruaryInOtherYears()
    {
        RepaymentSchedule schedule = new LoanTerms(0m, 2, 0, paymentsPerYear: 1).Schedule(
            new AidTracker.Money(2m, Currency.USD),
            new LocalDate(2024, 2, 29)
        );

        schedule.Payments.Select(p => p.Date).Should().Equal(new LocalDate(2025, 2, 28), new LocalDate(2026, 2, 28));
    }

    [Fact]
    public void Schedule_AnyTermsAndAmount_PrincipalSumsBackExactlyInJpyAndUsd()
    {
        Gen<LoanTerms> terms =
            from p in Gen.Int[0, 3].Select(i => PerYear[i])
            from years in Gen.Int[1, 40]
            from grace in Gen.Int[0, 39]
            from rate in Gen.Int[0, 2000]
            from profile in Gen.Enum<RepaymentProfile>()
            select new LoanTerms(rate / 10_000m, years, Math.Min(grace, years - 1), profile, p);
        Gen<AidTracker.Money> amounts = Gen.OneOf(
            Gen.Long[1, 1_000_000_000_000].Select(v => new AidTracker.Money(v, Currency.JPY)),
            Gen.Long[1, 100_000_000_000].Select(v => new AidTracker.Money(v / 100m, Currency.USD))
        );

        Gen.Select(terms, amounts)
            .Sample(
                (t, amount) =>
                {
                    RepaymentSchedule s = t.Schedule(amount, new LocalDate(2022, 4, 28));
                    return s.Payments.Length == t.PaymentCount
                        && s.TotalPrincipal == amount
                        && s.Payments.All(p =>
                            p.Principal.Amount >= 0m
                            && p.Interest.Amount >= 0m
                            && p.Principal.IsRoundedToMinorUnits
                            && p.Interest.IsRoundedToMinorUnits
                        )
                        && s.Payments.Take(t.GracePaymentCount).All(p => p.Principal.IsZero)
                        && s.Payments[^1].OutstandingAfter.IsZero;
                },
                iter: 400
            );
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Schedule_AmountNotPositive_Throws(int amount)
    {
        Action act = () => Dpl2022.Schedule(new AidTracker.Money(amount, Currency.JPY), new LocalDate(2022, 4, 28));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive amount*JPY*");
    }

    [Theory]
    [InlineData(1.5, 30, 10, 2, "interest rate*1.5")]
    [InlineData(0.01, 30, 30, 2, "grace period*shorter than its maturity of 30 years; 30 years")]
    [InlineData(0.01, 0, 0, 2, "maturity*0 years")]
    [InlineData(0.01, 30, 10, 5, "1, 2, 3, 4, 6 or 12*5")]
    [InlineData(0.01, 30, 10.25, 2, "grace period of 10.25 years is not a whole number of periods at 2")]
    [InlineData(0.01, 30, -1, 2, "grace period*-1 years")]
    public void Constructor_BadTerms_ThrowsNamingTheValue(
        double rate,
        double maturity,
        double grace,
        int perYear,
        string message
    )
    {
        Action act = () =>
            _ = new LoanTerms((decimal)rate, (decimal)maturity, (decimal)grace, paymentsPerYear: perYear);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*" + message + "*");
    }

    [Fact]
    public void Terms_OnACommitment_AreComparedAndCopiedWithWith()
    {
        Commitment loan = WorkedExample.Loan with { Terms = Dpl2022 };
        Commitment same = loan with { Terms = new LoanTerms(0.010m, 30.0m, 10m) };

        same.Should().Be(loan);
        (loan with { Terms = null }).Should().NotBe(loan);
        loan.Terms!.ToString()
            .Should()
            .Be("1% a year, 30 years incl. 10 years' grace, equal-principal, 2 payments a year");
    }
}

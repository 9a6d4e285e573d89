using CsCheck;

namespace AidTracker.Tests.Ledger;

/// <summary>
/// The grant element of <see cref="LoanTerms"/> against values worked by hand with the closed forms of the present
/// values, and its properties.
/// </summary>
/// <remarks>
/// The closed forms, with p payments a year, r = i / p the interest of one period, j = (1 + d)^(1/p) − 1 the discount
/// rate of one period, v = 1 / (1 + j), g = G·p periods of grace, n = (M − G)·p repayments, N = g + n, and
/// a(m) = v + v² + ... + v^m = (1 − v^m) / j (the present value of 1 paid at each of m periods):
/// <list type="bullet">
/// <item>equal-principal: PV = r·a(g) + v^g·[a(n) / n + r·(n − a(n)) / (n·j)] (the interest on a principal falling by
/// 1/n each period is r / n times the decreasing annuity (n − a(n)) / j);</item>
/// <item>bullet: PV = r·a(N) + v^N;</item>
/// <item>annuity: PV = r·a(g) + v^g·A·a(n), with the level payment A = r / (1 − (1 + r)^−n);</item>
/// </list>
/// and grant element = 1 − PV. They are computed here in double, independently of the library's period-by-period sum in
/// decimal.
/// </remarks>
public class LoanTermsGrantElementTests
{
    private static readonly int[] PerYear = [1, 2, 4, 12];

    private static readonly LoanTerms Dpl2022 = new(0.01m, 30, 10); // equal-principal, semi-annual

    [Fact]
    public void GrantElement_Dpl2022At9Percent_Is71Point18Percent()
    {
        // The check of the conventions: 1.0%, 30 years, 10 years' grace, equal-principal, semi-annual, at 9%.
        decimal element = Dpl2022.GrantElement(0.09m);

        Math.Round(element * 100m, 2).Should().Be(71.18m);
        ((double)element)
            .Should()
            .BeApproximately(ByHand(0.01, 30, 10, 2, 0.09, RepaymentProfile.EqualPrincipal), 1e-11);
    }

    [Theory]
    [InlineData(0.09, 71.18, 81.96, 71.65)]
    [InlineData(0.07, 62.06, 74.24, 62.57)]
    [InlineData(0.06, 56.09, 68.62, 56.60)]
    [InlineData(0.05, 48.87, 61.30, 49.36)]
    public void GrantElement_Dpl2022TermsAtEachDacRate_MatchesTheClosedForms(
        double discount,
        double equalPrincipal,
        double bullet,
        double annuity
    )
    {
        decimal d = (decimal)discount;
        var byProfile = new (RepaymentProfile Profile, double Percent)[]
        {
            (RepaymentProfile.EqualPrincipal, equalPrincipal),
            (RepaymentProfile.Bullet, bullet),
            (RepaymentProfile.Annuity, annuity),
        };

        foreach ((RepaymentProfile profile, double percent) in byProfile)
        {
            decimal element = new LoanTerms(0.01m, 30, 10, profile).GrantElement(d);

            Math.Round(element * 100m, 2).Should().Be((decimal)percent, "{0} at {1}", profile, discount);
            ((double)element)
                .Should()
                .BeApproximately(ByHand(0.01, 30, 10, 2, discount, profile), 1e-11, "{0} at {1}", profile, discount);
        }
    }

    [Fact]
    public void GrantElement_DacRulesForUkraine_UseTheirRates()
    {
        LoanDiscountRule
            .Dac(IncomeGroup.LowerMiddleIncome)
            .Evaluate(Dpl2022, new QualifiedMoney(new AidTracker.Money(13_000_000_000m, Currency.JPY)))
            .GrantElement.Should()
            .Be(Dpl2022.GrantElement(0.07m));
        LoanDiscountRule.Dac(IncomeGroup.LeastDeveloped).DiscountRate.Should().Be(0.09m);
        LoanDiscountRule.Dac(IncomeGroup.LowIncome).MinimumGrantElement.Should().Be(0.45m);
        LoanDiscountRule.Dac(IncomeGroup.UpperMiddleIncome).DiscountRate.Should().Be(0.06m);
        LoanDiscountRule.Dac(IncomeGroup.Multilateral).DiscountRate.Should().Be(0.05m);
    }

    [Fact]
    public void GrantElement_Fee_LowersTheElementByTheFee()
    {
        var withFee = new LoanTerms(0.01m, 30, 10, feeRate: 0.002m);

        withFee.GrantElement(0.09m).Should().Be(Dpl2022.GrantElement(0.09m) - 0.002m);
    }

    [Fact]
    public void GrantElement_OnePeriodLoan_IsOneLessTheDiscountedRepayment()
    {
        // Half a year, no grace: 1 + 0.05 paid at t = 0.5, discounted by 1.1^0.5.
        var terms = new LoanTerms(0.10m, 0.5m, 0m);

        ((double)terms.GrantElement(0.10m)).Should().BeApproximately(1 - (1.05 / Math.Sqrt(1.1)), 1e-12);
    }

    [Fact]
    public void GrantElement_ZeroGraceAnnualAnnuityAtItsOwnRate_IsZero()
    {
        // Interest at the discount rate, paid yearly: the loan is worth exactly what it lends.
        new LoanTerms(0.06m, 10, 0, RepaymentProfile.Annuity, paymentsPerYear: 1).GrantElement(0.06m).Should().Be(0m);
    }

    [Fact]
    public void GrantElement_DiscountRateOutsideZeroToOne_Throws()
    {
        Action act = () => Dpl2022.GrantElement(-0.01m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-0.01*");
    }

    [Fact]
    public void GrantElement_RisesWithTheDiscountRate()
    {
        Gen.Select(Terms, Gen.Decimal[0m, 0.5m], Gen.Decimal[0.001m, 0.3m])
            .Sample(
                (terms, d, step) =>
                    terms.GrantElement(Math.Round(d, 4))
                    < terms.GrantElement(Math.Round(d, 4) + Math.Round(step, 3) + 0.001m),
                iter: 300
            );
    }

    [Fact]
    public void GrantElement_FallsAsTheInterestRateRises()
    {
        Gen.Select(Terms, Gen.Decimal[0.001m, 0.3m], Gen.Decimal[0.001m, 0.2m])
            .Sample(
                (terms, d, step) =>
                {
                    decimal i2 = Math.Min(1m, terms.InterestRate + Math.Round(step, 3));
                    var dearer = new LoanTerms(
                        i2,
                        terms.MaturityYears,
                        terms.GraceYears,
                        terms.Profile,
                        terms.PaymentsPerYear
                    );
                    return i2 == terms.InterestRate || dearer.GrantElement(d) < terms.GrantElement(d);
                },
                iter: 300
            );
    }

    [Fact]
    public void GrantElement_RisesWithTheGracePeriod_WhenInterestIsBelowTheDiscountRate()
    {
        // A bullet repays everything at maturity whatever the grace, so only the other two profiles.
        Gen.Select(Terms, Gen.Decimal[0.01m, 0.3m])
            .Sample(
                (terms, d) =>
                {
                    decimal discount = Math.Round(d, 3);
                    decimal rate = Math.Round(discount * 0.8m, 4);
                    if (terms.Profile == RepaymentProfile.Bullet || terms.GraceYears + 1m >= terms.MaturityYears)
                    {
                        return true;
                    }

                    var shorter = new LoanTerms(
                        rate,
                        terms.MaturityYears,
                        terms.GraceYears,
                        terms.Profile,
                        terms.PaymentsPerYear
                    );
                    var longer = new LoanTerms(
                        rate,
                        terms.MaturityYears,
                        terms.GraceYears + 1m,
                        terms.Profile,
                        terms.PaymentsPerYear
                    );
                    return longer.GrantElement(discount) > shorter.GrantElement(discount);
                },
                iter: 300
            );
    }

    [Fact]
    public void GrantElement_WhenAnythingIsRepaid_IsBelowOne()
    {
        Gen.Select(Terms, Gen.Decimal[0m, 1m])
            .Sample((terms, d) => terms.GrantElement(Math.Round(d, 4)) < 1m, iter: 300);
    }

    [Fact]
    public void GrantElement_InterestAboveTheDiscountRate_IsNegative()
    {
        Gen.Select(Terms, Gen.Decimal[0m, 0.5m], Gen.Decimal[0.0001m, 0.3m])
            .Sample(
                (terms, d, above) =>
                {
                    decimal discount = Math.Round(d, 4);
                    var dear = new LoanTerms(
                        discount + Math.Round(above, 4) + 0.0001m,
                        terms.MaturityYears,
                        terms.GraceYears,
                        terms.Profile,
                        terms.PaymentsPerYear
                    );
                    return dear.GrantElement(discount) < 0m;
                },
                iter: 300
            );
    }

    [Fact]
    public void Evaluate_BelowTheMinimum_IsZeroAsOdaAndSaysWhy()
    {
        // 5% over 10 years with 2 years' grace, at the lower-middle-income 7%: 9.21%, below the 15% minimum.
        var terms = new LoanTerms(0.05m, 10, 2);
        var face = new QualifiedMoney(new AidTracker.Money(100_000_000m, Currency.USD), AmountQualifier.AtMost);

        LoanGrantEquivalent result = LoanDiscountRule.Dac(IncomeGroup.LowerMiddleIncome).Evaluate(terms, face);

        Math.Round(result.GrantElement * 100m, 2).Should().Be(9.21m);
        result.MeetsMinimum.Should().BeFalse();
        result
            .GrantEquivalent.Should()
            .Be(new QualifiedMoney(AidTracker.Money.Zero(Currency.USD), AmountQualifier.AtMost));
        result
            .Explanation.Should()
            .Contain("below the 15% minimum")
            .And.Contain("grant equivalent 0 as ODA")
            .And.Contain("7% discount rate");
    }

    [Fact]
    public void Evaluate_Dpl2022AsLowerMiddleIncome_IsFaceValueTimesTheElement()
    {
        var face = new QualifiedMoney(new AidTracker.Money(13_000_000_000m, Currency.JPY), AmountQualifier.AtMost);

        LoanGrantEquivalent result = LoanDiscountRule.Dac(IncomeGroup.LowerMiddleIncome).Evaluate(Dpl2022, face);

        result.MeetsMinimum.Should().BeTrue();
        result.GrantEquivalent.Amount.Should().Be(13_000_000_000m * result.GrantElement);
        result.GrantEquivalent.Qualifier.Should().Be(AmountQualifier.AtMost);
        Math.Round(result.GrantEquivalent.Amount).Should().Be(8_067_567_659m);
        result
            .Explanation.Should()
            .Be(
                "grant element 62.06% at the 7% discount rate (DAC rule for lower-middle-income countries) reaches the "
                    + "15% minimum"
            );
    }

    [Theory]
    [InlineData("lmic", IncomeGroup.LowerMiddleIncome)]
    [InlineData("UMIC", IncomeGroup.UpperMiddleIncome)]
    [InlineData("ldc", IncomeGroup.LeastDeveloped)]
    [InlineData("lic", IncomeGroup.LowIncome)]
    [InlineData("multilateral", IncomeGroup.Multilateral)]
    public void ParseShortName_KnownNames_GiveTheirGroup(string name, IncomeGroup expected)
    {
        LoanDiscountRule.ParseShortName(name).Should().Be(expected);
        LoanDiscountRule.ShortName(expected).Should().Be(name.ToLowerInvariant());
    }

    [Fact]
    public void ParseShortName_Unknown_IsNull() => LoanDiscountRule.ParseShortName("hic").Should().BeNull();

    [Fact]
    public void Custom_RateGivenDirectly_HasNoMinimumUnlessGiven()
    {
        LoanDiscountRule rule = LoanDiscountRule.Custom(0.05m);

        rule.ToString().Should().Be("discount rate 5% (discount rate 5%, no minimum grant element)");
        rule.Evaluate(Dpl2022, new QualifiedMoney(new AidTracker.Money(1m, Currency.USD)))
            .GrantElement.Should()
            .Be(Dpl2022.GrantElement(0.05m));
        FluentActions
            .Invoking(() => LoanDiscountRule.Custom(1.5m))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithMessage("*1.5*");
    }

    // Terms with rates in [0, 0.3], 1 to 40 years, grace below maturity, each profile and frequency.
    private static readonly Gen<LoanTerms> Terms =
        from p in Gen.Int[0, 3].Select(i => PerYear[i])
        from years in Gen.Int[1, 40]
        from grace in Gen.Int[0, 39]
        from rate in Gen.Int[0, 3000]
        from profile in Gen.Enum<RepaymentProfile>()
        select new LoanTerms(rate / 10_000m, years, Math.Min(grace, years - 1), profile, p);

    /// <summary>The grant element by the closed forms (see the remarks of the class).</summary>
    private static double ByHand(double i, int maturity, int grace, int p, double d, RepaymentProfile profile)
    {
        double r = i / p;
        double j = Math.Pow(1 + d, 1.0 / p) - 1;
        double v = 1 / (1 + j);
        int g = grace * p;
        int n = (maturity - grace) * p;
        double A(int m) => (1 - Math.Pow(v, m)) / j;
        double pv = profile switch
        {
            RepaymentProfile.EqualPrincipal => (r * A(g))
                + (Math.Pow(v, g) * ((A(n) / n) + (r * (n - A(n)) / (n * j)))),
            RepaymentProfile.Bullet => (r * A(g + n)) + Math.Pow(v, g + n),
            _ => (r * A(g)) + (Math.Pow(v, g) * (r / (1 - Math.Pow(1 + r, -n))) * A(n)),
        };
        return 1 - pv;
    }
}

using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

using Money = AidTracker.Money;

public class ExchangeRateTests
{
    private static readonly LocalDate February27 = new(2025, 2, 27);
    private static readonly ExchangeRate EurUsd = new(
        Currency.EUR,
        Currency.USD,
        1.0477m,
        February27,
        RateBasis.Daily,
        "ECB"
    );
    private static readonly ExchangeRate EurJpy = new(
        Currency.EUR,
        Currency.JPY,
        156.73m,
        February27,
        RateBasis.Daily,
        "ECB"
    );

    [Fact]
    public void Constructor_ZeroValue_ThrowsSayingGreaterThanZeroAndNamingTheValue()
    {
        Action act = () => _ = new ExchangeRate(Currency.EUR, Currency.USD, 0m, February27, RateBasis.Daily, "ECB");

        act.Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithMessage("*greater than zero*0 is not*")
            .Which.ParamName.Should()
            .Be("value");
    }

    [Fact]
    public void Constructor_NegativeValue_ThrowsNamingTheValue()
    {
        Action act = () =>
            _ = new ExchangeRate(Currency.EUR, Currency.USD, -1.0477m, February27, RateBasis.Daily, "ECB");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*greater than zero*-1.0477*");
    }

    [Fact]
    public void Constructor_SmallestPositiveDecimal_IsAccepted()
    {
        var rate = new ExchangeRate(
            Currency.EUR,
            Currency.USD,
            0.0000000000000000000000000001m,
            February27,
            RateBasis.Daily,
            "test"
        );

        rate.Value.Should().BePositive();
    }

    [Fact]
    public void Constructor_SameCurrencyTwice_ThrowsNamingIt()
    {
        Action act = () =>
            _ = new ExchangeRate(Currency.JPY, Currency.JPY, 1m, February27, RateBasis.Fixed, "agreement");

        act.Should().Throw<ArgumentException>().WithMessage("*two different currencies*JPY*");
    }

    [Fact]
    public void Constructor_UndefinedBasis_Throws()
    {
        Action act = () => _ = new ExchangeRate(Currency.EUR, Currency.USD, 1m, February27, (RateBasis)42, "ECB");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*42*");
    }

    [Fact]
    public void Constructor_PublishedRate_IsDirectWithoutLegs()
    {
        EurUsd.Derivation.Should().Be(RateDerivation.Direct);
        EurUsd.Legs.Should().BeEmpty();
        EurUsd.Pivot.Should().BeNull();
        EurUsd.PublishedRates.Should().Equal(EurUsd);
    }

    [Fact]
    public void Invert_PublishedRate_IsTheReciprocalAndRecordsItsLeg()
    {
        ExchangeRate usdEur = EurUsd.Invert();

        usdEur.Base.Should().Be(Currency.USD);
        usdEur.Quote.Should().Be(Currency.EUR);
        usdEur.Value.Should().Be(1m / 1.0477m);
        usdEur.Derivation.Should().Be(RateDerivation.Inverse);
        usdEur.Legs.Should().Equal(EurUsd);
        usdEur.Date.Should().Be(February27);
        usdEur.Source.Should().Be("ECB");
    }

    [Fact]
    public void Invert_Twice_GivesBackThePublishedRateExactly()
    {
        EurUsd.Invert().Invert().Should().BeSameAs(EurUsd);
    }

    [Fact]
    public void Cross_EcbLegsOfTheWorkedExample_GivesJpyToUsdThroughEur()
    {
        ExchangeRate jpyUsd = ExchangeRate.Cross(EurJpy, EurUsd);

        jpyUsd.Base.Should().Be(Currency.JPY);
        jpyUsd.Quote.Should().Be(Currency.USD);
        jpyUsd.Derivation.Should().Be(RateDerivation.Cross);
        jpyUsd.Pivot.Should().Be(Currency.EUR);
        jpyUsd.Legs.Should().Equal(EurJpy, EurUsd);
        jpyUsd.Value.Should().Be((1m / 156.73m) * 1.0477m);
        Math.Round(1m / jpyUsd.Value, 3).Should().Be(149.594m); // 1 USD = 149.594... JPY
    }

    [Fact]
    public void Cross_LegsOfDifferentDates_IsDatedOnTheOlderLeg()
    {
        var older = new ExchangeRate(
            Currency.EUR,
            Currency.JPY,
            156.55m,
            new LocalDate(2025, 2, 26),
            RateBasis.Daily,
            "ECB"
        );

        ExchangeRate.Cross(older, EurUsd).Date.Should().Be(new LocalDate(2025, 2, 26));
    }

    [Fact]
    public void Cross_ThenInvert_GoesBackThroughTheSamePivot()
    {
        ExchangeRate usdJpy = ExchangeRate.Cross(EurJpy, EurUsd).Invert();

        usdJpy.Base.Should().Be(Currency.USD);
        usdJpy.Quote.Should().Be(Currency.JPY);
        usdJpy.Pivot.Should().Be(Currency.EUR);
        usdJpy.Value.Should().Be((1m / 1.0477m) * 156.73m);
    }

    [Fact]
    public void Cross_LegsWithoutSharedCurrency_ThrowsNamingBothPairs()
    {
        var gbpChf = new ExchangeRate(Currency.GBP, Currency.FromCode("CHF"), 1.1m, February27, RateBasis.Daily, "ECB");

        Action act = () => ExchangeRate.Cross(EurUsd, gbpChf);

        act.Should().Throw<ArgumentException>().WithMessage("*EUR/USD*GBP/CHF*share exactly one currency*");
    }

    [Fact]
    public void Cross_LegsOfDifferentBases_ThrowsNamingBoth()
    {
        var annual = new ExchangeRate(
            Currency.USD,
            Currency.UAH,
            40.152082715m,
            new LocalDate(2024, 12, 31),
            RateBasis.AnnualAverage,
            "IMF"
        );

        Action act = () => ExchangeRate.Cross(EurUsd, annual);

        act.Should().Throw<ArgumentException>().WithMessage("*Daily*AnnualAverage*");
    }

    [Fact]
    public void Cross_LegsOfDifferentSources_NamesBoth()
    {
        var other = new ExchangeRate(Currency.EUR, Currency.JPY, 156.7m, February27, RateBasis.Daily, "BoJ");

        ExchangeRate.Cross(other, EurUsd).Source.Should().Be("BoJ+ECB");
    }

    [Fact]
    public void Implied_StatedEquivalentOfTheFourthPackage_Is139Point02YenPerDollar()
    {
        ExchangeRate implied = ExchangeRate.Implied(
            new Money(8_800_000_000m, Currency.JPY),
            new Money(63_300_000m, Currency.USD),
            new LocalDate(2025, 3, 5),
            "Ambassador's speech"
        );

        implied.Base.Should().Be(Currency.USD);
        implied.Quote.Should().Be(Currency.JPY);
        Math.Round(implied.Value, 2).Should().Be(139.02m);
        implied.Basis.Should().Be(RateBasis.Stated);
        implied.Source.Should().Be("Ambassador's speech");
    }

    [Fact]
    public void Implied_ComparedWithTheEcbMarketRate_Is7Point6PercentApart()
    {
        ExchangeRate implied = ExchangeRate.Implied(
            new Money(8_800_000_000m, Currency.JPY),
            new Money(63_300_000m, Currency.USD),
            February27
        );
        ExchangeRate market = ExchangeRateSources.Ecb.GetRate(Currency.USD, Currency.JPY, February27);

        Math.Round(market.RelativeDifferenceFrom(implied), 3).Should().Be(0.076m);
        Math.Round(implied.RelativeDifferenceFrom(market), 4).Should().Be(-0.0707m);
        Math.Round(implied.Invert().RelativeDifferenceFrom(market), 3)
            .Should()
            .Be(0.076m, "the implied USD per JPY is 7.6% above the market's");
    }

    [Fact]
    public void Implied_ConvertsTheOriginalBackToTheStatedAmount()
    {
        ExchangeRate implied = ExchangeRate.Implied(
            new Money(8_800_000_000m, Currency.JPY),
            new Money(63_300_000m, Currency.USD),
            February27
        );

        implied
            .Convert(new Money(8_800_000_000m, Currency.JPY))
            .Round()
            .Should()
            .Be(new Money(63_300_000m, Currency.USD));
        implied
            .Convert(new Money(63_300_000m, Currency.USD))
            .Round()
            .Should()
            .Be(new Money(8_800_000_000m, Currency.JPY));
    }

    [Fact]
    public void Implied_SameCurrency_ThrowsNamingIt()
    {
        Action act = () => ExchangeRate.Implied(new Money(1m, Currency.JPY), new Money(2m, Currency.JPY), February27);

        act.Should().Throw<ArgumentException>().WithMessage("*another currency*JPY*");
    }

    [Fact]
    public void Implied_ZeroStatedAmount_ThrowsNamingBothAmounts()
    {
        Action act = () =>
            ExchangeRate.Implied(new Money(8_800_000_000m, Currency.JPY), new Money(0m, Currency.USD), February27);

        act.Should().Throw<ArgumentException>().WithMessage("*8800000000 JPY*0 USD*non-zero*");
    }

    [Fact]
    public void Convert_AmountInBase_MultipliesAtFullPrecision()
    {
        EurUsd.Convert(new Money(1000m, Currency.EUR)).Should().Be(new Money(1047.7m, Currency.USD));
    }

    [Fact]
    public void Convert_AmountInAThirdCurrency_ThrowsNamingIt()
    {
        Action act = () => EurUsd.Convert(new Money(1m, Currency.GBP));

        act.Should().Throw<ArgumentException>().WithMessage("*EUR and USD*GBP*");
    }

    [Fact]
    public void RelativeDifferenceFrom_OtherPair_Throws()
    {
        Action act = () => EurUsd.RelativeDifferenceFrom(EurJpy);

        act.Should().Throw<ArgumentException>().WithMessage("*EUR/USD*EUR/JPY*");
    }

    [Fact]
    public void Equals_SameRateWithTrailingZero_IsEqualWithEqualHashCode()
    {
        var same = new ExchangeRate(Currency.EUR, Currency.USD, 1.04770m, February27, RateBasis.Daily, "ECB");

        same.Should().Be(EurUsd);
        (same == EurUsd).Should().BeTrue();
        same.GetHashCode().Should().Be(EurUsd.GetHashCode());
    }

    [Fact]
    public void Equals_OtherSourceOrDateOrBasis_IsNotEqual()
    {
        (new ExchangeRate(Currency.EUR, Currency.USD, 1.0477m, February27, RateBasis.Daily, "Fed") == EurUsd)
            .Should()
            .BeFalse();
        (
            new ExchangeRate(Currency.EUR, Currency.USD, 1.0477m, February27.PlusDays(1), RateBasis.Daily, "ECB")
            != EurUsd
        )
            .Should()
            .BeTrue();
        new ExchangeRate(Currency.EUR, Currency.USD, 1.0477m, February27, RateBasis.Fixed, "ECB")
            .Should()
            .NotBe(EurUsd);
    }

    [Fact]
    public void ToString_CrossRate_ShowsSourceBasisDatePivotAndLegs()
    {
        string text = ExchangeRate.Cross(EurJpy, EurUsd).ToString();

        text.Should()
            .StartWith("1 JPY = 0.0066847444650035092196771518 USD (ECB, Daily, 2025-02-27, cross via EUR: ")
            .And.EndWith("1 EUR = 156.73 JPY; 1 EUR = 1.0477 USD)");
    }

    [Fact]
    public void ToString_Inverse_NamesThePublishedRate()
    {
        EurUsd.Invert().ToString().Should().EndWith("(ECB, Daily, 2025-02-27, inverse of 1 EUR = 1.0477 USD)");
    }
}

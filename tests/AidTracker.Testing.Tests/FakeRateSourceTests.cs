using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Testing.Tests;

public class FakeRateSourceTests
{
    private static readonly LocalDate February27 = WorkedExample.February27;

    [Fact]
    public void And_IsImmutable_TheFirstSourceKeepsItsRates()
    {
        FakeRateSource usd = FakeRates.Daily("EUR", "USD", February27, 1.0477m);

        FakeRateSource both = usd.And("EUR", "JPY", February27, 156.73m);

        usd.Rates.Should().HaveCount(1);
        both.Rates.Should().HaveCount(2);
        usd.TryGetRate(Currency.JPY, Currency.USD, February27).IsFound.Should().BeFalse();
        both.TryGetRate(Currency.JPY, Currency.USD, February27).IsFound.Should().BeTrue();
    }

    [Fact]
    public void TryGetRate_Saturday_UsesTheLatestRateWithinTheTolerance()
    {
        Conversion conversion = WorkedExample.EcbRates.Convert(
            new Money(100m, Currency.EUR),
            Currency.USD,
            new LocalDate(2025, 3, 1)
        );

        conversion.UsedDate.Should().Be(February27);
        conversion.RequestedDate.Should().Be(new LocalDate(2025, 3, 1));
    }

    [Fact]
    public void WithToleranceDays_Zero_FailsOnOtherDatesNamingTheNearestOne()
    {
        FakeRateSource rates = WorkedExample.EcbRates.WithToleranceDays(0);

        RateLookupResult result = rates.TryGetRate(Currency.EUR, Currency.USD, new LocalDate(2025, 2, 28));

        result.IsFound.Should().BeFalse();
        result.Failure!.NearestBefore.Should().Be(February27);
        rates.ToleranceDays.Should().Be(0);
    }

    [Fact]
    public void WithToleranceDays_Negative_ThrowsNamingIt()
    {
        Action act = () => WorkedExample.EcbRates.WithToleranceDays(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-1*");
    }

    [Fact]
    public void And_SameRateTwice_ThrowsNamingBoth()
    {
        Action act = () => FakeRates.Daily("EUR", "USD", February27, 1.0477m).And("USD", "EUR", February27, 0.95m);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage(
                "FakeRates already has a Daily USD/EUR rate on 2025-02-27: 1 EUR = 1.0477 USD (FakeRates, Daily, "
                    + "2025-02-27); a second one (1 USD = 0.95 EUR (FakeRates, Daily, 2025-02-27)) would make the "
                    + "answer depend on the order.*"
            );
    }

    [Fact]
    public void And_SameFixedPairOnAnotherDate_Throws()
    {
        Action act = () =>
            FakeRates
                .Fixed("USD", "JPY", new LocalDate(2022, 4, 28), 130m)
                .AndFixed("USD", "JPY", new LocalDate(2022, 6, 7), 132m);

        act.Should().Throw<ArgumentException>().WithMessage("*already has a Fixed USD/JPY rate*");
    }

    [Fact]
    public void And_RatesWithoutACommonCurrency_CrossOnlyWithinEachGroup()
    {
        FakeRateSource rates = FakeRates.Daily("EUR", "USD", February27, 1.0477m).And("GBP", "JPY", February27, 188.9m);

        rates.TryGetRate(Currency.USD, Currency.EUR, February27).IsFound.Should().BeTrue();
        rates.TryGetRate(Currency.JPY, Currency.GBP, February27).IsFound.Should().BeTrue();
        rates.TryGetRate(Currency.USD, Currency.JPY, February27).IsFound.Should().BeFalse();
    }

    [Fact]
    public void And_PivotIsTheCurrencyMostRatesShare()
    {
        FakeRateSource rates = FakeRates
            .Daily("USD", "JPY", February27, 149.59m)
            .And("EUR", "USD", February27, 1.0477m)
            .And("USD", "UAH", February27, 41.6m);

        ExchangeRate rate = rates.GetRate(Currency.JPY, Currency.UAH, February27);

        rate.Derivation.Should().Be(RateDerivation.Cross);
        rate.Pivot.Should().Be(Currency.USD);
    }

    [Fact]
    public void TryGetRate_DailyAndAnnualAverage_AnswersTheBasisAsked()
    {
        FakeRateSource rates = FakeRates
            .Daily("USD", "UAH", February27, 41.6m)
            .AndAnnualAverage("USD", "UAH", 2025, 41.7m);

        rates.GetRate(Currency.USD, Currency.UAH, February27).Basis.Should().Be(RateBasis.Daily);
        rates.GetRate(Currency.USD, Currency.UAH, February27, RateBasis.AnnualAverage).Value.Should().Be(41.7m);
        rates.Coverage.Select(c => c.Basis).Should().Equal(RateBasis.Daily, RateBasis.AnnualAverage);
    }

    [Fact]
    public void Named_RenamesEveryRate()
    {
        FakeRateSource rates = WorkedExample.EcbRates.Named("ECB");

        rates.Name.Should().Be("ECB");
        rates.Rates.Should().OnlyContain(r => r.Source == "ECB");
        rates.GetRate(Currency.JPY, Currency.USD, February27).Source.Should().Be("ECB");
    }

    [Fact]
    public void ToString_ListsTheRates()
    {
        FakeRates
            .Daily("EUR", "USD", February27, 1.0477m)
            .ToString()
            .Should()
            .Be("FakeRates: 1 EUR = 1.0477 USD (FakeRates, Daily, 2025-02-27)");
    }
}

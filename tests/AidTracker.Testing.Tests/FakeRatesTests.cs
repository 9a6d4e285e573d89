using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Testing.Tests;

public class FakeRatesTests
{
    private static readonly LocalDate February27 = WorkedExample.February27;

    [Fact]
    public void Daily_OneLine_IsASourceWithThatRate()
    {
        FakeRateSource rates = FakeRates.Daily("EUR", "USD", February27, 1.0477m);

        ExchangeRate rate = rates.GetRate(Currency.EUR, Currency.USD, February27);

        rate.Value.Should().Be(1.0477m);
        rate.Source.Should().Be("FakeRates");
        rate.Basis.Should().Be(RateBasis.Daily);
        rates.Name.Should().Be(FakeRates.DefaultName);
        rates.Should().BeAssignableTo<IExchangeRateSource>();
    }

    [Fact]
    public void Daily_WorkedExampleRates_ConvertLikeTheEmbeddedEcbData()
    {
        Conversion fake = WorkedExample
            .EcbRates.Named("ECB")
            .Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, February27);

        fake.Converted.Should().Be(WorkedExample.Conversion.Converted);
        fake.Rate.Should().Be(WorkedExample.Conversion.Rate);
    }

    [Fact]
    public void MonthlyAverage_AnswersForEveryDayOfTheMonth()
    {
        FakeRateSource rates = FakeRates.MonthlyAverage("USD", "UAH", new YearMonth(2025, 2), 41.6m);

        ExchangeRate rate = rates.GetRate(
            Currency.USD,
            Currency.UAH,
            new LocalDate(2025, 2, 1),
            RateBasis.MonthlyAverage
        );

        rate.Value.Should().Be(41.6m);
        rate.Date.Should().Be(new LocalDate(2025, 2, 28));
        rates.TryGetRate(Currency.USD, Currency.UAH, new LocalDate(2025, 3, 1)).IsFound.Should().BeFalse();
    }

    [Fact]
    public void AnnualAverage_IsDatedOnTheLastDayOfTheYear()
    {
        FakeRateSource rates = FakeRates.AnnualAverage("USD", "UAH", 2024, 40.15m);

        ExchangeRate rate = rates.GetRate(
            Currency.UAH,
            Currency.USD,
            new LocalDate(2024, 6, 13),
            RateBasis.AnnualAverage
        );

        rate.Date.Should().Be(new LocalDate(2024, 12, 31));
        rate.Derivation.Should().Be(RateDerivation.Inverse);
        rate.Invert().Value.Should().Be(40.15m);
    }

    [Fact]
    public void Fixed_AnswersForAnyDateWithItsOwnDate()
    {
        var agreed = new LocalDate(2022, 4, 28);
        FakeRateSource rates = FakeRates.Fixed("USD", "JPY", agreed, 130m);

        Conversion conversion = rates.Convert(
            new Money(13_000_000_000m, Currency.JPY),
            Currency.USD,
            new LocalDate(2025, 1, 1)
        );

        conversion
            .Should()
            .HaveBasis(RateBasis.Fixed)
            .And.HaveUsedRate("USD", "JPY", agreed)
            .And.HaveConvertedTo("USD 100,000,000");
    }

    [Fact]
    public void Empty_AnswersIdentityOnlyAndFailsNamingThePair()
    {
        FakeRates.Empty.GetRate(Currency.USD, Currency.USD, February27).IsIdentity.Should().BeTrue();

        Action act = () => FakeRates.Empty.GetRate(Currency.JPY, Currency.USD, February27);

        act.Should()
            .Throw<RateNotFoundException>()
            .WithMessage("*JPY*")
            .Which.Reason.Should()
            .Be(RateLookupFailureReason.CurrencyNotCovered);
        FakeRates.Empty.ToString().Should().Be("FakeRates: no rates");
    }

    [Fact]
    public void Daily_UnknownCurrency_ThrowsNamingIt()
    {
        Action act = () => FakeRates.Daily("EUR", "ZZZ", February27, 1m);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("The currency code 'ZZZ' given as quoteCode is not a known currency.*");
    }

    [Fact]
    public void Daily_ZeroRate_ThrowsNamingIt()
    {
        Action act = () => FakeRates.Daily("EUR", "USD", February27, 0m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*greater than zero*0*");
    }
}

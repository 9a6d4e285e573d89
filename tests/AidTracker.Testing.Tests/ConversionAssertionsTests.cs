using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Testing.Tests;

public class ConversionAssertionsTests
{
    private static readonly LocalDate February27 = WorkedExample.February27;
    private const string EcbRate =
        "1 JPY = 0.0066847444650035092196771518 USD (ECB, Daily, 2025-02-27, cross via EUR: 1 EUR = 156.73 JPY; 1 EUR "
        + "= 1.0477 USD)";

    [Fact]
    public void HaveUsedRate_CrossRateAndItsLegs_Pass()
    {
        Conversion conversion = WorkedExample.Conversion;

        conversion
            .Should()
            .HaveUsedRate("JPY", "USD", February27)
            .And.HaveUsedRate("EUR", "JPY", February27)
            .And.HaveUsedRate(Currency.USD, Currency.EUR, February27);
    }

    [Fact]
    public void HaveUsedRate_Which_IsThePublishedRate()
    {
        WorkedExample.Conversion.Should().HaveUsedRate("EUR", "USD", February27).Which.Value.Should().Be(1.0477m);
    }

    [Fact]
    public void HaveUsedRate_RequestOnSaturday_FailsForTheRequestedDateNamingTheDateUsed()
    {
        Conversion conversion = ExchangeRateSources.Default.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            new LocalDate(2025, 3, 1)
        );

        Failure
            .Of(() => conversion.Should().HaveUsedRate("EUR", "USD", new LocalDate(2025, 3, 1)))
            .Should()
            .Be(
                "Expected conversion to have used the EUR/USD rate of 2025-03-01, but it used 1 JPY = "
                    + "0.0066329001019367991845056065 USD "
                    + "(ECB, Daily, 2025-02-28, cross via EUR: 1 EUR = 156.96 JPY; 1 EUR = 1.0411 USD) (requested "
                    + "2025-03-01); its EUR/USD rate is of 2025-02-28."
            );
    }

    [Fact]
    public void HaveUsedRate_PairNotUsed_ShowsTheRateUsed()
    {
        Conversion conversion = WorkedExample.Conversion;

        Failure
            .Of(() => conversion.Should().HaveUsedRate("GBP", "USD", February27))
            .Should()
            .Be(
                $"Expected conversion to have used the GBP/USD rate of 2025-02-27, but it used {EcbRate} (requested "
                    + $"2025-02-27)."
            );
    }

    [Fact]
    public void HaveUsedRate_NullConversion_SaysNull()
    {
        Conversion conversion = null!;

        Failure
            .Of(() => conversion.Should().HaveUsedRate("EUR", "USD", February27))
            .Should()
            .Be("Expected conversion to have used the EUR/USD rate of 2025-02-27, but found <null>.");
    }

    [Fact]
    public void HaveBasis_SameBasis_Passes()
    {
        WorkedExample.Conversion.Should().HaveBasis(RateBasis.Daily);
    }

    [Fact]
    public void HaveBasis_OtherBasis_ShowsTheRateUsed()
    {
        Conversion conversion = WorkedExample.Conversion;

        Failure
            .Of(() => conversion.Should().HaveBasis(RateBasis.AnnualAverage))
            .Should()
            .Be(
                $"Expected conversion to have used a rate of basis AnnualAverage, but it used a Daily rate: {EcbRate}."
            );
    }

    [Fact]
    public void HaveSource_SameSource_Passes()
    {
        WorkedExample.Conversion.Should().HaveSource("ECB");
    }

    [Fact]
    public void HaveSource_OtherSource_ShowsTheRateUsed()
    {
        Conversion conversion = WorkedExample.Conversion;

        Failure
            .Of(() => conversion.Should().HaveSource("IMF"))
            .Should()
            .Be($"Expected conversion to have used a rate from IMF, but it used a rate from ECB: {EcbRate}.");
    }

    [Fact]
    public void HaveConverted_WorkedExample_PassesRoundedAndAtFullPrecision()
    {
        Conversion conversion = WorkedExample.Conversion;

        conversion
            .Should()
            .HaveConverted("8.8 billion yen", "USD 58,825,751.29")
            .And.HaveConverted(
                new Money(8_800_000_000m, Currency.JPY),
                new Money(58_825_751.29203088113315893584m, Currency.USD)
            )
            .And.HaveConvertedTo("$58,825,751.29");
    }

    [Fact]
    public void HaveConverted_OtherResult_ShowsResultRoundedDifferenceAndRate()
    {
        Conversion conversion = WorkedExample.Conversion;

        Failure
            .Of(() => conversion.Should().HaveConverted("8.8 billion yen", "USD 63.3 million"))
            .Should()
            .Be(
                "Expected conversion to have converted JPY 8,800,000,000 into USD 63,300,000.00, but it converted JPY "
                    + "8,800,000,000 into "
                    + "USD 58,825,751.29203088113315893584 (rounded: USD 58,825,751.29), USD 4,474,248.71 less than "
                    + "expected, at "
                    + EcbRate
                    + "."
            );
    }

    [Fact]
    public void HaveConverted_OtherOriginal_NamesBothOriginals()
    {
        Conversion conversion = WorkedExample.Conversion;

        Failure
            .Of(() => conversion.Should().HaveConverted("8 billion yen", "USD 58,825,751.29"))
            .Should()
            .Be(
                "Expected conversion to have converted JPY 8,000,000,000 into USD 58,825,751.29, but it converted JPY "
                    + "8,800,000,000, JPY 800,000,000 more than expected."
            );
    }

    [Fact]
    public void HaveConvertedTo_OtherCurrency_NamesBothCurrencies()
    {
        Conversion conversion = WorkedExample.Conversion;

        Failure
            .Of(() => conversion.Should().HaveConvertedTo("EUR 58,825,751.29"))
            .Should()
            .Be(
                "Expected conversion to have converted into EUR 58,825,751.29, but it converted JPY 8,800,000,000 into "
                    + "USD 58,825,751.29203088113315893584 (rounded: USD 58,825,751.29): a different currency (USD, "
                    + "not EUR), at "
                    + EcbRate
                    + "."
            );
    }

    [Fact]
    public void HaveConvertedTo_FakeRatesOfTheDay_GiveTheSameFigure()
    {
        Conversion conversion = WorkedExample.EcbRates.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            February27
        );

        conversion
            .Should()
            .HaveConvertedTo("USD 58,825,751.29")
            .And.HaveSource(FakeRates.DefaultName)
            .And.HaveUsedRate("EUR", "JPY", February27);
    }

    [Fact]
    public void BeNull_InheritedFromReferenceTypeAssertions_UsesTheConversionIdentifier()
    {
        Conversion conversion = WorkedExample.Conversion;

        Failure
            .Of(() => conversion.Should().BeNull())
            .Should()
            .StartWith("Expected conversion to be <null>, but found");
    }
}

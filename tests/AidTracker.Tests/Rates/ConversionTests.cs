using AidTracker.Rates;
using CsCheck;
using NodaTime;

namespace AidTracker.Tests.Rates;

using Money = AidTracker.Money;

public class ConversionTests
{
    private static readonly LocalDate February27 = new(2025, 2, 27);

    /// <summary>The currencies the ECB still quoted at the end of its data, and EUR.</summary>
    private static readonly Currency[] EcbCurrencies =
    [
        Currency.EUR,
        .. ExchangeRateSources
            .Ecb.Coverage[0]
            .Currencies.Where(c => c.LastDate == new LocalDate(2026, 4, 13))
            .Select(c => c.Currency),
    ];

    private static readonly Gen<(Currency From, Currency To, LocalDate Date)> EcbPairs = Gen.Select(
            Gen.Int[0, EcbCurrencies.Length - 1],
            Gen.Int[0, EcbCurrencies.Length - 1],
            Gen.Int[0, 9000]
        )
        .Select(t => (EcbCurrencies[t.Item1], EcbCurrencies[t.Item2], new LocalDate(2001, 1, 1).PlusDays(t.Item3)))
        .Where(t => ExchangeRateSources.Ecb.TryGetRate(t.Item1, t.Item2, t.Item3).IsFound);

    [Fact]
    public void Constructor_KeepsOriginalAndConvertsAtFullPrecision()
    {
        var rate = new ExchangeRate(Currency.EUR, Currency.USD, 1.0477m, February27, RateBasis.Daily, "ECB");

        var conversion = new Conversion(new Money(0.01m, Currency.EUR), rate, February27);

        conversion.Converted.Should().Be(new Money(0.010477m, Currency.USD));
        conversion.Rounded.Should().Be(new Money(0.01m, Currency.USD));
        conversion.Original.Should().Be(new Money(0.01m, Currency.EUR));
        conversion.RatesUsed.Should().Equal(rate);
        conversion.FailedSources.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_AmountInNeitherCurrencyOfTheRate_ThrowsNamingIt()
    {
        var rate = new ExchangeRate(Currency.EUR, Currency.USD, 1.0477m, February27, RateBasis.Daily, "ECB");

        Action act = () => _ = new Conversion(new Money(1m, Currency.JPY), rate, February27);

        act.Should().Throw<ArgumentException>().WithMessage("*JPY*");
    }

    [Fact]
    public void Convert_CurrencyIntoItself_KeepsTheAmountAndUsesNoRate()
    {
        Conversion conversion = ExchangeRateSources.Default.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.JPY,
            February27
        );

        conversion.Converted.Should().Be(conversion.Original);
        conversion.Rate.IsIdentity.Should().BeTrue();
        conversion.RatesUsed.Should().BeEmpty();
    }

    [Fact]
    public void RelativeDifferenceOf_StatedEquivalent_Is7Point6PercentAboveTheMarketConversion()
    {
        Conversion market = ExchangeRateSources.Default.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            February27
        );

        Math.Round(market.RelativeDifferenceOf(new Money(63_300_000m, Currency.USD)), 3).Should().Be(0.076m);
    }

    [Fact]
    public void ToString_ShowsAmountsRateAndRequestedDate()
    {
        Conversion conversion = ExchangeRateSources.Default.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            new LocalDate(2025, 3, 1)
        );

        conversion
            .ToString()
            .Should()
            .StartWith("JPY 8,800,000,000 = USD 58,369,520.90 (1 JPY = ")
            .And.Contain("(ECB, Daily, 2025-02-28, cross via EUR: 1 EUR = 156.96 JPY; 1 EUR = 1.0411 USD)")
            .And.EndWith("; requested 2025-03-01)");
    }

    [Fact]
    public void TryConvert_NoRate_ReturnsTheFailure()
    {
        bool converted = ExchangeRateSources.Default.TryConvert(
            new Money(1m, Currency.JPY),
            Currency.USD,
            new LocalDate(2026, 10, 1),
            out Conversion? conversion,
            out RateLookupFailure? failure
        );

        converted.Should().BeFalse();
        conversion.Should().BeNull();
        failure!.NearestBefore.Should().Be(new LocalDate(2026, 4, 13));
    }

    [Fact]
    public void Convert_NoRate_ThrowsNeverZero()
    {
        Action act = () => ExchangeRateSources.Ecb.Convert(new Money(1m, Currency.JPY), Currency.UAH, February27);

        act.Should().Throw<RateNotFoundException>().WithMessage("*UAH*");
    }

    [Fact]
    public void Convert_ThereAndBack_ReturnsTheOriginalWithinOneMinorUnit()
    {
        Gen.Select(EcbPairs, Gen.Long[-1_000_000_000_000_000, 1_000_000_000_000_000])
            .Sample(
                (pair, minorUnits) =>
                {
                    int decimals = pair.From.MinorUnits ?? 2;
                    var original = new Money(minorUnits / Pow10(decimals), pair.From);

                    Conversion there = ExchangeRateSources.Ecb.Convert(original, pair.To, pair.Date);
                    Conversion back = ExchangeRateSources.Ecb.Convert(there.Converted, pair.From, pair.Date);

                    Math.Abs(back.Converted.Amount - original.Amount)
                        .Should()
                        .BeLessThanOrEqualTo(1m / Pow10(decimals));
                    back.Rounded.Should().Be(original);
                },
                iter: 300
            );
    }

    [Fact]
    public void GetRate_InverseRates_MultiplyToOne()
    {
        EcbPairs.Sample(
            pair =>
            {
                decimal there = ExchangeRateSources.Ecb.GetRate(pair.From, pair.To, pair.Date).Value;
                decimal back = ExchangeRateSources.Ecb.GetRate(pair.To, pair.From, pair.Date).Value;

                Math.Abs((there * back) - 1m).Should().BeLessThan(0.000000000000000000001m);
            },
            iter: 300
        );
    }

    [Fact]
    public void GetRate_CrossRates_AgreeWithTheProductOfTheirParts()
    {
        Gen.Select(EcbPairs, Gen.Int[0, EcbCurrencies.Length - 1])
            .Where(t => ExchangeRateSources.Ecb.TryGetRate(t.Item1.To, EcbCurrencies[t.Item2], t.Item1.Date).IsFound)
            .Sample(
                (pair, third) =>
                {
                    Currency via = EcbCurrencies[third];
                    decimal direct = ExchangeRateSources.Ecb.GetRate(pair.From, via, pair.Date).Value;
                    decimal composed =
                        ExchangeRateSources.Ecb.GetRate(pair.From, pair.To, pair.Date).Value
                        * ExchangeRateSources.Ecb.GetRate(pair.To, via, pair.Date).Value;

                    Math.Abs((composed / direct) - 1m).Should().BeLessThan(0.000000000000000000001m);
                },
                iter: 300
            );
    }

    [Fact]
    public void GetRate_ImfInverseAndCrossRates_Agree()
    {
        Currency[] imfCurrencies =
        [
            .. ExchangeRateSources
                .Imf.Coverage[0]
                .Currencies.Where(c => c.LastDate.Year == 2024)
                .Select(c => c.Currency),
        ];
        Gen.Select(Gen.Int[0, imfCurrencies.Length - 1], Gen.Int[0, imfCurrencies.Length - 1])
            .Select(t => (From: imfCurrencies[t.Item1], To: imfCurrencies[t.Item2]))
            .Where(t => ExchangeRateSources.Imf.TryGetRate(t.From, t.To, new LocalDate(2024, 6, 15)).IsFound)
            .Sample(
                pair =>
                {
                    var date = new LocalDate(2024, 6, 15);
                    decimal there = ExchangeRateSources.Imf.GetRate(pair.From, pair.To, date).Value;
                    decimal back = ExchangeRateSources.Imf.GetRate(pair.To, pair.From, date).Value;
                    decimal viaUsd =
                        ExchangeRateSources.Imf.GetRate(pair.From, Currency.USD, date).Value
                        * ExchangeRateSources.Imf.GetRate(Currency.USD, pair.To, date).Value;

                    Math.Abs((there * back) - 1m).Should().BeLessThan(0.00000000000000000001m);
                    Math.Abs((viaUsd / there) - 1m).Should().BeLessThan(0.00000000000000000001m);
                },
                iter: 200
            );
    }

    private static decimal Pow10(int decimals) =>
        decimals switch
        {
            0 => 1m,
            2 => 100m,
            3 => 1000m,
            _ => (decimal)Math.Pow(10, decimals),
        };
}

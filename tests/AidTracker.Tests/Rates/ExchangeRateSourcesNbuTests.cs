using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

using Money = AidTracker.Money;

/// <summary>The National Bank of Ukraine's official rates, embedded, and their place in the default chain (figures from
/// the NBU file).</summary>
public class ExchangeRateSourcesNbuTests
{
    private static readonly LocalDate April28 = new(2022, 4, 28);

    [Theory]
    [InlineData("USD", "29.2549")]
    [InlineData("EUR", "30.9663")]
    [InlineData("JPY", "0.22841")]
    public void Nbu_RatesOf28April2022_AreTheNbusHryvniasPerUnit(string code, string uah)
    {
        ExchangeRate rate = ExchangeRateSources.Nbu.GetRate(Currency.FromCode(code), Currency.UAH, April28);

        rate.Value.Should().Be(decimal.Parse(uah, System.Globalization.CultureInfo.InvariantCulture));
        rate.Source.Should().Be("NBU");
        rate.Basis.Should().Be(RateBasis.Daily);
        rate.Date.Should().Be(April28);
        rate.Derivation.Should().Be(RateDerivation.Direct, "the NBU publishes hryvnias per unit of each currency");
    }

    [Fact]
    public void Nbu_YenToDollar_CrossesThroughTheHryvnia()
    {
        ExchangeRate rate = ExchangeRateSources.Nbu.GetRate(Currency.JPY, Currency.USD, April28);

        rate.Derivation.Should().Be(RateDerivation.Cross);
        rate.Pivot.Should().Be(Currency.UAH);
        rate.PublishedRates.Select(r => (r.Base.Code, r.Quote.Code, r.Value))
            .Should()
            .Equal(("JPY", "UAH", 0.22841m), ("USD", "UAH", 29.2549m));
        rate.Value.Should().Be(0.22841m * (1m / 29.2549m));
        Math.Round(1m / rate.Value, 2).Should().Be(128.08m, "the data README: 1 USD = 29.2549 / 0.22841 = 128.08 JPY");
    }

    [Fact]
    public void Nbu_Coverage_RunsFrom1996To2022AndSkipsTheColumnsThatAreNotCurrencies()
    {
        RateSourceCoverage coverage = ExchangeRateSources.Nbu.Coverage.Single();

        coverage.Source.Should().Be("NBU");
        coverage.Pivot.Should().Be(Currency.UAH);
        coverage.FirstDate.Should().Be(new LocalDate(1996, 9, 2));
        coverage.LastDate.Should().Be(new LocalDate(2022, 7, 21));
        coverage.Find(Currency.USD)!.Count.Should().BeGreaterThan(9000, "the NBU sets a rate for every calendar day");
        coverage
            .Currencies.Select(c => c.Currency.Code)
            .Should()
            .Contain(["DEM", "RUB", "ZAR"])
            .And.NotContain(["SDR", "WDR", "USM", "___"]);
        coverage
            .Currencies.Should()
            .HaveCount(105, "109 columns, of which SDR, USM, WDR and ___ are not currency codes");
    }

    [Fact]
    public void Nbu_Saturday_HasItsOwnRate()
    {
        var saturday = new LocalDate(2022, 4, 30);

        ExchangeRateSources.Nbu.GetRate(Currency.USD, Currency.UAH, saturday).Date.Should().Be(saturday);
    }

    [Fact]
    public void Default_MillionHryvniasOn28April2022_AreConvertedAtTheNbuRateOfThatDay()
    {
        Conversion conversion = ExchangeRateSources.Default.Convert(
            new Money(1_000_000m, Currency.UAH),
            Currency.USD,
            April28
        );

        conversion.Converted.Amount.Should().Be(1_000_000m * (1m / 29.2549m));
        conversion.Rounded.Should().Be(new Money(34_182.31m, Currency.USD));
        conversion.Source.Should().Be("NBU");
        conversion.Basis.Should().Be(RateBasis.Daily);
        conversion.UsedDate.Should().Be(April28);
        conversion
            .FailedSources.Should()
            .ContainSingle()
            .Which.Should()
            .Match<RateLookupFailure>(f =>
                f.Source == "ECB"
                && f.Reason == RateLookupFailureReason.CurrencyNotCovered
                && f.MissingCurrency == Currency.UAH
            );
    }

    [Fact]
    public void Default_HryvniaOn15May2023_FallsBackToTheImf2023AverageAndSaysWhyNotTheNbu()
    {
        RateLookupResult result = ExchangeRateSources.Default.TryGetRate(
            Currency.UAH,
            Currency.USD,
            new LocalDate(2023, 5, 15)
        );

        result.AnsweredBy.Should().Be("IMF");
        result.Rate!.Basis.Should().Be(RateBasis.AnnualAverage);
        result.Rate.Date.Should().Be(new LocalDate(2023, 12, 31));
        result.FailedSources.Select(f => f.Source).Should().Equal("ECB", "NBU");
        RateLookupFailure nbu = result.FailedSources[1];
        nbu.Reason.Should().Be(RateLookupFailureReason.AfterLastRate);
        nbu.NearestBefore.Should().Be(new LocalDate(2022, 7, 21));
        nbu.Message.Should().Contain("2022-07-21").And.Contain("tolerance of 7 days");
    }

    [Fact]
    public void Default_YenToDollarOn28April2022_IsStillTheEcbs()
    {
        ExchangeRateSources
            .Default.GetRate(Currency.JPY, Currency.USD, April28)
            .Source.Should()
            .Be("ECB", "the ECB comes first for every pair it has");
    }

    [Fact]
    public void Default_HryvniaDayAfterTheNbuDataWithinTolerance_UsesTheLastNbuDayAndSaysHowOld()
    {
        Conversion conversion = ExchangeRateSources.Default.Convert(
            new Money(1_000_000m, Currency.UAH),
            Currency.USD,
            new LocalDate(2022, 7, 25)
        );

        conversion.Source.Should().Be("NBU");
        conversion.UsedDate.Should().Be(new LocalDate(2022, 7, 21));
        conversion.RequestedDate.Should().Be(new LocalDate(2022, 7, 25));
    }

    [Fact]
    public void ReadNbuCsv_EurColumnAndUahColumn_UahIsRefusedAsThePivot()
    {
        Action act = () =>
            RateFileReader.ReadNbuCsv(new StringReader("Date,USD,UAH\n2022-04-28,29.2549,1\n"), "nbu.csv");

        act.Should().Throw<RateFileException>().WithMessage("nbu.csv, line 1: *'UAH'*hryvnias per 1 unit*");
    }

    [Fact]
    public void ReadNbuCsv_ZeroRate_ThrowsNamingLineAndValue()
    {
        Action act = () =>
            RateFileReader.ReadNbuCsv(
                new StringReader("Date,USD,EUR\n2022-04-28,29.2549,30.9663\n2022-04-27,0,30.1\n"),
                "nbu.csv"
            );

        act.Should().Throw<RateFileException>().WithMessage("nbu.csv, line 3: *USD*'0'*not greater than zero*");
    }
}

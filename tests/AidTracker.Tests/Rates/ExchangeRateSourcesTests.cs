using System.Collections.Concurrent;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

using Money = AidTracker.Money;

/// <summary>The facts of the worked example and of the data README, reproduced from the embedded ECB, NBU and IMF
/// data.</summary>
public class ExchangeRateSourcesTests
{
    private static readonly LocalDate February27 = new(2025, 2, 27);
    private static readonly Currency Rub = Currency.FromCode("RUB");

    [Fact]
    public void Ecb_Convert8Point8BillionYenOnTheExchangeOfNotesDate_Is58825751Point29UsdViaEur()
    {
        Conversion conversion = ExchangeRateSources.Ecb.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            February27,
            RateBasis.Daily
        );

        conversion.Rounded.Should().Be(new Money(58_825_751.29m, Currency.USD));
        conversion.Original.Should().Be(new Money(8_800_000_000m, Currency.JPY));
        conversion.RequestedDate.Should().Be(February27);
        conversion.UsedDate.Should().Be(February27);
        conversion.Basis.Should().Be(RateBasis.Daily);
        conversion.Source.Should().Be("ECB");
        conversion.Rate.Derivation.Should().Be(RateDerivation.Cross);
        conversion.Rate.Pivot.Should().Be(Currency.EUR);
        conversion.RatesUsed.Should().HaveCount(2);
        conversion
            .RatesUsed[0]
            .Should()
            .Match<ExchangeRate>(r =>
                r.Base == Currency.EUR
                && r.Quote == Currency.JPY
                && r.Value == 156.73m
                && r.Date == February27
                && r.Source == "ECB"
                && r.Basis == RateBasis.Daily
            );
        conversion
            .RatesUsed[1]
            .Should()
            .Match<ExchangeRate>(r =>
                r.Base == Currency.EUR && r.Quote == Currency.USD && r.Value == 1.0477m && r.Date == February27
            );
    }

    [Fact]
    public void Ecb_Convert_KeepsFullPrecisionAndRoundsOnlyWhenAsked()
    {
        Conversion conversion = ExchangeRateSources.Ecb.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            February27
        );

        // 8,800,000,000 × 1.0477 / 156.73 = 58,825,751.29203088113315893574...
        conversion.Converted.Amount.Should().BeApproximately(58_825_751.292030881133m, 0.000000000001m);
        conversion.Converted.IsRoundedToMinorUnits.Should().BeFalse();
    }

    [Fact]
    public void Ecb_UsdPerJpyAndJpyPerUsdOnTheExchangeOfNotesDate_MatchTheWorkedExample()
    {
        ExchangeRate usdJpy = ExchangeRateSources.Ecb.GetRate(Currency.USD, Currency.JPY, February27);

        Math.Round(usdJpy.Value, 3).Should().Be(149.594m);
        ExchangeRateSources
            .Ecb.GetRate(Currency.EUR, Currency.USD, February27)
            .Should()
            .Match<ExchangeRate>(r => r.Value == 1.0477m && r.Derivation == RateDerivation.Direct);
        ExchangeRateSources
            .Ecb.GetRate(Currency.USD, Currency.EUR, February27)
            .Should()
            .Match<ExchangeRate>(r => r.Value == 1m / 1.0477m && r.Derivation == RateDerivation.Inverse);
    }

    [Fact]
    public void Default_SaturdayAfterTheExchangeOfNotes_UsesFridaysRateAndSaysSo()
    {
        var saturday = new LocalDate(2025, 3, 1);

        Conversion conversion = ExchangeRateSources.Default.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            saturday
        );

        conversion.RequestedDate.Should().Be(saturday);
        conversion.UsedDate.Should().Be(new LocalDate(2025, 2, 28));
        conversion.RatesUsed.Should().OnlyContain(r => r.Date == new LocalDate(2025, 2, 28) && r.Source == "ECB");
        conversion.Rate.Value.Should().Be((1m / 156.96m) * 1.0411m);
    }

    [Fact]
    public void Imf_JapaneseYenPerDollar2024_Is151Point3663()
    {
        ExchangeRate rate = ExchangeRateSources.Imf.GetRate(Currency.USD, Currency.JPY, new LocalDate(2024, 7, 1));

        Math.Round(rate.Value, 4).Should().Be(151.3663m);
        rate.Basis.Should().Be(RateBasis.AnnualAverage);
        rate.Source.Should().Be("IMF");
        rate.Date.Should().Be(new LocalDate(2024, 12, 31));
        rate.Derivation.Should().Be(RateDerivation.Direct);
    }

    [Fact]
    public void Imf_Euro2024_IsTheEuroAreaValueNotAndorras()
    {
        ExchangeRate rate = ExchangeRateSources.Imf.GetRate(Currency.USD, Currency.EUR, new LocalDate(2024, 3, 1));

        Math.Round(rate.Value, 5).Should().Be(0.92389m);
        rate.Value.Should().Be(0.9238895461176068m);
    }

    [Fact]
    public void Imf_UsDollar_IsOneDespiteHaitisRowsLabelledUsd()
    {
        RateTable imf = ExchangeRateSources.Imf;
        var date = new LocalDate(2023, 6, 15);

        imf.Pivot.Should().Be(Currency.USD);
        imf.GetRate(Currency.USD, Currency.USD, date).Value.Should().Be(1m);
        imf.GetRate(Currency.JPY, Currency.USD, date)
            .Value.Should()
            .Be(1m / 140.4911000623402m, "the USD leg is exactly 1, not Haiti's 141.04 gourdes");
        imf.Coverage[0].Find(Currency.USD).Should().BeNull("USD is the pivot");
        imf.TryGetRate(Currency.FromCode("HTG"), Currency.USD, date)
            .Failure!.Reason.Should()
            .Be(RateLookupFailureReason.CurrencyNotCovered);
    }

    [Fact]
    public void Imf_HaitisRowsInTheRawFile_AreReallyLabelledUsd()
    {
        string[] lines = File.ReadAllLines(Path.Combine(TestPaths.DataDir, "imf-annual-average-per-usd.csv"));

        lines
            .Should()
            .Contain(l =>
                l.StartsWith("2023-12-31,141.035912702189,USD,", StringComparison.Ordinal)
                && l.Contains(",HT,", StringComparison.Ordinal)
            );
    }

    [Fact]
    public void Imf_WestAfricanFranc_TakesTheValueMostRowsAgreeOn()
    {
        // 2023: Benin's row says 606.654982255763, the seven other rows 606.569750165917; no issuer row for XOF.
        ExchangeRateSources
            .Imf.GetRate(Currency.USD, Currency.FromCode("XOF"), new LocalDate(2023, 1, 1))
            .Value.Should()
            .Be(606.569750165917m);
    }

    [Fact]
    public void Imf_CoversCurrenciesTheEcbLacks()
    {
        RateSourceCoverage imf = ExchangeRateSources.Imf.Coverage.Single();

        imf.Find(Currency.UAH)!.LastDate.Should().Be(new LocalDate(2024, 12, 31));
        imf.Find(Currency.FromCode("KES")).Should().NotBeNull();
        imf.Find(Currency.FromCode("NGN")).Should().NotBeNull();
        imf.LastDate.Should().Be(new LocalDate(2024, 12, 31));
        imf.Basis.Should().Be(RateBasis.AnnualAverage);
        imf.ToleranceDays.Should().BeNull();
        ExchangeRateSources.Ecb.Coverage.Single().Find(Currency.UAH).Should().BeNull();
    }

    [Fact]
    public void Ecb_Coverage_ShowsHowStaleTheDataIs()
    {
        RateSourceCoverage ecb = ExchangeRateSources.Ecb.Coverage.Single();

        ecb.Source.Should().Be("ECB");
        ecb.Pivot.Should().Be(Currency.EUR);
        ecb.ToleranceDays.Should().Be(7);
        ecb.Currencies.Should().HaveCount(41);
        ecb.FirstDate.Should().Be(new LocalDate(1999, 1, 4));
        ecb.LastDate.Should().Be(new LocalDate(2026, 4, 13));
        ecb.Find(Rub)!.LastDate.Should().Be(new LocalDate(2022, 3, 1));
        ecb.Find(Currency.FromCode("BGN"))!.LastDate.Should().Be(new LocalDate(2025, 12, 31));
        ecb.ToString().Should().Be("ECB: Daily against EUR, 41 currencies, 1999-01-04 to 2026-04-13");
    }

    [Fact]
    public void Default_HryvniaInMid2024_FallsBackToTheImf2024AverageAndSaysSo()
    {
        RateLookupResult result = ExchangeRateSources.Default.TryGetRate(
            Currency.UAH,
            Currency.USD,
            new LocalDate(2024, 6, 15)
        );

        result.IsFound.Should().BeTrue();
        result.AnsweredBy.Should().Be("IMF");
        result.Rate!.Basis.Should().Be(RateBasis.AnnualAverage);
        result.Rate.Source.Should().Be("IMF");
        result.Rate.Derivation.Should().Be(RateDerivation.Inverse);
        Math.Round(result.Rate.Legs.Single().Value, 6).Should().Be(40.152083m);
        result.FailedSources.Should().HaveCount(2);
        result
            .FailedSources[0]
            .Should()
            .Match<RateLookupFailure>(f =>
                f.Source == "ECB"
                && f.Reason == RateLookupFailureReason.CurrencyNotCovered
                && f.MissingCurrency == Currency.UAH
            );
        result
            .FailedSources[1]
            .Should()
            .Match<RateLookupFailure>(f =>
                f.Source == "NBU"
                && f.Reason == RateLookupFailureReason.AfterLastRate
                && f.NearestBefore == new LocalDate(2022, 7, 21)
            );
    }

    [Fact]
    public void Default_YenToDollarAfterBothDataSetsEnd_ThrowsNamingPairDateAndLastEcbDate()
    {
        var date = new LocalDate(2026, 10, 1);

        Action act = () => ExchangeRateSources.Default.GetRate(Currency.JPY, Currency.USD, date);

        RateNotFoundException exception = act.Should()
            .Throw<RateNotFoundException>()
            .WithMessage("*JPY*USD*2026-10-01*2026-04-13*tolerance of 7 days*")
            .Which;
        exception.From.Should().Be(Currency.JPY);
        exception.To.Should().Be(Currency.USD);
        exception.Date.Should().Be(date);
        exception.ToleranceDays.Should().Be(7);
        exception.NearestBefore.Should().Be(new LocalDate(2026, 4, 13));
        exception.NearestAfter.Should().BeNull();
        exception.Reason.Should().Be(RateLookupFailureReason.AfterLastRate);
        exception.Failure.Failures.Select(f => f.Source).Should().Equal("ECB", "NBU", "IMF");
        exception.Failure.Failures[1].NearestBefore.Should().Be(new LocalDate(2022, 7, 21));
        exception.Failure.Failures[2].NearestBefore.Should().Be(new LocalDate(2024, 12, 31));
    }

    [Fact]
    public void Default_RoubleToEuroAfterTheEcbSuspension_FallsBackToTheImf2023Average()
    {
        RateLookupResult result = ExchangeRateSources.Default.TryGetRate(Rub, Currency.EUR, new LocalDate(2023, 6, 15));

        ExchangeRate rate = result.GetRateOrThrow();
        rate.Source.Should().Be("IMF");
        rate.Basis.Should().Be(RateBasis.AnnualAverage);
        rate.Date.Should().Be(new LocalDate(2023, 12, 31));
        rate.Derivation.Should().Be(RateDerivation.Cross);
        rate.Pivot.Should().Be(Currency.USD);
        rate.Legs.Select(l => l.Value).Should().Equal(85.16200833333332m, 0.9248395584706975m);
        rate.Value.Should().Be((1m / 85.16200833333332m) * 0.9248395584706975m);
        result.FailedSources.Select(f => f.Source).Should().Equal("ECB", "NBU");
        result
            .FailedSources[0]
            .Should()
            .Match<RateLookupFailure>(f =>
                f.Reason == RateLookupFailureReason.AfterLastRate && f.NearestBefore == new LocalDate(2022, 3, 1)
            );
        result
            .FailedSources[1]
            .Reason.Should()
            .Be(RateLookupFailureReason.AfterLastRate, "the NBU data ends 2022-07-21");
    }

    [Fact]
    public void Default_AnnualAverageAsked_IsAnsweredByTheImfEvenWhereTheEcbHasDailyRates()
    {
        ExchangeRate rate = ExchangeRateSources.Default.GetRate(
            Currency.USD,
            Currency.JPY,
            new LocalDate(2024, 5, 1),
            RateBasis.AnnualAverage
        );

        rate.Source.Should().Be("IMF");
        Math.Round(rate.Value, 4).Should().Be(151.3663m);
    }

    [Fact]
    public void Default_CurrencyNoSourceHas_ThrowsNamingTheCurrency()
    {
        Action act = () => ExchangeRateSources.Default.GetRate("HTG", "EUR", new LocalDate(2020, 1, 1));

        act.Should()
            .Throw<RateNotFoundException>()
            .WithMessage("*ECB has no rates for HTG*IMF has no rates for HTG*")
            .Which.Should()
            .Match<RateNotFoundException>(e =>
                e.Reason == RateLookupFailureReason.CurrencyNotCovered && e.MissingCurrency == Currency.FromCode("HTG")
            );
    }

    [Fact]
    public void Ecb_DateBeforeAnyData_ThrowsNamingTheFirstDate()
    {
        Action act = () => ExchangeRateSources.Ecb.GetRate(Currency.JPY, Currency.USD, new LocalDate(1998, 6, 1));

        act.Should()
            .Throw<RateNotFoundException>()
            .WithMessage("*1998-06-01*first is of 1999-01-04*")
            .Which.Should()
            .Match<RateNotFoundException>(e =>
                e.Reason == RateLookupFailureReason.BeforeFirstRate
                && e.NearestAfter == new LocalDate(1999, 1, 4)
                && e.NearestBefore == null
            );
    }

    [Fact]
    public void Ecb_IcelandicKronaDuringItsGap_FailsNamingTheDatesAroundTheGap()
    {
        RateLookupFailure failure = ExchangeRateSources
            .Ecb.TryGetRate(Currency.FromCode("ISK"), Currency.EUR, new LocalDate(2010, 5, 5))
            .Failure!;

        failure.Reason.Should().Be(RateLookupFailureReason.NoRateWithinTolerance);
        failure.NearestBefore.Should().Be(new LocalDate(2008, 12, 9));
        failure.NearestAfter.Should().Be(new LocalDate(2018, 2, 1));
        failure
            .Message.Should()
            .Be(
                "ECB has no rate from ISK to EUR on 2010-05-05 or in the 7 days before it; the nearest are of "
                    + "2008-12-09 and 2018-02-01."
            );
    }

    [Fact]
    public void Ecb_WithZeroTolerance_RefusesTheSaturday()
    {
        RateLookupResult result = ExchangeRateSources
            .Ecb.WithToleranceDays(0)
            .TryGetRate(Currency.JPY, Currency.USD, new LocalDate(2025, 3, 1));

        result.IsFound.Should().BeFalse();
        result.Failure!.NearestBefore.Should().Be(new LocalDate(2025, 2, 28));
        result.Failure.NearestAfter.Should().Be(new LocalDate(2025, 3, 3));
    }

    [Fact]
    public void Default_Coverage_ListsEcbThenNbuThenImf()
    {
        ExchangeRateSources.Default.Coverage.Select(c => c.Source).Should().Equal("ECB", "NBU", "IMF");
        ExchangeRateSources.Default.Name.Should().Be("ECB, then NBU, then IMF");
    }

    [Fact]
    public void CreateDefault_OtherTolerance_AppliesToTheEcbAndTheNbu()
    {
        ExchangeRateChain chain = ExchangeRateSources.CreateDefault(0);

        // Saturday: the ECB refuses with zero tolerance, so the IMF 2025 average is asked, which does not exist either.
        chain.TryGetRate(Currency.JPY, Currency.USD, new LocalDate(2025, 3, 1)).Failure!.ToleranceDays.Should().Be(0);
        chain.Sources.OfType<RateTable>().Select(t => t.ToleranceDays).Should().Equal(0, 0, null);
    }

    [Fact]
    public void Sources_AccessedFromManyThreads_AreLoadedOnce()
    {
        var tables = new ConcurrentBag<object>();

        Parallel.For(0, 16, i => tables.Add(i % 2 == 0 ? ExchangeRateSources.Ecb : ExchangeRateSources.Default));

        tables.Distinct().Should().HaveCount(2);
    }
}

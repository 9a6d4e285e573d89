using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

public class RateTableTests
{
    private static readonly Currency Chf = Currency.FromCode("CHF");

    /// <summary>EUR against USD and JPY on Wednesday 2025-02-26 to Friday 2025-02-28 and Monday 2025-03-03; GBP only
    /// from 2025-02-28; CHF published as CHF per EUR inverted.</summary>
    private static RateTable Table(int toleranceDays = 7)
    {
        var builder = new RateTableBuilder("Test", Currency.EUR) { ToleranceDays = toleranceDays };
        builder
            .Add(new LocalDate(2025, 2, 26), Currency.EUR, Currency.USD, 1.0487m)
            .Add(new LocalDate(2025, 2, 27), Currency.EUR, Currency.USD, 1.0477m)
            .Add(new LocalDate(2025, 2, 28), Currency.EUR, Currency.USD, 1.0411m)
            .Add(new LocalDate(2025, 3, 3), Currency.EUR, Currency.USD, 1.0465m)
            .Add(new LocalDate(2025, 2, 27), Currency.EUR, Currency.JPY, 156.73m)
            .Add(new LocalDate(2025, 2, 28), Currency.EUR, Currency.JPY, 156.96m)
            .Add(new LocalDate(2025, 2, 28), Currency.EUR, Currency.GBP, 0.82608m)
            .Add(new LocalDate(2025, 2, 27), Chf, Currency.EUR, 1.0653m);
        return builder.Build();
    }

    [Fact]
    public void TryGetRate_PublishedDate_UsesThatDay()
    {
        ExchangeRate rate = Table().GetRate(Currency.EUR, Currency.USD, new LocalDate(2025, 2, 27));

        rate.Should()
            .Be(
                new ExchangeRate(
                    Currency.EUR,
                    Currency.USD,
                    1.0477m,
                    new LocalDate(2025, 2, 27),
                    RateBasis.Daily,
                    "Test"
                )
            );
    }

    [Fact]
    public void TryGetRate_Weekend_UsesTheLatestEarlierRateWithinTolerance()
    {
        Table()
            .GetRate(Currency.EUR, Currency.USD, new LocalDate(2025, 3, 2))
            .Date.Should()
            .Be(new LocalDate(2025, 2, 28));
    }

    [Fact]
    public void TryGetRate_CrossWithLegsOfDifferentDays_IsDatedOnTheOlderLeg()
    {
        // On 2025-03-03 USD has a rate of that day, JPY only of 2025-02-28.
        ExchangeRate rate = Table().GetRate(Currency.JPY, Currency.USD, new LocalDate(2025, 3, 3));

        rate.Date.Should().Be(new LocalDate(2025, 2, 28));
        rate.Legs.Select(l => l.Date).Should().Equal(new LocalDate(2025, 2, 28), new LocalDate(2025, 3, 3));
    }

    [Fact]
    public void TryGetRate_CurrencyPublishedAgainstThePivot_KeepsThePublishedDirection()
    {
        RateTable table = Table();

        ExchangeRate chfEur = table.GetRate(Chf, Currency.EUR, new LocalDate(2025, 2, 27));
        ExchangeRate eurChf = table.GetRate(Currency.EUR, Chf, new LocalDate(2025, 2, 27));

        chfEur.Derivation.Should().Be(RateDerivation.Direct);
        chfEur.Value.Should().Be(1.0653m);
        eurChf.Derivation.Should().Be(RateDerivation.Inverse);
        eurChf.Value.Should().Be(1m / 1.0653m);
        table.GetRate(Chf, Currency.USD, new LocalDate(2025, 2, 27)).Value.Should().Be(1.0653m * 1.0477m);
    }

    [Fact]
    public void TryGetRate_BeyondTheToleranceAfterTheLastRate_FailsNamingTheLastDateAndTolerance()
    {
        RateLookupFailure failure = Table(toleranceDays: 3)
            .TryGetRate(Currency.JPY, Currency.EUR, new LocalDate(2025, 3, 5))
            .Failure!;

        failure.Reason.Should().Be(RateLookupFailureReason.AfterLastRate);
        failure.NearestBefore.Should().Be(new LocalDate(2025, 2, 28));
        failure.ToleranceDays.Should().Be(3);
        failure
            .Message.Should()
            .Be(
                "Test's latest rate from JPY to EUR is of 2025-02-28, 5 days before 2025-03-05, beyond the tolerance "
                    + "of 3 days."
            );
    }

    [Fact]
    public void TryGetRate_InAGapBetweenRates_FailsNamingTheRatesAround()
    {
        RateLookupFailure failure = Table(toleranceDays: 0)
            .TryGetRate(Currency.USD, Currency.EUR, new LocalDate(2025, 3, 1))
            .Failure!;

        failure.Reason.Should().Be(RateLookupFailureReason.NoRateWithinTolerance);
        failure.NearestBefore.Should().Be(new LocalDate(2025, 2, 28));
        failure.NearestAfter.Should().Be(new LocalDate(2025, 3, 3));
        failure
            .Message.Should()
            .Contain("on 2025-03-01 or in the 0 days before it; the nearest are of 2025-02-28 and 2025-03-03");
    }

    [Fact]
    public void TryGetRate_BeforeACurrencysFirstRate_FailsNamingTheFirstCommonDate()
    {
        RateLookupFailure failure = Table().TryGetRate(Currency.GBP, Currency.USD, new LocalDate(2025, 2, 27)).Failure!;

        failure.Reason.Should().Be(RateLookupFailureReason.BeforeFirstRate);
        failure.NearestAfter.Should().Be(new LocalDate(2025, 2, 28));
        failure
            .Message.Should()
            .Be("Test has no rate from GBP to USD on or before 2025-02-27; its first is of 2025-02-28.");
    }

    [Fact]
    public void TryGetRate_BeforeTheTable_Fails()
    {
        Table()
            .TryGetRate(Currency.EUR, Currency.USD, new LocalDate(1999, 1, 1))
            .Failure!.Reason.Should()
            .Be(RateLookupFailureReason.BeforeFirstRate);
    }

    [Fact]
    public void TryGetRate_CurrencyNotInTheTable_FailsNamingIt()
    {
        RateLookupFailure failure = Table().TryGetRate(Currency.UAH, Currency.USD, new LocalDate(2025, 2, 27)).Failure!;

        failure.Reason.Should().Be(RateLookupFailureReason.CurrencyNotCovered);
        failure.MissingCurrency.Should().Be(Currency.UAH);
        failure.Message.Should().Be("Test has no rates for UAH, so it cannot give UAH to USD for 2025-02-27.");
    }

    [Fact]
    public void TryGetRate_OtherBasisAsked_FailsNamingBothBases()
    {
        RateLookupFailure failure = Table()
            .TryGetRate(Currency.EUR, Currency.USD, new LocalDate(2025, 2, 27), RateBasis.AnnualAverage)
            .Failure!;

        failure.Reason.Should().Be(RateLookupFailureReason.BasisNotOffered);
        failure.SourceBasis.Should().Be(RateBasis.Daily);
        failure.Message.Should().Contain("Daily rates only, not AnnualAverage");
    }

    [Fact]
    public void TryGetRate_CurrencyIntoItself_IsTheIdentityEvenIfNotCovered()
    {
        ExchangeRate rate = Table().GetRate(Currency.UAH, Currency.UAH, new LocalDate(2030, 1, 1));

        rate.IsIdentity.Should().BeTrue();
        rate.Value.Should().Be(1m);
        rate.PublishedRates.Should().BeEmpty();
    }

    [Fact]
    public void TryGetRate_DefaultRequest_Throws()
    {
        Action act = () => Table().TryGetRate(default(RateRequest));

        act.Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Fact]
    public void WithToleranceDays_Negative_ThrowsNamingTheValue()
    {
        Action act = () => Table().WithToleranceDays(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-1 is not*");
    }

    [Fact]
    public void WithToleranceDays_AnAverageTable_Throws()
    {
        Action act = () => ExchangeRateSources.Imf.WithToleranceDays(30);

        act.Should().Throw<InvalidOperationException>().WithMessage("*IMF*AnnualAverage*Daily tables*");
    }

    [Fact]
    public void WithToleranceDays_SharesTheRatesAndChangesOnlyTheTolerance()
    {
        RateTable table = Table();
        RateTable strict = table.WithToleranceDays(0);

        strict.ToleranceDays.Should().Be(0);
        table.ToleranceDays.Should().Be(7);
        strict
            .GetRate(Currency.EUR, Currency.USD, new LocalDate(2025, 2, 27))
            .Should()
            .Be(table.GetRate(Currency.EUR, Currency.USD, new LocalDate(2025, 2, 27)));
        table.WithToleranceDays(7).Should().BeSameAs(table);
    }

    [Fact]
    public void AnnualTable_AnswersForItsOwnYearOnly()
    {
        RateTable table = new RateTableBuilder("IMF-like", Currency.USD, RateBasis.AnnualAverage)
            .Add(new LocalDate(2022, 12, 31), Currency.USD, Currency.UAH, 32.3418m)
            .Add(new LocalDate(2024, 12, 31), Currency.USD, Currency.UAH, 40.152082715m)
            .Build();

        table
            .GetRate(Currency.UAH, Currency.USD, new LocalDate(2024, 1, 1))
            .Legs.Single()
            .Date.Should()
            .Be(new LocalDate(2024, 12, 31));
        RateLookupFailure gap = table.TryGetRate(Currency.UAH, Currency.USD, new LocalDate(2023, 6, 15)).Failure!;
        gap.Reason.Should().Be(RateLookupFailureReason.NoRateWithinTolerance);
        gap.NearestBefore.Should().Be(new LocalDate(2022, 12, 31));
        gap.NearestAfter.Should().Be(new LocalDate(2024, 12, 31));
        gap.ToleranceDays.Should().BeNull();
        table
            .TryGetRate(Currency.UAH, Currency.USD, new LocalDate(2025, 1, 1))
            .Failure!.Reason.Should()
            .Be(RateLookupFailureReason.AfterLastRate);
        table.ToleranceDays.Should().BeNull();
    }

    [Fact]
    public void MonthlyTable_AnswersForItsOwnMonthOnly()
    {
        RateTable table = new RateTableBuilder("Monthly", Currency.EUR, RateBasis.MonthlyAverage)
            .Add(new LocalDate(2024, 1, 15), Currency.EUR, Currency.USD, 1.0905m)
            .Add(new LocalDate(2024, 2, 15), Currency.EUR, Currency.USD, 1.0795m)
            .Build();

        table.GetRate(Currency.EUR, Currency.USD, new LocalDate(2024, 1, 31)).Value.Should().Be(1.0905m);
        table.GetRate(Currency.EUR, Currency.USD, new LocalDate(2024, 2, 1)).Value.Should().Be(1.0795m);
        table.TryGetRate(Currency.EUR, Currency.USD, new LocalDate(2024, 3, 1)).IsFound.Should().BeFalse();
    }

    [Fact]
    public void FastPath_AgreesWithTheProvenancePathToTheLastDigit()
    {
        RateTable ecb = ExchangeRateSources.Ecb;
        int jpy = ecb.GetCurrencyIndex(Currency.JPY);
        int usd = ecb.GetCurrencyIndex(Currency.USD);
        var saturday = new LocalDate(2025, 3, 1);

        ecb.TryGetRate(jpy, usd, RateTable.ToDayNumber(saturday), out decimal rate, out int usedDay).Should().BeTrue();

        ExchangeRate slow = ecb.GetRate(Currency.JPY, Currency.USD, saturday);
        rate.Should().Be(slow.Value);
        decimal.GetBits(rate).Should().Equal(decimal.GetBits(slow.Value));
        RateTable.FromDayNumber(usedDay).Should().Be(slow.Date);
    }

    [Fact]
    public void FastPath_NoRate_ReturnsFalseAndZero()
    {
        RateTable ecb = ExchangeRateSources.Ecb;

        bool found = ecb.TryConvert(
            100m,
            ecb.GetCurrencyIndex(Currency.JPY),
            ecb.GetCurrencyIndex(Currency.USD),
            RateTable.ToDayNumber(new LocalDate(2026, 10, 1)),
            out decimal converted,
            out _
        );

        found.Should().BeFalse();
        converted.Should().Be(0m);
    }

    [Fact]
    public void FastPath_ManyConversions_AllocateNothing()
    {
        RateTable ecb = ExchangeRateSources.Ecb;
        int jpy = ecb.GetCurrencyIndex(Currency.JPY);
        int usd = ecb.GetCurrencyIndex(Currency.USD);
        int day = RateTable.ToDayNumber(new LocalDate(2025, 2, 27));
        ecb.TryConvert(1m, jpy, usd, day, out _, out _); // materializes the rows

        long before = GC.GetAllocatedBytesForCurrentThread();
        decimal sum = 0m;
        for (int i = 0; i < 1000; i++)
        {
            ecb.TryConvert(8_800_000_000m, jpy, usd, day - (i % 3000), out decimal converted, out _);
            sum += converted;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
        sum.Should().BePositive();
    }

    [Fact]
    public void FastPath_BadIndex_ThrowsNamingTheRange()
    {
        Action act = () => Table().TryGetRate(0, 99, 739_308, out _, out _);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*indexes 0 to 4*99*");
    }

    [Fact]
    public void GetCurrencyIndex_CurrencyNotInTheTable_ThrowsNamingIt()
    {
        Action act = () => Table().GetCurrencyIndex(Currency.UAH);

        act.Should().Throw<ArgumentException>().WithMessage("*Test*UAH*");
        Table().TryGetCurrencyIndex(Currency.UAH, out _).Should().BeFalse();
    }

    [Fact]
    public void Currencies_PivotFirstThenInTheOrderAdded()
    {
        Table().Currencies.Select(c => c.Code).Should().Equal("EUR", "USD", "JPY", "GBP", "CHF");
    }

    [Fact]
    public void DayNumbers_RoundTripDates()
    {
        RateTable.ToDayNumber(new LocalDate(2025, 2, 27)).Should().Be(739_308);
        RateTable.FromDayNumber(739_308).Should().Be(new LocalDate(2025, 2, 27));
    }

    [Fact]
    public void Coverage_ListsEachCurrencyWithItsDates()
    {
        RateSourceCoverage coverage = Table().Coverage.Single();

        coverage
            .Currencies.Select(c => c.ToString())
            .Should()
            .Equal(
                "CHF 2025-02-27 to 2025-02-27 (1 rate)",
                "GBP 2025-02-28 to 2025-02-28 (1 rate)",
                "JPY 2025-02-27 to 2025-02-28 (2 rates)",
                "USD 2025-02-26 to 2025-03-03 (4 rates)"
            );
        coverage.FirstDate.Should().Be(new LocalDate(2025, 2, 26));
        coverage.LastDate.Should().Be(new LocalDate(2025, 3, 3));
    }
}

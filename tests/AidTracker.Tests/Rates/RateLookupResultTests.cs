using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

public class RateLookupResultTests
{
    private static readonly LocalDate February27 = new(2025, 2, 27);
    private static readonly RateRequest JpyToUsd = new(Currency.JPY, Currency.USD, February27);

    [Fact]
    public void Found_RateOfAnotherPair_ThrowsNamingBoth()
    {
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.0477m, February27, RateBasis.Daily, "ECB");

        Action act = () => RateLookupResult.Found(JpyToUsd, eurUsd, "ECB");

        act.Should().Throw<ArgumentException>().WithMessage("*EUR/USD*JPY to USD*");
    }

    [Fact]
    public void NotFound_GetRateOrThrow_ThrowsWithTheFailure()
    {
        RateLookupFailure failure = RateLookupFailure.NoRate(
            "ECB",
            JpyToUsd,
            RateBasis.Daily,
            7,
            new LocalDate(2025, 2, 14),
            new LocalDate(2025, 3, 3)
        );
        RateLookupResult result = RateLookupResult.NotFound(failure);

        Action act = () => result.GetRateOrThrow();

        result.IsFound.Should().BeFalse();
        result.Request.Should().Be(JpyToUsd);
        act.Should()
            .Throw<RateNotFoundException>()
            .WithMessage(
                "No exchange rate from JPY to USD for 2025-02-27. ECB has no rate from JPY to USD on 2025-02-27 or in "
                    + "the 7 days before it; the nearest are of 2025-02-14 and 2025-03-03."
            )
            .Which.Failure.Should()
            .BeSameAs(failure);
    }

    [Fact]
    public void AllFailed_OneFailure_IsThatFailure()
    {
        RateLookupFailure failure = RateLookupFailure.CurrencyNotCovered("ECB", JpyToUsd, Currency.JPY);

        RateLookupFailure.AllFailed("Chain", JpyToUsd, [failure]).Should().BeSameAs(failure);
    }

    [Fact]
    public void AllFailed_NearestDates_AreTheNearestAnySourceHas()
    {
        RateLookupFailure a = RateLookupFailure.NoRate(
            "A",
            JpyToUsd,
            RateBasis.Daily,
            3,
            new LocalDate(2025, 2, 1),
            new LocalDate(2025, 3, 10)
        );
        RateLookupFailure b = RateLookupFailure.NoRate(
            "B",
            JpyToUsd,
            RateBasis.Daily,
            7,
            new LocalDate(2025, 2, 14),
            new LocalDate(2025, 3, 3)
        );

        RateLookupFailure chain = RateLookupFailure.AllFailed("Chain", JpyToUsd, [a, b]);

        chain.Reason.Should().Be(RateLookupFailureReason.NoRateWithinTolerance);
        chain.NearestBefore.Should().Be(new LocalDate(2025, 2, 14));
        chain.NearestAfter.Should().Be(new LocalDate(2025, 3, 3));
        chain.ToleranceDays.Should().Be(3);
        chain.Failures.Should().Equal(a, b);
    }

    [Fact]
    public void RateRequest_Default_IsRejectedAndDescribed()
    {
        default(RateRequest).ToString().Should().Be("(empty rate request)");
        JpyToUsd.ToString().Should().Be("JPY to USD on 2025-02-27 (any basis)");
        new RateRequest(Currency.JPY, Currency.USD, February27, RateBasis.AnnualAverage)
            .ToString()
            .Should()
            .Be("JPY to USD on 2025-02-27 (AnnualAverage)");
        ((Action)(() => RateLookupFailure.CurrencyNotCovered("X", default, Currency.JPY)))
            .Should()
            .Throw<ArgumentException>();
    }
}

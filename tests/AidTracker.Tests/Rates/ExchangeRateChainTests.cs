using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

public class ExchangeRateChainTests
{
    private static readonly LocalDate February27 = new(2025, 2, 27);

    private static readonly FixedRateSource Yen = new(
        "Yen agreement",
        new ExchangeRate(Currency.USD, Currency.JPY, 145m, February27, RateBasis.Fixed, "Yen agreement")
    );

    private static readonly FixedRateSource Hryvnia = new(
        "Hryvnia agreement",
        new ExchangeRate(Currency.USD, Currency.UAH, 41m, February27, RateBasis.Fixed, "Hryvnia agreement")
    );

    [Fact]
    public void TryGetRate_FirstSourceHasIt_AnswersWithoutFailures()
    {
        RateLookupResult result = new ExchangeRateChain(Yen, Hryvnia).TryGetRate(
            Currency.USD,
            Currency.JPY,
            February27
        );

        result.AnsweredBy.Should().Be("Yen agreement");
        result.FailedSources.Should().BeEmpty();
    }

    [Fact]
    public void TryGetRate_LaterSourceHasIt_RecordsWhichAnsweredAndWhyTheFirstFailed()
    {
        RateLookupResult result = new ExchangeRateChain(Yen, Hryvnia).TryGetRate(
            Currency.USD,
            Currency.UAH,
            February27
        );

        result.AnsweredBy.Should().Be("Hryvnia agreement");
        result.Rate!.Value.Should().Be(41m);
        result
            .FailedSources.Single()
            .Should()
            .Match<RateLookupFailure>(f => f.Source == "Yen agreement" && f.MissingCurrency == Currency.UAH);
    }

    [Fact]
    public void TryGetRate_SourceThatThrows_DoesNotStopTheChainAndIsKept()
    {
        var chain = new ExchangeRateChain(new ThrowingSource(), Yen);

        RateLookupResult result = chain.TryGetRate(Currency.USD, Currency.JPY, February27);

        result.AnsweredBy.Should().Be("Yen agreement");
        RateLookupFailure failure = result.FailedSources.Single();
        failure.Reason.Should().Be(RateLookupFailureReason.SourceFailed);
        failure.Exception.Should().BeOfType<IOException>();
        failure
            .Message.Should()
            .Contain("Broken failed while looking up USD to JPY for 2025-02-27: IOException: disk gone");
    }

    [Fact]
    public void TryGetRate_EverySourceFailsForDifferentReasons_KeepsEachReasonInOrder()
    {
        var chain = new ExchangeRateChain("Mine", [new ThrowingSource(), Yen]);

        RateLookupFailure failure = chain.TryGetRate(Currency.USD, Currency.EUR, February27).Failure!;

        failure.Source.Should().Be("Mine");
        failure.Reason.Should().Be(RateLookupFailureReason.NoSourceAnswered);
        failure
            .Failures.Select(f => f.Reason)
            .Should()
            .Equal(RateLookupFailureReason.SourceFailed, RateLookupFailureReason.CurrencyNotCovered);
        failure.Message.Should().StartWith("None of the 2 sources of Mine has the rate. Broken failed");
    }

    [Fact]
    public void GetRate_EverySourceFails_ThrowsWithTheChainsFailure()
    {
        Action act = () => new ExchangeRateChain(Yen, Hryvnia).GetRate(Currency.USD, Currency.EUR, February27);

        act.Should()
            .Throw<RateNotFoundException>()
            .WithMessage(
                "No exchange rate from USD to EUR for 2025-02-27. None of the 2 sources of Yen agreement, then Hryvnia "
                    + "agreement has the rate.*"
            )
            .Which.Failure.Failures.Should()
            .HaveCount(2);
    }

    [Fact]
    public void Constructor_NoSources_Throws()
    {
        Action act = () => _ = new ExchangeRateChain([]);

        act.Should().Throw<ArgumentException>().WithMessage("*at least one source*");
    }

    [Fact]
    public void Constructor_NullSource_Throws()
    {
        Action act = () => _ = new ExchangeRateChain(Yen, null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void NameAndCoverage_ComeFromTheSourcesInOrder()
    {
        var chain = new ExchangeRateChain(Yen, Hryvnia);

        chain.Name.Should().Be("Yen agreement, then Hryvnia agreement");
        chain.Sources.Should().Equal(Yen, Hryvnia);
        chain.Coverage.Select(c => c.Source).Should().Equal("Yen agreement", "Hryvnia agreement");
    }

    private sealed class ThrowingSource : IExchangeRateSource
    {
        public string Name => "Broken";

        public IReadOnlyList<RateSourceCoverage> Coverage => [];

        public RateLookupResult TryGetRate(RateRequest request) => throw new IOException("disk gone");
    }
}

using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

using Money = AidTracker.Money;

public class FixedRateSourceTests
{
    private static readonly LocalDate SignedOn = new(2025, 2, 27);

    private static readonly ExchangeRate Agreement = new(
        Currency.USD,
        Currency.JPY,
        145m,
        SignedOn,
        RateBasis.Fixed,
        "Exchange of notes"
    );

    private static readonly ExchangeRate Stated = ExchangeRate.Implied(
        new Money(8_800_000_000m, Currency.JPY),
        new Money(63_300_000m, Currency.USD),
        new LocalDate(2025, 3, 5)
    );

    [Fact]
    public void TryGetRate_PairOfTheAgreement_ReturnsItWhateverTheDate()
    {
        var source = new FixedRateSource("Agreement", Agreement);

        RateLookupResult result = source.TryGetRate(Currency.USD, Currency.JPY, new LocalDate(2030, 1, 1));

        result.Rate.Should().BeSameAs(Agreement);
        result.AnsweredBy.Should().Be("Agreement");
        result.Request.Date.Should().Be(new LocalDate(2030, 1, 1));
        result.Rate!.Date.Should().Be(SignedOn, "the rate used is the agreement's, dated when it was signed");
    }

    [Fact]
    public void TryGetRate_OtherDirection_InvertsAndSaysSo()
    {
        ExchangeRate rate = new FixedRateSource("Agreement", Agreement).GetRate(Currency.JPY, Currency.USD, SignedOn);

        rate.Derivation.Should().Be(RateDerivation.Inverse);
        rate.Value.Should().Be(1m / 145m);
        rate.Legs.Single().Should().BeSameAs(Agreement);
    }

    [Fact]
    public void Convert_AtTheStatedEquivalentsImpliedRate_GivesBackTheStatedAmount()
    {
        var source = new FixedRateSource("Speech", Stated);

        Conversion conversion = source.Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, SignedOn);

        conversion.Rounded.Should().Be(new Money(63_300_000m, Currency.USD));
        conversion.Basis.Should().Be(RateBasis.Stated);
    }

    [Fact]
    public void TryGetRate_AnotherBasisAsked_FailsNamingTheBasisOffered()
    {
        RateLookupFailure failure = new FixedRateSource("Agreement", Agreement)
            .TryGetRate(Currency.USD, Currency.JPY, SignedOn, RateBasis.Daily)
            .Failure!;

        failure.Reason.Should().Be(RateLookupFailureReason.BasisNotOffered);
        failure.SourceBasis.Should().Be(RateBasis.Fixed);
    }

    [Fact]
    public void TryGetRate_CurrencyNotInAnyRate_FailsNamingIt()
    {
        RateLookupFailure failure = new FixedRateSource("Agreement", Agreement)
            .TryGetRate(Currency.USD, Currency.EUR, SignedOn)
            .Failure!;

        failure.Reason.Should().Be(RateLookupFailureReason.CurrencyNotCovered);
        failure.MissingCurrency.Should().Be(Currency.EUR);
        failure.Message.Should().Contain("Agreement has no rates for EUR");
    }

    [Fact]
    public void Constructor_TwoRatesForOnePairAndBasis_ThrowsNamingBothValues()
    {
        Action act = () =>
            _ = new FixedRateSource(
                "Agreement",
                Agreement,
                new ExchangeRate(Currency.JPY, Currency.USD, 0.0069m, SignedOn, RateBasis.Fixed, "Annex")
            );

        act.Should().Throw<ArgumentException>().WithMessage("*two Fixed rates between JPY and USD: 145 and 0.0069*");
    }

    [Fact]
    public void Constructor_SamePairWithAnotherBasis_IsAllowedAndChosenByBasis()
    {
        var source = new FixedRateSource("Both", Agreement, Stated);

        source.GetRate(Currency.USD, Currency.JPY, SignedOn).Should().BeSameAs(Agreement);
        source.GetRate(Currency.USD, Currency.JPY, SignedOn, RateBasis.Stated).Should().BeSameAs(Stated);
        source.Coverage.Select(c => c.Basis).Should().Equal(RateBasis.Fixed, RateBasis.Stated);
    }

    [Fact]
    public void InAChainBeforeTheEcb_WinsForItsPairAndLeavesTheRestToTheEcb()
    {
        var chain = new ExchangeRateChain(new FixedRateSource("Agreement", Agreement), ExchangeRateSources.Ecb);

        chain.GetRate(Currency.JPY, Currency.USD, SignedOn).Source.Should().Be("Exchange of notes");
        RateLookupResult eur = chain.TryGetRate(Currency.EUR, Currency.USD, SignedOn);
        eur.AnsweredBy.Should().Be("ECB");
        eur.FailedSources.Single().MissingCurrency.Should().Be(Currency.EUR);
    }
}

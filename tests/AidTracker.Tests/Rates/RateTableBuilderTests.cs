using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

public class RateTableBuilderTests
{
    private static readonly LocalDate February27 = new(2025, 2, 27);

    [Fact]
    public void Add_ZeroRate_ThrowsSayingGreaterThanZero()
    {
        Action act = () => new RateTableBuilder("Test", Currency.EUR).Add(February27, Currency.EUR, Currency.USD, 0m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*greater than zero; 0 is not*");
    }

    [Fact]
    public void Add_NegativeRate_ThrowsNamingIt()
    {
        Action act = () =>
            new RateTableBuilder("Test", Currency.EUR).Add(February27, Currency.EUR, Currency.USD, -0.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-0.5*");
    }

    [Fact]
    public void Add_RateNotInvolvingThePivot_ThrowsNamingThePair()
    {
        Action act = () =>
            new RateTableBuilder("Test", Currency.EUR).Add(February27, Currency.USD, Currency.JPY, 149.59m);

        act.Should().Throw<ArgumentException>().WithMessage("*between EUR and another currency*USD/JPY*");
    }

    [Fact]
    public void Build_TwoRatesForTheSameCurrencyAndDay_ThrowsNamingPairDateAndBothValues()
    {
        RateTableBuilder builder = new RateTableBuilder("Test", Currency.EUR)
            .Add(February27, Currency.EUR, Currency.USD, 1.0477m)
            .Add(February27, Currency.USD, Currency.EUR, 0.9545m);

        Action act = () => builder.Build();

        act.Should()
            .Throw<InvalidOperationException>()
            .WithMessage("*USD/EUR on 2025-02-27*number 1 (1.0477) and 2 (0.9545)*");
    }

    [Fact]
    public void Build_TwoRatesInTheSameYearOfAnAnnualTable_ThrowsNamingTheYear()
    {
        RateTableBuilder builder = new RateTableBuilder("Test", Currency.USD, RateBasis.AnnualAverage)
            .Add(new LocalDate(2024, 6, 30), Currency.USD, Currency.JPY, 150m)
            .Add(new LocalDate(2024, 12, 31), Currency.USD, Currency.JPY, 151.3663m);

        Action act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().WithMessage("*USD/JPY for 2024*");
    }

    [Fact]
    public void Constructor_FixedBasis_ThrowsPointingToFixedRateSource()
    {
        Action act = () => _ = new RateTableBuilder("Test", Currency.EUR, RateBasis.Fixed);

        act.Should().Throw<ArgumentException>().WithMessage("*not Fixed*FixedRateSource*");
    }

    [Fact]
    public void ToleranceDays_Negative_Throws()
    {
        Action act = () => _ = new RateTableBuilder("Test", Currency.EUR) { ToleranceDays = -7 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-7*");
    }

    [Fact]
    public void Build_NoRates_GivesATableThatCoversNothing()
    {
        RateTable table = new RateTableBuilder("Empty", Currency.EUR).Build();

        table
            .TryGetRate(Currency.EUR, Currency.USD, February27)
            .Failure!.Reason.Should()
            .Be(RateLookupFailureReason.CurrencyNotCovered);
        table.Coverage.Single().Currencies.Should().BeEmpty();
        table.Coverage.Single().LastDate.Should().BeNull();
    }

    [Fact]
    public void Build_Twice_GivesEqualTables()
    {
        RateTableBuilder builder = new RateTableBuilder("Test", Currency.EUR).Add(
            February27,
            Currency.EUR,
            Currency.USD,
            1.0477m
        );

        builder.Count.Should().Be(1);
        builder
            .Build()
            .GetRate(Currency.EUR, Currency.USD, February27)
            .Should()
            .Be(builder.Build().GetRate(Currency.EUR, Currency.USD, February27));
    }
}

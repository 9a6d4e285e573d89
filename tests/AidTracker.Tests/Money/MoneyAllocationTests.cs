namespace AidTracker.Tests.Money;

using Money = AidTracker.Money;

public class MoneyAllocationTests
{
    private static decimal[] Amounts(IEnumerable<Money> parts) => parts.Select(p => p.Amount).ToArray();

    [Fact]
    public void Split_HundredDollarsInThree_SpreadsTheCentFromTheFirstPart()
    {
        Money[] parts = new Money(100m, Currency.USD).Split(3);

        Amounts(parts).Should().Equal(33.34m, 33.33m, 33.33m);
        parts.Should().AllSatisfy(p => p.Currency.Should().Be(Currency.USD));
    }

    [Fact]
    public void Split_RemainderOfSeveralUnits_GoesOneUnitEachNeverAllOnTheLast()
    {
        Amounts(new Money(0.05m, Currency.USD).Split(3)).Should().Equal(0.02m, 0.02m, 0.01m);
        Amounts(new Money(10m, Currency.JPY).Split(4)).Should().Equal(3m, 3m, 2m, 2m);
    }

    [Fact]
    public void Split_WorkedExampleYen_AddsUpExactly()
    {
        var package = new Money(8_800_000_000m, Currency.JPY);

        Money[] parts = package.Split(7);

        parts.Aggregate((a, b) => a + b).Should().Be(package);
        Amounts(parts)
            .Should()
            .Equal(
                1_257_142_858m,
                1_257_142_857m,
                1_257_142_857m,
                1_257_142_857m,
                1_257_142_857m,
                1_257_142_857m,
                1_257_142_857m
            );
    }

    [Fact]
    public void Split_Negative_MirrorsThePositiveSplit()
    {
        Amounts(new Money(-100m, Currency.USD).Split(3)).Should().Equal(-33.34m, -33.33m, -33.33m);
    }

    [Fact]
    public void Split_IntoOne_IsTheWhole()
    {
        new Money(58_825_751.29m, Currency.USD).Split(1).Should().Equal(new Money(58_825_751.29m, Currency.USD));
    }

    [Fact]
    public void Allocate_ByLargestRemainder_GivesTheLeftoverUnitsToTheLargestFractions()
    {
        // Exact shares of 1.00 by 1:2:3:4 with 3 decimals: 0.1, 0.2, 0.3, 0.4 -> no remainder.
        Amounts(new Money(1m, Currency.USD).Allocate(1, 2, 3, 4)).Should().Equal(0.10m, 0.20m, 0.30m, 0.40m);

        // 100 JPY by 1:1:1:3 is 16.67, 16.67, 16.67, 50 -> floors 16, 16, 16, 50 and two leftover units go to the
        // earlier ties.
        Amounts(new Money(100m, Currency.JPY).Allocate(1, 1, 1, 3)).Should().Equal(17m, 17m, 16m, 50m);

        // 10 JPY by 0.3:0.7 -> exact 3, 7.
        Amounts(new Money(10m, Currency.JPY).Allocate(0.3m, 0.7m)).Should().Equal(3m, 7m);

        // 100 JPY by 2:1 -> 66.67, 33.33: the larger remainder (0.67) gets the unit.
        Amounts(new Money(100m, Currency.JPY).Allocate(2, 1)).Should().Equal(67m, 33m);

        // 100 JPY by 1:2 -> 33.33, 66.67: the unit goes to the second part, not by position.
        Amounts(new Money(100m, Currency.JPY).Allocate(1, 2)).Should().Equal(33m, 67m);
    }

    [Fact]
    public void Allocate_LargeOrVeryPreciseRatios_DependOnlyOnTheirProportions()
    {
        var whole = new Money(100m, Currency.JPY);
        Money[] expected = whole.Allocate(1, 2, 4);

        whole.Allocate(1_000_000_000_000m, 2_000_000_000_000m, 4_000_000_000_000m).Should().Equal(expected);
        whole.Allocate(0.000000000001m, 0.000000000002m, 0.000000000004m).Should().Equal(expected);
        Amounts(expected).Should().Equal(14m, 29m, 57m);
    }

    [Fact]
    public void Allocate_ZeroRatio_GetsZero()
    {
        Amounts(new Money(0.01m, Currency.USD).Allocate(0, 1, 1)).Should().Equal(0m, 0.01m, 0m);
    }

    [Fact]
    public void Allocate_ListOfRatios_MatchesTheArrayOverload()
    {
        var whole = new Money(1_000m, Currency.FromCode("KWD"));
        IReadOnlyList<decimal> ratios = new List<decimal> { 1m, 1m, 1m };

        whole.Allocate(ratios).Should().Equal(whole.Allocate(1m, 1m, 1m));
        Amounts(whole.Allocate(ratios)).Should().Equal(333.334m, 333.333m, 333.333m);
        whole.Allocate(ratios.Select(r => r).ToList().AsReadOnly()).Should().Equal(whole.Allocate(1m, 1m, 1m));
    }

    [Fact]
    public void Allocate_AmountFinerThanMinorUnits_AllocatesAtItsOwnDecimals()
    {
        var converted = new Money(58_825_751.2935m, Currency.USD);

        Money[] parts = converted.Split(2);

        Amounts(parts).Should().Equal(29_412_875.6468m, 29_412_875.6467m);
        parts.Aggregate((a, b) => a + b).Should().Be(converted);
    }

    [Fact]
    public void Allocate_UnitWithoutMinorUnits_AllocatesAtTheWrittenScale()
    {
        Amounts(new Money(1.5m, "XAU").Split(2)).Should().Equal(0.8m, 0.7m);
        Amounts(new Money(1.50m, "XAU").Split(2)).Should().Equal(0.75m, 0.75m);
        Amounts(new Money(1m, "XAU").Split(3)).Should().Equal(1m, 0m, 0m);
    }

    [Fact]
    public void Allocate_PartsAreAtTheCurrencysMinorUnits()
    {
        new Money(100m, Currency.USD).Split(4).Should().AllSatisfy(p => p.Amount.Scale.Should().Be(2));
    }

    [Fact]
    public void Allocate_LargestAmount_DoesNotOverflow()
    {
        var largest = new Money(decimal.MaxValue, Currency.JPY);

        largest.Allocate(1, 1, 1).Aggregate((a, b) => a + b).Should().Be(largest);
        new Money(79_228_162_514_264_337_593_543_950.33m, Currency.USD)
            .Split(3)
            .Aggregate((a, b) => a + b)
            .Amount.Should()
            .Be(79_228_162_514_264_337_593_543_950.33m);
    }

    [Fact]
    public void Allocate_NoRatios_Throws()
    {
        Action act = () => new Money(1m, "USD").Allocate();

        act.Should().Throw<ArgumentException>().WithMessage("At least one ratio*").WithParameterName("ratios");
    }

    [Fact]
    public void Allocate_NegativeRatio_ThrowsNamingItAndItsIndex()
    {
        Action act = () => new Money(1m, "USD").Allocate(1m, 2m, -0.5m);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("The ratio at index 2 is -0.5;*")
            .WithParameterName("ratios");
    }

    [Fact]
    public void Allocate_AllRatiosZero_ThrowsNamingThem()
    {
        Action act = () => new Money(1m, "USD").Allocate(0m, 0.0m);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("The ratios 0, 0.0 are all zero*")
            .WithParameterName("ratios");
    }

    [Fact]
    public void Allocate_NullRatios_ThrowsArgumentNull()
    {
        Action array = () => new Money(1m, "USD").Allocate((decimal[])null!);
        Action list = () => new Money(1m, "USD").Allocate((IReadOnlyList<decimal>)null!);

        array.Should().Throw<ArgumentNullException>().WithParameterName("ratios");
        list.Should().Throw<ArgumentNullException>().WithParameterName("ratios");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Split_LessThanOnePart_ThrowsNamingTheCount(int parts)
    {
        Action act = () => new Money(1m, "USD").Split(parts);

        act.Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithMessage($"*not {parts}.*")
            .WithParameterName(nameof(parts));
    }
}

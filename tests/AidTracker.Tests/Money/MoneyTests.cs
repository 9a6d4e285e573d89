namespace AidTracker.Tests.Money;

using Money = AidTracker.Money;

public class MoneyTests
{
    [Fact]
    public void Add_SameCurrency_IsExact()
    {
        var sum = new Money(0.1m, "USD") + new Money(0.2m, "USD");

        sum.Should().Be(new Money(0.3m, Currency.USD));
    }

    [Fact]
    public void Add_DifferentCurrencies_ThrowsNamingBoth()
    {
        Action act = () => _ = new Money(1m, "USD") + new Money(1m, "JPY");

        act.Should()
            .Throw<CurrencyMismatchException>()
            .WithMessage("*JPY*USD*")
            .Which.Should()
            .Match<CurrencyMismatchException>(e => e.Expected == Currency.USD && e.Actual == Currency.JPY);
    }

    [Fact]
    public void Add_ZeroOfAnotherCurrency_StillThrows()
    {
        Action act = () => _ = Money.Zero(Currency.EUR) + new Money(5m, "USD");

        act.Should().Throw<CurrencyMismatchException>();
    }

    [Fact]
    public void Compare_DifferentCurrencies_Throws()
    {
        Action act = () => _ = new Money(1m, "USD") < new Money(2m, "EUR");

        act.Should().Throw<CurrencyMismatchException>().WithMessage("*compare*EUR*USD*");
    }

    [Fact]
    public void Equals_SameAmountDifferentScale_AreEqualWithEqualHashCodes()
    {
        var a = new Money(1.0m, "USD");
        var b = new Money(1.00m, "USD");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == new Money(1m, "EUR")).Should().BeFalse();
    }

    [Fact]
    public void Default_IsZeroXxx()
    {
        Money none = default;

        none.Currency.Should().BeSameAs(Currency.XXX);
        none.IsZero.Should().BeTrue();
    }

    [Fact]
    public void Multiply_KeepsFullPrecision()
    {
        var converted = new Money(8_800_000_000m, "USD") * (1.0477m / 156.73m);

        converted.Amount.Should().NotBe(58_825_751.29m);
        converted.Round().Amount.Should().Be(58_825_751.29m);
    }

    [Theory]
    [InlineData("USD", 2.345, 2.34)]
    [InlineData("USD", 2.355, 2.36)]
    [InlineData("JPY", 2.5, 2)]
    [InlineData("JPY", 3.5, 4)]
    [InlineData("KWD", 1.23456, 1.235)]
    [InlineData("XAU", 1.23456, 1.23456)]
    public void Round_DefaultsToHalfEvenAtMinorUnits(string code, double amount, double expected)
    {
        new Money((decimal)amount, code).Round().Amount.Should().Be((decimal)expected);
    }

    [Fact]
    public void Round_AwayFromZero_WhenAsked()
    {
        new Money(2.345m, "USD").Round(MidpointRounding.AwayFromZero).Amount.Should().Be(2.35m);
    }

    [Fact]
    public void Multiply_Overflow_Throws()
    {
        Action act = () => _ = new Money(decimal.MaxValue, "USD") * 2m;

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Negative_IsAllowed()
    {
        var reduction = new Money(-2_000m, "EUR");

        reduction.IsNegative.Should().BeTrue();
        reduction.Abs().Should().Be(new Money(2_000m, "EUR"));
    }
}

using FluentAssertions.Execution;

namespace AidTracker.Testing.Tests;

public class MoneyAssertionsTests
{
    private static readonly Money Total = new(58_825_751.29m, Currency.USD);

    [Fact]
    public void Be_SameAmountAndCurrency_Passes()
    {
        Money total = WorkedExample.Conversion.Rounded;

        total.Should().Be(Total).And.Be("USD 58,825,751.29").And.Be("$58,825,751.290");
    }

    [Fact]
    public void Be_AmountPhrase_ParsesWords()
    {
        new Money(8_800_000_000m, Currency.JPY).Should().Be("8.8 billion yen");
    }

    [Fact]
    public void Be_OtherAmount_NamesBothAmountsAndTheDifference()
    {
        Money total = Total;

        Failure
            .Of(() => total.Should().Be("USD 58,825,751.30"))
            .Should()
            .Be("Expected total to be USD 58,825,751.30, but found USD 58,825,751.29, USD 0.01 less than expected.");
    }

    [Fact]
    public void Be_LargerAmount_SaysMoreThanExpected()
    {
        Money stated = new(63_300_000m, Currency.USD);

        Failure
            .Of(() => stated.Should().Be(Total))
            .Should()
            .Be(
                "Expected stated to be USD 58,825,751.29, but found USD 63,300,000.00, USD 4,474,248.71 more than "
                    + "expected."
            );
    }

    [Fact]
    public void Be_OtherCurrency_NamesBothCurrencies()
    {
        Money package = new(8_800_000_000m, Currency.JPY);

        Failure
            .Of(() => package.Should().Be("USD 58,825,751.29"))
            .Should()
            .Be(
                "Expected package to be USD 58,825,751.29, but found JPY 8,800,000,000: a different currency (JPY, not "
                    + "USD)."
            );
    }

    [Fact]
    public void Be_UnroundedConversion_ShowsFullPrecisionAndSaysRoundingWouldMatch()
    {
        Money converted = WorkedExample.Conversion.Converted;

        Failure
            .Of(() => converted.Should().Be("USD 58,825,751.29"))
            .Should()
            .Be(
                "Expected converted to be USD 58,825,751.29, but found USD 58,825,751.29203088113315893584, USD "
                    + "0.00203088113315893584 more than expected. "
                    + "Rounded half to even to the minor units of USD it is USD 58,825,751.29: assert on Round() or "
                    + "use BeApproximately."
            );
    }

    [Fact]
    public void Be_WithReason_PutsTheReasonInTheMessage()
    {
        Money total = Total;

        Failure
            .Of(() => total.Should().Be("USD 1", "the ECB rates of {0} say so", "2025-02-27"))
            .Should()
            .Be(
                "Expected total to be USD 1.00 because the ECB rates of 2025-02-27 say so, but found USD "
                    + "58,825,751.29, USD 58,825,750.29 more than expected."
            );
    }

    [Fact]
    public void Be_Null_SaysNull()
    {
        Money? amount = null;

        Failure.Of(() => amount.Should().Be("USD 1")).Should().Be("Expected amount to be USD 1.00, but found <null>.");
    }

    [Fact]
    public void Be_PhraseWithQualifier_ThrowsArgumentExceptionNamingThePhrase()
    {
        Action act = () => Total.Should().Be("over $12.4 billion");

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage(
                "The amount 'over $12.4 billion' given as expected is not an amount phrase without a qualifier*"
            )
            .And.ParamName.Should()
            .Be("expected");
    }

    [Fact]
    public void Be_NotAnAmount_ThrowsArgumentExceptionNamingTheText()
    {
        Action act = () => Total.Should().Be("fifty-eight million");

        act.Should().Throw<ArgumentException>().WithMessage("*'fifty-eight million'*");
    }

    [Fact]
    public void Be_InsideAssertionScope_CollectsEveryFailure()
    {
        Money total = Total;

        string message = Failure.Of(() =>
        {
            using var scope = new AssertionScope();
            total.Should().Be("USD 1");
            total.Should().HaveCurrency("JPY");
        });

        message
            .Should()
            .Contain(
                "Expected total to be USD 1.00, but found USD 58,825,751.29, USD 58,825,750.29 more than expected."
            )
            .And.Contain("Expected total to be in JPY, but found USD 58,825,751.29.");
    }

    [Fact]
    public void NotBe_OtherAmountOrCurrency_Passes()
    {
        Total.Should().NotBe("USD 58,825,751.30").And.NotBe("JPY 58,825,751.29").And.NotBe(new Money(1m, Currency.EUR));
    }

    [Fact]
    public void NotBe_SameAmount_SaysWhichAmount()
    {
        Money total = Total;

        Failure
            .Of(() => total.Should().NotBe("USD 58,825,751.290"))
            .Should()
            .Be("Did not expect total to be USD 58,825,751.29.");
    }

    [Fact]
    public void BeApproximately_WithinTolerance_Passes()
    {
        Money converted = WorkedExample.Conversion.Converted;

        converted
            .Should()
            .BeApproximately("USD 58,825,751.29", 0.005m)
            .And.BeApproximately(Total, 0.00203088113315893584m);
    }

    [Fact]
    public void BeApproximately_OutsideTolerance_NamesToleranceAmountsAndDifference()
    {
        Money total = Total;

        Failure
            .Of(() => total.Should().BeApproximately("63.3 million US dollars", 100_000m))
            .Should()
            .Be(
                "Expected total to be within USD 100,000.00 of USD 63,300,000.00, but found USD 58,825,751.29, USD "
                    + "4,474,248.71 less than expected."
            );
    }

    [Fact]
    public void BeApproximately_OtherCurrency_NamesBothCurrencies()
    {
        Money package = new(8_800_000_000m, Currency.JPY);

        Failure
            .Of(() => package.Should().BeApproximately(Total, 1m))
            .Should()
            .Be(
                "Expected package to be within USD 1.00 of USD 58,825,751.29, but found JPY 8,800,000,000: a different "
                    + "currency (JPY, not USD)."
            );
    }

    [Fact]
    public void BeApproximately_NegativeTolerance_ThrowsNamingIt()
    {
        Action act = () => Total.Should().BeApproximately(Total, -0.01m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-0.01*").And.ParamName.Should().Be("tolerance");
    }

    [Fact]
    public void HaveCurrency_SameCurrency_Passes()
    {
        Total.Should().HaveCurrency("USD").And.HaveCurrency(Currency.USD);
    }

    [Fact]
    public void HaveCurrency_OtherCurrency_ShowsTheAmountFound()
    {
        Money package = new(8_800_000_000m, Currency.JPY);

        Failure
            .Of(() => package.Should().HaveCurrency("USD"))
            .Should()
            .Be("Expected package to be in USD, but found JPY 8,800,000,000.");
    }

    [Fact]
    public void HaveCurrency_UnknownCode_ThrowsNamingIt()
    {
        Action act = () => Total.Should().HaveCurrency("ZZZ");

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("The currency code 'ZZZ' given as currencyCode is not a known currency.*");
    }

    [Fact]
    public void BeRoundedToMinorUnits_Rounded_Passes()
    {
        WorkedExample.Conversion.Rounded.Should().BeRoundedToMinorUnits();
        new Money(8_800_000_000m, Currency.JPY).Should().BeRoundedToMinorUnits();
        new Money(1.125m, "KWD").Should().BeRoundedToMinorUnits();
    }

    [Fact]
    public void BeRoundedToMinorUnits_Unrounded_ShowsTheRoundedValue()
    {
        Money converted = WorkedExample.Conversion.Converted;

        Failure
            .Of(() => converted.Should().BeRoundedToMinorUnits())
            .Should()
            .Be(
                "Expected converted to be rounded to the minor units of USD (2 decimals), but found USD "
                    + "58,825,751.29203088113315893584; rounded half to even it is USD 58,825,751.29."
            );
    }

    [Fact]
    public void BeRoundedToMinorUnits_YenWithDecimals_SaysWholeUnits()
    {
        Money share = new Money(8_800_000_000m, Currency.JPY) / 3;

        Failure
            .Of(() => share.Should().BeRoundedToMinorUnits())
            .Should()
            .Be(
                "Expected share to be rounded to the minor units of JPY (whole units), but found JPY "
                    + "2,933,333,333.3333333333333333333; rounded half to even it is JPY 2,933,333,333."
            );
    }

    [Fact]
    public void BeNull_Null_Passes()
    {
        ((Money?)null).Should().BeNull();
        ((Money?)Total).Should().NotBeNull();
    }

    [Fact]
    public void BeNull_Value_ShowsIt()
    {
        Money? total = Total;

        Failure
            .Of(() => total.Should().BeNull())
            .Should()
            .Be("Expected total to be <null>, but found USD 58,825,751.29.");
    }

    [Fact]
    public void NotBeNull_Null_SaysSo()
    {
        Money? total = null;

        Failure.Of(() => total.Should().NotBeNull()).Should().Be("Expected total not to be <null>.");
    }
}

namespace AidTracker.Testing.Tests;

public class QualifiedMoneyAssertionsTests
{
    private static readonly QualifiedMoney Cumulative = new(
        new Money(12_400_000_000m, Currency.USD),
        AmountQualifier.AtLeast
    );
    private static readonly QualifiedMoney Stated = new(
        new Money(63_300_000m, Currency.USD),
        AmountQualifier.Approximately
    );

    [Fact]
    public void Be_SameAmountCurrencyAndQualifier_Passes()
    {
        Cumulative.Should().Be("over $12.4 billion").And.Be("more than USD 12,400,000,000").And.Be(Cumulative);
        Stated.Should().Be("approximately 63.3 million US dollars");
        new QualifiedMoney(new Money(8_800_000_000m, Currency.JPY))
            .Should()
            .Be("8.8 billion yen")
            .And.Be(new Money(8_800_000_000m, Currency.JPY));
    }

    [Fact]
    public void Be_OtherQualifier_SaysTheAmountsAgree()
    {
        QualifiedMoney total = Cumulative;

        Failure
            .Of(() => total.Should().Be("USD 12.4 billion"))
            .Should()
            .Be(
                "Expected total to be USD 12,400,000,000.00, but found over USD 12,400,000,000.00: the amounts agree "
                    + "but the qualifier is AtLeast, not Exact."
            );
    }

    [Fact]
    public void Be_OtherAmount_NamesBothAmountsAndTheDifference()
    {
        QualifiedMoney total = Cumulative;

        Failure
            .Of(() => total.Should().Be("over $12.5 billion"))
            .Should()
            .Be(
                "Expected total to be over USD 12,500,000,000.00, but found over USD 12,400,000,000.00, USD "
                    + "100,000,000.00 less than expected."
            );
    }

    [Fact]
    public void Be_OtherAmountAndQualifier_NamesBoth()
    {
        QualifiedMoney stated = Stated;

        Failure
            .Of(() => stated.Should().Be("USD 58,825,751.29"))
            .Should()
            .Be(
                "Expected stated to be USD 58,825,751.29, but found approximately USD 63,300,000.00, USD 4,474,248.71 "
                    + "more than expected; and the qualifier is Approximately, not Exact."
            );
    }

    [Fact]
    public void Be_OtherCurrency_NamesBothCurrencies()
    {
        QualifiedMoney loan = new(new Money(13_000_000_000m, Currency.JPY), AmountQualifier.AtMost);

        Failure
            .Of(() => loan.Should().Be("up to USD 13 billion"))
            .Should()
            .Be(
                "Expected loan to be up to USD 13,000,000,000.00, but found up to JPY 13,000,000,000: a different "
                    + "currency (JPY, not USD)."
            );
    }

    [Fact]
    public void Be_NullableWithoutValue_SaysNull()
    {
        QualifiedMoney? amount = null;

        Failure
            .Of(() => amount.Should().Be("over $12.4 billion"))
            .Should()
            .Be("Expected amount to be over USD 12,400,000,000.00, but found <null>.");
    }

    [Fact]
    public void NotBe_OtherQualifier_Passes()
    {
        Cumulative.Should().NotBe("USD 12.4 billion").And.NotBe("over USD 12.5 billion");
    }

    [Fact]
    public void NotBe_Same_SaysWhich()
    {
        QualifiedMoney total = Cumulative;

        Failure
            .Of(() => total.Should().NotBe("over $12.4bn"))
            .Should()
            .Be("Did not expect total to be over USD 12,400,000,000.00.");
    }

    [Fact]
    public void BeApproximately_WithinToleranceWhateverTheQualifier_Passes()
    {
        Stated
            .Should()
            .BeApproximately("USD 63,250,000", 50_000m)
            .And.BeApproximately(new Money(63_300_000m, Currency.USD), 0m);
    }

    [Fact]
    public void BeApproximately_OutsideTolerance_NamesAmountsAndDifference()
    {
        QualifiedMoney stated = Stated;

        Failure
            .Of(() => stated.Should().BeApproximately("USD 58,825,751.29", 1_000_000m))
            .Should()
            .Be(
                "Expected stated to be within USD 1,000,000.00 of USD 58,825,751.29, but found approximately USD "
                    + "63,300,000.00, USD 4,474,248.71 more than expected."
            );
    }

    [Fact]
    public void HaveCurrency_SameCurrency_Passes()
    {
        Stated.Should().HaveCurrency("USD").And.HaveCurrency(Currency.USD);
    }

    [Fact]
    public void HaveCurrency_OtherCurrency_ShowsTheAmountFound()
    {
        QualifiedMoney stated = Stated;

        Failure
            .Of(() => stated.Should().HaveCurrency("JPY"))
            .Should()
            .Be("Expected stated to be in JPY, but found approximately USD 63,300,000.00.");
    }

    [Fact]
    public void BeRoundedToMinorUnits_Rounded_Passes()
    {
        Stated.Should().BeRoundedToMinorUnits();
    }

    [Fact]
    public void BeRoundedToMinorUnits_Unrounded_ShowsTheRoundedValue()
    {
        QualifiedMoney third = new(new Money(63_300_000m, Currency.USD) / 7, AmountQualifier.Approximately);

        Failure
            .Of(() => third.Should().BeRoundedToMinorUnits())
            .Should()
            .Be(
                "Expected third to be rounded to the minor units of USD (2 decimals), but found approximately USD "
                    + "9,042,857.142857142857142857143; rounded half to even it is USD 9,042,857.14."
            );
    }

    [Fact]
    public void HaveQualifier_SameQualifier_Passes()
    {
        Cumulative.Should().HaveQualifier(AmountQualifier.AtLeast);
    }

    [Fact]
    public void HaveQualifier_OtherQualifier_NamesBoth()
    {
        QualifiedMoney total = Cumulative;

        Failure
            .Of(() => total.Should().HaveQualifier(AmountQualifier.Exact, "the speech says {0}", "over"))
            .Should()
            .Be(
                "Expected total to have the qualifier Exact because the speech says over, but found over USD "
                    + "12,400,000,000.00 (AtLeast)."
            );
    }

    [Fact]
    public void BeNull_ParentWithoutOwnAmount_Passes()
    {
        Commitment parent = TestLedger
            .Create()
            .Commitment("parent", amount: null)
            .Records.OfType<Commitment>()
            .Single();

        parent.Amount.Should().BeNull();
    }

    [Fact]
    public void BeNull_Value_ShowsIt()
    {
        QualifiedMoney? amount = Cumulative;

        Failure
            .Of(() => amount.Should().BeNull())
            .Should()
            .Be("Expected amount to be <null>, but found over USD 12,400,000,000.00.");
    }

    [Fact]
    public void NotBeNull_Null_SaysSo()
    {
        QualifiedMoney? amount = null;

        Failure.Of(() => amount.Should().NotBeNull()).Should().Be("Expected amount not to be <null>.");
        ((QualifiedMoney?)Cumulative).Should().NotBeNull();
    }
}

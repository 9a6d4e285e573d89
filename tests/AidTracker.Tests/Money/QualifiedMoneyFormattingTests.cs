namespace AidTracker.Tests.Money;

using Money = AidTracker.Money;

public class QualifiedMoneyFormattingTests
{
    private static readonly QualifiedMoney OverTwelvePointFourBillion = new(
        new Money(12_400_000_000m, Currency.USD),
        AmountQualifier.AtLeast
    );
    private static readonly QualifiedMoney StatedEquivalent = new(
        new Money(63_300_000m, Currency.USD),
        AmountQualifier.Approximately
    );
    private static readonly QualifiedMoney LoanCeiling = new(
        new Money(78_000_000_000m, Currency.JPY),
        AmountQualifier.AtMost
    );
    private static readonly QualifiedMoney Package = new(new Money(8_800_000_000m, Currency.JPY));

    [Fact]
    public void ToString_Compact_PutsTheQualifierWordInFront()
    {
        OverTwelvePointFourBillion.ToString(MoneyFormat.Compact).Should().Be("over $12.4bn");
        StatedEquivalent.ToString(MoneyFormat.Compact).Should().Be("approximately $63.3M");
        LoanCeiling.ToString(MoneyFormat.Compact).Should().Be("up to ¥78bn");
        Package.ToString(MoneyFormat.Compact).Should().Be("¥8.8bn");
    }

    [Fact]
    public void ToString_Words_PutsTheQualifierWordInFront()
    {
        StatedEquivalent.ToString(MoneyFormat.Words).Should().Be("approximately 63.3 million US dollars");
        LoanCeiling.ToString(MoneyFormat.Words).Should().Be("up to 78 billion yen");
        OverTwelvePointFourBillion.ToString(MoneyFormat.Words).Should().Be("over 12.4 billion US dollars");
        Package.ToString(MoneyFormat.Words).Should().Be("8.8 billion yen");
    }

    [Fact]
    public void ToString_Plain_IsTheDefault()
    {
        OverTwelvePointFourBillion.ToString().Should().Be("over USD 12,400,000,000.00");
        $"{StatedEquivalent}".Should().Be("approximately USD 63,300,000.00");
        $"{LoanCeiling:C}".Should().Be("up to ¥78bn");
    }

    [Theory]
    [InlineData(MoneyFormat.Plain)]
    [InlineData(MoneyFormat.Compact)]
    [InlineData(MoneyFormat.Words)]
    public void Parse_OfEachStyle_GivesBackTheSameAmountAndQualifier(MoneyFormat style)
    {
        foreach (QualifiedMoney amount in new[] { OverTwelvePointFourBillion, StatedEquivalent, LoanCeiling, Package })
        {
            QualifiedMoney.Parse(amount.ToString(style)).Should().Be(amount);
        }
    }

    [Fact]
    public void ToString_UnknownFormatString_ThrowsNamingIt()
    {
        Action act = () => StatedEquivalent.ToString("Q", null);

        act.Should().Throw<FormatException>().WithMessage("'Q' is not a money format string*");
    }
}

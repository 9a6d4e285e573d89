using AidTracker.Rates;

namespace AidTracker.Testing.Tests;

public class AidTrackerAssertionExtensionsTests
{
    [Fact]
    public void Should_PicksTheAidTrackerAssertionsOverFluentAssertionsOwn()
    {
        Money money = new(1m, Currency.USD);
        Money? nullableMoney = money;
        QualifiedMoney amount = money;
        QualifiedMoney? nullableAmount = amount;
        Conversion conversion = WorkedExample.Conversion;

        ((object)money.Should()).Should().BeOfType<MoneyAssertions>();
        ((object)nullableMoney.Should()).Should().BeOfType<MoneyAssertions>();
        ((object)amount.Should()).Should().BeOfType<QualifiedMoneyAssertions>();
        ((object)nullableAmount.Should()).Should().BeOfType<QualifiedMoneyAssertions>();
        ((object)conversion.Should()).Should().BeOfType<ConversionAssertions>();
    }

    [Fact]
    public void Should_KeepsTheSubject()
    {
        Money money = new(1m, Currency.USD);

        money.Should().Subject.Should().Be(new Money(1m, Currency.USD));
        QualifiedMoney.Parse("over $1").Should().Subject!.Value.Qualifier.Should().Be(AmountQualifier.AtLeast);
        WorkedExample.Conversion.Should().Subject.Original.Should().Be("JPY 8,800,000,000");
    }
}

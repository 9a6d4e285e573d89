namespace AidTracker.Tests.Money;

public class QualifiedMoneyTests
{
    [Theory]
    [InlineData(AmountQualifier.Exact, AmountQualifier.Exact, AmountQualifier.Exact)]
    [InlineData(AmountQualifier.Exact, AmountQualifier.Approximately, AmountQualifier.Approximately)]
    [InlineData(AmountQualifier.AtLeast, AmountQualifier.Approximately, AmountQualifier.Approximately)]
    [InlineData(AmountQualifier.AtMost, AmountQualifier.Approximately, AmountQualifier.Approximately)]
    [InlineData(AmountQualifier.Exact, AmountQualifier.AtLeast, AmountQualifier.AtLeast)]
    [InlineData(AmountQualifier.AtLeast, AmountQualifier.AtLeast, AmountQualifier.AtLeast)]
    [InlineData(AmountQualifier.Exact, AmountQualifier.AtMost, AmountQualifier.AtMost)]
    [InlineData(AmountQualifier.AtMost, AmountQualifier.AtMost, AmountQualifier.AtMost)]
    [InlineData(AmountQualifier.AtLeast, AmountQualifier.AtMost, AmountQualifier.Approximately)]
    public void Combine_FollowsTheDesignRule_InEitherOrder(
        AmountQualifier a,
        AmountQualifier b,
        AmountQualifier expected
    )
    {
        QualifiedMoney.Combine(a, b).Should().Be(expected);
        QualifiedMoney.Combine(b, a).Should().Be(expected);
    }

    [Fact]
    public void Add_CarriesTheQualifier()
    {
        var over = new QualifiedMoney(new AidTracker.Money(12_400_000_000m, "USD"), AmountQualifier.AtLeast);
        var exact = new QualifiedMoney(new AidTracker.Money(58_825_751.29m, "USD"));

        QualifiedMoney sum = over + exact;

        sum.Amount.Should().Be(12_458_825_751.29m);
        sum.Qualifier.Should().Be(AmountQualifier.AtLeast);
        sum.ToString().Should().Be("over USD 12,458,825,751.29");
    }

    [Fact]
    public void Constructor_UndefinedQualifier_ThrowsNamingIt()
    {
        Action act = () => _ = new QualifiedMoney(new AidTracker.Money(1m, "USD"), (AmountQualifier)9);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*9*");
    }
}

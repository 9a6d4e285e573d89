namespace AidTracker.Testing.Tests;

public class MoneyBagAssertionsTests
{
    private static readonly MoneyBag Bag = MoneyBag.From([
        QualifiedMoney.Parse("8.8 billion yen"),
        QualifiedMoney.Parse("up to 78 billion yen"),
        QualifiedMoney.Parse("over $12.4 billion"),
    ]);

    [Fact]
    public void Be_SameSumsInAnyOrder_Passes()
    {
        Bag.Should().Be("over $12.4 billion", "up to JPY 86,800,000,000").And.HaveSum("over USD 12.4 billion");
        MoneyBag.Empty.Should().BeEmpty().And.Be(Array.Empty<string>());
    }

    [Fact]
    public void Be_OffMissingAndExtraSums_NamesEach()
    {
        Failure
            .Of(() => Bag.Should().Be("up to JPY 86,800,000,001", "EUR 5"))
            .Should()
            .Be(
                "Expected Bag to be EUR 5.00; up to JPY 86,800,000,001, but found up to JPY 86,800,000,000; over USD "
                    + "12,400,000,000.00: "
                    + "it has no EUR sum (EUR 5.00 expected); its JPY sum is up to JPY 86,800,000,000, JPY 1 less than "
                    + "expected; it also holds over USD 12,400,000,000.00."
            );
    }

    [Fact]
    public void HaveSum_QualifierDiffers_SaysOnlyTheQualifierDiffers()
    {
        Failure
            .Of(() => Bag.Should().HaveSum("JPY 86.8 billion"))
            .Should()
            .Be(
                "Expected Bag to have the sum JPY 86,800,000,000, but its JPY sum is up to JPY 86,800,000,000: the "
                    + "amounts agree but the qualifier is AtMost, not Exact."
            );
    }

    [Fact]
    public void BeEmpty_BagWithSums_ListsThem()
    {
        Failure
            .Of(() => Bag.Should().BeEmpty("nothing was {0}", "added"))
            .Should()
            .Be(
                "Expected Bag to be empty because nothing was added, but found up to JPY 86,800,000,000; over USD "
                    + "12,400,000,000.00."
            );
    }

    [Fact]
    public void Be_TwoExpectedSumsInOneCurrency_ThrowsNamingIt()
    {
        Action act = () => Bag.Should().Be("JPY 1", "JPY 2");

        act.Should().Throw<ArgumentException>().WithMessage("The expected sums name JPY twice*");
    }
}

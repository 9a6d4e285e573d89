using AidTracker.Aggregation;

namespace AidTracker.Testing.Tests;

public class ReconciliationAssertionsTests
{
    /// <summary>The donor's "approximately 63.3 million US dollars" against the ECB conversion of 8.8 billion yen: 7.6%
    /// above it.</summary>
    private static readonly Reconciliation Stated = Reconciliation.Compare(
        new QualifiedMoney(WorkedExample.Conversion.Rounded),
        QualifiedMoney.Parse("approximately 63.3 million US dollars")
    );

    [Fact]
    public void Hold_StatedEquivalentWithinTenPercent_PassesWithItsFigures()
    {
        Stated.Should().Hold().And.HaveComputed("USD 58,825,751.29").And.HaveDifference("USD 4,474,248.71");
    }

    [Fact]
    public void Fail_StatementThatHolds_QuotesTheReconciliation()
    {
        Failure.Of(() => Stated.Should().Fail()).Should().Be("Expected Stated to be Fails, but it is Holds: " + Stated);
    }

    [Fact]
    public void HaveComputed_OtherFigure_ShowsFoundExpectedAndDifference()
    {
        Failure
            .Of(() => Stated.Should().HaveComputed("USD 58,825,751.30"))
            .Should()
            .StartWith(
                "Expected the computed figure of Stated to be USD 58,825,751.30, but found USD 58,825,751.29, USD 0.01 "
                    + "less than expected ("
            );
    }

    [Fact]
    public void BeInconclusive_LowerBoundAgainstAHigherLowerBound_Passes()
    {
        Reconciliation
            .Compare(QualifiedMoney.Parse("over $10 billion"), QualifiedMoney.Parse("over $12.4 billion"))
            .Should()
            .BeInconclusive();
    }
}

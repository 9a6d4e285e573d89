using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

public class ReconciliationTests
{
    [Theory]
    // stated at least: computed >= stated holds
    [InlineData(
        12_400_000_000,
        AmountQualifier.Exact,
        12_400_000_000,
        AmountQualifier.AtLeast,
        ReconciliationOutcome.Holds
    )]
    [InlineData(
        12_399_999_999.99,
        AmountQualifier.Exact,
        12_400_000_000,
        AmountQualifier.AtLeast,
        ReconciliationOutcome.Fails
    )]
    [InlineData(
        10_000_000_000,
        AmountQualifier.AtLeast,
        12_400_000_000,
        AmountQualifier.AtLeast,
        ReconciliationOutcome.Inconclusive
    )]
    [InlineData(
        13_000_000_000,
        AmountQualifier.AtLeast,
        12_400_000_000,
        AmountQualifier.AtLeast,
        ReconciliationOutcome.Holds
    )]
    [InlineData(
        10_000_000_000,
        AmountQualifier.AtMost,
        12_400_000_000,
        AmountQualifier.AtLeast,
        ReconciliationOutcome.Fails
    )]
    [InlineData(
        13_000_000_000,
        AmountQualifier.AtMost,
        12_400_000_000,
        AmountQualifier.AtLeast,
        ReconciliationOutcome.Inconclusive
    )]
    // stated at most: computed <= stated holds
    [InlineData(
        78_000_000_000,
        AmountQualifier.Exact,
        78_000_000_000,
        AmountQualifier.AtMost,
        ReconciliationOutcome.Holds
    )]
    [InlineData(
        78_000_000_001,
        AmountQualifier.Exact,
        78_000_000_000,
        AmountQualifier.AtMost,
        ReconciliationOutcome.Fails
    )]
    [InlineData(
        79_000_000_000,
        AmountQualifier.AtLeast,
        78_000_000_000,
        AmountQualifier.AtMost,
        ReconciliationOutcome.Fails
    )]
    [InlineData(
        70_000_000_000,
        AmountQualifier.AtLeast,
        78_000_000_000,
        AmountQualifier.AtMost,
        ReconciliationOutcome.Inconclusive
    )]
    [InlineData(
        70_000_000_000,
        AmountQualifier.AtMost,
        78_000_000_000,
        AmountQualifier.AtMost,
        ReconciliationOutcome.Holds
    )]
    // stated approximately: within 10% of the computed figure
    [InlineData(
        58_825_751.29,
        AmountQualifier.Exact,
        63_300_000,
        AmountQualifier.Approximately,
        ReconciliationOutcome.Holds
    )]
    [InlineData(
        50_000_000,
        AmountQualifier.Exact,
        63_300_000,
        AmountQualifier.Approximately,
        ReconciliationOutcome.Fails
    )]
    [InlineData(100, AmountQualifier.Approximately, 110, AmountQualifier.Approximately, ReconciliationOutcome.Holds)]
    [InlineData(100, AmountQualifier.Exact, 110.01, AmountQualifier.Approximately, ReconciliationOutcome.Fails)]
    [InlineData(
        80_000_000,
        AmountQualifier.AtLeast,
        63_300_000,
        AmountQualifier.Approximately,
        ReconciliationOutcome.Fails
    )]
    [InlineData(
        60_000_000,
        AmountQualifier.AtLeast,
        63_300_000,
        AmountQualifier.Approximately,
        ReconciliationOutcome.Inconclusive
    )]
    [InlineData(
        50_000_000,
        AmountQualifier.AtMost,
        63_300_000,
        AmountQualifier.Approximately,
        ReconciliationOutcome.Fails
    )]
    // stated exact: equal at minor units
    [InlineData(
        8_800_000_000,
        AmountQualifier.Exact,
        8_800_000_000,
        AmountQualifier.Exact,
        ReconciliationOutcome.Holds
    )]
    [InlineData(100.004, AmountQualifier.Exact, 100, AmountQualifier.Exact, ReconciliationOutcome.Holds)]
    [InlineData(100.01, AmountQualifier.Exact, 100, AmountQualifier.Exact, ReconciliationOutcome.Fails)]
    [InlineData(101, AmountQualifier.AtLeast, 100, AmountQualifier.Exact, ReconciliationOutcome.Fails)]
    [InlineData(99, AmountQualifier.AtLeast, 100, AmountQualifier.Exact, ReconciliationOutcome.Inconclusive)]
    [InlineData(99, AmountQualifier.AtMost, 100, AmountQualifier.Exact, ReconciliationOutcome.Fails)]
    public void Compare_QualifierRules(
        double computed,
        AmountQualifier computedQualifier,
        double stated,
        AmountQualifier statedQualifier,
        ReconciliationOutcome expected
    )
    {
        Reconciliation check = Reconciliation.Compare(
            Amount((decimal)computed, "USD", computedQualifier),
            Amount((decimal)stated, "USD", statedQualifier)
        );

        check.Outcome.Should().Be(expected);
        check.Holds.Should().Be(expected == ReconciliationOutcome.Holds);
        check.Difference.Amount.Should().Be((decimal)stated - (decimal)computed);
    }

    [Fact]
    public void Compare_CustomTolerance_Applies()
    {
        QualifiedMoney computed = Amount(58_825_751.29m, "USD");
        QualifiedMoney stated = Amount(63_300_000m, "USD", AmountQualifier.Approximately);

        Reconciliation.Compare(computed, stated, 0.05m).Outcome.Should().Be(ReconciliationOutcome.Fails);
        Reconciliation.Compare(computed, stated, 0.05m).ToString().Should().EndWith("beyond the tolerance of 5%.");
        Reconciliation.Compare(computed, stated).Tolerance.Should().Be(0.10m);
    }

    [Fact]
    public void Compare_DifferentCurrencies_ThrowsNamingBoth()
    {
        Action act = () => Reconciliation.Compare(Amount(1m, "USD"), Amount(1m, "EUR"));

        act.Should().Throw<CurrencyMismatchException>().Which.Message.Should().Contain("USD").And.Contain("EUR");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    public void Compare_ToleranceOutOfRange_ThrowsNamingIt(double tolerance)
    {
        Action act = () =>
            Reconciliation.Compare(
                Amount(1m, "USD"),
                Amount(1m, "USD", AmountQualifier.Approximately),
                (decimal)tolerance
            );

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{(decimal)tolerance}*");
    }

    [Fact]
    public void Compare_ComputedZero_HasNoRelativeDifference()
    {
        Reconciliation check = Reconciliation.Compare(Amount(0m, "USD"), Amount(5m, "USD", AmountQualifier.AtLeast));

        check.RelativeDifference.Should().BeNull();
        check.Outcome.Should().Be(ReconciliationOutcome.Fails);
        check.ToString().Should().Contain("the computed figure is zero");
    }

    [Fact]
    public void StatedEquivalentCheck_NoOwnAmount_ThrowsNamingTheCommitment()
    {
        Commitment parent = Commitment("parent", null, "JPY", new LocalDate(2025, 2, 27));

        Action act = () => StatedEquivalentCheck.Check(parent, Amount(1m, "USD"));

        act.Should().Throw<ArgumentException>().WithMessage("The commitment 'parent' has no amount of its own*");
    }

    [Fact]
    public void StatedEquivalentCheck_NoMarketRate_KeepsTheImpliedRateAndTheReason()
    {
        Commitment package = Sample.GetCommitment("jp-ua-erp-4");

        StatedEquivalentCheck check = StatedEquivalentCheck.Check(
            package,
            package.StatedEquivalents[0],
            ExchangeRateSources.Imf,
            ConversionPolicy.OnDate(new LocalDate(2026, 1, 5))
        );

        check.MarketRate.Should().BeNull();
        check.Reconciliation.Should().BeNull();
        check.Failure!.Message.Should().Contain("IMF");
        Math.Round(check.ImpliedRate.Value, 2).Should().Be(139.02m);
        check.ToString().Should().Contain("no market rate");
    }
}

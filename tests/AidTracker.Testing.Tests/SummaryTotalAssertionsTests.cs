using AidTracker.Aggregation;
using FluentAssertions.Execution;
using NodaTime;

namespace AidTracker.Testing.Tests;

public class SummaryTotalAssertionsTests
{
    private static readonly LocalDate February27 = WorkedExample.February27;
    private static readonly SummaryQuery InUsd = new() { ReportingCurrency = Currency.USD };

    private static readonly Ledger Japan = TestLedger
        .Create()
        .Commitment("cumulative", "over $12.4 billion", on: new LocalDate(2025, 3, 5))
        .Commitment("erp-4", "8.8 billion yen", on: February27, parent: "cumulative")
        .Commitment("dpl-2022", "up to 13 billion yen", on: new LocalDate(2022, 4, 28), instrument: AidInstrument.Loan)
        .Build();

    private static Summary Package => Japan.Summarize(InUsd.WhereIds("erp-4"));

    [Fact]
    public void Be_WorkedExamplePhraseOrMoney_Passes()
    {
        Summary summary = Package;

        summary.Total.Should().Be("USD 58,825,751.29").And.HaveCurrency("USD").And.HaveQualifier(AmountQualifier.Exact);
        summary.Total.Should().Be(new Money(58_825_751.29m, Currency.USD));
        summary.Total.Should().Be(summary.Total.Exact);
        summary.Total.Should().NotBe("USD 63.3 million");
    }

    [Fact]
    public void Be_OtherAmount_ShowsTotalExactValueAndDifference()
    {
        SummaryTotal total = Package.Total;

        Failure
            .Of(() => total.Should().Be("USD 63.3 million"))
            .Should()
            .Be(
                "Expected total to be USD 63,300,000.00, but found USD 58,825,751.29 (exact: USD "
                    + "58,825,751.29203088113315893584), USD 4,474,248.71 less than expected."
            );
    }

    [Fact]
    public void Be_GroupAndCumulativePointTotals_UseTheSameAssertions()
    {
        Summary summary = Japan.Summarize(InUsd.WhereIds("cumulative").GroupedBy(GroupKey.Donor));
        CumulativeSeries series = Japan.SummarizeCumulative(InUsd.WhereIds("erp-4"), SeriesInterval.Year);

        summary.Groups[0].Total.Should().Be("over $12.4 billion");
        series.Points[^1].Total.Should().Be("USD 58,825,751.29");
    }

    [Fact]
    public void Be_SameAmountOtherQualifier_SaysOnlyTheQualifierDiffers()
    {
        SummaryTotal total = Japan.Summarize(InUsd.WhereIds("cumulative")).Total;

        Failure
            .Of(() => total.Should().Be("USD 12.4 billion"))
            .Should()
            .Be(
                "Expected total to be USD 12,400,000,000.00, but found over USD 12,400,000,000.00: the amounts agree "
                    + "but the qualifier is AtLeast, not Exact."
            );
    }

    [Fact]
    public void Be_OtherCurrency_SaysSo()
    {
        SummaryTotal total = Package.Total;

        Failure
            .Of(() => total.Should().Be("8.8 billion yen"))
            .Should()
            .Be(
                "Expected total to be JPY 8,800,000,000, but found USD 58,825,751.29 (exact: USD "
                    + "58,825,751.29203088113315893584): a different currency (USD, not JPY)."
            );
    }

    [Fact]
    public void BeApproximately_WithinAndBeyondTheTolerance()
    {
        SummaryTotal total = Package.Total;

        total.Should().BeApproximately("USD 58.8 million", 30_000m);
        Failure
            .Of(() => total.Should().BeApproximately("USD 58.8 million", 1_000m))
            .Should()
            .StartWith("Expected total to be within USD 1,000.00 of USD 58,800,000.00, but found USD 58,825,751.29");
    }

    [Fact]
    public void Be_InsideAnAssertionScope_CollectsTheFailure()
    {
        SummaryTotal total = Package.Total;

        Failure
            .Of(() =>
            {
                using var scope = new AssertionScope();
                total.Should().Be("USD 1");
                total.Should().HaveQualifier(AmountQualifier.AtLeast);
            })
            .Should()
            .Contain("to be USD 1.00")
            .And.Contain("to have the qualifier AtLeast, but found USD 58,825,751.29");
    }

    [Fact]
    public void Be_NullTotal_SaysNull()
    {
        SummaryTotal? none = Package.GetTotal(Currency.EUR);

        Failure.Of(() => none.Should().Be("EUR 1")).Should().Be("Expected none to be EUR 1.00, but found <null>.");
    }

    [Fact]
    public void ConversionRounded_ComparedToAPhrase_UsesTheMoneyAssertions()
    {
        Money rounded = WorkedExample.Conversion.Rounded;

        rounded.Should().Be("USD 58,825,751.29");
        Failure
            .Of(() => rounded.Should().Be("$63.3M"))
            .Should()
            .Be(
                "Expected rounded to be USD 63,300,000.00, but found USD 58,825,751.29, USD 4,474,248.71 less than "
                    + "expected."
            );
    }
}

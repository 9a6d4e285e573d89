using AidTracker.Aggregation;
using NodaTime;

namespace AidTracker.Testing.Tests;

/// <summary>Issue 13, point 6: the examples of README.md and docs/packages/AidTracker.Testing.md hold as
/// written.</summary>
public class DocExamplesTests
{
    private static readonly LocalDate February27 = WorkedExample.February27;
    private static readonly SummaryQuery InUsd = new() { ReportingCurrency = Currency.USD };

    private static readonly Ledger Japan = TestLedger
        .Create()
        .Commitment("cumulative", "over $12.4 billion", on: new LocalDate(2025, 3, 5))
        .Commitment("jp-ua-erp-4", "8.8 billion yen", on: February27, parent: "cumulative")
        .Build();

    [Fact]
    public void HaveUsedRate_OnTheItemisedPackage_HoldsAsTheTestingReadmeShowsIt()
    {
        Japan
            .Summarize(InUsd.WhereIds("jp-ua-erp-4"))
            .Should()
            .HaveTotal("USD 58,825,751.29")
            .And.HaveUsedRate("JPY", "USD", February27);
    }

    [Fact]
    public void HaveUsedRate_OnTheCountedTotal_FailsBecauseNothingIsConverted()
    {
        Summary summary = Japan.Summarize(InUsd);

        Action act = () => summary.Should().HaveUsedRate("JPY", "USD", February27);

        act.Should().Throw<Exception>();
    }

    [Fact]
    public void HaveTotal_Failure_ReadsAsTheReadmeQuotesIt()
    {
        Summary summary = Japan.Summarize(InUsd.WhereIds("jp-ua-erp-4"));

        Action act = () => summary.Should().HaveTotal("USD 63,300,000.00");

        act.Should()
            .Throw<Exception>()
            .Which.Message.Should()
            .Be(
                "Expected summary to have a total of USD 63,300,000.00, but its total is USD 58,825,751.29 "
                    + "(exact: USD 58,825,751.29203088113315893584), USD 4,474,248.71 less than expected."
            );
    }
}

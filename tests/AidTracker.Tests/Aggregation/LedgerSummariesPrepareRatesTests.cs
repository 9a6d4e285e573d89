using AidTracker.Aggregation;
using AidTracker.Internal;
using AidTracker.Serialization;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>
/// <see cref="LedgerSummaries.PrepareRates"/>: after it, a summary of the query finds its rates loaded (the embedded
/// reference data is not opened again) and gives the same figures.
/// </summary>
public class LedgerSummariesPrepareRatesTests
{
    [Fact]
    public void PrepareRates_DefaultSource_TheFirstSummaryOpensNoEmbeddedFile()
    {
        SummaryQuery query = new SummaryQuery { ReportingCurrency = Currency.USD }.WhereIds(["jp-ua-erp-4"]);

        LedgerSummaries.PrepareRates(query);
        int openedBefore = EmbeddedData.OpenCount;
        Summary summary = Sample.Summarize(query);

        EmbeddedData.OpenCount.Should().Be(openedBefore, "the default source's files were loaded by PrepareRates");
        openedBefore
            .Should()
            .BeGreaterThanOrEqualTo(3, "the ECB, NBU and IMF files of the default source are loaded by now");
        summary
            .Total.Rounded.Should()
            .Be(new AidTracker.Money(58_825_751.29m, Currency.USD), "the same figure as without preparing");
    }

    [Fact]
    public void PrepareRates_PreparedTwice_GivesTheSameSummaryAsNotPreparing()
    {
        SummaryQuery query = new SummaryQuery { ReportingCurrency = Currency.EUR }.GroupedBy(GroupKey.Donor);
        Summary unprepared = Sample.Summarize(query);

        LedgerSummaries.PrepareRates(query);
        LedgerSummaries.PrepareRates(query);

        Summary prepared = Sample.Summarize(query);
        SummaryJsonWriter.ToJson(prepared).Should().Be(SummaryJsonWriter.ToJson(unprepared));
        prepared.RatesUsed.Should().NotBeEmpty("the yen and dollar amounts are converted into euros");
    }

    [Fact]
    public void PrepareRates_NullQuery_ThrowsArgumentNullException()
    {
        Action act = () => LedgerSummaries.PrepareRates(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("query");
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AidTracker.Aggregation;
using AidTracker.Serialization;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Serialization;

public class SummaryJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForAidTracker();

    /// <summary>What a user's API returns: a summary inside a DTO of its own.</summary>
    public sealed record Report(string Title, Summary Summary);

    [Fact]
    public void Serialize_SampleSummaryInUsd_IsTheSummarizeDocument()
    {
        Summary summary = Sample.Summarize(
            new SummaryQuery().WithReportingCurrency(Currency.USD).GroupedBy(GroupKey.DonorFiscalYear)
        );

        JsonNode written = JsonNode.Parse(JsonSerializer.Serialize(summary, Options))!;

        JsonNode.DeepEquals(written, JsonNode.Parse(SummaryJsonWriter.ToJson(summary))).Should().BeTrue();
        written["totals"]!
            .ToJsonString()
            .Should()
            .Be("""[{"value":"12400000000.00","currency":"USD","qualifier":"at-least"}]""");
        written["groups"]![0]!["key"]!["fiscal-year"]!.GetValue<string>().Should().Be("FY2024");
    }

    [Fact]
    public void Serialize_IndentedWithRelaxedEscaping_IsTheToolsTextByteForByte()
    {
        Summary summary = Sample.Summarize(new SummaryQuery().WithReportingCurrency(Currency.USD));
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }.ConfigureForAidTracker();

        string written = JsonSerializer.Serialize(summary, options) + "\n";

        written.Should().Be(SummaryJsonWriter.ToJson(summary));
    }

    [Fact]
    public void Serialize_SummaryInsideADto_WritesTheDocumentAsTheProperty()
    {
        Summary summary = Sample.Summarize(new SummaryQuery());

        JsonNode written = JsonNode.Parse(JsonSerializer.Serialize(new Report("Japan to Ukraine", summary), Options))!;

        written["Title"]!.GetValue<string>().Should().Be("Japan to Ukraine");
        written["Summary"]!["measure"]!.GetValue<string>().Should().Be("committed");
        written["Summary"]!["currency"].Should().BeNull("the totals stay per currency");
    }

    [Fact]
    public void Deserialize_Summary_ThrowsNotSupportedSayingWhy()
    {
        string json = SummaryJsonWriter.ToJson(Sample.Summarize(new SummaryQuery()));

        Action act = () => JsonSerializer.Deserialize<Summary>(json, Options);

        act.Should().Throw<NotSupportedException>().WithMessage("*cannot be read from JSON*Run the query again*");
    }
}

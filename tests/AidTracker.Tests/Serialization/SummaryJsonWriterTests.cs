using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Serialization;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Serialization;

/// <summary>
/// <see cref="SummaryJsonWriter"/>'s options (the document itself is compared with the tool's output, and checked
/// against docs/cli.schema.json, in AidTracker.Cli.Tests).
/// </summary>
public class SummaryJsonWriterTests
{
    private static readonly SummaryQuery PackageInUsd = new SummaryQuery { ReportingCurrency = Currency.USD }.WhereIds([
        "jp-ua-erp-4",
    ]);

    [Fact]
    public void ToJson_DefaultOptions_WritesTheEcbCreditForTheEcbCrossRate()
    {
        JsonElement root = Parse(SummaryJsonWriter.ToJson(Sample.Summarize(PackageInUsd)));

        root.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("58825751.29");
        root.GetProperty("ratesSource").GetString().Should().Be("default");
        root.GetProperty("credits")
            .EnumerateArray()
            .Select(c => c.GetString())
            .Should()
            .ContainSingle()
            .Which.Should()
            .StartWith("Source: European Central Bank");
        root.GetProperty("ratesUsed").GetString().Should().Be("pairs");
        root.GetProperty("ratePairs")[0].GetProperty("source").GetString().Should().Be("ECB");
        root.GetProperty("ratePairs")[0]
            .GetProperty("records")
            .ValueKind.Should()
            .Be(JsonValueKind.Null, "no ledger was given");
        root.TryGetProperty("rates", out _).Should().BeFalse();
    }

    [Fact]
    public void ToJson_AllRatesWithTheLedger_ListsEveryRateAndCountsThePairsRecords()
    {
        var options = new SummaryJsonWriterOptions { RatesUsed = RatesUsedDetail.All, Ledger = Sample };

        JsonElement root = Parse(
            SummaryJsonWriter.ToJson(Sample.Summarize(PackageInUsd), options, CancellationToken.None)
        );

        root.GetProperty("rates")[0].GetProperty("via").GetString().Should().Be("EUR");
        JsonElement pair = root.GetProperty("ratePairs").EnumerateArray().Should().ContainSingle().Subject;
        pair.GetProperty("records").GetInt32().Should().Be(1);
        pair.GetProperty("days").GetInt32().Should().Be(1);
        pair.GetProperty("firstDate").GetString().Should().Be("2025-02-27");
        pair.GetProperty("lowestRate").GetString().Should().Be("0.0066847444650035092196771518");
    }

    [Fact]
    public void ToJson_LedgerOfManyChunks_CountsEveryConvertedRecordOnceAgainstItsPair()
    {
        // 100,000 commitments (the records are counted in chunks of 32,768 on every core): every 10th a parent
        // without an amount whose 9 parts count through it; EUR, JPY and USD in turn, so 2 of 3 amounts converted.
        string[] currencies = ["EUR", "JPY", "USD"];
        var records = new List<LedgerRecord>();
        for (int i = 0; i < 100_000; i++)
        {
            var day = new NodaTime.LocalDate(2019 + (i % 6), 1 + (i % 12), 1 + (i % 28));
            records.Add(
                Commitment(
                    "m-" + i,
                    i % 10 == 0 ? null : 1_000m + i,
                    currencies[i % 3],
                    day,
                    parent: i % 10 == 0 ? null : "m-" + (i - (i % 10))
                )
            );
        }

        AidTracker.Ledger ledger = LedgerOf([.. records]);
        var query = new SummaryQuery { ReportingCurrency = Currency.USD };
        var options = new SummaryJsonWriterOptions { Ledger = ledger };

        JsonElement root = Parse(SummaryJsonWriter.ToJson(ledger.Summarize(query), options, CancellationToken.None));

        Dictionary<string, int> counts = root.GetProperty("ratePairs")
            .EnumerateArray()
            .GroupBy(p => p.GetProperty("from").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.GetProperty("records").GetInt32()));
        int parts(string currency) =>
            Enumerable.Range(0, 100_000).Count(i => i % 10 != 0 && currencies[i % 3] == currency);
        counts.Should().Equal(new Dictionary<string, int> { ["EUR"] = parts("EUR"), ["JPY"] = parts("JPY") });
        counts["EUR"].Should().Be(30_000);
    }

    [Fact]
    public void ToJson_ItemisedParts_WritesThemInTheirOwnSection()
    {
        var query = new SummaryQuery { ReportingCurrency = Currency.USD };
        var options = new SummaryJsonWriterOptions
        {
            Itemised = Sample.Summarize(query.ItemisedParts()),
            Ledger = Sample,
        };

        JsonElement root = Parse(SummaryJsonWriter.ToJson(Sample.Summarize(query), options, CancellationToken.None));

        root.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("12400000000.00");
        root.GetProperty("itemised")
            .GetProperty("totals")[0]
            .GetProperty("value")
            .GetString()
            .Should()
            .Be("647444801.60");
        root.GetProperty("itemised").GetProperty("counts").GetProperty("counted").GetInt32().Should().Be(3);
        root.GetProperty("itemised").GetProperty("ratePairs")[0].GetProperty("records").GetInt32().Should().Be(3);
    }

    [Fact]
    public void ToJson_NoRateUsed_WritesNoCredits()
    {
        JsonElement root = Parse(
            SummaryJsonWriter.ToJson(Sample.Summarize(new SummaryQuery { ReportingCurrency = Currency.USD }))
        );

        root.GetProperty("ratePairs").GetArrayLength().Should().Be(0, "the counted cumulative figure is in USD");
        root.GetProperty("credits").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void ToJson_GivenCreditsAndSourceName_WritesThemAsGiven()
    {
        var options = new SummaryJsonWriterOptions
        {
            RatesSource = "my-rates.csv",
            Credits = ["Rates from the file my-rates.csv."],
        };

        JsonElement root = Parse(
            SummaryJsonWriter.ToJson(Sample.Summarize(PackageInUsd), options, CancellationToken.None)
        );

        root.GetProperty("ratesSource").GetString().Should().Be("my-rates.csv");
        root.GetProperty("credits")
            .EnumerateArray()
            .Select(c => c.GetString())
            .Should()
            .Equal("Rates from the file my-rates.csv.");
    }

    [Fact]
    public void ToJson_NotIndented_WritesOneLineWithTheSameContent()
    {
        Summary summary = Sample.Summarize(PackageInUsd.GroupedBy(GroupKey.Donor));

        string indented = SummaryJsonWriter.ToJson(summary);
        string compact = SummaryJsonWriter.ToJson(
            summary,
            new SummaryJsonWriterOptions { Indented = false },
            CancellationToken.None
        );

        compact.TrimEnd('\n').Should().NotContain("\n");
        compact.Length.Should().BeLessThan(indented.Length);
        JsonSerializer.Serialize(Parse(compact)).Should().Be(JsonSerializer.Serialize(Parse(indented)));
    }

    [Fact]
    public void Write_ToAWriter_WritesTheSameDocumentAsToJson()
    {
        Summary summary = Sample.Summarize(PackageInUsd);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            SummaryJsonWriter.Write(writer, summary, SummaryJsonWriterOptions.Default, CancellationToken.None);
        }

        JsonSerializer
            .Serialize(Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray())))
            .Should()
            .Be(JsonSerializer.Serialize(Parse(SummaryJsonWriter.ToJson(summary))));
    }

    [Fact]
    public void ToJson_StatedSummary_WritesHowManyCommitmentsStoodAtTheirStatedEquivalent()
    {
        StatedSummary stated = Sample.SummarizeStated(PackageInUsd);

        JsonElement root = Parse(
            SummaryJsonWriter.ToJson(stated, SummaryJsonWriterOptions.Default, CancellationToken.None)
        );
        JsonElement plain = Parse(SummaryJsonWriter.ToJson(Sample.Summarize(PackageInUsd)));

        root.GetProperty("statedCommitments").GetInt32().Should().Be(1);
        root.GetProperty("totals")[0]
            .GetProperty("value")
            .GetString()
            .Should()
            .Be("63300000.00", "the package's stated 'approximately 63.3 million US dollars'");
        root.GetProperty("totals")[0].GetProperty("qualifier").GetString().Should().Be("approximately");
        plain.GetProperty("statedCommitments").ValueKind.Should().Be(JsonValueKind.Null);
        plain.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("58825751.29");
    }

    [Fact]
    public void Write_StatedSummaryToAWriter_WritesTheSameDocumentAsToJson()
    {
        StatedSummary stated = Sample.SummarizeStated(PackageInUsd);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            SummaryJsonWriter.Write(writer, stated, SummaryJsonWriterOptions.Default, CancellationToken.None);
        }

        JsonSerializer
            .Serialize(Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray())))
            .Should()
            .Be(
                JsonSerializer.Serialize(
                    Parse(SummaryJsonWriter.ToJson(stated, SummaryJsonWriterOptions.Default, CancellationToken.None))
                )
            );
    }

    [Fact]
    public void ToJson_NullSummary_ThrowsArgumentNullException()
    {
        Action act = () => SummaryJsonWriter.ToJson(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("summary");
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}

using System.Globalization;
using System.Text;
using AidTracker.Tests.Shared;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Fts.Tests;

/// <summary>The real search (Afghanistan 2020, three pages) and small hand-made pages and flows.</summary>
internal static class FtsData
{
    public const string FirstPage = "custom-search-locationid-1-year-2020.json";
    public const string SecondPage = "custom-search-locationid-1-year-2020-page-2.json";
    public const string ThirdPage = "custom-search-locationid-1-year-2020-page-3.json";

    /// <summary>FTS's incoming.fundingTotal of the Afghanistan search (first page).</summary>
    public const decimal AfghanistanFundingTotal = 725_591_299m;

    public static IClock Clock { get; } = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));

    public static string[] AfghanistanPages { get; } = [.. new[] { FirstPage, SecondPage, ThirdPage }.Select(Path)];

    public static string Path(string fileName) => System.IO.Path.Combine(RepoPaths.FtsTestData, fileName);

    /// <summary>A flow as FTS writes it; the arguments fill the fields the mapping reads.</summary>
    public static string Flow(
        string id,
        string status = "paid",
        string amountUsd = "1000000",
        string? originalAmount = null,
        string? originalCurrency = null,
        string? exchangeRate = null,
        string boundary = "incoming",
        string onBoundary = "single",
        string flowType = "Standard",
        string? parent = null,
        string? children = null,
        string source = Sweden,
        string destination = AfghanistanWfp,
        string date = "\"2020-03-31T00:00:00Z\""
    ) =>
        $$"""
            {"id": "{{id}}", "amountUSD": {{amountUsd}}, "originalAmount": {{originalAmount
                ?? "null"}}, "originalCurrency": {{(
                originalCurrency is null ? "null" : "\"" + originalCurrency + "\""
            )}},
             "exchangeRate": {{exchangeRate
                ?? "null"}}, "status": "{{status}}", "date": {{date}}, "boundary": "{{boundary}}", "onBoundary": "{{onBoundary}}",
             "flowType": "{{flowType}}", "contributionType": "financial", "parentFlowId": {{parent
                ?? "null"}}, "childFlowIds": {{children ?? "null"}},
             "description": "A flow", "refCode": "R-{{id}}", "newMoney": true, "keywords": null,
             "sourceObjects": [{{source}}], "destinationObjects": [{{destination}}]}
            """;

    public const string Sweden = """
        {"type": "Organization", "id": "2933", "name": "Sweden, Government of", "behavior": "single", "organizationTypes": ["Government"]},
        {"type": "Location", "id": "214", "name": "Sweden", "behavior": "single"},
        {"type": "UsageYear", "id": "41", "name": "2020", "behavior": "single"}
        """;

    public const string PooledFund = """
        {"type": "Organization", "id": "7540", "name": "Afghanistan Humanitarian Fund", "behavior": "single", "organizationTypes": ["Pooled fund"]},
        {"type": "Location", "id": "1", "name": "Afghanistan", "behavior": "single"}
        """;

    public const string AfghanistanWfp = """
        {"type": "Organization", "id": "3049", "name": "World Food Programme", "behavior": "single", "organizationTypes": ["UN agency"]},
        {"type": "Location", "id": "1", "name": "Afghanistan", "behavior": "single"},
        {"type": "UsageYear", "id": "41", "name": "2020", "behavior": "single"},
        {"type": "Plan", "id": "925", "name": "Afghanistan Humanitarian Response Plan 2020", "behavior": "single"},
        {"type": "GlobalCluster", "id": "6", "name": "Food Security", "behavior": "single"}
        """;

    /// <summary>A page: FTS's summary (first pages) and the flows.</summary>
    public static string Page(
        string[] flows,
        string funding = "1000000",
        string pledges = "0",
        int count = -1,
        bool summary = true
    )
    {
        var builder = new StringBuilder("{\"status\": \"ok\", \"data\": {");
        if (summary)
        {
            builder
                .Append("\"incoming\": {\"flowCount\": 1, \"fundingTotal\": ")
                .Append(funding)
                .Append(", \"pledgeTotal\": ")
                .Append(pledges)
                .Append("},\n");
            builder.Append(
                "\"outgoing\": {\"flowCount\": 0, \"fundingTotal\": 0, \"pledgeTotal\": 0}, \"internal\": "
                    + "{\"flowCount\": 0},\n"
            );
        }

        builder.Append("\"flows\": [").Append(string.Join(",\n", flows)).Append("]}, ");
        builder
            .Append("\"meta\": {\"language\": \"en\", \"count\": ")
            .Append((count < 0 ? flows.Length : count).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append("}}");
        return builder.ToString();
    }

    public static FtsPage Read(string json, string name = "page.json") =>
        FtsReader.Read(Encoding.UTF8.GetBytes(json), name);

    public static FtsImportResult Import(FtsImportOptions? options, params string[] pages) =>
        new FtsImporter(Clock).ImportPages([.. pages.Select((p, i) => Read(p, $"page-{i + 1}.json"))], options);
}

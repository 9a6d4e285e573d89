using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AidTracker.Rates;
using AidTracker.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AidTracker.Tests.Serialization;

using Money = AidTracker.Money;

/// <summary>
/// <see cref="AidTrackerJsonSerializerOptionsExtensions.ConfigureForAidTracker"/> in an ASP.NET Core minimal API,
/// hosted in-process on a <see cref="TestServer"/> and called over its <see cref="HttpClient"/>.
/// </summary>
public sealed class AidTrackerJsonAspNetCoreTests : IAsyncLifetime
{
    private static readonly Lazy<AidTracker.Aggregation.Summary> SampleSummary = new(() =>
        AidTracker.Aggregation.LedgerSummaries.Summarize(
            Aggregation.AggregationData.Sample,
            new AidTracker.Aggregation.SummaryQuery().WithReportingCurrency(Currency.USD)
        )
    );

    private WebApplication? _app;
    private HttpClient? _client;

    /// <summary>What the API returns and takes.</summary>
    public sealed record PackageDto(string Id, Money Amount, QualifiedMoney Stated);

    public async ValueTask InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForAidTracker());
        _app = builder.Build();
        _app.MapGet("/packages/jp-ua-erp-4", () =>
            new PackageDto(
                "jp-ua-erp-4",
                Money.Parse("8.8 billion yen"),
                QualifiedMoney.Parse("approximately 63.3 million US dollars")
            )
        );
        _app.MapGet("/convert", () =>
            ExchangeRateSources.Ecb.Convert(
                new Money(8_800_000_000m, Currency.JPY),
                Currency.USD,
                new LocalDate(2025, 2, 27)
            )
        );
        _app.MapGet("/summary", () => SampleSummary.Value);
        _app.MapPost("/packages", (PackageDto dto) => Results.Ok(dto.Amount + dto.Amount));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Get_Dto_RespondsWithTheAmountShape()
    {
        string body = await _client!.GetStringAsync(new Uri("/packages/jp-ua-erp-4", UriKind.Relative));

        body.Should()
            .Be(
                """{"id":"jp-ua-erp-4","amount":{"value":"8800000000","currency":"JPY"},"stated":{"value":"63300000","currency":"USD","qualifier":"approximately"}}"""
            );
    }

    [Fact]
    public async Task Get_Conversion_RespondsWithTheRoundedWorkedExample()
    {
        using JsonDocument json = JsonDocument.Parse(
            await _client!.GetStringAsync(new Uri("/convert", UriKind.Relative))
        );

        json.RootElement.GetProperty("rounded")
            .GetRawText()
            .Should()
            .Be("""{"value":"58825751.29","currency":"USD"}""");
        json.RootElement.GetProperty("rate")
            .GetProperty("legs")[1]
            .GetProperty("rate")
            .GetString()
            .Should()
            .Be("1.0477");
    }

    [Fact]
    public async Task Get_Summary_RespondsWithTheSummarizeDocument()
    {
        string body = await _client!.GetStringAsync(new Uri("/summary", UriKind.Relative));

        System
            .Text.Json.Nodes.JsonNode.DeepEquals(
                System.Text.Json.Nodes.JsonNode.Parse(body),
                System.Text.Json.Nodes.JsonNode.Parse(SummaryJsonWriter.ToJson(SampleSummary.Value))
            )
            .Should()
            .BeTrue();
        body.Should()
            .Contain("\"totals\":[{\"value\":\"12400000000.00\",\"currency\":\"USD\",\"qualifier\":\"at-least\"}]");
    }

    [Fact]
    public async Task Post_Dto_IsReadWithTheConverters()
    {
        using var content = new StringContent(
            """{"id":"jp-ua-loan-1","amount":{"value":13000000000,"currency":"JPY"},"stated":{"value":"78000000000","currency":"JPY","qualifier":"at-most"}}""",
            System.Text.Encoding.UTF8,
            "application/json"
        );

        using HttpResponseMessage response = await _client!.PostAsync(new Uri("/packages", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"value":"26000000000","currency":"JPY"}""");
    }

    [Fact]
    public async Task Post_UnknownCurrency_IsABadRequest()
    {
        using var content = JsonContent.Create(
            new
            {
                id = "x",
                amount = new { value = "1", currency = "YEN" },
                stated = new { value = "1", currency = "USD" },
            }
        );

        using HttpResponseMessage response = await _client!.PostAsync(new Uri("/packages", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}

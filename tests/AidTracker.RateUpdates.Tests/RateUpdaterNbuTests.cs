using System.IO.Compression;
using AidTracker.Rates;
using AidTracker.RateUpdates.Tests.TestServer;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.RateUpdates.Tests;

/// <summary>The NBU's days fetched from a stand-in server on the loopback address; the data folder is checked after
/// each.</summary>
public sealed class RateUpdaterNbuTests : IAsyncLifetime
{
    private static readonly RateUpdateOptions Quick = new()
    {
        RetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetries = 2,
    };
    private static readonly LocalDate May14 = new(2023, 5, 14);
    private static readonly LocalDate May15 = new(2023, 5, 15);
    private static readonly LocalDate May16 = new(2023, 5, 16);
    private readonly TempFolder _folder = new();
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task UpdateNbuAsync_RealAnswerOf28April2022_AddsTheNbusRatesOfThatDay()
    {
        RateFixtures.WriteNbuFolderFile(_folder.Path, new LocalDate(2022, 4, 27));
        string template = RateFixtures.MapNbu(_server, (day, _, context) => RateFixtures.SendNbuDay(context, day));
        var april28 = new LocalDate(2022, 4, 28);

        RateUpdateResult result = await Updater()
            .UpdateNbuAsync(_folder.Path, template, since: null, until: april28, TestContext.Current.CancellationToken);

        result.DaysFetched.Should().Be(1, "the folder held every day to 2022-04-27");
        result.PreviousLastDate.Should().Be(new LocalDate(2022, 4, 27));
        RateTable nbu = new RateDataFolder(_folder.Path).Nbu!;
        nbu.GetRate(Currency.USD, Currency.UAH, april28).Value.Should().Be(29.2549m);
        nbu.GetRate(Currency.EUR, Currency.UAH, april28).Value.Should().Be(30.9663m);
        nbu.GetRate(Currency.JPY, Currency.UAH, april28).Value.Should().Be(0.22841m);
        foreach (CurrencyCoverage currency in nbu.Coverage[0].Currencies.Where(c => c.LastDate == april28))
        {
            nbu.GetRate(currency.Currency, Currency.UAH, april28)
                .Value.Should()
                .Be(
                    ExchangeRateSources.Nbu.GetRate(currency.Currency, Currency.UAH, april28).Value,
                    "the API's answer and the embedded file agree for {0}",
                    currency.Currency.Code
                );
        }
    }

    [Fact]
    public async Task UpdateNbuAsync_DaysAfterTheEmbeddedData_UahConvertsDailyAndAnEmptyDayIsHeld()
    {
        string template = RateFixtures.MapNbu(_server, (day, _, context) =>
            day == May16
                ? FixtureServer.Send(context, "[]"u8.ToArray(), "application/json")
                : RateFixtures.SendNbuDay(context, day)
        );
        var money = new AidTracker.Money(1_000_000m, Currency.UAH);
        ExchangeRateSources
            .WithUpdatesFrom(_folder.Path)
            .Convert(money, Currency.USD, May15)
            .Source.Should()
            .Be("IMF", "nothing is downloaded yet");

        RateUpdateResult result = await Updater()
            .UpdateNbuAsync(_folder.Path, template, May14, May16, TestContext.Current.CancellationToken);

        result.DaysFetched.Should().Be(3);
        result.DaysWithoutRates.Should().Be(1);
        result.LastDate.Should().Be(May15, "2023-05-16 had no rates");
        Conversion conversion = ExchangeRateSources.WithUpdatesFrom(_folder.Path).Convert(money, Currency.USD, May15);
        conversion.Source.Should().Be("NBU");
        conversion.Basis.Should().Be(RateBasis.Daily);
        conversion
            .Converted.Amount.Should()
            .Be(1_000_000m * (1m / 29.2549m), "the re-dated answer holds the NBU's 29.2549 UAH per USD of 2022-07-21");
        string csv = ReadFolderCsv();
        csv.Should().StartWith("Date,AED,").And.Contain("\n2023-05-16,N/A,N/A,").And.Contain("\n2022-07-21,");
        csv.Split('\n')[1].Should().StartWith("2023-05-16,", "the newest day comes first");
        _folder.FileNames.Should().BeEquivalentTo(RateDataFolder.NbuFileName, RateDataFolder.MetadataFileName);
        new RateDataFolder(_folder.Path).FindDownload("NBU")!.RetrievedFrom.Should().Be(template);
    }

    [Fact]
    public async Task UpdateNbuAsync_SecondRun_FetchesOnlyWhatIsStillMissing()
    {
        string template = RateFixtures.MapNbu(_server, (day, _, context) =>
            day == May16
                ? FixtureServer.Send(context, "[]"u8.ToArray(), "application/json")
                : RateFixtures.SendNbuDay(context, day)
        );
        await Updater().UpdateNbuAsync(_folder.Path, template, May14, May16, TestContext.Current.CancellationToken);
        _server.Requests("/nbu?json&date=20230516").Should().Be(1);

        RateUpdateResult again = await Updater()
            .UpdateNbuAsync(_folder.Path, template, May14, May16, TestContext.Current.CancellationToken);
        RateUpdateResult onward = await Updater()
            .UpdateNbuAsync(
                _folder.Path,
                template,
                since: null,
                until: new LocalDate(2023, 5, 17),
                TestContext.Current.CancellationToken
            );

        again.Written.Should().BeFalse();
        again.DaysFetched.Should().Be(0);
        onward
            .DaysFetched.Should()
            .Be(1, "only 2023-05-17 is missing after the last day held, 2023-05-16 (which had no rates)");
        _server.TotalRequests.Should().Be(4);
    }

    [Fact]
    public async Task UpdateNbuAsync_ServerErrorThenSuccess_RetriesTheDay()
    {
        string template = RateFixtures.MapNbu(_server, (day, before, context) =>
        {
            if (before == 0)
            {
                context.Response.StatusCode = 500;
                return Task.CompletedTask;
            }

            return RateFixtures.SendNbuDay(context, day);
        });

        RateUpdateResult result = await Updater()
            .UpdateNbuAsync(_folder.Path, template, May15, May15, TestContext.Current.CancellationToken);

        result.DaysFetched.Should().Be(1);
        _server.Requests("/nbu?json&date=20230515").Should().Be(2);
        new RateDataFolder(_folder.Path).Nbu!.GetRate(Currency.USD, Currency.UAH, May15).Value.Should().Be(29.2549m);
    }

    [Fact]
    public async Task UpdateNbuAsync_OneDayMalformed_FailsNamingItsUrlAndWritesNothing()
    {
        RateFixtures.WriteNbuFolderFile(_folder.Path, new LocalDate(2022, 7, 21));
        Dictionary<string, string> before = RateFixtures.Snapshot(_folder.Path);
        string template = RateFixtures.MapNbu(_server, (day, _, context) =>
            day == May15
                ? FixtureServer.Send(context, "[{\"cc\":\"USD\",\"rate\":36.5"u8.ToArray(), "application/json")
                : RateFixtures.SendNbuDay(context, day)
        );

        Func<Task> act = () =>
            Updater().UpdateNbuAsync(_folder.Path, template, May14, May16, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage("*date=20230515*not valid JSON*");
        RateFixtures.Snapshot(_folder.Path).Should().Equal(before);
    }

    [Fact]
    public async Task UpdateNbuAsync_AnswerForAnotherDay_IsRefused()
    {
        string template = RateFixtures.MapNbu(_server, (day, _, context) =>
            RateFixtures.SendNbuDay(context, new LocalDate(2022, 4, 28))
        );

        Func<Task> act = () =>
            Updater().UpdateNbuAsync(_folder.Path, template, May15, May15, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage("*is for '28.04.2022', not for 15.05.2023*");
        _folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateNbuAsync_NegativeRate_IsRefusedNamingTheCurrency()
    {
        string template = RateFixtures.MapNbu(_server, (day, _, context) =>
            FixtureServer.Send(
                context,
                (
                    "[{\"r030\":840,\"txt\":\"Долар США\",\"rate\":-29.2549,"u8
                    + "\"cc\":\"USD\",\"exchangedate\":\"15.05.2023\"}]"u8
                ).ToArray(),
                "application/json"
            )
        );

        Func<Task> act = () =>
            Updater().UpdateNbuAsync(_folder.Path, template, May15, May15, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage(
            "*USD rate -29.2549 is not a number greater than zero*"
        );
    }

    [Fact]
    public async Task UpdateNbuAsync_TemplateWithoutTheDay_ThrowsArgumentException()
    {
        Func<Task> act = () =>
            Updater()
                .UpdateNbuAsync(
                    _folder.Path,
                    _server.BaseUrl + "/nbu",
                    May15,
                    May15,
                    TestContext.Current.CancellationToken
                );

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*has no {yyyyMMdd}*");
    }

    private static RateUpdater Updater() => new(new HttpClient(), new FakeClock(RateFixtures.Now), Quick);

    private string ReadFolderCsv()
    {
        using var gzip = new GZipStream(
            File.OpenRead(_folder.File(RateDataFolder.NbuFileName)),
            CompressionMode.Decompress
        );
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}

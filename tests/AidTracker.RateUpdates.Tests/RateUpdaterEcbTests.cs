using System.Text;
using AidTracker.Rates;
using AidTracker.RateUpdates.Tests.TestServer;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.RateUpdates.Tests;

/// <summary>The ECB's history downloaded from a stand-in server on the loopback address; the data folder is checked
/// after each.</summary>
public sealed class RateUpdaterEcbTests : IAsyncLifetime
{
    private static readonly RateUpdateOptions Quick = new()
    {
        RetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetries = 2,
        RequestTimeout = TimeSpan.FromSeconds(20),
    };
    private readonly TempFolder _folder = new();
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task UpdateEcbAsync_ZipServed_StoresTheCsvAsPublishedAndRecordsWhereAndWhen()
    {
        string csv = RateFixtures.EcbCsvWithTwoNewDays();
        string url = _server.MapBytes("/eurofxref-hist.zip", RateFixtures.Zip(csv), "application/zip");

        RateUpdateResult result = await Updater()
            .UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        result.Written.Should().BeTrue();
        result.LastDate.Should().Be(new LocalDate(2026, 4, 15));
        result.PreviousLastDate.Should().Be(new LocalDate(2026, 4, 13), "the embedded data ends there");
        File.ReadAllText(_folder.File(RateDataFolder.EcbFileName)).Should().Be(csv);
        _folder.FileNames.Should().BeEquivalentTo(RateDataFolder.EcbFileName, RateDataFolder.MetadataFileName);
        RateDownload recorded = new RateDataFolder(_folder.Path).FindDownload("ECB")!;
        recorded.RetrievedFrom.Should().Be(url);
        recorded.RetrievedAt.Should().Be(RateFixtures.Now);
        recorded.FirstDate.Should().Be(new LocalDate(1999, 1, 4));
        recorded.LastDate.Should().Be(new LocalDate(2026, 4, 15));
    }

    [Fact]
    public async Task UpdateEcbAsync_ThenConvertAfterTheEmbeddedData_UsesTheDownloadedDay()
    {
        string url = _server.MapBytes("/eurofxref-hist.zip", RateFixtures.Zip(RateFixtures.EcbCsvWithTwoNewDays()));
        await Updater().UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);
        var april15 = new LocalDate(2026, 4, 15);

        ExchangeRateSources
            .Default.GetRate(Currency.JPY, Currency.USD, april15)
            .Date.Should()
            .Be(new LocalDate(2026, 4, 13), "the library never reads a folder it was not given");
        ExchangeRate rate = ExchangeRateSources
            .WithUpdatesFrom(_folder.Path)
            .GetRate(Currency.JPY, Currency.USD, april15);

        rate.Source.Should().Be("ECB");
        rate.Date.Should().Be(april15);
        rate.Value.Should()
            .Be(
                ExchangeRateSources.Ecb.GetRate(Currency.JPY, Currency.USD, new LocalDate(2026, 4, 13)).Value,
                "the synthetic rows repeat 2026-04-13"
            );
    }

    [Fact]
    public async Task UpdateEcbAsync_NotFound_FailsNaming404AndLeavesTheFolderEmpty()
    {
        string url = _server.MapStatus("/missing.zip", 404);

        Func<Task> act = () => Updater().UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage("*" + url + "*HTTP 404*");
        _server.Requests("/missing.zip").Should().Be(1, "a 404 is not retried");
        _folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateEcbAsync_ServerErrorThenSuccess_RetriesAndStores()
    {
        byte[] zip = RateFixtures.Zip(RateFixtures.EcbCsvWithTwoNewDays());
        string url = _server.Map("/flaky.zip", (context, before) =>
        {
            if (before == 0)
            {
                context.Response.StatusCode = 500;
                return Task.CompletedTask;
            }

            return FixtureServer.Send(context, zip, "application/zip");
        });

        RateUpdateResult result = await Updater()
            .UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        _server.Requests("/flaky.zip").Should().Be(2);
        result.LastDate.Should().Be(new LocalDate(2026, 4, 15));
        File.Exists(_folder.File(RateDataFolder.EcbFileName)).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateEcbAsync_ServerErrorEveryTime_FailsAfterTheRetriesAndSaysHowOften()
    {
        string url = _server.MapStatus("/down.zip", 503);

        Func<Task> act = () => Updater().UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage("*HTTP 503*tried 3 times*");
        _server.Requests("/down.zip").Should().Be(3);
        _folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateEcbAsync_SlowAnswer_TimesOutAndLeavesTheFolderAsItWas()
    {
        await SeedAsync();
        Dictionary<string, string> before = RateFixtures.Snapshot(_folder.Path);
        string url = _server.Map("/slow.zip", async (context, _) =>
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted)
        );
        var options = new RateUpdateOptions
        {
            RequestTimeout = TimeSpan.FromMilliseconds(300),
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        };

        Func<Task> act = () =>
            Updater(options).UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage(
            "*" + url + "*did not answer within 0.3 seconds*tried 2 times*"
        );
        RateFixtures.Snapshot(_folder.Path).Should().Equal(before);
    }

    [Fact]
    public async Task UpdateEcbAsync_TruncatedZip_FailsAndLeavesTheFolderAsItWas()
    {
        await SeedAsync();
        Dictionary<string, string> before = RateFixtures.Snapshot(_folder.Path);
        byte[] zip = RateFixtures.Zip(RateFixtures.EcbCsvWithTwoNewDays());
        string url = _server.MapBytes("/truncated.zip", zip[..(zip.Length / 2)]);

        Func<Task> act = () => Updater().UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage(
            "*" + url + "*zip archive*damaged or incomplete*unchanged*"
        );
        RateFixtures.Snapshot(_folder.Path).Should().Equal(before);
        _folder.FileNames.Should().NotContain(n => n.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateEcbAsync_CsvWithABadRow_FailsNamingTheLineAndValue()
    {
        string csv = RateFixtures.EcbCsvWithTwoNewDays();
        string[] lines = csv.Split('\n');
        int first = "2026-04-13,".Length;
        lines[3] = lines[3][..first] + "abc" + lines[3][lines[3].IndexOf(',', first)..];
        string url = _server.MapBytes("/bad.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)), "text/csv");

        Func<Task> act = () => Updater().UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage(
            "*line 4*USD rate 'abc' is not a number*unchanged*"
        );
        _folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateEcbAsync_FileCoveringLessThanTheEmbeddedData_IsRefused()
    {
        string url = _server.MapBytes(
            "/short.csv",
            Encoding.UTF8.GetBytes("Date,USD,JPY,\n2026-04-15,1.1,160.1,\n2026-04-14,1.1,160.2,\n")
        );

        Func<Task> act = () => Updater().UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage(
            "*cover 2026-04-14 to 2026-04-15, less than the 1999-01-04 to 2026-04-13*"
        );
        _folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateEcbAsync_DatesOutOfOrder_IsRefusedNamingTheLine()
    {
        string csv = RateFixtures.EcbCsvWithTwoNewDays();
        string[] lines = csv.Split('\n');
        (lines[1], lines[2]) = (lines[2], lines[1]); // 2026-04-14 before 2026-04-15, then the rest newest first
        string url = _server.MapBytes("/disorder.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        Func<Task> act = () => Updater().UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<RateUpdateException>()).WithMessage(
            "*not in order: line 4 has 2026-04-13 after 2026-04-15*"
        );
    }

    [Fact]
    public async Task UpdateEcbAsync_LocalCsvFile_IsStoredLikeADownload()
    {
        string local = Path.Combine(Path.GetTempPath(), "ecb-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        await File.WriteAllTextAsync(local, RateFixtures.EcbCsvWithTwoNewDays(), TestContext.Current.CancellationToken);
        try
        {
            RateUpdateResult result = await Updater()
                .UpdateEcbAsync(_folder.Path, local, TestContext.Current.CancellationToken);

            result.Download!.RetrievedFrom.Should().Be(local);
            new RateDataFolder(_folder.Path).Ecb!.Coverage[0].LastDate.Should().Be(new LocalDate(2026, 4, 15));
            _server.TotalRequests.Should().Be(0);
        }
        finally
        {
            File.Delete(local);
        }
    }

    private static RateUpdater Updater(RateUpdateOptions? options = null) =>
        new(new HttpClient(), new FakeClock(RateFixtures.Now), options ?? Quick);

    /// <summary>A first good update, so that a failed one has something to leave alone.</summary>
    private async Task SeedAsync()
    {
        string url = _server.MapBytes("/good.zip", RateFixtures.Zip(RateFixtures.EcbCsvWithTwoNewDays()));
        await Updater().UpdateEcbAsync(_folder.Path, url, TestContext.Current.CancellationToken);
        _folder.FileNames.Should().HaveCount(2);
    }
}

using System.Text.Json;
using AidTracker.Rates;
using AidTracker.RateUpdates.Tests;
using AidTracker.RateUpdates.Tests.TestServer;
using NodaTime;

namespace AidTracker.Cli.Tests.Commands;

/// <summary>
/// <c>rates update</c> against a stand-in server on 127.0.0.1, then the commands that use rates with <c>--data-dir</c>:
/// the ECB after 2026-04-13 and the hryvnia after 2022-07-21 convert at downloaded daily rates.
/// </summary>
public sealed class RatesUpdateCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FixtureServer _server = null!;

    private string DataDir => Path.Combine(_folder.Path, "rates");

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task RatesUpdate_EcbThenConvertAfterTheEmbeddedData_UsesTheDownloadedDay()
    {
        string url = _server.MapBytes(
            "/eurofxref-hist.zip",
            RateFixtures.Zip(RateFixtures.EcbCsvWithTwoNewDays()),
            "application/zip"
        );

        CliRun update = await CliRun.RunAsync(
            "rates",
            "update",
            "--source",
            "ecb",
            "--from",
            url,
            "--data-dir",
            DataDir
        );
        CliRun convert = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2026-04-15",
            "--data-dir",
            DataDir,
            "--format",
            "json"
        );
        CliRun embedded = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2026-04-15",
            "--format",
            "json"
        );

        update.ShouldSucceed();
        update
            .Out.Should()
            .Contain(
                "ECB: 1999-01-04 to 2026-04-15 (was to 2026-04-13); written to "
                    + Path.Combine(DataDir, RateDataFolder.EcbFileName)
            );
        update.Out.Should().Contain("Source: European Central Bank");
        convert.ShouldSucceed();
        JsonElement rate = convert.Json().GetProperty("rates")[0];
        CliContract.Validate(convert.Json(), "convert");
        rate.GetProperty("usedDate").GetString().Should().Be("2026-04-15");
        rate.GetProperty("ageDays").GetInt32().Should().Be(0);
        rate.GetProperty("source").GetString().Should().Be("ECB");
        JsonElement old = embedded.ShouldSucceed().Json().GetProperty("rates")[0];
        old.GetProperty("usedDate")
            .GetString()
            .Should()
            .Be("2026-04-13", "without --data-dir (and no environment) only the embedded data is read");
        old.GetProperty("ageDays").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task RatesUpdate_NbuDays_UahConvertsDailyUntilTheLastDayHeld()
    {
        string template = RateFixtures.MapNbu(_server, (day, _, context) =>
            day == new LocalDate(2023, 5, 16)
                ? FixtureServer.Send(context, "[]"u8.ToArray(), "application/json")
                : RateFixtures.SendNbuDay(context, day)
        );

        CliRun before = await CliRun.RunAsync(
            "convert",
            "1000000 UAH",
            "--to",
            "USD",
            "--on",
            "2023-05-15",
            "--data-dir",
            DataDir,
            "--format",
            "json"
        );
        CliRun update = await CliRun.RunAsync(
            "rates",
            "update",
            "--source",
            "nbu",
            "--from",
            template,
            "--since",
            "2023-05-14",
            "--until",
            "2023-05-16",
            "--data-dir",
            DataDir
        );
        CliRun after = await CliRun.RunAsync(
            "convert",
            "1000000 UAH",
            "--to",
            "USD",
            "--on",
            "2023-05-15",
            "--data-dir",
            DataDir,
            "--format",
            "json"
        );
        CliRun table = await CliRun.RunAsync(
            "convert",
            "1000000 UAH",
            "--to",
            "USD",
            "--on",
            "2023-05-17",
            "--data-dir",
            DataDir
        );

        JsonElement imf = before.ShouldSucceed().Json();
        imf.GetProperty("rates")[0].GetProperty("source").GetString().Should().Be("IMF");
        imf.GetProperty("fallbacks")
            .EnumerateArray()
            .Select(f => f.GetProperty("source").GetString())
            .Should()
            .Equal("ECB", "NBU");
        imf.GetProperty("fallbacks")[1].GetProperty("reason").GetString().Should().Contain("2022-07-21");
        update.ShouldSucceed();
        update
            .Out.Should()
            .Contain("NBU: 1996-09-02 to 2023-05-15 (was to 2022-07-21), 3 days fetched (1 without rates); written to");
        JsonElement nbu = after.ShouldSucceed().Json();
        nbu.GetProperty("converted")
            .GetProperty("value")
            .GetString()
            .Should()
            .Be("34182.31", "1,000,000 / 29.2549, the re-dated answer of 2022-07-21");
        nbu.GetProperty("rates")[0].GetProperty("source").GetString().Should().Be("NBU");
        nbu.GetProperty("fallbacks")
            .EnumerateArray()
            .Should()
            .ContainSingle()
            .Which.GetProperty("source")
            .GetString()
            .Should()
            .Be("ECB");
        table.ShouldSucceed();
        table
            .Out.Should()
            .Contain("(NBU, 2023-05-15 for 2023-05-17 (2 days old), daily, inverse of 1 USD = 29.2549 UAH)")
            .And.Contain("Source: National Bank of Ukraine");
        _server.TotalRequests.Should().Be(3);
    }

    [Fact]
    public async Task RatesUpdate_TruncatedZip_Exit1NamingWhatFailedAndTheFolderStaysEmpty()
    {
        byte[] zip = RateFixtures.Zip(RateFixtures.EcbCsvWithTwoNewDays());
        string url = _server.MapBytes("/truncated.zip", zip[..(zip.Length / 3)]);

        CliRun run = await CliRun.RunAsync("rates", "update", "--source", "ecb", "--from", url, "--data-dir", DataDir);

        run.ShouldFailWith(1, "ECB rates from " + url, "damaged or incomplete", "unchanged");
        run.Out.Should().BeEmpty();
        (Directory.Exists(DataDir) ? Directory.EnumerateFileSystemEntries(DataDir) : []).Should().BeEmpty();
    }

    [Fact]
    public async Task RatesUpdate_ServerNotFound_Exit1WithTheUrlAndStatus()
    {
        string url = _server.MapStatus("/gone.zip", 404);

        CliRun run = await CliRun.RunAsync("rates", "update", "--source", "ecb", "--from", url, "--data-dir", DataDir);

        run.ShouldFailWith(1, url, "HTTP 404");
    }

    [Fact]
    public async Task Rates_AfterAnUpdate_ShowsEmbeddedAndUpdatedCoverageAndWhenRetrieved()
    {
        string url = _server.MapBytes("/eurofxref-hist.zip", RateFixtures.Zip(RateFixtures.EcbCsvWithTwoNewDays()));
        (
            await CliRun.RunAsync("rates", "update", "--source", "ecb", "--from", url, "--data-dir", DataDir)
        ).ShouldSucceed();

        CliRun json = await CliRun.RunAsync("rates", "--data-dir", DataDir, "--format", "json");
        CliRun table = await CliRun.RunAsync("rates", "--data-dir", DataDir);

        json.ShouldSucceed();
        CliContract.Validate(json.Json(), "rates");
        json.Json().GetProperty("dataDir").GetString().Should().Be(DataDir);
        JsonElement ecb = json.Json().GetProperty("sources")[0];
        ecb.GetProperty("lastDate").GetString().Should().Be("2026-04-15");
        ecb.GetProperty("embedded").GetProperty("lastDate").GetString().Should().Be("2026-04-13");
        JsonElement updated = ecb.GetProperty("updated");
        updated.GetProperty("lastDate").GetString().Should().Be("2026-04-15");
        updated.GetProperty("retrievedFrom").GetString().Should().Be(url);
        updated.GetProperty("retrievedAt").GetString().Should().Be("2026-11-26T12:00:00Z");
        json.Json()
            .GetProperty("sources")[1]
            .GetProperty("updated")
            .ValueKind.Should()
            .Be(JsonValueKind.Null, "the NBU was not updated");
        table.ShouldSucceed();
        table
            .Out.Should()
            .Contain("ECB: downloaded rates of 1999-01-04 to 2026-04-15, retrieved 2026-11-26T12:00:00Z from " + url);
    }

    [Fact]
    public async Task Convert_DataFolderFromTheEnvironment_IsUsedWithoutTheOption()
    {
        string url = _server.MapBytes("/eurofxref-hist.zip", RateFixtures.Zip(RateFixtures.EcbCsvWithTwoNewDays()));
        (
            await CliRun.RunAsync("rates", "update", "--source", "ecb", "--from", url, "--data-dir", DataDir)
        ).ShouldSucceed();

        CliRun byVariable = await CliRun.RunAsync(
            CliRun.Today,
            new Dictionary<string, string> { ["AIDTRACKER_DATA_DIR"] = DataDir },
            "convert",
            "1 EUR",
            "--to",
            "USD",
            "--on",
            "2026-04-15",
            "--format",
            "json"
        );
        CliRun byXdg = await CliRun.RunAsync(
            CliRun.Today,
            new Dictionary<string, string> { ["XDG_DATA_HOME"] = _folder.Path, ["HOME"] = "/nonexistent" },
            "convert",
            "1 EUR",
            "--to",
            "USD",
            "--on",
            "2026-04-15",
            "--format",
            "json"
        );

        Directory.Move(DataDir, Path.Combine(_folder.Path, "aidtracker"));
        CliRun byXdgAfterMove = await CliRun.RunAsync(
            CliRun.Today,
            new Dictionary<string, string> { ["XDG_DATA_HOME"] = _folder.Path },
            "convert",
            "1 EUR",
            "--to",
            "USD",
            "--on",
            "2026-04-15",
            "--format",
            "json"
        );
        byVariable
            .ShouldSucceed()
            .Json()
            .GetProperty("rates")[0]
            .GetProperty("usedDate")
            .GetString()
            .Should()
            .Be("2026-04-15");
        byXdg
            .ShouldSucceed()
            .Json()
            .GetProperty("rates")[0]
            .GetProperty("usedDate")
            .GetString()
            .Should()
            .Be("2026-04-13", "$XDG_DATA_HOME/aidtracker did not exist yet");
        byXdgAfterMove
            .ShouldSucceed()
            .Json()
            .GetProperty("rates")[0]
            .GetProperty("usedDate")
            .GetString()
            .Should()
            .Be("2026-04-15");
    }

    [Fact]
    public async Task Convert_Tolerance_WidensOrNarrowsTheLookBack()
    {
        CliRun wide = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2026-04-25",
            "--tolerance",
            "14",
            "--format",
            "json"
        );
        CliRun narrow = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-03-01",
            "--tolerance",
            "0"
        );
        CliRun bad = await CliRun.RunAsync("convert", "8.8 billion yen", "--to", "USD", "--tolerance", "-1");

        JsonElement rate = wide.ShouldSucceed().Json().GetProperty("rates")[0];
        rate.GetProperty("usedDate").GetString().Should().Be("2026-04-13");
        rate.GetProperty("ageDays").GetInt32().Should().Be(12);
        narrow.ShouldFailWith(1, "2025-03-01", "tolerance of 0 days");
        bad.ShouldFailWith(2, "--tolerance '-1'");
    }

    [Fact]
    public async Task Summarize_DataDirAndTolerance_UsesTheDownloadedNbuDays()
    {
        string template = RateFixtures.MapNbu(_server, (day, _, context) => RateFixtures.SendNbuDay(context, day));
        (
            await CliRun.RunAsync(
                "rates",
                "update",
                "--source",
                "nbu",
                "--from",
                template,
                "--since",
                "2023-05-15",
                "--until",
                "2023-05-15",
                "--data-dir",
                DataDir
            )
        ).ShouldSucceed();
        string ledger = _folder.Write(
            "uah.ledger.json",
            """
            { "schemaVersion": 1, "agreements": [], "disbursements": [],
              "commitments": [ { "id": "ua-1", "title": "Hryvnia grant", "donor": "JPN", "recipient": "UKR",
                "amount": { "value": "1000000", "currency": "UAH" }, "stage": "committed", "date": "2023-05-18",
                "category": "humanitarian", "instrument": "grant" } ] }
            """
        );

        CliRun withinTolerance = await CliRun.RunAsync(
            "summarize",
            ledger,
            "--to",
            "USD",
            "--data-dir",
            DataDir,
            "--format",
            "json",
            "--rates-used",
            "all"
        );
        CliRun zeroTolerance = await CliRun.RunAsync(
            "summarize",
            ledger,
            "--to",
            "USD",
            "--data-dir",
            DataDir,
            "--tolerance",
            "0",
            "--format",
            "json",
            "--rates-used",
            "all"
        );

        JsonElement rate = withinTolerance.ShouldSucceed().Json().GetProperty("rates")[0];
        rate.GetProperty("source").GetString().Should().Be("NBU");
        rate.GetProperty("usedDate").GetString().Should().Be("2023-05-15");
        rate.GetProperty("ageDays").GetInt32().Should().Be(3);
        withinTolerance.Json().GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("34182.31");
        zeroTolerance
            .ShouldSucceed()
            .Json()
            .GetProperty("rates")[0]
            .GetProperty("source")
            .GetString()
            .Should()
            .Be("IMF", "with no look-back the NBU day of 2023-05-15 does not serve 2023-05-18");
    }

    [Fact]
    public async Task RatesUpdate_FromWithEverySource_IsAUsageError()
    {
        CliRun run = await CliRun.RunAsync(
            "rates",
            "update",
            "--from",
            _server.BaseUrl + "/x.zip",
            "--data-dir",
            DataDir
        );

        run.ShouldFailWith(2, "--from", "--source ecb or --source nbu");
        _server.TotalRequests.Should().Be(0);
    }

    [Fact]
    public async Task RatesUpdate_NbuTemplateWithoutTheDay_IsAUsageError()
    {
        CliRun run = await CliRun.RunAsync(
            "rates",
            "update",
            "--source",
            "nbu",
            "--from",
            _server.BaseUrl + "/nbu",
            "--since",
            "2023-05-15",
            "--until",
            "2023-05-15",
            "--data-dir",
            DataDir
        );

        run.ShouldFailWith(2, "{yyyyMMdd}");
    }

    [Fact]
    public async Task Convert_DamagedFileInTheDataFolder_Exit1NamingItInsteadOfSkippingIt()
    {
        Directory.CreateDirectory(DataDir);
        await File.WriteAllTextAsync(
            Path.Combine(DataDir, RateDataFolder.EcbFileName),
            "Date,USD,JPY,\n2026-04-15,1.1,x,\n",
            TestContext.Current.CancellationToken
        );

        CliRun run = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--data-dir",
            DataDir
        );

        run.ShouldFailWith(1, RateDataFolder.EcbFileName + ", line 2", "JPY rate 'x'", "Delete it");
    }
}

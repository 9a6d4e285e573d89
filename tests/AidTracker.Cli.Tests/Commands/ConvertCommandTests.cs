using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace AidTracker.Cli.Tests.Commands;

public class ConvertCommandTests
{
    [Fact]
    public async Task Convert_WorkedExample_PrintsTheEcbCrossRateConversion()
    {
        CliRun run = await CliRun.RunAsync("convert", "8.8 billion yen", "--to", "USD", "--on", "2025-02-27");

        run.ShouldSucceed();
        run.Out.Should().Contain("8,800,000,000 JPY").And.Contain("58,825,751.29 USD");
        run.Out.Should()
            .Contain(
                "1 JPY = 0.006684744465... USD (ECB, 2025-02-27, daily, via EUR: 1 EUR = 156.73 JPY, 1 EUR = 1.0477 "
                    + "USD)"
            );
        run.Out.Should().Contain("Source: European Central Bank").And.NotContain("International Monetary Fund");
    }

    [Fact]
    public async Task Convert_WorkedExampleAsJson_FollowsTheContract()
    {
        CliRun run = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "convert");
        json.GetProperty("original").GetProperty("value").GetString().Should().Be("8800000000");
        json.GetProperty("original").GetProperty("currency").GetString().Should().Be("JPY");
        json.GetProperty("converted").GetProperty("value").GetString().Should().Be("58825751.29");
        json.GetProperty("converted").GetProperty("currency").GetString().Should().Be("USD");
        json.GetProperty("converted").GetProperty("qualifier").GetString().Should().Be("exact");
        JsonElement rate = json.GetProperty("rates").EnumerateArray().Should().ContainSingle().Subject;
        rate.GetProperty("from").GetString().Should().Be("JPY");
        rate.GetProperty("to").GetString().Should().Be("USD");
        rate.GetProperty("requestedDate").GetString().Should().Be("2025-02-27");
        rate.GetProperty("usedDate").GetString().Should().Be("2025-02-27");
        rate.GetProperty("rate").GetString().Should().StartWith("0.00668474446500350921967");
        decimal.Parse(rate.GetProperty("rate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should()
            .Be(1.0477m / 156.73m);
        rate.GetProperty("basis").GetString().Should().Be("daily");
        rate.GetProperty("source").GetString().Should().Be("ECB");
        rate.GetProperty("via").GetString().Should().Be("EUR");
        rate.GetProperty("published")
            .EnumerateArray()
            .Select(p => p.GetProperty("rate").GetString())
            .Should()
            .Equal("156.73", "1.0477");
    }

    [Fact]
    public async Task Convert_AmountInSeparateArguments_IsReadAsOnePhrase()
    {
        CliRun run = await CliRun.RunAsync("convert", "8.8", "billion", "yen", "--to", "usd", "--on", "2025-02-27");

        run.ShouldSucceed();
        run.Out.Should().Contain("58,825,751.29 USD");
    }

    [Fact]
    public async Task Convert_WithoutOn_UsesTodayFromTheClock()
    {
        CliRun run = await CliRun.RunAsync(
            Instant.FromUtc(2025, 2, 27, 18, 0),
            "convert",
            "8.8 billion yen",
            "--to",
            "USD"
        );

        run.ShouldSucceed();
        run.Out.Should().Contain("58,825,751.29 USD").And.Contain("(ECB, 2025-02-27, daily");
    }

    [Fact]
    public async Task Convert_WithoutOnAfterTheDataEnds_FailsWithExit1ExplainingTheLastDate()
    {
        CliRun run = await CliRun.RunAsync("convert", "8.8 billion yen", "--to", "USD");

        run.ShouldFailWith(1, "No exchange rate from JPY to USD for 2026-11-26", "2026-04-13", "--on DATE");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Convert_Saturday_UsesFridaysRateAndSaysSo()
    {
        CliRun run = await CliRun.RunAsync("convert", "8.8 billion yen", "--to", "USD", "--on", "2025-03-01");

        run.ShouldSucceed();
        run.Out.Should()
            .Contain(
                "(ECB, 2025-02-28 for 2025-03-01 (1 day old), daily, via EUR: 1 EUR = 156.96 JPY, 1 EUR = 1.0411 USD)"
            );
    }

    [Theory]
    [InlineData("over $12.4 billion", "over ", "at-least")]
    [InlineData("up to 78 billion yen", "up to ", "at-most")]
    [InlineData("approximately 63.3 million US dollars", "approx. ", "approximately")]
    public async Task Convert_QualifiedAmount_KeepsTheQualifier(string phrase, string tableWord, string jsonName)
    {
        CliRun table = await CliRun.RunAsync("convert", phrase, "--to", "EUR", "--on", "2025-03-05");
        CliRun json = await CliRun.RunAsync("convert", phrase, "--to", "EUR", "--on", "2025-03-05", "--format", "json");

        table.ShouldSucceed();
        table.Out.Should().MatchRegex("│ +" + tableWord + @"[\d,.]+ EUR │");
        json.ShouldSucceed();
        json.Json().GetProperty("original").GetProperty("qualifier").GetString().Should().Be(jsonName);
        json.Json().GetProperty("converted").GetProperty("qualifier").GetString().Should().Be(jsonName);
    }

    [Fact]
    public async Task Convert_Inverse_ShowsThePublishedRate()
    {
        CliRun run = await CliRun.RunAsync("convert", "USD 1,047,700", "--to", "EUR", "--on", "2025-02-27");

        run.ShouldSucceed();
        run.Out.Should().Contain("1,000,000.00 EUR").And.Contain("inverse of 1 EUR = 1.0477 USD");
    }

    [Fact]
    public async Task Convert_AnnualAverageBasis_UsesTheImfAndCreditsIt()
    {
        CliRun run = await CliRun.RunAsync(
            "convert",
            "1000 UAH",
            "--to",
            "USD",
            "--on",
            "2024-06-30",
            "--basis",
            "annual-average",
            "--format",
            "json"
        );

        run.ShouldSucceed();
        JsonElement rate = run.Json().GetProperty("rates")[0];
        rate.GetProperty("source").GetString().Should().Be("IMF");
        rate.GetProperty("basis").GetString().Should().Be("annual-average");
        rate.GetProperty("usedDate").GetString().Should().Be("2024-12-31");
        run.Json().GetProperty("credits")[0].GetString().Should().StartWith("Source: International Monetary Fund");
    }

    [Fact]
    public async Task Convert_DefaultSourceForACurrencyTheEcbLacks_FallsBackToTheImf()
    {
        CliRun run = await CliRun.RunAsync("convert", "1000 UAH", "--to", "USD", "--on", "2024-06-28");

        run.ShouldSucceed();
        run.Out.Should().Contain("(IMF, 2024 annual average").And.Contain("Source: International Monetary Fund");
    }

    [Fact]
    public async Task Convert_SameCurrency_ListsNoRate()
    {
        CliRun run = await CliRun.RunAsync("convert", "$5", "--to", "USD", "--on", "2025-02-27", "--format", "json");

        run.ShouldSucceed();
        run.Json().GetProperty("converted").GetProperty("value").GetString().Should().Be("5.00");
        run.Json().GetProperty("rates").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Convert_RatesFromALongCsvFile_UsesTheFileAndNamesIt()
    {
        using var folder = new TempFolder();
        string file = folder.Write("treasury.csv", "date,base,quote,rate\n2025-02-27,USD,JPY,150\n");

        CliRun run = await CliRun.RunAsync(
            "convert",
            "JPY 15,000",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--rates",
            file
        );

        run.ShouldSucceed();
        run.Out.Should()
            .Contain("100.00 USD")
            .And.Contain("treasury, 2025-02-27, daily")
            .And.Contain("Rates from the file " + file);
    }

    [Fact]
    public async Task Convert_RatesFromAnEcbCsvFile_UsesTheFile()
    {
        using var folder = new TempFolder();
        string file = folder.Write("eurofxref.csv", "Date,USD,JPY,\n2025-02-27,1.0477,156.73,\n");

        CliRun run = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--rates",
            file
        );

        run.ShouldSucceed();
        run.Out.Should().Contain("58,825,751.29 USD");
    }

    [Fact]
    public async Task Convert_MalformedRateFile_FailsWithExit1NamingFileAndLine()
    {
        using var folder = new TempFolder();
        string file = folder.Write("bad.csv", "date,base,quote,rate\n2025-02-27,USD,JPY,abc\n");

        CliRun run = await CliRun.RunAsync(
            "convert",
            "JPY 15,000",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--rates",
            file
        );

        run.ShouldFailWith(1, file + ", line 2", "abc");
    }

    [Fact]
    public async Task Convert_RatesFileThatDoesNotExist_FailsWithExit1()
    {
        CliRun run = await CliRun.RunAsync(
            "convert",
            "JPY 15,000",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--rates",
            "no-such-rates.csv"
        );

        run.ShouldFailWith(
            1,
            "--rates 'no-such-rates.csv' is not default, ecb, nbu or imf, and no file of that name exists"
        );
    }

    [Theory]
    [InlineData(new[] { "convert", "12 bananas", "--to", "USD" }, "'12 bananas' is not an amount", "bananas")]
    [InlineData(new[] { "convert", "12 USD", "--to", "XYZ" }, "--to 'XYZ' is not a known currency code")]
    [InlineData(new[] { "convert", "12 USD", "--to", "EUR", "--on", "2025-02-30" }, "--on '2025-02-30' is not a date")]
    [InlineData(new[] { "convert", "12 USD" }, "convert needs --to CUR")]
    [InlineData(
        new[] { "convert", "12 USD", "--to", "EUR", "--basis", "weekly" },
        "--basis 'weekly' is not a rate basis"
    )]
    [InlineData(
        new[] { "convert", "12 USD", "--to", "EUR", "--format", "csv" },
        "--format 'csv' is not offered here; use table or json"
    )]
    [InlineData(new[] { "convert", "--to", "EUR" }, "usage error", "AMOUNT")]
    public async Task Convert_UsageError_FailsWithExit2NamingTheValue(string[] args, params string[] expected)
    {
        CliRun run = await CliRun.RunAsync(args);

        run.ShouldFailWith(2, expected);
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Convert_EcbBasisAnnualAverage_FailsWithExit1SayingTheEcbHasDailyRatesOnly()
    {
        CliRun run = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--rates",
            "ecb",
            "--basis",
            "annual-average"
        );

        run.ShouldFailWith(1, "ECB has Daily rates only");
    }

    [Fact]
    public async Task Convert_OutputFile_WritesTheJsonThereAndNothingToStandardOutput()
    {
        using var folder = new TempFolder();
        string file = folder.File("converted.json");

        CliRun run = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--format",
            "json",
            "-o",
            file
        );

        run.ShouldSucceed();
        run.Out.Should().BeEmpty();
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        json.RootElement.GetProperty("converted").GetProperty("value").GetString().Should().Be("58825751.29");
        folder.FileNames.Should().Equal("converted.json");
    }

    [Fact]
    public async Task Convert_TableToOutputFile_IsPlainText()
    {
        using var folder = new TempFolder();
        string file = folder.File("converted.txt");

        CliRun run = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "-o",
            file
        );

        run.ShouldSucceed();
        string text = File.ReadAllText(file);
        text.Should()
            .Contain("│ 8,800,000,000 JPY │ 58,825,751.29 USD │")
            .And.Contain("Source: European Central Bank")
            .And.NotContain("\u001b[");
    }

    [Fact]
    public async Task Convert_OutputFileWhenTheRateIsMissing_LeavesTheExistingFileUntouched()
    {
        using var folder = new TempFolder();
        string file = folder.Write("converted.json", "previous content");

        CliRun run = await CliRun.RunAsync("convert", "8.8 billion yen", "--to", "USD", "--format", "json", "-o", file);

        run.ShouldFailWith(1, "No exchange rate");
        File.ReadAllText(file).Should().Be("previous content");
        folder.FileNames.Should().Equal("converted.json");
    }

    [Fact]
    public async Task Convert_OutputFileInAFolderThatDoesNotExist_FailsWithExit1()
    {
        using var folder = new TempFolder();
        string file = Path.Combine(folder.Path, "missing", "out.json");

        CliRun run = await CliRun.RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "-o",
            file
        );

        run.ShouldFailWith(1, "cannot write", "does not exist");
        folder.FileNames.Should().BeEmpty();
    }
}

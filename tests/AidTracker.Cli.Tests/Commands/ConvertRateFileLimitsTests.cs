namespace AidTracker.Cli.Tests.Commands;

/// <summary>Issue 12, item 2: <c>--rates</c> files are read as streams with a bound on a line, and errors quote input
/// briefly.</summary>
public class ConvertRateFileLimitsTests
{
    [Fact]
    public async Task Convert_RatesFromDevZero_FailsWithExit1SayingItIsNotText()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "/dev/zero exists on Linux and macOS only.");

        CliRun run = await CliRun.RunAsync(
            "convert",
            "5 USD",
            "--to",
            "EUR",
            "--on",
            "2020-01-02",
            "--rates",
            "/dev/zero"
        );

        run.ShouldFailWith(1, "/dev/zero, line 1: the file holds NUL characters, so it is not a text CSV file");
        run.Error.Length.Should().BeLessThan(300);
    }

    [Fact]
    public async Task Convert_RatesFileOfOneHugeLine_FailsWithExit1AndAShortMessage()
    {
        using var folder = new TempFolder();
        string file = folder.Write("one-line.csv", "date,base,quote,rate," + new string('9', 3_000_000));

        CliRun run = await CliRun.RunAsync("convert", "5 USD", "--to", "EUR", "--on", "2020-01-02", "--rates", file);

        run.ShouldFailWith(
            1,
            file + ", line 1: The line is longer than 65,536 characters",
            "it starts 'date,base,quote,rate,999"
        );
        run.Error.Length.Should().BeLessThan(300 + file.Length);
    }

    [Fact]
    public async Task Convert_RatesFileWithAHugeBadValue_QuotesItShort()
    {
        using var folder = new TempFolder();
        string file = folder.Write(
            "bad.csv",
            "date,base,quote,rate\n2020-01-02,EUR,USD,1.1\u001F" + new string('5', 60_000) + "\n"
        );

        CliRun run = await CliRun.RunAsync("convert", "5 USD", "--to", "EUR", "--on", "2020-01-02", "--rates", file);

        run.ShouldFailWith(1, file + @", line 2: The EUR/USD rate '1.1\u001F555", "…' is not a number.");
        run.Error.Length.Should().BeLessThan(300 + file.Length);
    }
}

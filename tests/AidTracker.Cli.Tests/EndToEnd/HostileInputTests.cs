using System.Diagnostics;
using System.Text;

namespace AidTracker.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 12 through the built tool: output files that are inputs, pipes and standard input, totals too large for a
/// decimal, unbounded rate files, signals. Each asserts the exit code, standard error and the files left on disk. POSIX
/// only (signals, FIFOs, file modes, <c>/dev/stdin</c>): the project's CI runs on Linux.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string[]> SameFileCases =>
        new()
        {
            { "summarize", ["summarize", "{L}", "--to", "USD", "-o", "{L}"] },
            { "validate", ["validate", "{L}", "-o", "{L}"] },
            { "dot-dot", ["validate", "{L}", "-o", "{DIR}/sub/../L.json"] },
            { "symlink", ["validate", "{L}", "-o", "{DIR}/link.json"] },
            { "hard link", ["summarize", "{L}", "-o", "{DIR}/hard.json"] },
            {
                "rates file",
                [
                    "convert",
                    "5 USD",
                    "--to",
                    "EUR",
                    "--on",
                    "2020-01-02",
                    "--rates",
                    "{DIR}/rates.csv",
                    "-o",
                    "{DIR}/rates.csv",
                ]
            },
        };

    [Theory]
    [MemberData(nameof(SameFileCases))]
    public async Task Output_SameFileAsAnInput_IsRefusedWithExit2AndTheInputIsKept(string name, string[] template)
    {
        string ledger = _folder.Write("L.json", File.ReadAllText(CliRun.Sample));
        string rates = _folder.Write("rates.csv", "date,base,quote,rate\n2020-01-02,EUR,USD,1.1193\n");
        Directory.CreateDirectory(_folder.File("sub"));
        File.CreateSymbolicLink(_folder.File("link.json"), ledger);
        Link(ledger, _folder.File("hard.json"));
        byte[] before = File.ReadAllBytes(ledger);
        string[] args =
        [
            .. template.Select(a =>
                a.Replace("{L}", ledger, StringComparison.Ordinal)
                    .Replace("{DIR}", _folder.Path, StringComparison.Ordinal)
            ),
        ];

        (int exitCode, string output, string error) = await ToolProcess.RunAsync(args);

        exitCode.Should().Be(2, name + ": " + error);
        output.Should().BeEmpty();
        error
            .Should()
            .StartWith("aidtracker: the output file '")
            .And.Contain("is the input '")
            .And.Contain("nothing was written");
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        File.ReadAllBytes(ledger).Should().Equal(before);
        File.ReadAllText(rates).Should().StartWith("date,base,quote,rate");
    }

    [Fact]
    public async Task ImportIati_OutputIsTheXml_IsRefusedAndTheXmlIsKept()
    {
        string xml = _folder.Write("x.xml", File.ReadAllText(CliRun.Iati("usaid-bo.xml")));

        (int exitCode, _, string error) = await ToolProcess.RunAsync(["import", "iati", xml, "-o", xml]);

        exitCode.Should().Be(2, error);
        File.ReadAllText(xml).Should().Contain("iati-activities");
    }

    [Fact]
    public async Task Output_ExistingFile_KeepsItsModeAndASymlinkStaysALink()
    {
        string target = _folder.Write("summary.txt", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string link = _folder.File("summary-link.txt");
        File.CreateSymbolicLink(link, target);

        (int exitCode, _, string error) = await ToolProcess.RunAsync([
            "summarize",
            CliRun.Sample,
            "--format",
            "csv",
            "-o",
            link,
        ]);

        exitCode.Should().Be(0, error);
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        new FileInfo(link).LinkTarget.Should().Be(target, "the link is written through, not replaced");
        File.ReadAllText(target).Should().StartWith("count,value,currency,qualifier,complete");
        _folder.FileNames.Should().NotContain(n => n.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dash_ReadsTheLedgerFromStandardInput()
    {
        (int validateExit, string validateOut, string validateError) = await ToolProcess.RunAsync(
            ["validate", "-"],
            CliRun.Sample
        );
        (int summaryExit, string summaryOut, string summaryError) = await ToolProcess.RunAsync(
            ["summarize", "-", "--to", "USD", "--format", "csv"],
            CliRun.Sample
        );

        validateExit.Should().Be(0, validateError);
        validateOut.Should().Contain("standard input: valid: 0 errors, 0 warnings in 8 records.");
        summaryExit.Should().Be(0, summaryError);
        summaryOut.Should().Contain("1,12400000000.00,USD,at-least,true");
    }

    [Fact]
    public async Task DevStdin_AStreamThatCannotSeek_IsRead()
    {
        (int exitCode, string output, string error) = await ToolProcess.RunAsync(
            ["validate", "/dev/stdin"],
            CliRun.Sample
        );

        exitCode.Should().Be(0, error);
        output.Should().Contain("valid: 0 errors");
    }

    [Theory]
    [InlineData("792281625142643375935439504", 1, "The overall total in USD is about 7.92E+26")]
    [InlineData("7900000000000000000000000000", 20, "The overall total in USD is about 1.58E+29")]
    public async Task Summarize_TotalTooLargeForADecimal_Exits1NamingTheTotal(string value, int count, string expected)
    {
        var records = string.Join(
            ",",
            Enumerable
                .Range(0, count)
                .Select(i =>
                    "{\"id\":\"c-"
                    + i
                    + "\",\"title\":\"C\",\"donor\":\"JPN\",\"recipient\":\"UKR\",\"amount\":{\"value\":\""
                    + value
                    + "\",\"currency\":\"USD\"},"
                    + "\"stage\":\"committed\","
                    + "\"date\":\"2020-01-02\",\"category\":\"recovery\",\"instrument\":\"grant\"}"
                )
        );
        string ledger = _folder.Write("big.json", "{\"schemaVersion\":1,\"commitments\":[" + records + "]}");

        (int summarizeExit, _, string summarizeError) = await ToolProcess.RunAsync([
            "summarize",
            ledger,
            "--to",
            "USD",
        ]);
        (int validateExit, string validateOut, _) = await ToolProcess.RunAsync(["validate", ledger]);

        summarizeExit.Should().Be(1, summarizeError);
        summarizeError.Should().StartWith("aidtracker: " + expected).And.NotContain("internal error");
        validateExit.Should().Be(0);
        validateOut.Should().Contain("warning amounts-may-overflow");
    }

    [Fact]
    public async Task Convert_ResultTooLargeForADecimal_Exits1NamingTheConversion()
    {
        (int exitCode, _, string error) = await ToolProcess.RunAsync([
            "convert",
            "7.9e26 USD",
            "--to",
            "JPY",
            "--on",
            "2020-01-02",
        ]);

        exitCode.Should().Be(1, error);
        error
            .Should()
            .StartWith("aidtracker: Converting USD 790,000,000,000,000,000,000,000,000.00 to JPY at 1 USD = ");
    }

    [Fact]
    public async Task Convert_NegativeAmount_IsAnAmountNotAnOption()
    {
        (int exitCode, string output, string error) = await ToolProcess.RunAsync([
            "convert",
            "-5 USD",
            "--to",
            "JPY",
            "--on",
            "2020-01-02",
        ]);

        exitCode.Should().Be(0, error);
        output.Should().Contain("-5.00 USD").And.Contain("-544 JPY");
    }

    [Fact]
    public async Task Convert_NegativeYear_IsAUsageError()
    {
        (int exitCode, _, string error) = await ToolProcess.RunAsync([
            "convert",
            "5 USD",
            "--to",
            "JPY",
            "--on",
            "-0001-01-01",
        ]);

        exitCode.Should().Be(2, error);
        error
            .Should()
            .Be(
                "aidtracker: --on '-0001-01-01' is not a date; write it as yyyy-MM-dd with a year from 0001 to 9999, "
                    + "e.g. 2025-02-27. (see aidtracker convert --help)"
                    + Environment.NewLine
            );
    }

    [Fact]
    public async Task Convert_RatesFromDevZero_FailsAtOnceWithABoundedMessage()
    {
        (int exitCode, _, string error) = await ToolProcess.RunAsync([
            "convert",
            "5 USD",
            "--to",
            "EUR",
            "--on",
            "2020-01-02",
            "--rates",
            "/dev/zero",
        ]);

        exitCode.Should().Be(1, error);
        error.Should().StartWith("aidtracker: /dev/zero, line 1: the file holds NUL characters");
        error.Length.Should().BeLessThan(300);
    }

    [Fact]
    public async Task Interrupt_BlockedOnAFifoWithNoWriter_EndsTheProcessWith130()
    {
        string fifo = _folder.File("ledger.fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using Process tool = ToolProcess.Start(withDefaultInterrupt: true, "validate", fifo);
        // started and blocked in open()
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        ToolProcess.Signal(tool, "INT");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        await tool.WaitForExitAsync(timeout.Token);

        tool.ExitCode.Should().Be(130);
        (await tool.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken))
            .Should()
            .Contain("aidtracker: cancelled.");
    }

    [Fact]
    public async Task Terminate_WhileReadingAPipe_Exits143AndLeavesNoTemporaryFile()
    {
        string output = _folder.File("out.json");
        using Process tool = ToolProcess.Start("summarize", "-", "--to", "USD", "--format", "json", "-o", output);
        byte[] start = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"commitments\":[");
        await tool.StandardInput.BaseStream.WriteAsync(start, TestContext.Current.CancellationToken);
        await tool.StandardInput.BaseStream.FlushAsync(TestContext.Current.CancellationToken); // the rest never comes
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        ToolProcess.Signal(tool, "TERM");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        await tool.WaitForExitAsync(timeout.Token);

        tool.ExitCode.Should().Be(143);
        File.Exists(output).Should().BeFalse();
        _folder.FileNames.Should().BeEmpty("no temporary file stays behind");
    }

    private static void Link(string existing, string link)
    {
        using var ln = Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        ln.ExitCode.Should().Be(0);
    }
}

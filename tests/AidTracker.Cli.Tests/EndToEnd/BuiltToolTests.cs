using System.Text.Json;

namespace AidTracker.Cli.Tests.EndToEnd;

/// <summary>
/// A few runs of the built tool as a separate process (<c>dotnet AidTracker.Cli.dll ...</c>, the same program the .NET
/// tool package installs as <c>aidtracker</c>): real standard streams that are not terminals, real exit codes, the real
/// clock.
/// </summary>
public class BuiltToolTests
{
    [Fact]
    public async Task BuiltTool_ConvertWorkedExample_PrintsTheResultAndNoProgressOnARedirectedStandardError()
    {
        (int exitCode, string output, string error) = await RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27"
        );

        exitCode.Should().Be(0, error);
        output
            .Should()
            .Contain("58,825,751.29 USD")
            .And.Contain("(ECB, 2025-02-27, daily, via EUR: 1 EUR = 156.73 JPY, 1 EUR = 1.0477 USD)");
        error.Should().BeEmpty("standard error is not a terminal, so no progress bar is drawn");
    }

    [Fact]
    public async Task BuiltTool_SummarizeThePackageAsJson_IsTheWorkedExampleAndValidAgainstTheContract()
    {
        (int exitCode, string output, string error) = await RunAsync(
            "summarize",
            "samples/japan-ukraine.ledger.json",
            "--to",
            "USD",
            "--by",
            "fiscal-year",
            "--id",
            "jp-ua-erp-4",
            "--format",
            "json"
        );

        exitCode.Should().Be(0, error);
        error.Should().BeEmpty();
        using JsonDocument json = JsonDocument.Parse(output);
        CliContract.Validate(json.RootElement, "summarize");
        json.RootElement.GetProperty("groups")[0]
            .GetProperty("key")
            .GetProperty("fiscal-year")
            .GetString()
            .Should()
            .Be("FY2024");
        json.RootElement.GetProperty("totals")[0].GetProperty("value").GetString().Should().Be("58825751.29");
    }

    [Fact]
    public async Task BuiltTool_ConvertJson_IsValidAgainstTheContract()
    {
        (int exitCode, string output, string error) = await RunAsync(
            "convert",
            "8.8 billion yen",
            "--to",
            "USD",
            "--on",
            "2025-02-27",
            "--format",
            "json"
        );

        exitCode.Should().Be(0, error);
        using JsonDocument json = JsonDocument.Parse(output);
        CliContract.Validate(json.RootElement, "convert");
        json.RootElement.GetProperty("converted").GetProperty("value").GetString().Should().Be("58825751.29");
    }

    [Fact]
    public async Task BuiltTool_InvalidDataAndUsageErrors_ExitWith1And2AndOneLineEach()
    {
        (int missingExit, string missingOut, string missingError) = await RunAsync("validate", "no-such.ledger.json");
        (int usageExit, _, string usageError) = await RunAsync("convert", "8.8 billion yen", "--to", "USD", "--bogus");

        missingExit.Should().Be(1);
        missingOut.Should().BeEmpty();
        missingError.Should().Be("aidtracker: cannot read 'no-such.ledger.json': no such file." + Environment.NewLine);
        usageExit.Should().Be(2);
        usageError
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should()
            .ContainSingle()
            .Which.Should()
            .Contain("Unknown option 'bogus'");
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        ToolProcess.RunAsync(args);
}

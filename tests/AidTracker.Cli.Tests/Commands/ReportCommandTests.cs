namespace AidTracker.Cli.Tests.Commands;

/// <summary><c>report LEDGER -o FILE</c> and <c>chart LEDGER --kind K -o FILE</c>: the HTML report and its
/// charts.</summary>
public class ReportCommandTests
{
    [Fact]
    public async Task Report_Sample_WritesTheHtmlWithTheHeadlineAndTheCommand()
    {
        using var folder = new TempFolder();
        string output = folder.File("report.html");

        CliRun run = await CliRun.RunAsync(
            "report",
            CliRun.Sample,
            "--to",
            "USD",
            "--title",
            "Japan & Ukraine",
            "--by",
            "fiscal-year",
            "-o",
            output
        );

        run.ShouldSucceed();
        string html = await File.ReadAllTextAsync(output);
        html.Should()
            .StartWith("<!DOCTYPE html>")
            .And.Contain("over 12,400,000,000.00 USD")
            .And.Contain("<h1>Japan &amp; Ukraine</h1>");
        html.Should().Contain("Committed by fiscal-year").And.Contain("<td>FY2024</td>");
        html.Should()
            .Contain("Command: <code>aidtracker report ")
            .And.Contain("--title &quot;Japan &amp; Ukraine&quot;");
        folder.FileNames.Should().Equal("report.html");
    }

    [Fact]
    public async Task Report_PngCharts_EmbedsThreePictures()
    {
        using var folder = new TempFolder();
        string output = folder.File("report.html");

        CliRun run = await CliRun.RunAsync("report", CliRun.Sample, "--chart-format", "png", "-o", output);

        run.ShouldSucceed();
        System
            .Text.RegularExpressions.Regex.Count(
                await File.ReadAllTextAsync(output),
                "src=\"data:image/png;base64,iVBORw0KGgo"
            )
            .Should()
            .Be(3);
    }

    private const string KpwLedger = """
        {"schemaVersion": 1, "commitments": [{"id": "won", "title": "Won", "donor": "JPN", "recipient": "UKR",
          "amount": {"value": "5000", "currency": "KPW"}, "stage": "committed", "date": "2020-02-15",
          "category": "recovery", "instrument": "grant"}]}
        """;

    [Fact]
    public async Task Report_UnconvertibleAmount_IsInvalidDataAndWritesNothing()
    {
        using var folder = new TempFolder();
        string ledger = folder.Write("kpw.ledger.json", KpwLedger);
        string output = folder.File("report.html");

        CliRun run = await CliRun.RunAsync("report", ledger, "-o", output);

        run.ShouldFailWith(
            1,
            "1 amount could not be converted into USD (no rate), so the report would leave them out; "
                + $"nothing was written to {output}. Give --allow-incomplete to write the report anyway"
        );
        folder.FileNames.Should().Equal("kpw.ledger.json");
    }

    [Fact]
    public async Task Report_UnconvertibleAmountAllowIncomplete_WritesTheReportAndWarns()
    {
        using var folder = new TempFolder();
        string ledger = folder.Write("kpw.ledger.json", KpwLedger);

        CliRun run = await CliRun.RunAsync("report", ledger, "--allow-incomplete", "-o", folder.File("report.html"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should()
            .Be(
                "aidtracker: warning: 1 amount could not be converted into USD; the report lists them "
                    + "under \"Not converted\" and leaves them out of its totals and charts."
                    + Environment.NewLine
            );
        (await File.ReadAllTextAsync(folder.File("report.html")))
            .Should()
            .Contain("5,000.00 KPW")
            .And.Contain("nothing converted");
    }

    [Fact]
    public async Task Chart_UnconvertibleAmount_IsInvalidDataUnlessAllowed()
    {
        using var folder = new TempFolder();
        string ledger = folder.Write("kpw.ledger.json", KpwLedger);

        CliRun refused = await CliRun.RunAsync("chart", ledger, "-o", folder.File("chart.svg"));
        CliRun allowed = await CliRun.RunAsync("chart", ledger, "--allow-incomplete", "-o", folder.File("chart.svg"));

        refused.ShouldFailWith(
            1,
            "1 amount could not be converted into USD (no rate), so the chart would leave them out"
        );
        allowed.ExitCode.Should().Be(0, allowed.Error);
        allowed.Error.Should().Contain("the chart leaves them out (never drawn as zero)");
        folder.FileNames.Should().BeEquivalentTo("kpw.ledger.json", "chart.svg");
    }

    [Theory]
    [InlineData(new[] { "report", "SAMPLE" }, "give -o FILE for the HTML report")]
    [InlineData(
        new[] { "report", "SAMPLE", "--chart-format", "gif", "-o", "r.html" },
        "--chart-format 'gif' is not offered; use svg or png."
    )]
    [InlineData(new[] { "report", "SAMPLE", "--to", "XYZ", "-o", "r.html" }, "--to 'XYZ' is not a known currency code")]
    [InlineData(
        new[] { "report", "SAMPLE", "--by", "colour", "-o", "r.html" },
        "--by 'colour' is not a key to group by"
    )]
    [InlineData(new[] { "report", "SAMPLE", "--title", " ", "-o", "r.html" }, "--title is empty")]
    [InlineData(new[] { "report", "SAMPLE", "-o", "SAMPLE" }, "is the input")]
    [InlineData(new[] { "chart", "SAMPLE", "-o", "chart.gif" }, "does not end in .png or .svg")]
    [InlineData(
        new[] { "chart", "SAMPLE", "--kind", "pie", "-o", "chart.png" },
        "--kind 'pie' is not a chart; use cumulative, by-year or committed-disbursed."
    )]
    [InlineData(
        new[] { "chart", "SAMPLE", "--width", "10", "-o", "chart.png" },
        "--width '10' is not a size in pixels"
    )]
    public async Task ReportAndChart_BadOption_IsAUsageErrorAndWritesNothing(string[] args, string message)
    {
        using var folder = new TempFolder();
        string[] resolved =
        [
            .. args.Select(a =>
                a == "SAMPLE" ? CliRun.Sample
                : a.Contains('.') ? folder.File(a)
                : a
            ),
        ];

        CliRun run = await CliRun.RunAsync(resolved);

        run.ShouldFailWith(2, message);
        folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task Report_InvalidLedger_IsInvalidDataAndWritesNothing()
    {
        using var folder = new TempFolder();
        string ledger = folder.Write("bad.ledger.json", """{"schemaVersion": 1, "commitments": [{"id": "x"}]}""");

        CliRun run = await CliRun.RunAsync("report", ledger, "-o", folder.File("report.html"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("bad.ledger.json");
        folder.FileNames.Should().Equal("bad.ledger.json");
    }

    [Theory]
    [InlineData("cumulative", "chart.svg", "Cumulative commitments and disbursements")]
    [InlineData("by-year", "chart.svg", "Commitments by fiscal year (Japan)")]
    [InlineData("committed-disbursed", "chart.svg", "Committed and disbursed by donor")]
    public async Task Chart_Svg_HasTheChartsTitle(string kind, string file, string title)
    {
        using var folder = new TempFolder();

        CliRun run = await CliRun.RunAsync("chart", CliRun.Sample, "--kind", kind, "-o", folder.File(file));

        run.ShouldSucceed();
        (await File.ReadAllTextAsync(folder.File(file))).Should().Contain("<svg").And.Contain(title);
    }

    [Fact]
    public async Task Chart_Png_WritesAPngOfTheGivenSize()
    {
        using var folder = new TempFolder();

        CliRun run = await CliRun.RunAsync(
            "chart",
            CliRun.Sample,
            "--width",
            "640",
            "--height",
            "320",
            "-o",
            folder.File("chart.png")
        );

        run.ShouldSucceed();
        byte[] png = await File.ReadAllBytesAsync(folder.File("chart.png"));
        png.Take(4).Should().Equal(0x89, 0x50, 0x4E, 0x47);
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().Be(640);
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).Should().Be(320);
    }
}

using System.Text.RegularExpressions;
using AidTracker.Tests.Shared;
using Microsoft.Playwright;

namespace AidTracker.Reports.Tests.Browser;

/// <summary>The report as a reader sees it: opened in headless Chromium, offline, asserting on the rendered
/// page.</summary>
public sealed partial class ReportInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly ReportOptions Usd = new(Currency.USD) { Title = "Japan's assistance to Ukraine" };

    [Fact]
    public async Task SampleReport_Headline_ShowsTheQualifiedTotal()
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(browser.Require(), TestLedgers.Sample(), Usd);

        (await report.Page.Locator("#headline-committed .total").InnerTextAsync())
            .Should()
            .Be("over 12,400,000,000.00 USD");
        (await report.Page.Locator("h1").InnerTextAsync()).Should().Be("Japan's assistance to Ukraine");
        (await report.Page.Locator("#headline .counts").InnerTextAsync())
            .Should()
            .Contain("3 itemised inside a counted parent (not added again)");
        (await report.Page.Locator("#headline .headline").EvaluateAsync<string>("e => getComputedStyle(e).display"))
            .Should()
            .Be("flex", "the inline style sheet is allowed by its hash in the content security policy");
    }

    [Fact]
    public async Task SampleReport_ReconciliationRow_ShowsTheYenPackageAt7Point6Percent()
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(browser.Require(), TestLedgers.Sample(), Usd);

        ILocator row = report.Page.Locator("#reconciliation tr[data-record='jp-ua-erp-4']");
        string[] cells = [.. await row.Locator("td").AllInnerTextsAsync()];
        cells
            .Should()
            .Equal(
                "jp-ua-erp-4",
                "8,800,000,000 JPY",
                "approximately 63,300,000.00 USD",
                "58,825,751.29 USD",
                "holds",
                "+7.6% (4,474,248.71 USD)",
                "139.020537 JPY per USD",
                "149.59435 JPY per USD (ECB, 2025-02-27)"
            );
    }

    [Fact]
    public async Task SampleReport_TotalsRow_ShowsTheQualifiedTotalAgainstItsParts()
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(browser.Require(), TestLedgers.Sample(), Usd);

        ILocator row = report.Page.Locator("#reconciliation table.totals tr[data-record='jp-ua-cumulative-2025-03']");
        string[] cells = [.. await row.Locator("td").AllInnerTextsAsync()];
        cells
            .Should()
            .Equal(
                "jp-ua-cumulative-2025-03",
                "over 12,400,000,000.00 USD",
                "over 548,046,420.50 USD",
                "2 (+1 up to)",
                "cannot be decided",
                "+2162.6% (11,851,953,579.50 USD)",
                "1 part stated as a ceiling (up to) left out of the lower bound"
            );
        (await report.Page.Locator("#reconciliation h3").InnerTextAsync())
            .Should()
            .Be("Totals checked against their itemised parts");
    }

    [Fact]
    public async Task SampleReport_Records_AreCollapsibleWithSourceLinksAndRates()
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(browser.Require(), TestLedgers.Sample(), Usd);

        ILocator details = report.Page.Locator("#records details.donor");
        (await details.CountAsync()).Should().Be(1);
        (await report.Page.Locator("#records tr[data-record='jp-ua-erp-4']").IsVisibleAsync())
            .Should()
            .BeFalse("the records are collapsed until opened");
        await details.Locator("summary").ClickAsync();
        string row = await report.Page.Locator("#records tr[data-record='jp-ua-erp-4']").InnerTextAsync();
        row.Should()
            .Contain("58,825,751.29 USD")
            .And.Contain("ECB")
            .And.Contain("itemised inside jp-ua-cumulative-2025-03");
        (
            await report
                .Page.Locator("#records a[href='https://www.mofa.go.jp/press/release/press1e_000289.html']")
                .CountAsync()
        )
            .Should()
            .Be(1);
        (await report.Page.Locator("#rates .credits").InnerTextAsync())
            .Should()
            .Contain("Source: European Central Bank");
    }

    [Fact]
    public async Task SampleReport_Page_MakesNoRequestButItsOwnFile()
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(
            browser.Require(),
            TestLedgers.Sample(),
            Usd with
            {
                ChartFormat = ChartFormat.Png,
            }
        );

        report.Requests.Should().ContainSingle().Which.Should().StartWith("file://");
        (await report.Page.Locator("img.chart").CountAsync()).Should().Be(3);
        (await report.Page.Locator("img.chart").First.EvaluateAsync<int>("i => i.naturalWidth"))
            .Should()
            .Be(900, "the PNG is a data: URL that decodes");
    }

    [Fact]
    public async Task CumulativeChart_ThreeMonths_HasThreePointsAndCurrencyAxisLabels()
    {
        Ledger ledger = TestLedgers.Of([
            ("a", "JPN", "2024-01-10", "1250000", "USD"),
            ("b", "JPN", "2024-03-20", "2500000", "USD"),
        ]);
        await using OpenedReport report = await OpenedReport.OpenAsync(browser.Require(), ledger, Usd);

        ILocator svg = report.Page.Locator("#chart-cumulative svg");
        (await svg.Locator("ellipse").CountAsync()).Should().Be(3);
        string[] texts = [.. (await svg.Locator("text").AllTextContentsAsync()).Select(t => t.Trim())];
        texts.Should().Contain("Cumulative commitments and disbursements").And.Contain("Running total (USD)");
        texts.Should().Contain(t => GroupedNumber().IsMatch(t), "the amounts on the axis have group separators");
        (await report.Page.Locator("#chart-cumulative table tbody tr").CountAsync()).Should().Be(3);
        (await report.Page.Locator("#chart-cumulative table tbody tr").Last.TextContentAsync())
            .Should()
            .Contain("3,750,000.00 USD");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task SampleReport_Screenshot_IsNotBlankAndDoesNotScrollSideways(int width, int height)
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(
            browser.Require(),
            TestLedgers.Sample(),
            Usd,
            width,
            height
        );

        (await report.ScrollsHorizontallyAsync())
            .Should()
            .BeFalse("these stick out: {0}", await report.OverflowingAsync());
        (byte[] png, double ink, int colours) = await report.ScreenshotAsync();
        ink.Should().BeGreaterThan(0.03, "the window shows text and boxes");
        colours.Should().BeGreaterThan(20);
        string folder = Path.Combine(RepoPaths.Root, "artifacts", "report-screenshots");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, $"sample-report-{width}x{height}.png"), png);
    }

    [Theory]
    [InlineData(794)] // A4: 210 mm at 96 dpi
    [InlineData(816)] // Letter: 8.5 in at 96 dpi
    public async Task SampleReport_Printed_FitsThePageWidth(int pageWidth)
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(
            browser.Require(),
            TestLedgers.Sample(),
            Usd,
            pageWidth,
            1100
        );

        await report.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await report.ScrollsHorizontallyAsync())
            .Should()
            .BeFalse("these stick out: {0}", await report.OverflowingAsync());
        byte[] pdf = await report.Page.PdfAsync(new PagePdfOptions { Format = pageWidth == 794 ? "A4" : "Letter" });
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
    }

    [Fact]
    public async Task EmptyLedger_Report_SaysSoAndStaysInTheWindow()
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(
            browser.Require(),
            TestLedgers.Of([]),
            Usd,
            390,
            844
        );

        (await report.Page.Locator("#headline-committed .total").InnerTextAsync()).Should().Be("none recorded");
        (await report.Page.Locator("#chart-cumulative svg ellipse").CountAsync()).Should().Be(0);
        (await report.Page.Locator("#chart-cumulative svg text").AllTextContentsAsync())
            .Select(t => t.Trim())
            .Should()
            .Contain("Nothing to draw");
        (await report.ScrollsHorizontallyAsync())
            .Should()
            .BeFalse("these stick out: {0}", await report.OverflowingAsync());
    }

    [Fact]
    public async Task SingleRecord_Report_HasOnePoint()
    {
        Ledger ledger = TestLedgers.Of([("only", "UKR", "2023-05-02", "8800000000", "JPY")]);
        await using OpenedReport report = await OpenedReport.OpenAsync(browser.Require(), ledger, Usd);

        (await report.Page.Locator("#chart-cumulative svg ellipse").CountAsync()).Should().Be(1);
        (await report.Page.Locator("#headline-committed .total").InnerTextAsync())
            .Should()
            .MatchRegex(@"^[0-9]{2},[0-9]{3},[0-9]{3}\.[0-9]{2} USD$");
    }

    [Fact]
    public async Task TenDonorsOverThirtyYears_Report_DrawsEveryLineAndFitsAPhone()
    {
        await using OpenedReport report = await OpenedReport.OpenAsync(
            browser.Require(),
            TestLedgers.TenDonorsThirtyYears(),
            Usd,
            390,
            844
        );

        // 12 lines (ten donors, all donors, disbursed) of 30 yearly points, but Australia's 31 (its fiscal year 2025
        // began on 2024-07-01), and one legend marker per line.
        (await report.Page.Locator("#chart-cumulative svg ellipse").CountAsync()).Should().Be((12 * 30) + 1 + 12);
        (await report.Page.Locator("#chart-committed-disbursed table tbody tr").CountAsync()).Should().Be(10);
        (await report.Page.Locator("#records details.donor").CountAsync()).Should().Be(10);
        (await report.ScrollsHorizontallyAsync())
            .Should()
            .BeFalse("these stick out: {0}", await report.OverflowingAsync());
    }

    [Fact]
    public async Task UnconvertibleAmount_Report_ListsItAndDoesNotDrawIt()
    {
        Ledger ledger = TestLedgers.Of([
            ("ok", "JPN", "2020-01-15", "100", "USD"),
            ("won", "JPN", "2020-02-15", "5000", "KPW"),
        ]);
        await using OpenedReport report = await OpenedReport.OpenAsync(browser.Require(), ledger, Usd);

        (await report.Page.Locator("#unconverted tbody tr").InnerTextAsync())
            .Should()
            .Contain("won")
            .And.Contain("5,000.00 KPW");
        (await report.Page.Locator("#chart-cumulative svg ellipse").CountAsync()).Should().Be(2);
        (await report.Page.Locator("#chart-cumulative figcaption").InnerTextAsync())
            .Should()
            .Contain("not drawn (never as zero)");
        (await report.Page.Locator("#headline-committed .total").InnerTextAsync()).Should().Be("100.00 USD");
    }

    [GeneratedRegex(@"^[0-9]{1,3}(,[0-9]{3})+$")]
    private static partial Regex GroupedNumber();
}

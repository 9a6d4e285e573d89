using AidTracker.Reports.Internal;

namespace AidTracker.Reports.Tests;

public class ReportBuilderTests
{
    private static readonly ReportOptions Usd = new(Currency.USD);

    [Fact]
    public void ToHtml_SampleLedger_HasTheHeadlineAndTheReconciliation()
    {
        string html = new ReportBuilder(TestLedgers.Sample(), Usd).ToHtml();

        html.Should().Contain("over 12,400,000,000.00 USD")
            .And.Contain("approximately 63,300,000.00 USD")
            .And.Contain("58,825,751.29 USD")
            .And.Contain("+7.6% (4,474,248.71 USD)")
            .And.Contain("Source: European Central Bank");
    }

    [Fact]
    public void ToHtml_HostileLedgerText_IsEncodedAndNeverALink()
    {
        Ledger ledger = TestLedgers.Of([("x", "JPN", "2025-02-27", "100", "USD")], title: "<script>alert('x')</script> & <img src=x onerror=alert(1)>", url: "javascript:alert(1)");

        string html = new ReportBuilder(ledger, Usd with { Title = "</title><script>bad()</script>" }).ToHtml();

        html.Should().NotContain("<script").And.NotContain("<img src=x").And.NotContain("href=\"javascript");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
    }

    [Fact]
    public void ToHtml_AnyLedger_ForbidsEveryFetchAndHasNoScript()
    {
        string html = new ReportBuilder(TestLedgers.Sample(), Usd).ToHtml();

        html.Should().Contain("default-src 'none'; style-src 'sha256-").And.NotContain("<script").And.NotContain("style=\"").And.NotContain("http-equiv=\"refresh\"");
        html.Should().NotContainAny("src=\"http", "url(http", "@import");
    }

    [Fact]
    public void RenderChart_Png_IsAPngPicture()
    {
        byte[] png = new ReportBuilder(TestLedgers.Sample(), Usd).RenderChart(ChartKind.Cumulative, ChartFormat.Png, 640, 360);

        png.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        png.Length.Should().BeGreaterThan(5_000);
    }

    [Fact]
    public void RenderChart_Svg_HasTitleAndAxisLabelInTheCurrency()
    {
        byte[] svg = new ReportBuilder(TestLedgers.Sample(), Usd).RenderChart(ChartKind.CommittedDisbursed, ChartFormat.Svg);

        string text = System.Text.Encoding.UTF8.GetString(svg);
        text.Should().Contain("<svg").And.Contain("Committed and disbursed by donor").And.Contain("Total (USD)").And.Contain("12,000,000,000");
    }

    [Fact]
    public void RenderChart_SizeOutOfRange_ThrowsNamingTheSize()
    {
        Action act = () => new ReportBuilder(TestLedgers.Sample(), Usd).RenderChart(ChartKind.ByYear, ChartFormat.Svg, 50, 400);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*200 to 8,000 pixels wide; 50 is outside*");
    }

    [Fact]
    public void Title_Empty_Throws()
    {
        Action act = () => _ = Usd with { Title = "  " };

        act.Should().Throw<ArgumentException>().WithMessage("A report's title must not be empty.*");
    }

    [Fact]
    public void Cumulative_ThreeMonthsWithAGap_HasOnePointPerMonth()
    {
        Ledger ledger = TestLedgers.Of([("a", "JPN", "2024-01-10", "100", "USD"), ("b", "JPN", "2024-03-20", "50", "USD")]);

        ChartModel model = ChartModels.Build(new ReportData(ledger, Usd, default), ChartKind.Cumulative);

        model.Lines.Should().ContainSingle().Which.Points.Select(p => p.Value).Should().Equal(100m, 100m, 150m);
        model.TableRows.Select(r => r[1]).Should().Equal("2024-01", "2024-02", "2024-03");
    }

    [Fact]
    public void Cumulative_ThirtyYearsOfTenDonors_StepsByCalendarYearWithALinePerDonor()
    {
        ChartModel model = ChartModels.Build(new ReportData(TestLedgers.TenDonorsThirtyYears(), Usd, default), ChartKind.Cumulative);

        model.Lines.Should().HaveCount(12); // ten donors, all donors, disbursed
        model.Lines.Should().OnlyContain(l => l.Points.Count == 30);
        model.Lines.Single(l => l.Name == "Committed: all donors").Points[^1].Value.Should().Be(55_000_000m * 30);
        model.XLabel.Should().Be("End of calendar year");
    }

    [Fact]
    public void ByYear_JapanOnly_UsesJapansFiscalYear()
    {
        Ledger ledger = TestLedgers.Of([("a", "JPN", "2024-03-31", "100", "USD"), ("b", "JPN", "2024-04-01", "50", "USD")]);

        ChartModel model = ChartModels.Build(new ReportData(ledger, Usd, default), ChartKind.ByYear);

        model.Categories.Should().Equal("FY2023", "FY2024");
        model.Bars[0].Values.Should().Equal(100m, 50m);
    }

    [Fact]
    public void Charts_UnconvertibleAmount_IsListedAndNotDrawn()
    {
        Ledger ledger = TestLedgers.Of([("ok", "JPN", "2020-01-15", "100", "USD"), ("won", "JPN", "2020-02-15", "5000", "KPW")]);
        var report = new ReportBuilder(ledger, Usd);

        ChartModel model = ChartModels.Build(new ReportData(ledger, Usd, default), ChartKind.Cumulative);
        string html = report.ToHtml();

        report.UnconvertedCount.Should().Be(1);
        model.Lines.Single().Points.Select(p => p.Value).Should().Equal(100m, 100m);
        model.Notes.Should().Contain(n => n.Contains("1 amount could not be converted into USD: not drawn (never as zero)"));
        html.Should().Contain("id=\"unconverted\"").And.Contain("5,000.00 KPW").And.Contain("ECB has no rates for KPW, so it cannot give KPW to USD for 2020-02-15");
    }

    [Fact]
    public void ToHtml_EmptyLedger_SaysThereIsNothing()
    {
        string html = new ReportBuilder(TestLedgers.Of([]), Usd).ToHtml();

        html.Should().Contain("none recorded").And.Contain("The ledger has no commitment or disbursement to draw.").And.Contain("The ledger has no record to list.");
    }
}

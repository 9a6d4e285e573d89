using AidTracker.Aggregation;
using AidTracker.Reports.Internal;
using NodaTime;

namespace AidTracker.Reports.Tests;

public class ReportBuilderTests
{
    private static readonly ReportOptions Usd = new(Currency.USD);

    [Fact]
    public void ToHtml_SampleLedger_HasTheHeadlineAndTheReconciliation()
    {
        string html = new ReportBuilder(TestLedgers.Sample(), Usd).ToHtml();

        html.Should()
            .Contain("over 12,400,000,000.00 USD")
            .And.Contain("approximately 63,300,000.00 USD")
            .And.Contain("58,825,751.29 USD")
            .And.Contain("+7.6% (4,474,248.71 USD)")
            .And.Contain("Source: European Central Bank");
    }

    [Fact]
    public void ToHtml_HostileLedgerText_IsEncodedAndNeverALink()
    {
        Ledger ledger = TestLedgers.Of(
            [("x", "JPN", "2025-02-27", "100", "USD")],
            title: "<script>alert('x')</script> & <img src=x onerror=alert(1)>",
            url: "javascript:alert(1)"
        );

        string html = new ReportBuilder(ledger, Usd with { Title = "</title><script>bad()</script>" }).ToHtml();

        html.Should().NotContain("<script").And.NotContain("<img src=x").And.NotContain("href=\"javascript");
        html.Should()
            .Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
    }

    [Fact]
    public void ToHtml_AnyLedger_ForbidsEveryFetchAndHasNoScript()
    {
        string html = new ReportBuilder(TestLedgers.Sample(), Usd).ToHtml();

        html.Should()
            .Contain("default-src 'none'; style-src 'sha256-")
            .And.NotContain("<script")
            .And.NotContain("style=\"")
            .And.NotContain("http-equiv=\"refresh\"");
        html.Should().NotContainAny("src=\"http", "url(http", "@import");
    }

    [Fact]
    public void RenderChart_Png_IsAPngPicture()
    {
        byte[] png = new ReportBuilder(TestLedgers.Sample(), Usd).RenderChart(
            ChartKind.Cumulative,
            ChartFormat.Png,
            640,
            360
        );

        png.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        png.Length.Should().BeGreaterThan(5_000);
    }

    [Fact]
    public void RenderChart_Svg_HasTitleAndAxisLabelInTheCurrency()
    {
        byte[] svg = new ReportBuilder(TestLedgers.Sample(), Usd).RenderChart(
            ChartKind.CommittedDisbursed,
            ChartFormat.Svg
        );

        string text = System.Text.Encoding.UTF8.GetString(svg);
        text.Should()
            .Contain("<svg")
            .And.Contain("Committed and disbursed by donor")
            .And.Contain("Total (USD)")
            .And.Contain("12,000,000,000");
    }

    [Fact]
    public void RenderChart_SizeOutOfRange_ThrowsNamingTheSize()
    {
        Action act = () =>
            new ReportBuilder(TestLedgers.Sample(), Usd).RenderChart(ChartKind.ByYear, ChartFormat.Svg, 50, 400);

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
        Ledger ledger = TestLedgers.Of([
            ("a", "JPN", "2024-01-10", "100", "USD"),
            ("b", "JPN", "2024-03-20", "50", "USD"),
        ]);

        ChartModel model = ChartModels.Build(new ReportData(ledger, Usd, default), ChartKind.Cumulative);

        model.Lines.Should().ContainSingle().Which.Points.Select(p => p.Value).Should().Equal(100m, 100m, 150m);
        model.TableRows.Select(r => r[1]).Should().Equal("2024-01", "2024-02", "2024-03");
    }

    [Fact]
    public void Cumulative_ThirtyYearsOfTenDonors_EachDonorStepsByItsOwnFiscalYear()
    {
        ChartModel model = ChartModels.Build(
            new ReportData(TestLedgers.TenDonorsThirtyYears(), Usd, default),
            ChartKind.Cumulative
        );

        model.Lines.Should().HaveCount(12); // ten donors, all donors, disbursed
        model.XLabel.Should().Be("End of year (each donor's fiscal year)");
        // Japan (1 April, FY1995 = 1995-04-01..1996-03-31): 7,000,000 USD a year, cut at the chart's end 2024-09-30.
        Ends(model, "Committed: JPN").Should().HaveCount(30).And.StartWith(new LocalDate(1996, 3, 31));
        Last(model, "Committed: JPN").Should().Be((new LocalDate(2024, 9, 30), 210_000_000m));
        // United States (1 October, labelled by the ending year): FY1995 ends on 1995-09-30.
        Ends(model, "Committed: USA").Should().HaveCount(30).And.StartWith(new LocalDate(1995, 9, 30));
        model
            .TableRows.First(r => r[0] == "Committed: USA")
            .Should()
            .Equal("Committed: USA", "FY1995", "1995-09-30", "10,000,000.00 USD");
        // Australia (1 July, labelled by the ending year): 2024-06-15 is in FY2024, and FY2025 has begun.
        Ends(model, "Committed: AUS").Should().HaveCount(31).And.StartWith(new LocalDate(1995, 6, 30));
        model
            .TableRows.Last(r => r[0] == "Committed: AUS")
            .Should()
            .Equal("Committed: AUS", "FY2025", "2024-09-30", "30,000,000.00 USD");
        // Germany keeps the calendar year; so do the all-donors and disbursed lines (the donors' years differ).
        Ends(model, "Committed: DEU").Should().HaveCount(30).And.StartWith(new LocalDate(1995, 12, 31));
        Ends(model, "Committed: all donors").Should().HaveCount(30).And.StartWith(new LocalDate(1995, 12, 31));
        Last(model, "Committed: all donors").Should().Be((new LocalDate(2024, 9, 30), 55_000_000m * 30));
        Last(model, "Disbursed").Should().Be((new LocalDate(2024, 9, 30), 5_500_000m * 30));
    }

    [Fact]
    public void Cumulative_Sample_IsTheLibrarysSeriesWithTheCountingRuleAtEachDate()
    {
        Ledger sample = TestLedgers.Sample();
        ChartModel model = ChartModels.Build(new ReportData(sample, Usd, default), ChartKind.Cumulative);
        // The chart runs to the end of the last month with a record (the "over $12.4 billion" of 2025-03-05).
        CumulativeSeries series = sample.SummarizeCumulative(
            Usd.ToQuery().WithAsOf(new LocalDate(2025, 3, 31)),
            SeriesInterval.Month
        );

        LineSeries committed = model.Lines.Single(l => l.Name == "Committed");
        committed.Points.Should().Equal(series.Points.Select(p => (p.End, p.Total.Amount)));
        // Before the "over $12.4 billion" total is recorded (2025-03-05), its parts count on their own: the loan of up
        // to 13 billion yen (ECB, 2022-04-28), then its 65-billion-yen top-up (2022-06-07).
        model
            .TableRows.Single(r => r[0] == "Committed" && r[1] == "2022-04")
            .Should()
            .Equal("Committed", "2022-04", "2022-04-30", "up to 99,398,381.10 USD");
        model
            .TableRows.Single(r => r[0] == "Committed" && r[1] == "2022-06")
            .Should()
            .Equal("Committed", "2022-06", "2022-06-30", "up to 588,619,050.31 USD");
        model
            .TableRows.Single(r => r[0] == "Committed" && r[1] == "2025-02")[3]
            .Should()
            .Be(Display.Amount(series.Points.Single(p => p.Period == "2025-02").Total.Value));
        model
            .TableRows.Single(r => r[0] == "Committed" && r[1] == "2025-03")
            .Should()
            .Equal("Committed", "2025-03", "2025-03-31", "over 12,400,000,000.00 USD");
    }

    private static LocalDate[] Ends(ChartModel model, string line) =>
        [.. model.Lines.Single(l => l.Name == line).Points.Select(p => p.End)];

    private static (LocalDate, decimal) Last(ChartModel model, string line) =>
        model.Lines.Single(l => l.Name == line).Points[^1];

    [Fact]
    public void ByYear_JapanOnly_UsesJapansFiscalYear()
    {
        Ledger ledger = TestLedgers.Of([
            ("a", "JPN", "2024-03-31", "100", "USD"),
            ("b", "JPN", "2024-04-01", "50", "USD"),
        ]);

        ChartModel model = ChartModels.Build(new ReportData(ledger, Usd, default), ChartKind.ByYear);

        model.Categories.Should().Equal("FY2023", "FY2024");
        model.Bars[0].Values.Should().Equal(100m, 50m);
    }

    [Fact]
    public void Charts_UnconvertibleAmount_IsListedAndNotDrawn()
    {
        Ledger ledger = TestLedgers.Of([
            ("ok", "JPN", "2020-01-15", "100", "USD"),
            ("won", "JPN", "2020-02-15", "5000", "KPW"),
        ]);
        var report = new ReportBuilder(ledger, Usd);

        ChartModel model = ChartModels.Build(new ReportData(ledger, Usd, default), ChartKind.Cumulative);
        string html = report.ToHtml();

        report.UnconvertedCount.Should().Be(1);
        model.Lines.Single().Points.Select(p => p.Value).Should().Equal(100m, 100m);
        model
            .Notes.Should()
            .Contain(n => n.Contains("1 amount could not be converted into USD: not drawn (never as zero)"));
        html.Should()
            .Contain("id=\"unconverted\"")
            .And.Contain("5,000.00 KPW")
            .And.Contain("ECB has no rates for KPW, so it cannot give KPW to USD for 2020-02-15");
    }

    [Fact]
    public void ToHtml_EmptyLedger_SaysThereIsNothing()
    {
        string html = new ReportBuilder(TestLedgers.Of([]), Usd).ToHtml();

        html.Should()
            .Contain("none recorded")
            .And.Contain("The ledger has no commitment or disbursement to draw.")
            .And.Contain("The ledger has no record to list.");
    }
}

using AidTracker.Aggregation;
using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>
/// Writes the report as one HTML document: styles inline, charts inline (SVG, or PNG as <c>data:</c> URLs), no script,
/// and a content security policy that forbids every fetch, so the file opens offline and can never call out.
/// </summary>
internal sealed partial class ReportHtml(ReportData data, string version)
{
    /// <summary>The width and height the charts are drawn at (they scale with the page).</summary>
    public const int ChartWidth = 900;

    public const int ChartHeight = 420;

    private static readonly ChartKind[] ChartOrder =
    [
        ChartKind.Cumulative,
        ChartKind.ByYear,
        ChartKind.CommittedDisbursed,
    ];

    // The style sheet is allowed by its hash (no inline style but this one, and nothing fetched).
    private static readonly string StyleText = "\n" + Styles.Css + "\n";

    private static readonly string StyleHash = Convert.ToBase64String(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(StyleText))
    );

    public void Write(TextWriter writer, CancellationToken cancellationToken)
    {
        var html = new Html(writer);
        ReportOptions options = data.Options;
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"
                    + StyleHash
                    + "'; img-src data:\">\n"
            )
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"generator\" content=\"AidTracker.Reports ")
            .Text(version)
            .Raw("\">\n")
            .Element("title", options.Title)
            .Raw("\n<style>")
            .Raw(StyleText)
            .Raw("</style>\n</head>\n<body>\n<header>\n")
            .Element("h1", options.Title)
            .Raw("\n<p class=\"meta\">")
            .Text(Scope())
            .Raw("</p>\n</header>\n<main>\n");
        WriteHeadline(html);
        cancellationToken.ThrowIfCancellationRequested();
        html.Raw("<section id=\"charts\">\n<h2>Charts</h2>\n");
        foreach (ChartKind kind in ChartOrder)
        {
            WriteChart(html, ChartModels.Build(data, kind));
            cancellationToken.ThrowIfCancellationRequested();
        }

        html.Raw("</section>\n");
        WriteByKeys(html);
        WriteReconciliation(html);
        WriteRecords(html, cancellationToken);
        WriteUnconverted(html);
        WriteRates(html);
        WriteFooter(html);
        html.Raw("</main>\n</body>\n</html>\n");
    }

    private string Scope()
    {
        string asOf = data.Options.AsOf is LocalDate cut ? "As of " + Display.Date(cut) : "All records to date";
        if (data.Options.AsOf is null && data.End is LocalDate end)
        {
            asOf +=
                " (the latest dated in "
                + end.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture)
                + ")";
        }

        return asOf
            + ". Amounts in "
            + data.Currency.Code
            + ", each converted at "
            + PolicyText(data.Query.Policy)
            + "; rounded once, at the end, to the currency's minor units.";
    }

    private static string PolicyText(ConversionPolicy policy) =>
        policy.Kind switch
        {
            ConversionPolicyKind.AnnualAverage => "the annual average rate of its value date's year",
            ConversionPolicyKind.SingleDate => "the rates of " + Display.Date(policy.Date!.Value),
            ConversionPolicyKind.Fixed => "fixed rates",
            _ => "the rate of its value date",
        };

    private void WriteHeadline(Html html)
    {
        Summary committed = data.Committed.Summary;
        Summary disbursed = data.Disbursed.Summary;
        html.Raw("<section id=\"headline\" aria-label=\"Headline totals\">\n<div class=\"headline\">\n");
        Box(html, "Committed", committed, "headline-committed");
        Box(html, "Disbursed", disbursed, "headline-disbursed");
        if (data.Itemised is Summary itemised)
        {
            Box(html, "Itemised inside counted totals (not added again)", itemised, "headline-itemised");
        }

        html.Raw("</div>\n<p class=\"counts\">").Text(CountsText(committed.Counts, "commitment"));
        if (disbursed.Counts.Counted > 0)
        {
            html.Text(" " + CountsText(disbursed.Counts, "disbursement"));
        }

        html.Raw("</p>\n");
        if (data.Itemised is not null)
        {
            html.Raw("<p class=\"note\">")
                .Text(
                    "A commitment with a parent is a breakdown of it: its amount is shown, converted, beside the "
                        + "parent's total but never added to it again. "
                        + "A qualified total keeps its qualifier: \"over\" a figure is a lower bound."
                )
                .Raw("</p>\n");
        }

        int unconverted = data.Unconverted.Count();
        if (unconverted > 0)
        {
            html.Raw("<p class=\"fails\">")
                .Text(
                    Display.Plural(unconverted, "amount")
                        + " could not be converted into "
                        + data.Currency.Code
                        + ", so the totals and charts leave them out (never as zero); see \"Not converted\"."
                )
                .Raw("</p>\n");
        }

        html.Raw("</section>\n");
    }

    private static void Box(Html html, string label, Summary summary, string id)
    {
        SummaryCounts counts = summary.Counts;
        string total =
            counts.Counted == 0 ? "none recorded"
            : summary.Totals.IsEmpty || (counts.Unconverted > 0 && summary.Totals[0].Amount == 0) ? "nothing converted"
            : Display.Amount(summary.Totals[0].Value);
        string note =
            Display.Plural(counts.Counted, "record")
            + " counted"
            + (
                counts.Unconverted > 0
                    ? "; " + Display.Plural(counts.Unconverted, "amount") + " without a rate left out"
                    : string.Empty
            );
        html.Raw("<div class=\"figure-box\" id=\"" + id + "\">")
            .Element("span", label, "label")
            .Element("span", total, "total")
            .Element("span", note, "label")
            .Raw("</div>\n");
    }

    private static string CountsText(SummaryCounts counts, string noun)
    {
        var notes = new List<string>();
        if (counts.InsideCountedParent > 0)
        {
            notes.Add(
                Display.Count(counts.InsideCountedParent) + " itemised inside a counted parent (not added again)"
            );
        }

        if (counts.ExcludedByAsOf > 0)
        {
            notes.Add(Display.Count(counts.ExcludedByAsOf) + " dated after the as-of date");
        }

        if (counts.WithoutAmount > 0)
        {
            notes.Add(Display.Count(counts.WithoutAmount) + " without an amount");
        }

        return "Counted "
            + Display.Plural(counts.Counted, noun)
            + (notes.Count > 0 ? "; " + string.Join(", ", notes) : string.Empty)
            + ".";
    }

    private void WriteChart(Html html, ChartModel model)
    {
        string id = model.Kind switch
        {
            ChartKind.ByYear => "chart-by-year",
            ChartKind.CommittedDisbursed => "chart-committed-disbursed",
            _ => "chart-cumulative",
        };
        html.Raw(
            "<figure id=\""
                + id
                + "\" data-points=\""
                + Display.Count(model.PointCount).Replace(",", string.Empty, StringComparison.Ordinal)
                + "\">\n"
        );
        html.Element("h3", model.Title);
        if (data.Options.ChartFormat == ChartFormat.Png)
        {
            byte[] png = ChartRenderer.Render(model, ChartFormat.Png, ChartWidth, ChartHeight);
            html.Raw("<img class=\"chart\" width=\"" + ChartWidth + "\" height=\"" + ChartHeight + "\" alt=\"")
                .Text(model.Title + ": the figures are in the table below.")
                .Raw("\" src=\"data:image/png;base64,")
                .Raw(Convert.ToBase64String(png))
                .Raw("\">\n");
        }
        else
        {
            html.Raw(
                    SvgInline.Prepare(
                        ChartRenderer.RenderSvg(model, ChartWidth, ChartHeight),
                        id + "-",
                        id + "-caption",
                        ChartWidth,
                        ChartHeight
                    )
                )
                .Raw("\n");
        }

        html.Raw("<figcaption id=\"" + id + "-caption\">")
            .Text(model.Title + ". " + model.YLabel + " against " + model.XLabel.ToLowerInvariant() + ".");
        foreach (string note in model.Notes)
        {
            html.Text(" " + note);
        }

        html.Raw(
            "</figcaption>\n<details class=\"chart-table\"><summary>The figures of this chart (table)</summary>\n"
        );
        html.Table(model.Title, model.TableHeaders, model.TableRows, "figures", i =>
            i == model.TableHeaders.Count - 1 || (model.Kind != ChartKind.Cumulative && i > 0)
        );
        html.Raw("</details>\n</figure>\n");
    }

    private void WriteByKeys(Html html)
    {
        if (data.ByKeys is not Summary summary)
        {
            return;
        }

        string[] headers =
        [
            .. summary.Query.GroupBy.Select(k => k.Name),
            "Records",
            "Committed (" + data.Currency.Code + ")",
        ];
        html.Raw("<section id=\"by-keys\">\n")
            .Element("h2", "Committed by " + string.Join(", ", summary.Query.GroupBy.Select(k => k.Name)));
        IEnumerable<string[]> rows = summary.Groups.Select(g =>
            (string[])
                [
                    .. g.KeyValues,
                    Display.Count(g.RecordCount),
                    (
                        g.Totals.IsEmpty || (g.UnconvertedCount > 0 && g.Totals[0].Amount == 0)
                            ? "-"
                            : Display.Amount(g.Totals[0].Value)
                    )
                        + (
                            g.IsComplete
                                ? string.Empty
                                : " (" + Display.Plural(g.UnconvertedCount, "amount") + " not converted)"
                        ),
                ]
        );
        html.Table(null, headers, rows, null, i => i >= headers.Length - 2).Raw("</section>\n");
    }
}

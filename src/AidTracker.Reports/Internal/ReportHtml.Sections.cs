using AidTracker.Aggregation;
using AidTracker.Rates;

namespace AidTracker.Reports.Internal;

/// <summary>The report's sections after the charts: reconciliation, not converted, rates and credits, and the
/// foot.</summary>
internal sealed partial class ReportHtml
{
    /// <summary>At most this many rates and unconverted amounts are listed (the rest are counted).</summary>
    public const int MaxListed = 200;

    private static readonly string[] BuiltInCredits =
    [
        "ECB: Source: European Central Bank (euro foreign exchange reference rates). The ECB accepts no liability for "
            + "the use of the rates.",
        "NBU: Source: National Bank of Ukraine (official exchange rates of the hryvnia; crossed through UAH by "
            + "AidTracker).",
        "IMF: Source: International Monetary Fund (International Financial Statistics, annual average national "
            + "currency per US dollar; inverted and crossed through USD by AidTracker).",
    ];

    private void WriteReconciliation(Html html)
    {
        html.Raw("<section id=\"reconciliation\">\n<h2>Stated figures checked</h2>\n");
        if (data.Checks.IsEmpty && data.TotalChecks.IsEmpty)
        {
            html.Raw("<p>")
                .Text(
                    "No commitment states an equivalent in another currency or a total with "
                        + "itemised parts, so there is no stated figure to check."
                )
                .Raw("</p>\n</section>\n");
            return;
        }

        WriteStatedEquivalents(html);
        WriteTotalChecks(html);
        html.Raw("</section>\n");
    }

    private void WriteStatedEquivalents(Html html)
    {
        if (data.Checks.IsEmpty)
        {
            html.Raw("<p>").Text("No commitment states an equivalent in another currency.").Raw("</p>\n");
            return;
        }

        html.Raw("<p class=\"note\">")
            .Text(
                "A donor's stated equivalent and the market conversion are different facts: both are kept. Gap: the "
                    + "stated figure against the market conversion; "
                    + "\"approximately\" holds within "
                    + Display.Percent(Reconciliation.DefaultTolerance).TrimStart('+')
                    + "."
            )
            .Raw("</p>\n");
        string[] headers =
        [
            "Record",
            "Amount",
            "Stated",
            "Market conversion",
            "Verdict",
            "Gap",
            "Implied rate",
            "Market rate",
        ];
        html.Raw("<div class=\"scroll\"><table class=\"reconciliation\"><thead><tr>");
        foreach (string header in headers)
        {
            html.Raw("<th scope=\"col\">").Text(header).Raw("</th>");
        }

        html.Raw("</tr></thead><tbody>\n");
        foreach (StatedEquivalentCheck check in data.Checks)
        {
            string pair = " " + check.ImpliedRate.Quote.Code + " per " + check.ImpliedRate.Base.Code;
            (string verdict, string css) = Verdict(check.Reconciliation?.Outcome, "no market rate");
            string gap = check.Reconciliation is { RelativeDifference: decimal r } rec
                ? Display.Percent(r) + " (" + Display.Amount(rec.Difference) + ")"
                : "-";
            string market = check.MarketRate is ExchangeRate m
                ? Display.Rate(m.Value) + pair + " (" + m.Source + ", " + Display.Date(m.Date) + ")"
                : check.Failure?.Message ?? "-";
            html.Raw("<tr data-record=\"")
                .Text(check.RecordId)
                .Raw("\">")
                .Element("td", check.RecordId)
                .Raw("<td class=\"num\">")
                .Text(Display.Amount(check.Original))
                .Raw("</td>")
                .Raw("<td class=\"num\">")
                .Text(Display.Amount(check.Stated))
                .Raw("</td>")
                .Raw("<td class=\"num\">")
                .Text(check.Conversion is Conversion c ? Display.Amount(c.Rounded) : "-")
                .Raw("</td>")
                .Raw("<td class=\"" + css + "\">")
                .Text(verdict)
                .Raw("</td>")
                .Raw("<td class=\"num gap\">")
                .Text(gap)
                .Raw("</td>")
                .Raw("<td class=\"num\">")
                .Text(Display.Rate(check.ImpliedRate.Value) + pair)
                .Raw("</td>")
                .Element("td", market)
                .Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div>\n");
        if (data.StatedCount > data.Checks.Length)
        {
            html.Raw("<p class=\"note\">")
                .Text(
                    "The first "
                        + Display.Count(data.Checks.Length)
                        + " of "
                        + Display.Count(data.StatedCount)
                        + " stated figures are checked here."
                )
                .Raw("</p>\n");
        }
    }

    private void WriteTotalChecks(Html html)
    {
        if (data.TotalChecks.IsEmpty)
        {
            return;
        }

        html.Raw("<h3>Totals checked against their itemised parts</h3>\n<p class=\"note\">")
            .Text(
                "A stated total (\"over $12.4 billion\") against the sum of the parts itemised inside it, each "
                    + "converted at the rate of its value date. The parts are only part of the whole, so their sum is "
                    + "a lower bound (at "
                    + "least); a part stated as a ceiling (up to) gives no lower bound and is left out."
            )
            .Raw("</p>\n");
        string[] headers = ["Record", "Stated total", "Sum of its parts", "Parts", "Verdict", "Gap", "Note"];
        html.Raw("<div class=\"scroll\"><table class=\"totals\"><thead><tr>");
        foreach (string header in headers)
        {
            html.Raw("<th scope=\"col\">").Text(header).Raw("</th>");
        }

        html.Raw("</tr></thead><tbody>\n");
        foreach (ItemisedTotalCheck check in data.TotalChecks)
        {
            (string verdict, string css) = Verdict(check.Reconciliation?.Outcome, "not computed");
            string gap = check.Reconciliation is { RelativeDifference: decimal r } rec
                ? Display.Percent(r) + " (" + Display.Amount(rec.Difference) + ")"
                : "-";
            string parts =
                Display.Count(check.Parts)
                + (check.CeilingParts > 0 ? " (+" + Display.Count(check.CeilingParts) + " up to)" : string.Empty);
            html.Raw("<tr data-record=\"")
                .Text(check.RecordId)
                .Raw("\">")
                .Element("td", check.RecordId)
                .Raw("<td class=\"num\">")
                .Text(Display.Amount(check.Stated))
                .Raw("</td>")
                .Raw("<td class=\"num\">")
                .Text(check.Computed is QualifiedMoney c ? Display.Amount(c) : "-")
                .Raw("</td>")
                .Raw("<td class=\"num\">")
                .Text(parts)
                .Raw("</td>")
                .Raw("<td class=\"" + css + "\">")
                .Text(verdict)
                .Raw("</td>")
                .Raw("<td class=\"num gap\">")
                .Text(gap)
                .Raw("</td>")
                .Element("td", check.Note ?? "-")
                .Raw("</tr>\n");
        }

        html.Raw("</tbody></table></div>\n");
        if (data.TotalCount > data.TotalChecks.Length)
        {
            html.Raw("<p class=\"note\">")
                .Text(
                    "The first "
                        + Display.Count(data.TotalChecks.Length)
                        + " of "
                        + Display.Count(data.TotalCount)
                        + " totals with itemised parts are checked here "
                        + "(aidtracker reconcile checks them all)."
                )
                .Raw("</p>\n");
        }
    }

    private static (string Verdict, string Css) Verdict(ReconciliationOutcome? outcome, string none) =>
        outcome switch
        {
            ReconciliationOutcome.Holds => ("holds", "holds"),
            ReconciliationOutcome.Fails => ("does not hold", "fails"),
            ReconciliationOutcome.Inconclusive => ("cannot be decided", "undecided"),
            _ => (none, "undecided"),
        };

    private void WriteUnconverted(Html html)
    {
        UnconvertedRecord[] unconverted = [.. data.Unconverted];
        if (unconverted.Length == 0)
        {
            return;
        }

        html.Raw("<section id=\"unconverted\">\n<h2>Not converted</h2>\n<p>")
            .Text(
                Display.Plural(unconverted.Length, "amount")
                    + " could not be converted into "
                    + data.Currency.Code
                    + ". They are left out of the totals and the charts (never counted as zero)."
            )
            .Raw("</p>\n");
        IEnumerable<string[]> rows = unconverted
            .Take(MaxListed)
            .Select(u => new[] { u.RecordId, Display.Amount(u.Amount), u.Reason });
        html.Table("Amounts without a rate", ["Record", "Amount", "Why"], rows, "unconverted", i => i == 1);
        if (unconverted.Length > MaxListed)
        {
            html.Raw("<p class=\"note\">")
                .Text("... and " + Display.Count(unconverted.Length - MaxListed) + " more.")
                .Raw("</p>\n");
        }

        html.Raw("</section>\n");
    }

    private void WriteRates(Html html)
    {
        UsedRate[] rates = [.. data.RatesUsed];
        html.Raw("<section id=\"rates\">\n<h2>Exchange rates and credits</h2>\n");
        if (rates.Length == 0)
        {
            html.Raw("<p>")
                .Text(
                    "No exchange rate was needed: every amount counted is in "
                        + data.Currency.Code
                        + " (or nothing was converted)."
                )
                .Raw("</p>\n");
        }
        else
        {
            IEnumerable<string[]> rows = rates
                .Take(MaxListed)
                .Select(r =>
                    new[]
                    {
                        r.From.Code + " to " + r.To.Code,
                        Display.Date(r.RequestedDate),
                        Display.Date(r.UsedDate),
                        Display.Rate(r.Value),
                        Basis(r.Basis),
                        r.Source,
                        r.AnsweredBy,
                    }
                );
            html.Table(
                "Rates used (units of the second currency per unit of the first)",
                ["Pair", "Asked for", "Rate of", "Rate", "Basis", "Source", "Answered by"],
                rows,
                "rates",
                i => i == 3
            );
            if (rates.Length > MaxListed)
            {
                html.Raw("<p class=\"note\">")
                    .Text(
                        "... and "
                            + Display.Count(rates.Length - MaxListed)
                            + " more rates (aidtracker summarize --format json lists them all)."
                    )
                    .Raw("</p>\n");
            }
        }

        html.Raw("<h3>Credits</h3>\n<ul class=\"credits\">\n");
        IEnumerable<string> credits = data.Options.Credits.IsEmpty ? CreditsFor(rates) : data.Options.Credits;
        foreach (string credit in credits)
        {
            html.Raw("<li>").Text(credit).Raw("</li>\n");
        }

        html.Raw("<li>")
            .Text("Currency codes: ISO 4217, maintained by SIX. Charts drawn with ScottPlot (MIT licence).")
            .Raw("</li>\n</ul>\n</section>\n");
    }

    private static IEnumerable<string> CreditsFor(UsedRate[] rates)
    {
        var names = new HashSet<string>(
            rates.SelectMany(r => r.Source.Split('+', StringSplitOptions.TrimEntries)),
            StringComparer.Ordinal
        );
        foreach (string credit in BuiltInCredits)
        {
            string name = credit[..3];
            if (names.Remove(name))
            {
                yield return credit[5..];
            }
        }

        foreach (string other in names.Order(StringComparer.Ordinal))
        {
            yield return "Rates from " + other + ".";
        }
    }

    private void WriteFooter(Html html)
    {
        html.Raw("<footer>\n<p class=\"meta\">")
            .Text(
                (data.Options.AsOf is { } asOf ? "As of " + Display.Date(asOf) + ". " : string.Empty)
                    + "Produced by AidTracker.Reports "
                    + version
                    + " from "
                    + (data.Ledger.FileName ?? "a ledger")
                    + " ("
                    + Display.Plural(data.Ledger.Count, "record")
                    + ")."
            )
            .Raw("</p>\n");
        if (data.Options.Command is string command)
        {
            html.Raw("<p class=\"meta\">Command: <code>").Text(command).Raw("</code></p>\n");
        }

        html.Raw("</footer>\n");
    }

    private static string Basis(RateBasis basis) =>
        basis switch
        {
            RateBasis.MonthlyAverage => "monthly average",
            RateBasis.AnnualAverage => "annual average",
            RateBasis.Fixed => "fixed",
            RateBasis.Stated => "stated",
            _ => "daily",
        };
}

using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>The records behind each donor's totals: collapsible, each with its conversion, rate, provenance and
/// sources.</summary>
internal sealed partial class ReportHtml
{
    private void WriteRecords(Html html, CancellationToken cancellationToken)
    {
        html.Raw("<section id=\"records\">\n<h2>Records behind the totals</h2>\n");
        var byDonor = new SortedDictionary<string, List<LedgerRecord>>(StringComparer.Ordinal);
        LocalDate? cut = data.Options.AsOf;
        foreach (Commitment commitment in data.Ledger.Commitments)
        {
            if (data.Query.Admits(commitment))
            {
                Add(byDonor, commitment.Donor.Id, commitment);
            }
        }

        foreach (Disbursement disbursement in data.Ledger.Disbursements)
        {
            if (disbursement.Kind == DisbursementKind.Disbursement && (cut is null || disbursement.Date <= cut))
            {
                Add(byDonor, disbursement.Donor.Id, disbursement);
            }
        }

        if (byDonor.Count == 0)
        {
            html.Raw("<p>")
                .Text(
                    "The ledger has no record to list"
                        + (cut is null ? "." : " dated on or before " + Display.Date(cut.Value) + ".")
                )
                .Raw("</p>\n</section>\n");
            return;
        }

        var unconverted = data.Unconverted.ToDictionary(u => u.RecordId, u => u.Reason, StringComparer.Ordinal);
        int max = data.Options.MaxRecordsListed;
        foreach ((string donor, List<LedgerRecord> records) in byDonor)
        {
            cancellationToken.ThrowIfCancellationRequested();
            QualifiedMoney? committed = data.Committed.DonorTotal(donor);
            QualifiedMoney? disbursed = data.Disbursed.DonorTotal(donor);
            string title =
                donor
                + ": committed "
                + (committed is QualifiedMoney c ? Display.Amount(c) : "nothing converted")
                + (disbursed is QualifiedMoney d ? ", disbursed " + Display.Amount(d) : string.Empty)
                + " ("
                + Display.Plural(records.Count, "record")
                + ")";
            html.Raw("<details class=\"donor\"><summary>")
                .Text(title)
                .Raw("</summary>\n<div class=\"scroll\"><table class=\"records\"><thead><tr>");
            foreach (
                string header in (string[])
                    [
                        "Record",
                        "Date",
                        "Amount",
                        "In " + data.Currency.Code,
                        "Rate and provenance",
                        "Counted as",
                        "Sources",
                    ]
            )
            {
                html.Raw("<th scope=\"col\">").Text(header).Raw("</th>");
            }

            html.Raw("</tr></thead><tbody>\n");
            foreach (LedgerRecord record in records.Take(max))
            {
                WriteRecord(html, record, unconverted);
            }

            html.Raw("</tbody></table></div>\n");
            if (records.Count > max)
            {
                html.Raw("<p class=\"note\">")
                    .Text(
                        "The first "
                            + Display.Count(max)
                            + " of "
                            + Display.Plural(records.Count, "record")
                            + " are listed; the ledger file has them all."
                    )
                    .Raw("</p>\n");
            }

            html.Raw("</details>\n");
        }

        html.Raw("</section>\n");
    }

    private static void Add(SortedDictionary<string, List<LedgerRecord>> byDonor, string donor, LedgerRecord record)
    {
        if (!byDonor.TryGetValue(donor, out List<LedgerRecord>? list))
        {
            list = [];
            byDonor.Add(donor, list);
        }

        list.Add(record);
    }

    private void WriteRecord(Html html, LedgerRecord record, Dictionary<string, string> unconverted)
    {
        (string title, LocalDate date, LocalDate valueDate, QualifiedMoney? amount, string counted) = record switch
        {
            Commitment c => (c.Title, c.Date, c.ValueDate, c.Amount, CountedAs(c)),
            Disbursement d => (
                "Disbursement" + (d.CommitmentId is null ? string.Empty : " of " + d.CommitmentId),
                d.Date,
                d.ValueDate,
                (QualifiedMoney?)d.Amount,
                "disbursed"
            ),
            _ => (record.Id, default, default, null, string.Empty),
        };
        (string converted, string rate) = ConvertAmount(amount, valueDate);
        if (unconverted.TryGetValue(record.Id, out string? reason))
        {
            (converted, rate, counted) = ("not converted", reason, counted + "; left out of the totals");
        }

        html.Raw("<tr data-record=\"")
            .Text(record.Id)
            .Raw("\"><td><strong>")
            .Text(record.Id)
            .Raw("</strong><br>")
            .Text(title)
            .Raw("</td>")
            .Raw("<td class=\"num\">")
            .Text(Display.Date(date))
            .Raw("</td>")
            .Raw("<td class=\"num\">")
            .Text(amount is QualifiedMoney a ? Display.Amount(a) : "sum of its parts")
            .Raw("</td>")
            .Raw("<td class=\"num\">")
            .Text(converted)
            .Raw("</td>")
            .Element("td", rate)
            .Element("td", counted)
            .Raw("<td>");
        bool first = true;
        foreach (SourceReference source in record.Sources)
        {
            html.Raw(first ? string.Empty : "<br>").Link(source.Url, source.Title);
            if (source.Publisher is not null || source.Date is not null)
            {
                html.Text(
                    " ("
                        + string.Join(
                            ", ",
                            new[] { source.Publisher, source.Date is LocalDate sd ? Display.Date(sd) : null }.Where(s =>
                                s is not null
                            )
                        )
                        + ")"
                );
            }

            first = false;
        }

        html.Raw(first ? "-" : string.Empty).Raw("</td></tr>\n");
    }

    private string CountedAs(Commitment commitment) =>
        commitment.ParentId is string parent
        && data.Ledger.TryGetCommitment(parent, out Commitment? p)
        && data.Query.Admits(p)
            ? "itemised inside " + parent + " (not added again)"
            : "counted";

    private (string Converted, string Rate) ConvertAmount(QualifiedMoney? amount, LocalDate valueDate)
    {
        if (amount is not QualifiedMoney a)
        {
            return ("-", "-");
        }

        if (a.Currency.Equals(data.Currency))
        {
            return (Display.Amount(a), "no conversion (already in " + data.Currency.Code + ")");
        }

        RateRequest request = data.Query.Policy.CreateRequest(a.Currency, data.Currency, valueDate);
        RateLookupResult result = (data.Query.Policy.FixedRates ?? data.RateSource).TryGetRate(request);
        if (!result.IsFound || result.Rate is not ExchangeRate rate)
        {
            return ("not converted", result.Failure?.Message ?? "no rate");
        }

        Money converted = rate.Convert(a.Money);
        string provenance =
            "1 "
            + rate.Base.Code
            + " = "
            + Display.Rate(rate.Value)
            + " "
            + rate.Quote.Code
            + "; "
            + rate.Source
            + ", "
            + Basis(rate.Basis)
            + ", rate of "
            + Display.Date(rate.Date)
            + (rate.Date == request.Date ? string.Empty : " (asked for " + Display.Date(request.Date) + ")");
        return (Display.Amount(new QualifiedMoney(converted, a.Qualifier)), provenance);
    }
}

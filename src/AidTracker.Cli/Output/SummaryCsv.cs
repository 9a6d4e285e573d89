using System.Globalization;
using System.Text;
using AidTracker.Aggregation;

namespace AidTracker.Cli.Output;

/// <summary>The CSV document of <c>summarize --format csv</c>: the groups only (no rates, no credits).</summary>
internal static class SummaryCsv
{
    /// <summary>
    /// Returns one row per group and currency: the keys, <c>count</c>, <c>value</c>, <c>currency</c>, <c>qualifier</c>,
    /// and <c>complete</c> (<c>false</c> when the group's total leaves out amounts that had no rate) (RFC 4180).
    /// </summary>
    public static string Write(Summary summary)
    {
        var text = new StringBuilder();
        CsvText.AppendRow(
            text,
            summary.Query.GroupBy.Select(k => k.Name).Concat(["count", "value", "currency", "qualifier", "complete"])
        );
        foreach (SummaryGroup group in summary.Groups)
        {
            foreach (SummaryTotal total in group.Totals)
            {
                CsvText.AppendRow(
                    text,
                    group.KeyValues.Concat([
                        group.RecordCount.ToString(CultureInfo.InvariantCulture),
                        Amounts.Value(total.Value.Money),
                        total.Currency.Code,
                        Amounts.QualifierName(total.Qualifier),
                        group.IsComplete ? "true" : "false",
                    ])
                );
            }
        }

        return text.ToString();
    }
}
